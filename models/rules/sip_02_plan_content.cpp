// SIP-02: the plan template carries what the law requires: who provides each intervention, what
// others do, and goals that can be followed up.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "SIP-02",
    .family = "SIP",
    .title_sv = "SIP-innehåll ofullständigt",
    .title_en = "SIP content incomplete",
    .checks_sv = "Att planmallen rymmer det lagen kräver."
                 " Gäller planer av typen SIP, Västbus-SIP och I-SIP; en plan av annat slag "
                 "(BUS-plan, Norrbus) bara när modellen anger en regim som styr den.",
    .checks_en = "That the plan template carries what the law requires."
                 " Applies to plans of kind SIP, Västbus-SIP and I-SIP; a plan of another kind "
                 "(BUS-plan, Norrbus) only when the model names a regime that governs it.",
    .rationale_sv =
        "Planen ska enligt lag ange vilka insatser som behövs, vem som svarar för dem och vad "
        "andra än kommun och region gör; mål utan tid och mått går inte att följa upp.",
    .rationale_en =
        "By law the plan states which services are needed, who provides them and what others than "
        "municipality and region do; goals without time and measure cannot be followed up.",
    .source = "SoL 2 kap. 7 § p. 1–3; 004 \"Formulera brukarfokuserade, tidsatta och mätbara mål. "
              "Vem gör vad och när?\"",
    .action_sv =
        "Ange utförare för varje insats, beskriv andras åtgärder och ge målen datum och mått.",
    .action_en = "Give each intervention a provider, describe the actions of others, and give "
                 "goals a date and a measure.",
    .subs =
        {
            {
                .id = "SIP-02a",
                .default_severity = Severity::Error,
                .title_sv = "Insats utan utförare",
                .title_en = "Intervention without provider",
                .when_sv = "en insats saknar utförare",
                .when_en = "an intervention has no provider",
                .find_out_sv = "vem som utför insatsen",
                .find_out_en = "who provides the intervention",
            },
            {
                .id = "SIP-02b",
                .default_severity = Severity::Warning,
                .title_sv = "Andras åtgärder saknas",
                .title_en = "Actions by others missing",
                .when_sv = "planen har deltagare utanför kommun och region (familjen, stat, "
                           "privat, ideell, enskild) men beskriver inte \"åtgärder av andra\"",
                .when_en = "participants outside municipality and region (family, state, private, "
                           "non-profit, individual) but no \"actions by others\"",
                .find_out_sv = "vilka åtgärder övriga deltagare gör",
                .find_out_en = "what the other participants do",
            },
            {
                .id = "SIP-02c",
                .default_severity = Severity::Info,
                .title_sv = "Mål utan tid eller mått",
                .title_en = "Goal without due date or measure",
                .when_sv = "ett mål saknar tidpunkt eller mått",
                .when_en = "a goal has no due date or no measure",
                .find_out_sv = "när målet ska vara nått och hur det mäts",
                .find_out_en = "when the goal is due and how it is measured",
            },
        },
    .example_sv = "Västbusplanen har regeltexter för utförare och andras åtgärder och mål som är "
                  "\"tidsatt\"/\"mätbart\": ingen SIP-02. Tas målets mått bort → SIP-02c.",
    .example_en = "The Västbus plan is complete; removing the goal's measure → SIP-02c.",
};

class PlanContentRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& pl : ctx.model.plans) {
            // SIP kinds; another kind only where the model's regime governs it.
            if (!sip_rules_apply(ctx.index, pl)) continue;
            for (const auto& in : pl.interventions)
                if (!in.provider.is_set()) {
                    out.report("SIP-02a", {pl.id},
                               "Insatsen \"" + in.name + "\" i " + name(ctx.index, pl.id) +
                                   " har ingen utförare.",
                               "The intervention \"" + in.name + "\" in " + name(ctx.index, pl.id) +
                                   " has no provider.",
                               unknown_if(in.provider.is_unknown()));
                    break;
                }
            if (!pl.others_actions.is_set() && has_other_party(ctx.index, pl))
                out.report("SIP-02b", {pl.id},
                           name(ctx.index, pl.id) +
                               " har deltagare utanför kommun och region men beskriver inte "
                               "deras åtgärder.",
                           name(ctx.index, pl.id) +
                               " has participants outside municipality and region but does not "
                               "describe their actions.",
                           unknown_if(pl.others_actions.is_unknown()));
            for (const auto& g : pl.goals)
                if (!g.due.is_set() || !g.measure.is_set()) {
                    out.report("SIP-02c", {pl.id},
                               "Målet \"" + g.text + "\" i " + name(ctx.index, pl.id) +
                                   " saknar tid eller mått.",
                               "The goal \"" + g.text + "\" in " + name(ctx.index, pl.id) +
                                   " lacks a due date or a measure.",
                               unknown_if(g.due.is_unknown() || g.measure.is_unknown()));
                    break;
                }
        }
    }

  private:
    // The family, or a unit whose principal is neither municipality nor region.
    static bool has_other_party(const ModelIndex& ix, const Plan& pl) {
        for (const auto& who : pl.participants) {
            if (ix.citizen(who)) return true;
            if (const Principal* pr = ix.principal_obj_of(who);
                pr && !is_municipal(*pr) && !is_region(*pr))
                return true;
        }
        return false;
    }
};

} // namespace

std::unique_ptr<Rule> make_plan_content_rule() {
    return std::make_unique<PlanContentRule>();
}

} // namespace skm
