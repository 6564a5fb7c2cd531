// SIP-03: the SIP meeting has a chair, someone who writes the plan, and a consent with a scope and
// a time limit.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "SIP-03",
    .family = "SIP",
    .title_sv = "Mötesroller i SIP oklara",
    .title_en = "SIP meeting roles undefined",
    .checks_sv = "Planmallens mötesroller och samtycke."
                 " Gäller planer av typen SIP, Västbus-SIP och I-SIP; en plan av annat slag "
                 "(BUS-plan, Norrbus) bara när modellen anger en regim som styr den.",
    .checks_en = "The template's meeting roles and consent."
                 " Applies to plans of kind SIP, Västbus-SIP and I-SIP; a plan of another kind "
                 "(BUS-plan, Norrbus) only when the model names a regime that governs it.",
    .rationale_sv =
        "Utan utsedd mötesledare och dokumenterande blir planen ofta inte skriven; ett samtycke "
        "utan omfattning och tidsgräns ger familjen ingen kontroll över vad som delas.",
    .rationale_en =
        "Without a named chair and documenter the plan often does not get written; a consent "
        "without scope and time limit gives the family no control over what is shared.",
    .source = "004 \"Utse mötesledare\", \"Bestäm vem som dokumenterar, det vill säga ansvarar för "
              "att samordnad individuell plan, (SIP), skrivs\"; uppdragpsykiskhalsa.se: samtycket "
              "är \"tidsbegränsat\"",
    .action_sv = "Ange mötesledare och dokumenterande i mallen, och samtyckets omfattning och "
                 "giltighetstid.",
    .action_en = "Name the chair and the documenter in the template, and the consent's scope and "
                 "time limit.",
    .subs =
        {
            {
                .id = "SIP-03a",
                .default_severity = Severity::Warning,
                .title_sv = "Ingen mötesledare",
                .title_en = "No chair",
                .when_sv = "ingen mötesledare är angiven",
                .when_en = "no chair",
                .find_out_sv = "vem som leder mötet",
                .find_out_en = "who chairs the meeting",
            },
            {
                .id = "SIP-03b",
                .default_severity = Severity::Warning,
                .title_sv = "Ingen dokumenterande",
                .title_en = "No documenter",
                .when_sv = "ingen dokumenterande är angiven",
                .when_en = "no documenter",
                .find_out_sv = "vem som dokumenterar planen",
                .find_out_en = "who documents the plan",
            },
            {
                .id = "SIP-03c",
                .default_severity = Severity::Info,
                .title_sv = "Samtycke utan omfattning eller tidsgräns",
                .title_en = "Consent without scope or time limit",
                .when_sv = "samtycket saknar omfattning eller tidsgräns, eller inget samtycke är "
                           "beskrivet",
                .when_en = "the consent lacks a scope or a time limit, or no consent is described",
                .find_out_sv = "hur samtycket inhämtas, vad det omfattar och hur länge det gäller",
                .find_out_en = "how consent is obtained, what it covers and how long it lasts",
            },
        },
    .example_sv = "Västbusplanens samtycke har omfattning men okänd tidsgräns → SIP-03c (info) på "
                  "PL-VASTBUS. Utan mötesledare och dokumenterande tillkommer SIP-03a och SIP-03b.",
    .example_en = "The Västbus consent has a scope but an unknown time limit → SIP-03c (info) on "
                  "PL-VASTBUS; without chair and documenter SIP-03a and SIP-03b are added.",
};

class MeetingRolesRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& pl : ctx.model.plans) {
            // SIP kinds; another kind only where the model's regime governs it.
            if (!sip_rules_apply(ctx.index, pl)) continue;
            const std::string n = name(ctx.index, pl.id);
            if (!pl.chair.is_set())
                out.report("SIP-03a", {pl.id}, n + " anger ingen mötesledare.",
                           n + " names no meeting chair.", unknown_if(pl.chair.is_unknown()));
            if (!pl.documenter.is_set())
                out.report("SIP-03b", {pl.id}, n + " anger inte vem som dokumenterar planen.",
                           n + " does not say who documents the plan.",
                           unknown_if(pl.documenter.is_unknown()));
            if (!pl.consent.is_set())
                out.report("SIP-03c", {pl.id}, n + " beskriver inget samtycke.",
                           n + " describes no consent.", unknown_if(pl.consent.is_unknown()));
            else if (!pl.consent.value().scope.is_set() || !pl.consent.value().time_limit.is_set())
                out.report("SIP-03c", {pl.id},
                           "Samtycket i " + n + " saknar omfattning eller tidsgräns.",
                           "The consent in " + n + " lacks a scope or a time limit.",
                           unknown_if(pl.consent.value().scope.is_unknown() ||
                                      pl.consent.value().time_limit.is_unknown()));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_meeting_roles_rule() {
    return std::make_unique<MeetingRolesRule>();
}

} // namespace skm
