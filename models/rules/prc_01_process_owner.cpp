// PRC-01: a process map has an owner, and is adopted before the organisation relies on it.
#include "case_rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace case_rules;

const RuleInfo kInfo{
    .id = "PRC-01",
    .family = "PRC",
    .title_sv = "Process utan ägare",
    .title_en = "Process without owner",
    .rationale_sv =
        "En process utan ägare hålls inte aktuell och ingen ansvarar för att den fungerar; en "
        "processkarta som inte antagits styr inte verksamheten.",
    .rationale_en =
        "A process without an owner is not kept up to date and nobody answers for it working; a "
        "process map that has not been adopted does not govern the work.",
    .source = "SOSFS 2011:9 via uppfoljningsguiden.se \"Identifiera vem som är processägare\"; 000 "
              "steg 5 "
              "\"Processkarta antas\"",
    .action_sv = "Utse en processägare (funktion eller forum) och låt processkartan antas.",
    .action_en = "Appoint a process owner (a function or forum) and have the process map adopted.",
    .subs = {{"PRC-01", Severity::Warning, "Process utan ägare", "Process without owner"},
             {"PRC-01i", Severity::Info, "Processen är inte antagen", "Process not adopted"}},
};

class ProcessOwnerRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& p : ctx.model.processes) {
            const std::string n = name_of(ctx, p.id);
            if (!p.owner.is_set())
                out.report("PRC-01", {p.id}, n + " har ingen processägare.",
                           n + " has no process owner.");
            if (p.status != ProcessStatus::Antagen)
                out.report("PRC-01i", {p.id},
                           n + " är inte antagen (status: " + std::string(to_word(p.status)) + ").",
                           n + " is not adopted (status: " + std::string(to_word(p.status)) + ").");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_process_owner_rule() {
    return std::make_unique<ProcessOwnerRule>();
}

} // namespace skm
