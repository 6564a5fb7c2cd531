// Ansvarsfördelning: responsibilities × owners with RACI, and the grey zones (002: "ingen eller
// flera myndigheter").
#include "report_cells.hpp"

#include <algorithm>

namespace skm::exports::report {
namespace {

// Owners whose period covers the snapshot date; an open end counts as covering it.
std::vector<const Ownership*> current_owners(const Responsibility& r, const Date& at) {
    std::vector<const Ownership*> out;
    for (const auto& o : r.owners) {
        if (o.from.is_set() && at < o.from.value()) continue;
        if (o.to.is_set() && o.to.value() < at) continue;
        out.push_back(&o);
    }
    return out;
}

// The matrix columns: every owner named anywhere, principals first, then units, roles, forums,
// each in model order, so the columns read like the organisation.
std::vector<Id> owner_columns(const Model& m) {
    std::vector<Id> named;
    for (const auto& r : m.responsibilities)
        for (const auto& o : r.owners)
            if (std::find(named.begin(), named.end(), o.owner) == named.end())
                named.push_back(o.owner);
    std::vector<Id> cols;
    auto take = [&](const auto& items) {
        for (const auto& it : items)
            if (std::find(named.begin(), named.end(), it.id) != named.end()) cols.push_back(it.id);
    };
    take(m.principals);
    take(m.units);
    take(m.roles);
    take(m.forums);
    for (const auto& id : named) // dangling references still show
        if (std::find(cols.begin(), cols.end(), id) == cols.end()) cols.push_back(id);
    return cols;
}

Item ownership_item(const Ctx& c, const Ownership& o) {
    Item it = o.raci.is_set() ? value_item(word(o.raci.value(), c.lang))
              : o.raci.is_none()
                  ? none_item(c)
                  : Item{c.t("ansvarstyp saknas", "kind not stated"), {}, CellState::Unknown};
    if (o.from.is_set() || o.to.is_set())
        it.text += " (" + (o.from.is_set() ? o.from.value().str() : std::string()) + "–" +
                   (o.to.is_set() ? o.to.value().str() : std::string()) + ")";
    return it;
}

Table matrix(const Ctx& c) {
    const std::vector<Id> cols = owner_columns(c.m);
    Table t;
    t.caption = c.t("Ansvarsmatris", "Responsibility matrix");
    t.kind = "responsibilities";
    t.headers = {c.t("Ansvar", "Responsibility"), c.t("Huvudansvar", "Lead")};
    for (const auto& id : cols)
        t.headers.push_back(element_name(c, id));
    for (const auto& r : c.m.responsibilities) {
        std::vector<Cell> row = {{name_item(c, r.id)}, ref_cell(c, r.lead, Genus::Neuter)};
        for (const auto& id : cols) {
            Cell cell;
            for (const auto& o : r.owners)
                if (o.owner == id) cell.push_back(ownership_item(c, o));
            row.push_back(std::move(cell));
        }
        t.rows.push_back(std::move(row));
        t.row_ids.push_back(r.id);
    }
    return t;
}

Section grey_zones(const Ctx& c) {
    Section s;
    s.level = 3;
    s.anchor = "grey-zones";
    s.title = c.t("Gråzoner", "Grey zones");
    Table t;
    t.caption = s.title;
    t.headers = {c.t("Ansvar", "Responsibility"), c.t("Varför", "Why"),
                 c.t("Nuvarande ägare", "Current owners")};
    for (const auto& r : c.m.responsibilities) {
        const auto owners = current_owners(r, c.m.info.snapshot);
        std::string why;
        if (owners.empty())
            why = c.t("ingen ägare", "no owner");
        else if (owners.size() > 1 && !r.lead.is_set())
            why = c.t("flera ägare och ingen med huvudansvar", "several owners and no lead");
        else
            continue;
        Cell names;
        for (const Ownership* o : owners)
            names.push_back(name_item(c, o->owner));
        if (names.empty()) names.push_back(none_item(c));
        t.rows.push_back({{name_item(c, r.id)}, value_cell(why), names});
        t.row_ids.push_back(r.id);
    }
    s.blocks.push_back(
        Paragraph{c.t("Ansvar som vid nulägesdatum saknar ägare, eller har flera ägare "
                      "utan att någon har huvudansvar.",
                      "Responsibilities that at the snapshot date have no owner, or "
                      "several owners and nobody with the lead.")});
    if (t.rows.empty())
        s.blocks.push_back(Paragraph{c.t("Inga gråzoner.", "No grey zones.")});
    else
        s.blocks.push_back(std::move(t));
    return s;
}

} // namespace

void add_responsibility_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "responsibilities";
    s.title = c.t("Ansvarsfördelning", "Division of responsibility");
    if (c.m.responsibilities.empty()) {
        s.blocks.push_back(Paragraph{c.t("Modellen beskriver inga ansvarsområden.",
                                         "The model describes no responsibilities.")});
        out.push_back(std::move(s));
        return;
    }
    s.blocks.push_back(matrix(c));
    out.push_back(std::move(s));
    out.push_back(grey_zones(c));
}

} // namespace skm::exports::report
