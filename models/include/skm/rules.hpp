#pragma once
// Gap rules (brister): the engine, its findings and the rule registry. UI-free.
// Each rule is one class in models/rules/<family>_<nn>_<name>.cpp (FLO-01 lives in
// flo_01_handoff_without_feedback.cpp) with a stable id from the catalogue in shared/domain.md §2,
// sub-ids for lettered triggers, and everything a reader needs in its RuleInfo: Swedish and
// English texts, what it checks, why it matters with its source, a suggested action, and for each
// sub-rule when it fires and what to find out when it is a question. docs/rules/<ID>.md is
// generated from that info (rule_docs), so code and documentation cannot drift apart.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace skm {

class ModelIndex; // rules/model_index.hpp: look-ups the rules share, built once per run

// One sub-rule: a lettered trigger with its own default severity ("FOR-04b").
struct SubRuleInfo {
    std::string id; // "FOR-04b"; equal to the rule id when there are no letters
    Severity default_severity = Severity::Warning;
    std::string title_sv, title_en; // short: "Forum utan medlemmar"
    std::string when_sv, when_en;   // when it fires (Markdown, for the docs)
    // What to find out when the finding is a question (basis unknown): the sub-rule fires on a
    // null it needed. Empty for sub-rules that only ever report what the map describes.
    std::string find_out_sv, find_out_en;
};

struct RuleInfo {
    std::string id;     // "FOR-04"
    std::string family; // "FOR"
    std::string title_sv, title_en;
    std::string checks_sv, checks_en;       // what it checks (Markdown, for the docs)
    std::string rationale_sv, rationale_en; // why it matters
    std::string source;                     // seed number and passage, or law
    std::string action_sv, action_en;       // suggested action
    std::vector<SubRuleInfo> subs;
    std::string example_sv, example_en; // a worked example (Markdown, for the docs)
    const SubRuleInfo* sub(const std::string& sub_id) const;
};

struct Finding {
    std::string rule; // "FOR-04"
    std::string sub;  // "FOR-04b" (== rule when the rule has no letters)
    Severity severity = Severity::Warning;
    std::vector<Id> elements; // first is the element the finding is about; "model" = whole model
    std::string message_sv, message_en;
    bool projected = false;   // found at a planned change date, not at the snapshot
    Maybe<Date> at;           // the date a projected finding applies from
    Basis basis = Basis::Gap; // gap (described as missing/wrong) or unknown (not described)
    bool waived = false;
    std::string waiver_justification, waiver_author;
    Maybe<Date> waiver_date;
    std::optional<FindingAction> action; // its action-plan entry in the model, if any (a copy)
    const std::string& message(Lang l) const { return l == Lang::Sv ? message_sv : message_en; }
    const Id& element() const;
};

// What a rule sees: the model, shared indexes, and the date it is evaluated at.
struct RuleContext {
    const Model& model;
    const ModelIndex& index;
    Date at; // the snapshot date, or a planned change date (projected run)
    bool projected = false;
};

// One finding as a rule states it. Severity defaults to the sub-rule's default severity.
struct Report {
    std::string sub;          // the sub-rule id ("FOR-04b")
    std::vector<Id> elements; // first = the element the finding is about; empty = the model
    std::string message_sv, message_en;
    Basis basis = Basis::Gap;         // unknown: arises only from a null the rule needed
    std::optional<Severity> severity; // for rules whose severity depends on the case
};

// Where a rule reports.
class FindingSink {
  public:
    virtual ~FindingSink() = default;
    virtual void add(Report r) = 0;
    void report(const std::string& sub_id, std::vector<Id> elements, std::string message_sv,
                std::string message_en, Basis basis = Basis::Gap) {
        add({sub_id, std::move(elements), std::move(message_sv), std::move(message_en), basis, {}});
    }
    // For rules whose severity depends on the case (FOR-03: error when on an escalation path).
    void report_with(const std::string& sub_id, Severity severity, std::vector<Id> elements,
                     std::string message_sv, std::string message_en, Basis basis = Basis::Gap) {
        add({sub_id, std::move(elements), std::move(message_sv), std::move(message_en), basis,
             severity});
    }
};

class Rule {
  public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const RuleContext& ctx, FindingSink& out) const = 0;
    // Rules that look ahead (RES-01, CHG-01) are also run at each planned change date.
    virtual bool projects() const { return false; }
};

// The explicit registry of all rules, in catalogue order (models/rules/registry.cpp).
const std::vector<std::unique_ptr<Rule>>& all_rules();
const Rule* find_rule(const std::string& id_or_sub_id);

// Runs one rule (by rule or sub-rule id) at `at` as it reports, without severity overrides,
// waivers or actions: what the focused rule tests and fixtures check. Throws std::out_of_range
// for an id no rule has.
std::vector<Finding> run_rule(const Model& m, const std::string& rule_id, const Date& at);
std::vector<Finding> run_rule(const Model& m, const std::string& rule_id);

struct CheckResult {
    std::vector<Finding> findings; // sorted: severity, rule, element
    std::size_t count(Severity s, bool include_waived = false) const;
    // Findings of one severity and one basis (gaps or questions).
    std::size_t count(Severity s, bool include_waived, Basis basis) const;
    // Unwaived findings whose basis is unknown (kartläggningsfrågor).
    std::size_t count_questions() const;
    // Action-plan entries whose finding no longer appears: the gap was closed (or the element
    // changed so the rule no longer fires). Shown as resolved, not lost.
    std::vector<FindingAction> resolved_actions;
};

// An action is overdue when its due date has passed at `today` and it is not done (åtgärdad).
bool action_overdue(const FindingAction& a, const Date& today);

// What to find out for a question: the sub-rule's find-out text, empty when it has none.
std::string find_out(const Finding& f, Lang lang);

// Runs every rule: applies the model's severity overrides ("off" drops the finding), marks
// waived findings, and turns a rule that throws into a "rule-error" finding while the others
// still run.
CheckResult run_rules(const Model& m);
// The same over a model whose index has already been built (the editor builds one per
// generation and shares it with its panels' name look-ups).
CheckResult run_rules(const ModelIndex& index);

// A waiver must say why; returns an empty string when the waiver is acceptable, otherwise a
// message (Swedish or English) saying what is missing.
std::string waiver_problem(const Waiver& w, Lang lang);

} // namespace skm
