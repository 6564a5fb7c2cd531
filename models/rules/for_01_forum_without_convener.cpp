// FOR-01: a forum nobody convenes or chairs stops meeting when the enthusiast leaves.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-01",
    .family = "FOR",
    .title_sv = "Forum utan sammankallande",
    .title_en = "Forum without convener",
    .checks_sv = "Ett aktivt forum (utom nämnder, *politiskt organ*) som varken har sammankallande "
                 "eller ordförande.",
    .checks_en = "An active forum (other than a committee, *politiskt organ*) with neither a "
                 "convener nor a chair.",
    .rationale_sv = "Ett forum där ingen ansvarar för att kalla eller leda mötena är beroende av "
                    "att någon tar initiativet varje gång; det är så forum somnar.",
    .rationale_en =
        "A forum where nobody is responsible for calling or chairing the meetings depends on "
        "someone taking the initiative each time; that is how forums fall asleep.",
    .source = "002 \"Varje grupp kommer inbördes överens om syfte, mål, deltagare och vem som "
              "sammankallar\"; 004 \"Bristande ordförandeskap från den som skall hålla i mötet\"",
    .action_sv = "Ange vilken funktion som är sammankallande eller ordförande för forumet.",
    .action_en = "Name the function that convenes or chairs the forum.",
    .subs =
        {
            {
                .id = "FOR-01",
                .default_severity = Severity::Error,
                .title_sv = "Forum utan sammankallande eller ordförande",
                .title_en = "Forum without convener or chair",
                .when_sv = "aktivt forum utan sammankallande och utan ordförande",
                .when_en = "active forum with no convener and no chair",
                .find_out_sv = "vem som kallar till och leder forumets möten",
                .find_out_en = "who calls and chairs the forum's meetings",
            },
        },
    .example_sv =
        "\"Västbus lokal styrgrupp\" har varken sammankallande eller ordförande → FOR-01.",
    .example_en = "\"Västbus lokal styrgrupp\" has neither convener nor chair → FOR-01.",
};

class ForumWithoutConvenerRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) || is_namnd(f)) continue;
            if (f.convener.is_set() || f.chair.is_set()) continue;
            // Described as having neither is a gap; not described (either one unknown) is a
            // question: the answer could be that someone does convene.
            if (f.convener.is_unknown() || f.chair.is_unknown())
                out.report(
                    "FOR-01", {f.id},
                    "Det framgår inte vem som är sammankallande eller ordförande i forumet " +
                        q(ix, f.id) + ".",
                    "It is not described who convenes or chairs forum " + q(ix, f.id) + ".",
                    Basis::Unknown);
            else
                out.report("FOR-01", {f.id},
                           "Forumet " + q(ix, f.id) +
                               " har varken sammankallande eller ordförande.",
                           "Forum " + q(ix, f.id) + " has neither a convener nor a chair.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_convener_rule() {
    return std::make_unique<ForumWithoutConvenerRule>();
}

} // namespace skm
