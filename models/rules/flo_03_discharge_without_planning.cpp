// FLO-03: a discharge from inpatient care that reaches social services the same day leaves them
// no time to act; lag (2017:612) requires notice and joint planning.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

bool municipal(PrincipalType t) {
    return t == PrincipalType::Kommun || t == PrincipalType::Kommunalforbund;
}

const RuleInfo kInfo{
    .id = "FLO-03",
    .family = "FLO",
    .title_sv = "Utskrivning utan vårdplanering",
    .title_en = "Discharge without care planning",
    .checks_sv =
        "Ett aktivt flöde av typ *utskrivning* från en enhet hos en region till en enhet hos en "
        "kommun eller ett kommunalförbund, som saknar föregående planering (`preceded_by` med ett "
        "flöde av typ vårdplanering eller inskrivningsmeddelande, ett processteg eller en SIP), "
        "**eller** vars framförhållning (`lead_time_days`) är 0 eller okänd.",
    .checks_en =
        "An active *discharge* flow from a region unit to a municipal (kommun/kommunalförbund) "
        "unit with no preceding planning (`preceded_by` a care-planning or admission-notice flow, "
        "a process step or a SIP), **or** with lead time 0 or unknown.",
    .rationale_sv = "När regionen skriver ut ett barn utan föregående planering och "
                    "framförhållning förväntas socialtjänsten agera utan förberedelse. Lagen om "
                    "samverkan vid utskrivning kräver inskrivningsmeddelande och planering.",
    .rationale_en = "When the region discharges a child without prior planning and notice, social "
                    "services are expected to act unprepared. The discharge act requires an "
                    "admission notice and joint planning.",
    .source = "001 \"BUP ringer och berättar att de skriver ut en patient samma dag. Vårdplanering "
              "saknas och socialtjänsten förväntas agera utan framförhållning\"; lag (2017:612) om "
              "samverkan vid utskrivning från sluten hälso- och sjukvård (kunskapsguiden.se: "
              "mottagande enheter ska underrättas \"inom 24 timmar\")",
    .action_sv = "Låt utskrivningen föregås av ett inskrivningsmeddelande eller en vårdplanering "
                 "(eller SIP) och ange framförhållningen i dagar.",
    .action_en = "Precede the discharge with an admission notice or care planning (or a SIP) and "
                 "state the lead time in days.",
    .subs =
        {
            {
                .id = "FLO-03",
                .default_severity = Severity::Error,
                .title_sv = "Utskrivning utan planering eller framförhållning",
                .title_en = "Discharge without planning or lead time",
                .when_sv = "planering saknas eller framförhållning är 0/okänd",
                .when_en = "planning missing or lead time 0/unknown",
                .find_out_sv = "hur lång framförhållning utskrivningen har",
                .find_out_en = "how much notice the discharge gives",
            },
        },
    .example_sv = "VB-M10: BUP skriver ut till IFO samma dag utan planering → FLO-03.",
    .example_en = "VB-M10: BUP discharges to IFO the same day without planning → FLO-03.",
};

class DischargeWithoutPlanningRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.flows) {
            if (f.status != ElementStatus::Active || f.type != FlowType::Utskrivning) continue;
            const Principal* from = ix.principal_obj_of(f.from);
            const Principal* to = ix.principal_obj_of(f.to);
            if (!from || !to || from->type != PrincipalType::Region || !municipal(to->type))
                continue;
            bool planned = false;
            for (const auto& ref : f.preceded_by) {
                if (const Flow* p = ix.flow(ref))
                    planned = planned || p->type == FlowType::Vardplanering ||
                              p->type == FlowType::Inskrivningsmeddelande;
                else
                    planned = true; // a process step or a SIP plan
            }
            const bool lead_time = f.lead_time_days.is_set() && f.lead_time_days.value() > 0;
            if (planned && lead_time) continue;
            std::string sv = "Utskrivningen " + q(ix, f.id) + " från " + q(ix, f.from) + " till " +
                             q(ix, f.to) + " saknar ";
            std::string en = "Discharge " + q(ix, f.id) + " from " + q(ix, f.from) + " to " +
                             q(ix, f.to) + " has no ";
            if (!planned) {
                sv += "föregående vårdplanering eller inskrivningsmeddelande";
                en += "preceding care planning or admission notice";
            }
            if (!planned && !lead_time) {
                sv += " och ";
                en += " and no ";
            }
            if (!lead_time) {
                sv += f.lead_time_days.is_set() ? "framförhållning (samma dag)"
                                                : "angiven framförhållning";
                en += f.lead_time_days.is_set() ? "lead time (same day)" : "stated lead time";
            }
            // Planning described but no lead time recorded: a question (how much notice?). Missing
            // planning or a same-day discharge is what the map says: a gap.
            out.report("FLO-03", {f.id}, sv + ".", en + ".",
                       unknown_if(planned && f.lead_time_days.is_unknown()));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_discharge_without_planning_rule() {
    return std::make_unique<DischargeWithoutPlanningRule>();
}

} // namespace skm
