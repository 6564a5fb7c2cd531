// SIP-01: every SIP names the principal with overall responsibility, and case work shared by a
// municipality and a region has a joint SIP once the law applies.
#include "rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "SIP-01",
    .family = "SIP",
    .title_sv = "SIP saknas eller saknar övergripande ansvar",
    .title_en = "SIP missing or without overall responsibility",
    .checks_sv = "Planmallarna och processerna på individnivå.",
    .checks_en = "The plan templates and the individual-level processes.",
    .rationale_sv =
        "Lagen kräver att planen anger vem av huvudmännen som har det övergripande ansvaret, och "
        "att kommun och region gör en gemensam plan när barnet behöver insatser från båda.",
    .rationale_en =
        "The law requires the plan to name which principal holds overall responsibility, and the "
        "municipality and region to make a joint plan when the child needs services from both.",
    .source = "SoL 2 kap. 7 § p. 4 (000: \"Vem av huvudmännen som ska ha det övergripande ansvaret "
              "för planen\"); 000 I-SIP används \"även om barnet inte har några aktuella insatser "
              "från hälso- och sjukvården\"",
    .action_sv = "Ange i planmallen hur huvudansvarig huvudman utses, och knyt en gemensam SIP "
                 "till processen.",
    .action_en = "State in the plan template how the principal with overall responsibility is "
                 "chosen, and attach a joint SIP to the process.",
    .subs =
        {
            {
                .id = "SIP-01a",
                .default_severity = Severity::Error,
                .title_sv = "SIP utan övergripande ansvar",
                .title_en = "SIP without overall responsibility",
                .when_sv = "en plan av typen SIP, Västbus-SIP eller I-SIP anger inte huvudman med "
                           "övergripande ansvar",
                .when_en = "a plan of kind SIP, Västbus-SIP or I-SIP names no principal with "
                           "overall responsibility",
                .find_out_sv = "vilken huvudman som har det övergripande ansvaret",
                .find_out_en = "which principal holds overall responsibility",
            },
            {
                .id = "SIP-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Ingen gemensam SIP för kommun och region",
                .title_en = "No joint SIP for municipality and region",
                .when_sv = "vid eller efter regimens SIP-startdatum (2010-01-01 i alla "
                           "förinställda regimer) ger både en kommun och en region insatser i en "
                           "process på individnivå, men ingen gemensam plan är kopplad till "
                           "processen (en intern I-SIP räknas inte, och inte heller en regional "
                           "plan av annat slag, BUS-plan eller Norrbus)",
                .when_en = "at or after the regime's SIP start date, a municipality and a region "
                           "both provide interventions in an individual-level process with no "
                           "joint plan (an internal I-SIP does not count, nor does a regional "
                           "plan of another kind, BUS-plan or Norrbus)",
            },
        },
    .example_sv = "Sätts huvudansvarig i Västbusplanen till okänd → SIP-01a (fel) på PL-VASTBUS.",
    .example_en = "Setting the overall responsible of the Västbus plan to unknown → SIP-01a "
                  "(error) on PL-VASTBUS.",
};

class OverallResponsibilityRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        std::unordered_set<Id> joint_plan_for; // processes with a plan that is not internal (I-SIP)
        for (const auto& pl : ctx.model.plans) {
            if (is_sip_kind(pl.kind) && !pl.overall_responsible.is_set())
                out.report("SIP-01a", {pl.id},
                           name(ctx.index, pl.id) +
                               " anger inte vilken huvudman som har det övergripande ansvaret.",
                           name(ctx.index, pl.id) +
                               " does not name the principal with overall responsibility.",
                           unknown_if(pl.overall_responsible.is_unknown()));
            // Only a joint SIP satisfies SIP-01b, as SIP-01a reads the kinds: a BUS-plan or a
            // Norrbus plan is a regional agreement of another kind, not the SIP the law asks for.
            if (pl.process.is_set() && is_joint_sip_kind(pl.kind))
                joint_plan_for.insert(pl.process.value());
        }

        const Regime& regime = effective_regime(ctx.index);
        const Maybe<Date>& from = regime.sip_active_from.is_set()
                                      ? regime.sip_active_from
                                      : national_sip_regime().sip_active_from;
        if (from.is_set() && ctx.at < from.value()) return;
        for (const auto& p : ctx.model.processes) {
            if (!is_individual_process(ctx.index, p) || joint_plan_for.count(p.id)) continue;
            bool municipal = false, region = false;
            for (const auto& provider : p.intervention_providers)
                if (const Principal* pr = ctx.index.principal_obj_of(provider)) {
                    municipal = municipal || is_municipal(*pr);
                    region = region || is_region(*pr);
                }
            if (municipal && region)
                out.report("SIP-01b", {p.id},
                           "I " + name(ctx.index, p.id) +
                               " ger både kommun och region insatser, men ingen gemensam "
                               "SIP är kopplad till processen.",
                           "In " + name(ctx.index, p.id) +
                               " both municipality and region provide services, but no "
                               "joint SIP is attached to the process.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_overall_responsibility_rule() {
    return std::make_unique<OverallResponsibilityRule>();
}

} // namespace skm
