// SIP-04: a plan either books a follow-up or records why the parties will not meet again.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "SIP-04",
    .family = "SIP",
    .title_sv = "Ingen uppföljning",
    .title_en = "No follow-up",
    .checks_sv = "Att varje planmall antingen bokar uppföljning (datum eller regel) eller anger "
                 "att planen motiverar varför man inte ses igen."
                 " Gäller planer av typen SIP, Västbus-SIP och I-SIP; en plan av annat slag "
                 "(BUS-plan, Norrbus) bara när modellen anger en regim som styr den.",
    .checks_en = "That each plan template books a follow-up (date or rule) or records why the "
                 "parties will not meet again."
                 " Applies to plans of kind SIP, Västbus-SIP and I-SIP; a plan of another kind "
                 "(BUS-plan, Norrbus) only when the model names a regime that governs it.",
    .rationale_sv = "En plan som inte följs upp vet ingen om den gjort nytta; ska man inte ses "
                    "igen ska det motiveras i planen.",
    .rationale_en = "Nobody knows whether a plan that is never followed up did any good; if the "
                    "parties will not meet again, the plan must say why.",
    .source = "004 \"Boka uppföljningsmöte. Motivera i planen om ni inte ska ses igen\"; 000 "
              "\"tydlig struktur för uppföljning\"",
    .action_sv =
        "Ange när uppföljningsmötet bokas, eller att planen motiverar varför man inte ses igen.",
    .action_en =
        "State when the follow-up meeting is booked, or that the plan records why there is none.",
    .subs =
        {
            {
                .id = "SIP-04",
                .default_severity = Severity::Error,
                .title_sv = "Varken uppföljning eller motivering",
                .title_en = "Neither follow-up nor motivation",
                .when_sv = "varken uppföljning eller motivering är angiven",
                .when_en = "neither a follow-up nor a motivation is given",
                .find_out_sv = "när planen följs upp",
                .find_out_en = "when the plan is followed up",
            },
        },
    .example_sv =
        "Tas både uppföljning och motivering bort ur Västbusplanen → SIP-04 (fel) på PL-VASTBUS.",
    .example_en = "Removing both from the Västbus plan → SIP-04 (error) on PL-VASTBUS.",
};

class NoFollowUpRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& pl : ctx.model.plans)
            if (sip_rules_apply(ctx.index, pl) && !pl.followup.is_set() &&
                !pl.followup_motivation.is_set())
                out.report(
                    "SIP-04", {pl.id},
                    name(ctx.index, pl.id) + " bokar ingen uppföljning och motiverar inte varför.",
                    name(ctx.index, pl.id) + " books no follow-up and does not say why.",
                    unknown_if(pl.followup.is_unknown() || pl.followup_motivation.is_unknown()));
    }
};

} // namespace

std::unique_ptr<Rule> make_no_follow_up_rule() {
    return std::make_unique<NoFollowUpRule>();
}

} // namespace skm
