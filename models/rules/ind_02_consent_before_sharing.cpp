// IND-02: in case work, consent must come before the first step that shares information.
#include "rule_helpers.hpp"

#include <deque>
#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "IND-02",
    .family = "IND",
    .title_sv = "Inget samtycke före informationsutbyte",
    .title_en = "No consent before information sharing",
    .checks_sv =
        "I varje ärendebaserad process på individnivå letas det första steget (i "
        "bredden-först-ordning från startsteget) som delar information utan grund: steget delar "
        "information, är inte avidentifierat, har inget lagrum, och dess överlämningsflöde är "
        "varken avidentifierat, har lagrum eller samtyckesreferens. Regeln utlöses om inget steg "
        "av typen *samtycke* finns på någon väg före det steget.",
    .checks_en =
        "In each case-based individual-level process, the first step (breadth-first from the "
        "start) that shares information without a basis: it shares information, is not anonymised, "
        "has no legal basis, and its handoff flow has no anonymisation, legal basis or consent "
        "reference. The rule fires when no *samtycke* step lies on any path before that step.",
    .rationale_sv =
        "Uppgifter om ett barn får lämnas mellan verksamheter bara med samtycke eller stöd i lag; "
        "samtycket måste därför inhämtas innan första steget där information delas.",
    .rationale_en =
        "Information about a child may pass between services only with consent or a legal basis, "
        "so consent must be obtained before the first step that shares information.",
    .source =
        "004 \"Inhämta samtycke, förbered gemensamt och kalla till möte\"; 002 \"rutiner för "
        "samtyckesförklaring tidigt i ett ärende\"; SoL 2 kap. 7 § \"om den enskilde samtycker\"",
    .action_sv = "Lägg ett samtyckessteg före steget, eller markera steget som avidentifierat "
                 "eller ange lagrum.",
    .action_en =
        "Put a consent step before the step, or mark the step anonymised or give its legal basis.",
    .subs =
        {
            {
                .id = "IND-02",
                .default_severity = Severity::Error,
                .title_sv = "Information delas före samtycke",
                .title_en = "Information shared before consent",
                .when_sv = "första informationsdelande steget har inget samtyckessteg före sig; "
                           "elementet är steget, skrivet \"PROCESS.STEG\"",
                .when_en = "the first sharing step has no consent step before it; the element is "
                           "the step, \"PROCESS.STEP\"",
            },
        },
    .example_sv = "Flyttas samtycket i Västbusprocessen till efter kallelsen → IND-02 (fel) på "
                  "\"P-VASTBUS.V4\".",
    .example_en = "Moving consent after the summons in the Västbus process → IND-02 (error) on "
                  "\"P-VASTBUS.V4\".",
};

// A step shares identifiable information unless it is anonymised or has its own legal basis;
// a bound handoff flow can say the same.
bool shares_without_basis(const ModelIndex& ix, const Step& s) {
    if (!s.shares_info || s.anonymised || s.legal_basis.is_set()) return false;
    if (s.handoff.is_set())
        if (const Flow* f = ix.flow(s.handoff.value()))
            if (f->anonymised || f->legal_basis.is_set() || f->consent.is_set()) return false;
    return true;
}

class ConsentBeforeSharingRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& p : ctx.model.processes) {
            if (!p.case_based || !is_individual_process(ctx.index, p) || p.steps.empty()) continue;
            const auto by_id = steps_by_id(p);
            const auto order = walk_order(p, by_id);
            const Step* first = nullptr;
            for (const Step* s : order)
                if (shares_without_basis(ctx.index, *s)) {
                    first = s;
                    break;
                }
            if (!first) continue;
            if (after_consent(p, by_id).count(first->id)) continue;
            out.report("IND-02", {step_ref(p, *first), p.id},
                       "Steget \"" + step_name(*first) + "\" i " + name(ctx.index, p.id) +
                           " delar information utan att något samtyckessteg kommer före.",
                       "The step \"" + step_name(*first) + "\" of " + name(ctx.index, p.id) +
                           " shares information with no consent step before it.");
        }
    }

  private:
    static std::string step_name(const Step& s) { return s.name.empty() ? s.id : s.name; }

    // Breadth-first from the start steps (or the first step), then any step not reached.
    static std::vector<const Step*> walk_order(const Process& p,
                                               const std::unordered_map<Id, const Step*>& by_id) {
        std::vector<const Step*> order;
        std::unordered_set<Id> seen;
        std::deque<const Step*> queue;
        for (const auto& s : p.steps)
            if (s.type == StepType::Start) queue.push_back(&s);
        if (queue.empty()) queue.push_back(&p.steps.front());
        for (const Step* s : queue)
            seen.insert(s->id);
        while (!queue.empty()) {
            const Step* s = queue.front();
            queue.pop_front();
            order.push_back(s);
            for (const auto& n : s->next) {
                auto it = by_id.find(n);
                if (it != by_id.end() && seen.insert(n).second) queue.push_back(it->second);
            }
        }
        for (const auto& s : p.steps)
            if (seen.insert(s.id).second) order.push_back(&s);
        return order;
    }

    // Steps that some consent step leads to (a consent step counts as covering itself).
    static std::unordered_set<Id> after_consent(const Process& p,
                                                const std::unordered_map<Id, const Step*>& by_id) {
        std::unordered_set<Id> reached;
        std::vector<const Step*> stack;
        for (const auto& s : p.steps)
            if (s.type == StepType::Samtycke && reached.insert(s.id).second) stack.push_back(&s);
        while (!stack.empty()) {
            const Step* s = stack.back();
            stack.pop_back();
            for (const auto& n : s->next) {
                auto it = by_id.find(n);
                if (it != by_id.end() && reached.insert(n).second) stack.push_back(it->second);
            }
        }
        return reached;
    }
};

} // namespace

std::unique_ptr<Rule> make_consent_before_sharing_rule() {
    return std::make_unique<ConsentBeforeSharingRule>();
}

} // namespace skm
