// PRC-01: a process map has an owner, and is adopted before the organisation relies on it.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "PRC-01",
    .family = "PRC",
    .title_sv = "Process utan ägare",
    .title_en = "Process without owner",
    .checks_sv = "Varje process.",
    .checks_en = "Every process.",
    .rationale_sv = "En process utan ägare hålls inte aktuell och ingen ansvarar för att den "
                    "fungerar; en processkarta som inte antagits styr inte verksamheten.",
    .rationale_en = "A process without an owner is not kept up to date and nobody answers for it "
                    "working; a process map that has not been adopted does not govern the work.",
    .source = "SOSFS 2011:9 via uppfoljningsguiden.se \"Identifiera vem som är processägare\"; 000 "
              "steg 5 \"Processkarta antas\"",
    .action_sv = "Utse en processägare (funktion eller forum) och låt processkartan antas.",
    .action_en = "Appoint a process owner (a function or forum) and have the process map adopted.",
    .subs =
        {
            {
                .id = "PRC-01",
                .default_severity = Severity::Warning,
                .title_sv = "Process utan ägare",
                .title_en = "Process without owner",
                .when_sv = "processägare är okänd eller uttryckligen saknas",
                .when_en = "the process owner is unknown or explicitly none",
                .find_out_sv = "vem som äger processen",
                .find_out_en = "who owns the process",
            },
            {
                .id = "PRC-01i",
                .default_severity = Severity::Info,
                .title_sv = "Processen är inte antagen",
                .title_en = "Process not adopted",
                .when_sv = "processens status är inte *antagen* (nuläge eller förslag)",
                .when_en = "the status is not *antagen* (as-is or proposal)",
            },
        },
    .example_sv = "Västbusprocessen är antagen men saknar ägare → PRC-01 (varning) på P-VASTBUS.",
    .example_en =
        "The Västbus process is adopted but has no owner → PRC-01 (warning) on P-VASTBUS.",
};

class ProcessOwnerRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& p : ctx.model.processes) {
            const std::string n = name(ctx.index, p.id);
            if (!p.owner.is_set())
                out.report("PRC-01", {p.id}, n + " har ingen processägare.",
                           n + " has no process owner.", unknown_if(p.owner.is_unknown()));
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
