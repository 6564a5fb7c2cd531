// Bristrapport: the findings of the gap rules, with waived findings in their own part.
#include "report_cells.hpp"

namespace skm::exports::report {
namespace {

Cell elements_cell(const Ctx& c, const Finding& f) {
    if (f.elements.empty()) return {value_item(element_name(c, "model"), "model")};
    Cell cell;
    for (const auto& id : f.elements)
        cell.push_back(name_item(c, id));
    return cell;
}

Cell message_cell(const Ctx& c, const Finding& f) {
    Cell cell = value_cell(f.message(c.lang));
    if (f.projected) {
        std::string text = c.t("projicerad brist", "projected gap");
        if (f.at.is_set()) text += c.t(" från ", " from ") + f.at.value().str();
        cell.push_back(value_item(std::move(text)));
    }
    return cell;
}

Cell rule_text_cell(const Ctx& c, const Finding& f, bool action) {
    const Rule* r = find_rule(f.sub.empty() ? f.rule : f.sub);
    if (!r) return unknown_cell(c);
    const RuleInfo& info = r->info();
    const std::string& text =
        action ? (c.lang == Lang::Sv ? info.action_sv : info.action_en) : info.source;
    if (text.empty()) return unknown_cell(c);
    return value_cell(text);
}

std::string rule_label(const Finding& f) {
    return f.sub.empty() ? f.rule : f.sub;
}

Table open_table(const Ctx& c) {
    Table t;
    t.caption = c.t("Brister", "Findings");
    t.headers = {c.t("Regel", "Rule"),      c.t("Allvarlighet", "Severity"),
                 c.t("Element", "Element"), c.t("Brist", "Finding"),
                 c.t("Källa", "Source"),    c.t("Åtgärdsförslag", "Suggested action")};
    for (const auto& f : c.findings.findings) {
        if (f.waived) continue;
        t.rows.push_back({value_cell(rule_label(f)), value_cell(severity_text(f.severity, c.lang)),
                          elements_cell(c, f), message_cell(c, f), rule_text_cell(c, f, false),
                          rule_text_cell(c, f, true)});
        t.row_ids.push_back(f.element());
    }
    return t;
}

Table waived_table(const Ctx& c) {
    Table t;
    t.caption = c.t("Undantag med motivering", "Waivers with justification");
    t.headers = {c.t("Regel", "Rule"),
                 c.t("Allvarlighet", "Severity"),
                 c.t("Element", "Element"),
                 c.t("Brist", "Finding"),
                 c.t("Motivering", "Justification"),
                 c.t("Beslutat av", "Decided by"),
                 c.t("Datum", "Date")};
    for (const auto& f : c.findings.findings) {
        if (!f.waived) continue;
        t.rows.push_back({value_cell(rule_label(f)), value_cell(severity_text(f.severity, c.lang)),
                          elements_cell(c, f), message_cell(c, f),
                          value_cell(f.waiver_justification), value_cell(f.waiver_author),
                          date_cell(c, f.waiver_date)});
        t.row_ids.push_back(f.element());
    }
    return t;
}

std::string summary(const Ctx& c) {
    const auto& r = c.findings;
    const std::size_t waived = r.findings.size() - r.count(Severity::Error) -
                               r.count(Severity::Warning) - r.count(Severity::Info);
    if (c.lang == Lang::Sv)
        return std::to_string(r.count(Severity::Error)) + " allvarliga brister, " +
               std::to_string(r.count(Severity::Warning)) + " varningar, " +
               std::to_string(r.count(Severity::Info)) + " att titta på (information); " +
               std::to_string(waived) + " med undantag.";
    return std::to_string(r.count(Severity::Error)) + " errors, " +
           std::to_string(r.count(Severity::Warning)) + " warnings, " +
           std::to_string(r.count(Severity::Info)) + " for information; " + std::to_string(waived) +
           " waived.";
}

} // namespace

void add_gap_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "gaps";
    s.title = c.t("Bristrapport", "Gap report");
    s.blocks.push_back(
        Paragraph{c.t("Brister som samverkansreglerna hittar i modellen vid nulägesdatum. "
                      "Det som inte är beskrivet räknas som en brist.",
                      "Gaps the collaboration rules find in the model at the snapshot date. "
                      "What is not described counts as a gap.")});
    Table open = open_table(c);
    if (open.rows.empty()) {
        s.blocks.push_back(Paragraph{c.t("Inga brister hittades.", "No findings.")});
    } else {
        s.blocks.push_back(Paragraph{summary(c)});
        s.blocks.push_back(std::move(open));
    }
    out.push_back(std::move(s));

    Section w;
    w.level = 3;
    w.anchor = "waivers";
    w.title = c.t("Undantag med motivering", "Waivers with justification");
    Table waived = waived_table(c);
    if (waived.rows.empty())
        w.blocks.push_back(Paragraph{c.t("Inga undantag.", "No waivers.")});
    else
        w.blocks.push_back(std::move(waived));
    out.push_back(std::move(w));
}

} // namespace skm::exports::report
