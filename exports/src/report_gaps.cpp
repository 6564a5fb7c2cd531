// Bristrapport: the findings of the gap rules, grouped by rule so each rule's source and
// suggested action is printed once, and waived findings in their own part.
#include "report_cells.hpp"

#include <utility>

namespace skm::exports::report {
namespace {

std::string rule_label(const Finding& f) {
    return f.sub.empty() ? f.rule : f.sub;
}

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

const RuleInfo* rule_info(const Finding& f) {
    const Rule* r = find_rule(rule_label(f));
    return r ? &r->info() : nullptr;
}

std::string rule_title(const Ctx& c, const Finding& f) {
    const RuleInfo* info = rule_info(f);
    if (!info) return {};
    if (const SubRuleInfo* sub = info->sub(rule_label(f)))
        return c.lang == Lang::Sv ? sub->title_sv : sub->title_en;
    return c.lang == Lang::Sv ? info->title_sv : info->title_en;
}

Cell rule_text_cell(const Ctx& c, const Finding& f, bool action) {
    const RuleInfo* info = rule_info(f);
    if (!info) return unknown_cell(c);
    const std::string& text =
        action ? (c.lang == Lang::Sv ? info->action_sv : info->action_en) : info->source;
    if (text.empty()) return unknown_cell(c);
    return value_cell(text);
}

// Findings come sorted by severity, rule and element; a group is a run of one rule at one
// severity (FOR-03 reports some findings as errors and others as warnings).
std::vector<std::vector<const Finding*>> open_groups(const CheckResult& r) {
    std::vector<std::vector<const Finding*>> groups;
    for (const auto& f : r.findings) {
        if (f.waived) continue;
        bool placed = false;
        for (auto& g : groups)
            if (rule_label(*g.front()) == rule_label(f) && g.front()->severity == f.severity) {
                g.push_back(&f);
                placed = true;
                break;
            }
        if (!placed) groups.push_back({&f});
    }
    return groups;
}

Table overview(const Ctx& c, const std::vector<std::vector<const Finding*>>& groups) {
    Table t;
    t.kind = "findings";
    t.caption = c.t("Översikt", "Overview");
    t.headers = {c.t("Regel", "Rule"), c.t("Allvarlighet", "Severity"), c.t("Brist", "Gap"),
                 c.t("Antal", "Count")};
    for (const auto& g : groups) {
        const Finding& f = *g.front();
        const std::string title = rule_title(c, f);
        t.rows.push_back({value_cell(rule_label(f)), value_cell(severity_text(f.severity, c.lang)),
                          title.empty() ? unknown_cell(c) : value_cell(title),
                          value_cell(std::to_string(g.size()))});
        t.row_ids.push_back({});
    }
    return t;
}

Section group_part(const Ctx& c, const std::vector<const Finding*>& g) {
    const Finding& first = *g.front();
    Section s;
    s.level = 3;
    s.anchor = anchor_for("gap", rule_label(first) + "-" + std::string(to_word(first.severity)));
    const std::string title = rule_title(c, first);
    s.title = rule_label(first) + (title.empty() ? std::string() : " – " + title) + " (" +
              severity_text(first.severity, c.lang) + ")";
    Table facts = kv_table(c, s.title);
    facts.rows.push_back(kv_row(c.t("Regel", "Rule"), value_cell(rule_label(first))));
    facts.rows.push_back(
        kv_row(c.t("Allvarlighet", "Severity"), value_cell(severity_text(first.severity, c.lang))));
    facts.rows.push_back(kv_row(c.t("Källa", "Source"), rule_text_cell(c, first, false)));
    facts.rows.push_back(
        kv_row(c.t("Åtgärdsförslag", "Suggested action"), rule_text_cell(c, first, true)));
    facts.row_ids.assign(facts.rows.size(), {});
    s.blocks.push_back(std::move(facts));

    Table t;
    t.kind = "gap-list";
    t.caption = c.t("Brister", "Findings");
    t.headers = {c.t("Element", "Element"), c.t("Brist", "Finding")};
    for (const Finding* f : g) {
        t.rows.push_back({elements_cell(c, *f), message_cell(c, *f)});
        t.row_ids.push_back(f->element());
    }
    s.blocks.push_back(std::move(t));
    return s;
}

Table waived_table(const Ctx& c) {
    Table t;
    t.kind = "findings";
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
               std::to_string(r.count(Severity::Warning)) + " varningar och " +
               std::to_string(r.count(Severity::Info)) + " att titta på (information); " +
               std::to_string(waived) + " med undantag.";
    return std::to_string(r.count(Severity::Error)) + " errors, " +
           std::to_string(r.count(Severity::Warning)) + " warnings and " +
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
                      "Det som inte är beskrivet räknas som en brist. Varje regel visas med "
                      "källa och åtgärdsförslag, följd av de element den gäller.",
                      "Gaps the collaboration rules find in the model at the snapshot date. "
                      "What is not described counts as a gap. Each rule is shown with its "
                      "source and suggested action, followed by the elements it concerns.")});
    const auto groups = open_groups(c.findings);
    if (groups.empty()) {
        s.blocks.push_back(Paragraph{c.t("Inga brister hittades.", "No findings.")});
    } else {
        s.blocks.push_back(Paragraph{summary(c)});
        s.blocks.push_back(overview(c, groups));
    }
    out.push_back(std::move(s));
    for (const auto& g : groups)
        out.push_back(group_part(c, g));

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
