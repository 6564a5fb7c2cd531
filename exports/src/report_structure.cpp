// Strukturbild: the level ladder with its forums, as a diagram and as tables.
#include "report_cells.hpp"

#include <algorithm>

namespace skm::exports::report {
namespace {

Table level_table(const Ctx& c) {
    Table t;
    t.caption = c.t("Nivåer och forum", "Levels and forums");
    t.kind = "levels";
    t.headers = {c.t("Nivå", "Level"), c.t("Nivåtyp", "Tier"), c.t("Geografi", "Geography"),
                 c.t("Forum", "Forums"), c.t("Uppgifter", "Tasks")};
    for (const Level* l : levels_in_order(c.m)) {
        Cell forums;
        for (const auto& f : c.m.forums)
            if (f.level.is_set() && f.level.value() == l->id) forums.push_back(name_item(c, f.id));
        if (forums.empty()) forums.push_back(none_item(c, Genus::Neuter));
        Cell level = {name_item(c, l->id)};
        if (l->branch)
            level.push_back(value_item(c.t("(parallell struktur)", "(parallel structure)")));
        t.rows.push_back({level, value_cell(tier_text(l->tier, c.lang)), enum_cell(c, l->geography),
                          forums, text_cell(c, l->tasks, Genus::Neuter)});
        t.row_ids.push_back(l->id);
    }
    Cell unplaced;
    for (const auto& f : c.m.forums)
        if (!f.level.is_set() || !find_by_id(c.m.levels, f.level.value()))
            unplaced.push_back(name_item(c, f.id));
    if (!unplaced.empty()) {
        t.rows.push_back({{unknown_item(c)}, {}, {}, unplaced, {}});
        t.row_ids.push_back({});
    }
    return t;
}

Table link_table(const Ctx& c) {
    Table t;
    t.caption = c.t("Kontaktvägar mellan nivåerna", "Links between the levels");
    t.kind = "level-links";
    t.headers = {c.t("Nivå", "Level"), c.t("Nivå", "Level"), c.t("Innehåll", "Content")};
    for (const auto& l : c.m.level_links) {
        Cell types;
        for (auto ty : l.types)
            types.push_back(value_item(word(ty, c.lang)));
        if (types.empty()) types.push_back(unknown_item(c));
        t.rows.push_back({{name_item(c, l.a)}, {name_item(c, l.b)}, types});
        t.row_ids.push_back(l.id);
    }
    return t;
}

Table principal_table(const Ctx& c) {
    Table t;
    t.caption = c.t("Huvudmän", "Principals");
    t.kind = "principals";
    t.headers = {c.t("Huvudman", "Principal"), c.t("Typ", "Type"),
                 c.t("Politiskt organ", "Political body")};
    for (const auto& p : c.m.principals) {
        t.rows.push_back({{name_item(c, p.id)},
                          value_cell(word(p.type, c.lang)),
                          text_cell(c, p.political_body)});
        t.row_ids.push_back(p.id);
    }
    return t;
}

} // namespace

void add_structure_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "structure";
    s.title = c.t("Samverkansorganisation (strukturbild)", "Collaboration structure");
    render::ViewSpec view;
    view.kind = render::ViewKind::Structure;
    view.lang = c.lang;
    view.show_findings = false; // the gap report lists the findings; the maps stay clean
    s.blocks.push_back(make_diagram(c, view, s.title));
    s.blocks.push_back(
        Paragraph{c.t("Textalternativ till bilden:", "Text alternative to the picture:")});
    s.blocks.push_back(level_table(c));
    if (!c.m.level_links.empty()) s.blocks.push_back(link_table(c));
    if (!c.m.principals.empty()) s.blocks.push_back(principal_table(c));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
