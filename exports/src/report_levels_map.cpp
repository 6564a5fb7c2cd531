// Nivåmappning (domain.md §4.2 item 12): how the local levels map to the regional structure —
// for each local level, the regional or sub-regional levels it is linked to, or, without a link,
// those of the same tier.
#include "report_cells.hpp"

namespace skm::exports::report {
namespace {

bool regional(const Level& l) {
    if (!l.geography.is_set()) return false;
    const Geography g = l.geography.value();
    return g == Geography::Nationell || g == Geography::Regional || g == Geography::Delregional;
}

std::string link_words(const Ctx& c, const LevelLink& k) {
    std::string s;
    for (const auto t : k.types)
        s += (s.empty() ? "" : ", ") + word(t, c.lang);
    return s.empty() ? c.t("nivålänk", "level link") : s;
}

} // namespace

void add_level_mapping_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "level-mapping";
    s.title = c.t("Nivåmappning", "Level mapping");
    const auto levels = levels_in_order(c.m);
    bool any_regional = false, any_local = false;
    for (const Level* l : levels) {
        any_regional = any_regional || regional(*l);
        any_local = any_local || !regional(*l);
    }
    if (levels.empty()) {
        s.blocks.push_back(
            Paragraph{c.t("Modellen beskriver inga nivåer.", "The model describes no levels.")});
        out.push_back(std::move(s));
        return;
    }
    s.blocks.push_back(Paragraph{
        any_regional
            ? c.t("De lokala nivåerna och deras motsvarighet i den regionala strukturen: de "
                  "regionala eller delregionala nivåer de har en nivålänk till, annars de med "
                  "samma nivåtyp.",
                  "The local levels and their counterparts in the regional structure: the "
                  "regional or sub-regional levels they have a level link to, otherwise those of "
                  "the same tier.")
            : c.t("Kartan beskriver ingen regional eller delregional nivå; tabellen visar de "
                  "lokala nivåerna med nivåtyp, så att de kan ställas mot regionens struktur.",
                  "The map describes no regional or sub-regional level; the table lists the local "
                  "levels with their tiers, to set against the region's structure.")});
    Table t;
    t.kind = "level-mapping";
    t.caption = s.title;
    t.headers = {c.t("Lokal nivå", "Local level"), c.t("Nivåtyp", "Tier"),
                 c.t("Geografi", "Geography"), c.t("Regional motsvarighet", "Regional counterpart"),
                 c.t("Koppling", "Connection")};
    for (const Level* l : levels) {
        if (regional(*l) && any_local) continue;
        Cell counterpart, how;
        for (const auto& k : c.m.level_links) {
            const Id other = k.a == l->id ? k.b : k.b == l->id ? k.a : Id{};
            const Level* o = other.empty() ? nullptr : find_by_id(c.m.levels, other);
            if (o && regional(*o)) {
                counterpart.push_back(name_item(c, o->id));
                how.push_back(value_item(link_words(c, k)));
            }
        }
        if (counterpart.empty())
            for (const Level* o : levels)
                if (o != l && regional(*o) && o->tier == l->tier) {
                    counterpart.push_back(name_item(c, o->id));
                    how.push_back(value_item(c.t("samma nivåtyp", "same tier")));
                }
        if (counterpart.empty()) counterpart = {none_item(c)};
        t.rows.push_back({{name_item(c, l->id)},
                          value_cell(tier_text(l->tier, c.lang)),
                          enum_cell(c, l->geography),
                          counterpart,
                          how});
        t.row_ids.push_back(l->id);
    }
    s.blocks.push_back(std::move(t));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
