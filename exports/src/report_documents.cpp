// Styrdokumentförteckning: the document register.
#include "report_cells.hpp"

namespace skm::exports::report {
namespace {

Cell parties_cell(const Ctx& c, const Document& d) {
    return names_cell(c, d.parties);
}

Cell adopted_cell(const Ctx& c, const Document& d) {
    Cell cell = ref_cell(c, d.adopted_by);
    if (d.adopted.is_set())
        cell.push_back(value_item(d.adopted.value().str()));
    else if (d.adopted.is_unknown() && !d.adopted_by.is_unknown())
        cell.push_back(Item{c.t("datum saknas", "date not stated"), {}, CellState::Unknown});
    return cell;
}

Cell review_cell(const Ctx& c, const Document& d) {
    Cell cell;
    if (d.review_date.is_set()) cell.push_back(value_item(d.review_date.value().str()));
    if (d.review_cycle_months.is_set()) {
        const int n = d.review_cycle_months.value();
        cell.push_back(value_item(c.lang == Lang::Sv ? "var " + std::to_string(n) + ":e månad"
                                                     : "every " + std::to_string(n) + " months"));
    }
    if (!cell.empty()) return cell;
    if (d.review_date.is_none() || d.review_cycle_months.is_none()) return {none_item(c)};
    return unknown_cell(c);
}

Cell status_cell(const Ctx& c, const Document& d) {
    Cell cell = value_cell(word(d.status, c.lang));
    if (d.form.is_set() && d.form.value() == DocForm::Muntlig)
        cell.push_back(value_item(c.t("muntlig", "oral")));
    return cell;
}

} // namespace

void add_document_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "documents";
    s.title = c.t("Styrdokument", "Governing documents");
    if (c.m.documents.empty()) {
        s.blocks.push_back(Paragraph{c.t("Modellen beskriver inga styrdokument.",
                                         "The model describes no governing documents.")});
        out.push_back(std::move(s));
        return;
    }
    Table t;
    t.caption = c.t("Styrdokumentförteckning", "Document register");
    t.kind = "documents";
    t.wide = true;
    t.headers = {c.t("Typ", "Type"),
                 c.t("Titel", "Title"),
                 c.t("Parter", "Parties"),
                 c.t("Antagen av, datum", "Adopted by, date"),
                 c.t("Giltig till", "Valid until"),
                 c.t("Revidering", "Review"),
                 c.t("Dokumentägare", "Owner"),
                 c.t("Överordnat dokument", "Parent document"),
                 c.t("Status", "Status")};
    for (const auto& d : c.m.documents) {
        t.rows.push_back({value_cell(word(d.type, c.lang)),
                          {name_item(c, d.id)},
                          parties_cell(c, d),
                          adopted_cell(c, d),
                          date_cell(c, d.valid_to),
                          review_cell(c, d),
                          ref_cell(c, d.owner),
                          ref_cell(c, d.parent, Genus::Neuter),
                          status_cell(c, d)});
        t.row_ids.push_back(d.id);
    }
    s.blocks.push_back(std::move(t));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
