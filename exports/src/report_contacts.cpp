// Kontaktlista per funktion (domain.md §4.2 item 7): the liaison and coordinator roles of each
// unit, with their substitutes. By function, never by person: a role held by a named person
// says only that it is (the names stay in the model, for the person-dependence rule).
#include "report_cells.hpp"

#include <algorithm>

namespace skm::exports::report {

void add_contact_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "contacts";
    s.title = c.t("Kontaktlista per funktion", "Contact list by function");
    std::vector<const Role*> roles;
    for (const auto& r : c.m.roles)
        if (r.liaison || r.coordinator) roles.push_back(&r);
    if (roles.empty()) {
        s.blocks.push_back(Paragraph{c.t("Modellen beskriver inga kontaktpersoner eller "
                                         "samordnare.",
                                         "The model describes no liaison or coordinator roles.")});
        out.push_back(std::move(s));
        return;
    }
    // Grouped by unit, in the model's unit order; roles without a unit last.
    auto unit_rank = [&](const Role* r) {
        if (!r->unit.is_set()) return c.m.units.size();
        for (std::size_t i = 0; i < c.m.units.size(); ++i)
            if (c.m.units[i].id == r->unit.value()) return i;
        return c.m.units.size();
    };
    std::stable_sort(roles.begin(), roles.end(),
                     [&](const Role* a, const Role* b) { return unit_rank(a) < unit_rank(b); });
    s.blocks.push_back(Paragraph{c.t(
        "Funktioner som länkar organisationerna: kontaktpersoner och samordnare per enhet, med "
        "ersättare. Listan anger funktioner, inte personer.",
        "The functions that link the organisations: liaison and coordinator roles per unit, with "
        "substitutes. The list names functions, not persons.")});
    Table t;
    t.kind = "contacts";
    t.caption = c.t("Kontaktlista", "Contact list");
    t.headers = {c.t("Enhet", "Unit"),           c.t("Huvudman", "Principal"),
                 c.t("Funktion", "Function"),    c.t("Uppdrag", "Assignment"),
                 c.t("Ersättare", "Substitute"), c.t("Status", "Status")};
    for (const Role* r : roles) {
        Cell principal;
        if (r->unit.is_set())
            if (const Unit* u = find_by_id(c.m.units, r->unit.value())) {
                const Id p = effective_principal(c.m, *u);
                if (!p.empty()) principal.push_back(name_item(c, p));
            }
        if (principal.empty()) principal = unknown_cell(c);
        Cell what;
        if (r->liaison) what.push_back(value_item(c.t("kontaktperson", "liaison")));
        if (r->coordinator) what.push_back(value_item(c.t("samordnare", "coordinator")));
        if (r->capacity.is_set())
            what.push_back(
                value_item(std::to_string(r->capacity.value()) +
                           c.t(" innehavare", r->capacity.value() == 1 ? " holder" : " holders")));
        Cell status = value_cell(r->vacant ? c.t("vakant", "vacant") : c.t("tillsatt", "filled"));
        if (r->person.is_set())
            status.push_back(
                value_item(c.t("knuten till en namngiven person", "tied to a named person")));
        t.rows.push_back({ref_cell(c, r->unit),
                          principal,
                          {name_item(c, r->id)},
                          what,
                          ref_cell(c, r->substitute),
                          status});
        t.row_ids.push_back(r->id);
    }
    s.blocks.push_back(std::move(t));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
