// Mallar och blankettstöd (domain.md §4.2 item 11): the templates, checklists and quick guides
// linked from the processes — without case data, only what exists and where it is used.
#include "report_cells.hpp"

#include <algorithm>

namespace skm::exports::report {
namespace {

bool is_template(const Document& d) {
    return d.type == DocType::Mall || d.type == DocType::Checklista || d.type == DocType::Lathund;
}

} // namespace

void add_template_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "templates";
    s.title = c.t("Mallar och blankettstöd", "Templates and forms");
    Table t;
    t.kind = "templates";
    t.caption = c.t("Mallregister", "Template register");
    t.headers = {c.t("Mall", "Template"),     c.t("Typ", "Type"),
                 c.t("Används i", "Used in"), c.t("Dokumentägare", "Owner"),
                 c.t("Revidering", "Review"), c.t("Status", "Status")};
    for (const auto& d : c.m.documents) {
        if (!is_template(d)) continue;
        std::vector<Id> used = d.covers_processes;
        for (const auto& p : c.m.processes)
            if (std::find(p.governed_by.begin(), p.governed_by.end(), d.id) !=
                    p.governed_by.end() &&
                std::find(used.begin(), used.end(), p.id) == used.end())
                used.push_back(p.id);
        Cell where = names_cell(c, used);
        if (where.empty()) where = {Item{c.t("ingen process", "no process"), {}, CellState::None}};
        t.rows.push_back({{name_item(c, d.id)},
                          value_cell(word(d.type, c.lang)),
                          where,
                          ref_cell(c, d.owner),
                          date_cell(c, d.review_date),
                          value_cell(word(d.status, c.lang))});
        t.row_ids.push_back(d.id);
    }
    if (t.rows.empty()) {
        s.blocks.push_back(Paragraph{c.t("Modellen beskriver inga mallar, checklistor eller "
                                         "lathundar.",
                                         "The model describes no templates, checklists or quick "
                                         "guides.")});
    } else {
        s.blocks.push_back(Paragraph{c.t(
            "Mallar, checklistor och lathundar som processerna hänvisar till. Registret innehåller "
            "inga ärendeuppgifter.",
            "The templates, checklists and quick guides the processes refer to. The register holds "
            "no case data.")});
        s.blocks.push_back(std::move(t));
    }
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
