// SIP-05: the plan keeps the rules of the regime the model works under: time to the meeting,
// whether a service may decline, and how a plan is closed.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "SIP-05",
    .family = "SIP",
    .title_sv = "Regimens regler bryts",
    .title_en = "Regime rules violated",
    .checks_sv = "Planmallarna mot modellens regim (regelverk). Parametrarna kommer från regimen "
                 "som data — tidsgräns, om en verksamhet får neka — och inte från regimens namn. "
                 "Utan regim gäller den nationella lagen (ingen tidsgräns, nekande ska motiveras)."
                 " Gäller planer av typen SIP, Västbus-SIP och I-SIP; en plan av annat slag "
                 "(BUS-plan, Norrbus) bara när modellen anger en regim som styr den.",
    .checks_en = "The plan templates against the model's regime. The parameters come from the "
                 "regime as data, never from its name. Without a regime the national law applies."
                 " Applies to plans of kind SIP, Västbus-SIP and I-SIP; a plan of another kind "
                 "(BUS-plan, Norrbus) only when the model names a regime that governs it.",
    .rationale_sv = "Regionala överenskommelser skärper lagen: tidsgräns till mötet, förbud mot "
                    "att neka, och avslut i samråd med familjen.",
    .rationale_en = "Regional agreements tighten the law: a deadline to the meeting, no right to "
                    "decline, and closure together with the family.",
    .source = "004 \"Ingen formell tidsgräns, men tre veckor i VGR\", \"Verksamhet kan neka till "
              "medverkan, skall dock motiveras\" / \"Verksamhet kan EJ neka till medverkan\", "
              "\"Avslut sker genom ett gemensamt beslut vid uppföljningsmöte och med samtycke av "
              "familjen samt den unge. Dokumentera att planen avslutas.\"",
    .action_sv = "Anpassa mallen efter regimen: tid till möte inom gränsen, inga nekanden där "
                 "regimen förbjuder dem (motivering där den krävs), avslut genom gemensamt beslut "
                 "med familjens samtycke, dokumenterat.",
    .action_en = "Align the template with the regime: time to meeting within the limit, no "
                 "refusals where the regime forbids them (a motivation where one is required), "
                 "closure by joint decision with the family's consent, documented.",
    .subs =
        {
            {
                .id = "SIP-05a",
                .default_severity = Severity::Warning,
                .title_sv = "Tid till möte över regimens gräns",
                .title_en = "Time to meeting over the limit",
                .when_sv = "regimen har en tidsgräns (Västbus: 21 dagar) och tiden till mötet är "
                           "längre eller okänd",
                .when_en = "the regime has a deadline (Västbus: 21 days) and the time to meeting "
                           "exceeds it or is unknown",
                .find_out_sv = "hur lång tid det tar till mötet",
                .find_out_en = "how long it takes until the meeting",
            },
            {
                .id = "SIP-05b",
                .default_severity = Severity::Error,
                .title_sv = "Verksamhet nekar i strid med regimen",
                .title_en = "Service declines against the regime",
                .when_sv = "en verksamhet nekar till medverkan",
                .when_en = "a service declines to take part",
            },
            {
                .id = "SIP-05c",
                .default_severity = Severity::Warning,
                .title_sv = "Avslut utan gemensamt beslut, samtycke eller dokumentation",
                .title_en = "Closure without joint decision, consent or documentation",
                .when_sv = "avslutet är inte beskrivet, eller sker inte genom gemensamt beslut med "
                           "familjens samtycke och dokumentation",
                .when_en = "closure is not described, or is not a documented joint decision with "
                           "the family's consent",
                .find_out_sv = "hur planen avslutas",
                .find_out_en = "how the plan is closed",
            },
        },
    .example_sv =
        "Västbus: 28 dagar till möte → SIP-05a; BUP nekar → SIP-05b (fel). Under nationell SIP "
        "nekar BUP utan motivering → SIP-05b (varning); med motivering → ingen brist.",
    .example_en = "Västbus: 28 days → SIP-05a; BUP declines → SIP-05b (error). National SIP, "
                  "declined without motivation → SIP-05b (warning); with motivation → no finding.",
};

bool yes(const Maybe<bool>& b) {
    return b.is_set() && b.value();
}

class RegimeRulesRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Regime& regime = effective_regime(ctx.index);
        for (const auto& pl : ctx.model.plans) {
            // SIP kinds; another kind only where the model's regime governs it.
            if (!sip_rules_apply(ctx.index, pl)) continue;
            const std::string n = name(ctx.index, pl.id);
            if (regime.deadline_days.is_set()) {
                const int limit = regime.deadline_days.value();
                const std::string lim = std::to_string(limit);
                if (!pl.time_to_meeting_days.is_set())
                    out.report("SIP-05a", {pl.id},
                               n + " anger inte tiden till mötet; " + regime.name +
                                   " kräver högst " + lim + " dagar.",
                               n + " does not state the time to the meeting; " + regime.name +
                                   " requires at most " + lim + " days.",
                               unknown_if(pl.time_to_meeting_days.is_unknown()));
                else if (pl.time_to_meeting_days.value() > limit)
                    out.report("SIP-05a", {pl.id},
                               n + " har " + std::to_string(pl.time_to_meeting_days.value()) +
                                   " dagar till mötet; " + regime.name + " kräver högst " + lim +
                                   ".",
                               n + " has " + std::to_string(pl.time_to_meeting_days.value()) +
                                   " days to the meeting; " + regime.name + " requires at most " +
                                   lim + ".");
            }
            for (const auto& r : pl.refusals) {
                const std::string who = name(ctx.index, r.by);
                if (regime.refusal_allowed == RefusalPolicy::Nej)
                    out.report_with("SIP-05b", Severity::Error, {pl.id, r.by},
                                    who + " nekar till medverkan i " + n + ", men " + regime.name +
                                        " tillåter inte att en verksamhet nekar.",
                                    who + " declines to take part in " + n + ", but " +
                                        regime.name + " does not allow a service to decline.");
                else if (regime.refusal_allowed == RefusalPolicy::Motiverat && !r.motivated)
                    out.report_with("SIP-05b", Severity::Warning, {pl.id, r.by},
                                    who + " nekar till medverkan i " + n + " utan motivering.",
                                    who + " declines to take part in " + n +
                                        " without a motivation.");
            }
            check_closure(ctx, pl, out);
        }
    }

  private:
    static void check_closure(const RuleContext& ctx, const Plan& pl, FindingSink& out) {
        const std::string n = name(ctx.index, pl.id);
        if (!pl.closure.is_set()) {
            out.report("SIP-05c", {pl.id}, n + " beskriver inte hur planen avslutas.",
                       n + " does not describe how the plan is closed.",
                       unknown_if(pl.closure.is_unknown()));
            return;
        }
        const Closure& c = pl.closure.value();
        // Any part not described makes it a question; a part described as not done, a gap.
        const bool said_no = c.joint_decision.is_none() || c.family_consent.is_none() ||
                             c.documented.is_none() ||
                             (c.joint_decision.is_set() && !c.joint_decision.value()) ||
                             (c.family_consent.is_set() && !c.family_consent.value()) ||
                             (c.documented.is_set() && !c.documented.value());
        if (!yes(c.joint_decision) || !yes(c.family_consent) || !yes(c.documented))
            out.report("SIP-05c", {pl.id},
                       "Avslutet i " + n +
                           " sker inte genom gemensamt beslut med familjens samtycke och "
                           "dokumentation.",
                       "Closure in " + n +
                           " is not a documented joint decision with the family's consent.",
                       unknown_if(!said_no));
    }
};

} // namespace

std::unique_ptr<Rule> make_regime_rules_rule() {
    return std::make_unique<RegimeRulesRule>();
}

} // namespace skm
