// Kommunikationsvägar / överlämningsmatris: one row per flow.
#include "report_cells.hpp"

namespace skm::exports::report {
namespace {

Cell timing_cell(const Ctx& c, const Flow& f) {
    Cell cell;
    if (f.deadline_days.is_set())
        cell.push_back(
            value_item(c.t("inom ", "within ") + days_text(f.deadline_days.value(), c.lang)));
    if (f.lead_time_days.is_set())
        cell.push_back(value_item(c.t("framförhållning ", "lead time ") +
                                  days_text(f.lead_time_days.value(), c.lang)));
    if (!cell.empty()) return cell;
    if (f.deadline_days.is_none() || f.lead_time_days.is_none()) return {none_item(c)};
    return unknown_cell(c);
}

Cell basis_cell(const Ctx& c, const Flow& f) {
    Cell cell;
    if (f.consent.is_set()) {
        std::string text = element_name(c, f.consent.value());
        if (const Consent* co = find_by_id(c.m.consents, f.consent.value());
            co && co->scope.is_set())
            text += " (" + co->scope.value() + ")";
        cell.push_back(value_item(std::move(text), f.consent.value()));
    }
    if (f.legal_basis.is_set()) cell.push_back(value_item(f.legal_basis.value()));
    if (f.anonymised) cell.push_back(value_item(c.t("avidentifierad", "anonymised")));
    if (!cell.empty()) return cell;
    if (f.consent.is_none() && f.legal_basis.is_none()) return {none_item(c)};
    return unknown_cell(c);
}

// Återkoppling and who gives it: the flows that answer this one.
Cell feedback_cell(const Ctx& c, const Flow& f) {
    Cell cell;
    for (const auto& other : c.m.flows) {
        if (!other.responds_to.is_set() || other.responds_to.value() != f.id) continue;
        std::string text = (other.name.empty() ? word(other.type, c.lang) : other.name) +
                           c.t(", ges av ", ", given by ") + element_name(c, other.from);
        cell.push_back(value_item(std::move(text), other.id));
    }
    if (f.responds_to.is_set())
        cell.push_back(
            value_item(c.t("är svar på: ", "answers: ") + element_name(c, f.responds_to.value()),
                       f.responds_to.value()));
    if (cell.empty()) cell.push_back(unknown_item(c));
    return cell;
}

Cell channel_cell(const Ctx& c, const Flow& f) {
    Cell cell = enum_cell(c, f.channel);
    if (f.written_completion.is_set() && f.written_completion.value())
        cell.push_back(value_item(c.t("kompletteras skriftligt", "completed in writing")));
    return cell;
}

} // namespace

void add_handoff_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "handoffs";
    s.title = c.t("Kommunikationsvägar och överlämningar", "Communication routes and handoffs");
    if (c.m.flows.empty()) {
        s.blocks.push_back(
            Paragraph{c.t("Modellen beskriver inga flöden.", "The model describes no flows.")});
        out.push_back(std::move(s));
        return;
    }
    Table t;
    t.caption = c.t("Överlämningsmatris", "Handoff table");
    t.kind = "handoffs";
    t.wide = true;
    t.headers = {c.t("Flöde", "Flow"),
                 c.t("Från", "From"),
                 c.t("Till", "To"),
                 c.t("Typ", "Type"),
                 c.t("Kanal", "Channel"),
                 c.t("Tidsgräns", "Deadline"),
                 c.t("Samtycke eller lagrum", "Consent or legal basis"),
                 c.t("Återkoppling", "Feedback"),
                 c.t("Styrande rutin", "Governing routine")};
    for (const auto& f : c.m.flows) {
        Cell name = {value_item(f.name.empty() ? word(f.type, c.lang) : f.name, f.id)};
        if (f.status != ElementStatus::Active)
            name.push_back(value_item("(" + word(f.status, c.lang) + ")"));
        t.rows.push_back({name,
                          {name_item(c, f.from)},
                          {name_item(c, f.to)},
                          value_cell(word(f.type, c.lang)),
                          channel_cell(c, f),
                          timing_cell(c, f),
                          basis_cell(c, f),
                          feedback_cell(c, f),
                          names_cell(c, f.governed_by)});
        t.row_ids.push_back(f.id);
    }
    s.blocks.push_back(std::move(t));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
