#pragma once
// Gap rules (brister): the engine, its findings and the rule registry. UI-free.
// Each rule is one class in models/rules/<family>_<name>.cpp with a stable id from the catalogue
// in shared/domain.md §2, sub-ids for lettered triggers, Swedish and English texts, a rationale
// with its source and a suggested action. Documentation: docs/rules/<ID>.md.
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
    Severity default_severity;
    std::string title_sv, title_en; // short: "Forum utan medlemmar"
};

struct RuleInfo {
    std::string id;     // "FOR-04"
    std::string family; // "FOR"
    std::string title_sv, title_en;
    std::string rationale_sv, rationale_en; // why it matters
    std::string source;                     // seed number and passage, or law
    std::string action_sv, action_en;       // suggested action
    std::vector<SubRuleInfo> subs;
    const SubRuleInfo* sub(const std::string& sub_id) const;
};

struct Finding {
    std::string rule; // "FOR-04"
    std::string sub;  // "FOR-04b" (== rule when the rule has no letters)
    Severity severity = Severity::Warning;
    std::vector<Id> elements; // first is the element the finding is about; "model" = whole model
    std::string message_sv, message_en;
    bool projected = false; // found at a planned change date, not at the snapshot
    Maybe<Date> at;         // the date a projected finding applies from
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

// Where a rule reports. Severity defaults to the sub-rule's default severity.
class FindingSink {
  public:
    virtual ~FindingSink() = default;
    virtual void report(const std::string& sub_id, std::vector<Id> elements, std::string message_sv,
                        std::string message_en) = 0;
    // For rules whose severity depends on the case (FOR-03: error when on an escalation path).
    virtual void report_with(const std::string& sub_id, Severity severity, std::vector<Id> elements,
                             std::string message_sv, std::string message_en) = 0;
};

class Rule {
  public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const RuleContext& ctx, FindingSink& out) const = 0;
    // Rules that look ahead (RES-01, CHG-01) are also run at each planned change date.
    virtual bool projects() const { return false; }
};

// The explicit registry of all rules, in catalogue order.
const std::vector<std::unique_ptr<Rule>>& all_rules();
const Rule* find_rule(const std::string& id_or_sub_id);

struct CheckResult {
    std::vector<Finding> findings; // sorted: severity, rule, element
    std::size_t count(Severity s, bool include_waived = false) const;
};

// Runs every rule: applies the model's severity overrides ("off" drops the finding), marks
// waived findings, and turns a rule that throws into a "rule-error" finding while the others
// still run.
CheckResult run_rules(const Model& m);

// A waiver must say why; returns an empty string when the waiver is acceptable, otherwise a
// message (Swedish or English) saying what is missing.
std::string waiver_problem(const Waiver& w, Lang lang);

} // namespace skm
