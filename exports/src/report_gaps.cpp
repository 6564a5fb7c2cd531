// Bristrapport: the gaps the rules find, grouped by rule so each rule's source and suggested
// action is printed once; the mapping questions (what the map does not describe) apart from
// them; the åtgärdsplan; and waived findings in their own part.
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
        if (f.waived || f.basis != Basis::Gap) continue;
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
    const auto n = [&](Severity s) { return std::to_string(r.count(s, false, Basis::Gap)); };
    const std::string q = std::to_string(r.count_questions());
    if (c.lang == Lang::Sv)
        return n(Severity::Error) + " allvarliga brister, " + n(Severity::Warning) +
               " varningar och " + n(Severity::Info) + " att titta på (information); " +
               std::to_string(waived) + " med undantag; " + q + " kartläggningsfrågor.";
    return n(Severity::Error) + " errors, " + n(Severity::Warning) + " warnings and " +
           n(Severity::Info) + " for information; " + std::to_string(waived) + " waived; " + q +
           " mapping questions.";
}

std::string find_out_text(const Ctx& c, const Finding& f) {
    return find_out(f, c.lang);
}

Table questions_table(const Ctx& c) {
    Table t;
    t.kind = "questions";
    t.caption = c.t("Kartläggningsfrågor", "Mapping questions");
    t.headers = {c.t("Regel", "Rule"), c.t("Element", "Element"), c.t("Fråga", "Question"),
                 c.t("Ta reda på", "Find out")};
    for (const auto& f : c.findings.findings) {
        if (f.waived || f.basis != Basis::Unknown) continue;
        const std::string ask = find_out_text(c, f);
        t.rows.push_back({value_cell(rule_label(f)), elements_cell(c, f), message_cell(c, f),
                          ask.empty() ? unknown_cell(c) : value_cell(ask)});
        t.row_ids.push_back(f.element());
    }
    return t;
}

std::string status_text(const Ctx& c, ActionStatus s) {
    switch (s) {
    case ActionStatus::Oppen:
        return c.t("öppen", "open");
    case ActionStatus::Pagar:
        return c.t("pågår", "in progress");
    case ActionStatus::Atgardad:
        return c.t("åtgärdad", "done");
    }
    return {};
}

// One row of the åtgärdsplan: rule, element, finding, owner, due date, status, note. An overdue
// action says so in its status; an action whose finding has gone is shown as resolved.
std::vector<Cell> action_row(const Ctx& c, const FindingAction& a, const Finding* f,
                             const Date& today) {
    std::string status = status_text(c, a.status);
    if (!f && a.status != ActionStatus::Atgardad)
        status =
            c.t("åtgärdad (bristen finns inte längre)", "resolved (finding no longer present)");
    else if (action_overdue(a, today))
        status += c.t(" – försenad", " – overdue");
    Cell finding = f ? message_cell(c, *f)
                     : value_cell(c.t("Bristen finns inte längre.", "The finding is gone."));
    return {value_cell(a.rule),  f ? elements_cell(c, *f) : Cell{name_item(c, a.element)},
            std::move(finding),  ref_cell(c, a.owner),
            date_cell(c, a.due), value_cell(std::move(status)),
            text_cell(c, a.note)};
}

Table action_table(const Ctx& c, const Date& today) {
    Table t;
    t.kind = "actions";
    t.caption = c.t("Åtgärdsplan", "Action plan");
    t.headers = {c.t("Regel", "Rule"),     c.t("Element", "Element"),  c.t("Brist", "Finding"),
                 c.t("Ansvarig", "Owner"), c.t("Klart senast", "Due"), c.t("Status", "Status"),
                 c.t("Anteckning", "Note")};
    for (const auto& f : c.findings.findings)
        if (f.action) {
            t.rows.push_back(action_row(c, *f.action, &f, today));
            t.row_ids.push_back(f.element());
        }
    for (const auto& a : c.findings.resolved_actions) {
        t.rows.push_back(action_row(c, a, nullptr, today));
        t.row_ids.push_back(a.element);
    }
    return t;
}

} // namespace

void add_gap_section(const Ctx& c, std::vector<Section>& out, const Date& today) {
    Section s;
    s.anchor = "gaps";
    s.title = c.t("Bristrapport", "Gap report");
    s.blocks.push_back(Paragraph{
        c.t("Brister som samverkansreglerna hittar i modellen vid nulägesdatum: det som kartan "
            "beskriver som saknat eller fel. Det som kartan inte beskriver är inte en brist utan "
            "en kartläggningsfråga och listas för sig. Varje regel visas med källa och "
            "åtgärdsförslag, följd av de element den gäller.",
            "Gaps the collaboration rules find in the model at the snapshot date: what the map "
            "describes as missing or wrong. What the map does not describe is not a gap but a "
            "mapping question, listed separately. Each rule is shown with its source and "
            "suggested action, followed by the elements it concerns.")});
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

    Section q;
    q.level = 3;
    q.anchor = "questions";
    q.title = c.t("Kartläggningsfrågor", "Mapping questions");
    Table questions = questions_table(c);
    if (questions.rows.empty()) {
        q.blocks.push_back(Paragraph{c.t("Inga kartläggningsfrågor.", "No mapping questions.")});
    } else {
        q.blocks.push_back(Paragraph{
            c.t("Det här fyller reglerna inte i själva: kartan beskriver det inte. Varje fråga "
                "säger vad som behöver tas reda på; svaret kan visa en brist eller att det "
                "fungerar.",
                "The rules do not fill these in: the map does not describe them. Each question "
                "says what to find out; the answer may show a gap or that it works.")});
        q.blocks.push_back(std::move(questions));
    }
    out.push_back(std::move(q));

    Section a;
    a.level = 3;
    a.anchor = "actions";
    a.title = c.t("Åtgärdsplan", "Action plan");
    Table actions = action_table(c, today);
    if (actions.rows.empty())
        a.blocks.push_back(
            Paragraph{c.t("Inga åtgärder är planerade.", "No actions are planned.")});
    else
        a.blocks.push_back(std::move(actions));
    out.push_back(std::move(a));

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
