// FLO-03: a discharge from inpatient care that reaches social services the same day leaves them
// no time to act; lag (2017:612) requires notice and joint planning.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

bool municipal(PrincipalType t) {
    return t == PrincipalType::Kommun || t == PrincipalType::Kommunalforbund;
}

class DischargeWithoutPlanningRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FLO-03",
            "FLO",
            "Utskrivning utan vårdplanering",
            "Discharge without care planning",
            "När regionen skriver ut ett barn utan föregående planering och framförhållning "
            "förväntas socialtjänsten agera utan förberedelse. Lagen om samverkan vid utskrivning "
            "kräver inskrivningsmeddelande och planering.",
            "When the region discharges a child without prior planning and notice, social "
            "services are expected to act unprepared. The discharge act requires an admission "
            "notice and joint planning.",
            "001 \"BUP ringer och berättar att de skriver ut en patient samma dag. Vårdplanering "
            "saknas och socialtjänsten förväntas agera utan framförhållning\"; lag (2017:612) om "
            "samverkan vid utskrivning från sluten hälso- och sjukvård (kunskapsguiden.se: "
            "mottagande enheter ska underrättas \"inom 24 timmar\")",
            "Låt utskrivningen föregås av ett inskrivningsmeddelande eller en vårdplanering (eller "
            "SIP) och ange framförhållningen i dagar.",
            "Precede the discharge with an admission notice or care planning (or a SIP) and state "
            "the lead time in days.",
            {sub_rule("FLO-03", Severity::Error, "Utskrivning utan planering eller framförhållning",
                      "Discharge without planning or lead time")}};
        return i;
    }

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
            out.report("FLO-03", {f.id}, sv + ".", en + ".");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_discharge_without_planning_rule() {
    return std::make_unique<DischargeWithoutPlanningRule>();
}

} // namespace skm
