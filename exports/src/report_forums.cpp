// Forumförteckning: every forum with the fields of the Conrad checklist (002).
#include "report_cells.hpp"

#include <algorithm>
#include <climits>

namespace skm::exports::report {
namespace {

int level_order(const Model& m, const Forum& f) {
    if (!f.level.is_set()) return INT_MAX;
    const Level* l = find_by_id(m.levels, f.level.value());
    return l ? l->order : INT_MAX;
}

Cell members_cell(const Ctx& c, const Forum& f) {
    Cell cell;
    for (const auto& ms : f.members) {
        std::string text = element_name(c, ms.member) + " – " + word(ms.mode, c.lang);
        if (ms.substitute.is_set())
            text += c.t(", ersättare: ", ", substitute: ") + element_name(c, ms.substitute.value());
        else if (ms.substitute.is_none())
            text += c.t(", ersättare: ", ", substitute: ") + none_text(c.lang);
        if (ms.note.is_set()) text += " (" + ms.note.value() + ")";
        cell.push_back(value_item(std::move(text), ms.member));
    }
    if (f.members_tbd)
        cell.push_back(
            Item{c.t("sammansättningen är delvis inte bestämd", "membership is partly undecided"),
                 {},
                 CellState::Unknown});
    if (cell.empty()) cell.push_back(unknown_item(c));
    return cell;
}

Cell frequency_cell(const Ctx& c, const Forum& f) {
    Cell cell;
    if (f.frequency.is_set())
        cell.push_back(value_item(frequency_text(f.frequency.value(), c.lang)));
    else if (f.frequency.is_none())
        cell.push_back(none_item(c, Genus::Common));
    if (f.event_driven) cell.push_back(value_item(c.t("händelsestyrt", "event-driven")));
    if (cell.empty()) cell.push_back(unknown_item(c));
    return cell;
}

Cell mandate_cell(const Ctx& c, const Forum& f) {
    Cell cell = enum_cell(c, f.mandate, Genus::Neuter);
    if (f.cost_decisions)
        cell.push_back(value_item(c.t("får fatta kostnadsbeslut", "may decide on costs")));
    return cell;
}

Cell status_cell(const Ctx& c, const Forum& f) {
    Cell cell = value_cell(word(f.status, c.lang));
    if (f.temporary) {
        std::string text = c.t("tillfälligt", "temporary");
        if (f.end.is_set()) text += c.t(" t.o.m. ", " until ") + f.end.value().str();
        cell.push_back(value_item(std::move(text)));
    }
    return cell;
}

Table overview(const Ctx& c, const std::vector<const Forum*>& forums) {
    Table t;
    t.kind = "forum-overview";
    t.caption = c.t("Översikt", "Overview");
    t.headers = {c.t("Forum", "Forum"), c.t("Nivå", "Level"), c.t("Typ", "Kind"),
                 c.t("Mötesfrekvens", "Meeting frequency"), c.t("Status", "Status")};
    for (const Forum* f : forums) {
        t.rows.push_back({{name_item(c, f->id)},
                          ref_cell(c, f->level),
                          value_cell(word(f->kind, c.lang)),
                          frequency_cell(c, *f),
                          value_cell(word(f->status, c.lang))});
        t.row_ids.push_back(f->id);
    }
    return t;
}

// One row per membership, for the spreadsheet: the forum list's members cell, flattened.
Table members_table(const Ctx& c, const std::vector<const Forum*>& forums) {
    Table t;
    t.kind = "members";
    t.sheet_only = true;
    t.caption = c.t("Ledamöter", "Members");
    t.headers = {c.t("Forum", "Forum"), c.t("Ledamot", "Member"), c.t("Deltagande", "Mode"),
                 c.t("Ersättare", "Substitute"), c.t("Anmärkning", "Note")};
    for (const Forum* f : forums)
        for (const auto& ms : f->members) {
            t.rows.push_back({{name_item(c, f->id)},
                              {name_item(c, ms.member)},
                              value_cell(word(ms.mode, c.lang)),
                              ref_cell(c, ms.substitute),
                              text_cell(c, ms.note)});
            t.row_ids.push_back(f->id);
        }
    return t;
}

Section forum_part(const Ctx& c, const Forum& f) {
    Section s;
    s.level = 3;
    s.anchor = anchor_for("forum", f.id);
    s.title = f.name.empty() ? f.id : f.name;
    s.element = f.id;
    Table t = kv_table(c, s.title);
    t.rows.push_back(kv_row(c.t("Nivå", "Level"), ref_cell(c, f.level)));
    t.rows.push_back(kv_row(c.t("Typ", "Kind"), value_cell(word(f.kind, c.lang))));
    t.rows.push_back(kv_row(c.t("Syfte och uppdrag", "Purpose and remit"),
                            text_cell(c, f.purpose, Genus::Neuter)));
    t.rows.push_back(kv_row(c.t("Mandat", "Mandate"), mandate_cell(c, f)));
    t.rows.push_back(kv_row(c.t("Sammankallande", "Convener"), ref_cell(c, f.convener)));
    t.rows.push_back(kv_row(c.t("Ordförande", "Chair"), ref_cell(c, f.chair)));
    t.rows.push_back(kv_row(c.t("Sekreterare", "Secretary"), ref_cell(c, f.secretary)));
    t.rows.push_back(kv_row(c.t("Ledamöter (deltagande, ersättare)", "Members (mode, substitute)"),
                            members_cell(c, f)));
    t.rows.push_back(kv_row(c.t("Mötesfrekvens", "Meeting frequency"), frequency_cell(c, f)));
    t.rows.push_back(kv_row(c.t("Rapporterar till", "Reports to"), ref_cell(c, f.reports_to)));
    t.rows.push_back(kv_row(c.t("Dokumentation", "Documentation"),
                            enum_cell(c, f.documentation, Genus::Common)));
    t.rows.push_back(kv_row(c.t("Status", "Status"), status_cell(c, f)));
    for (std::size_t i = 0; i < t.rows.size(); ++i)
        t.row_ids.push_back(f.id);
    s.blocks.push_back(std::move(t));
    return s;
}

} // namespace

void add_forum_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "forums";
    s.title = c.t("Forumförteckning", "Forum list");
    std::vector<const Forum*> forums;
    for (const auto& f : c.m.forums)
        forums.push_back(&f);
    std::stable_sort(forums.begin(), forums.end(), [&](const Forum* a, const Forum* b) {
        return level_order(c.m, *a) < level_order(c.m, *b);
    });
    if (forums.empty())
        s.blocks.push_back(
            Paragraph{c.t("Modellen beskriver inga forum.", "The model describes no forums.")});
    else
        s.blocks.push_back(Paragraph{c.t("Forumen ordnade efter nivå, i nivåernas ordning.",
                                         "The forums ordered by level, in the levels' order.")});
    if (!forums.empty()) {
        s.blocks.push_back(overview(c, forums));
        s.blocks.push_back(members_table(c, forums));
    }
    out.push_back(std::move(s));
    for (const Forum* f : forums)
        out.push_back(forum_part(c, *f));
}

} // namespace skm::exports::report
