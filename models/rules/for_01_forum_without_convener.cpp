// FOR-01: a forum nobody convenes or chairs stops meeting when the enthusiast leaves.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

class ForumWithoutConvenerRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FOR-01",
            "FOR",
            "Forum utan sammankallande",
            "Forum without convener",
            "Ett forum där ingen ansvarar för att kalla eller leda mötena är beroende av att "
            "någon tar initiativet varje gång; det är så forum somnar.",
            "A forum where nobody is responsible for calling or chairing the meetings depends on "
            "someone taking the initiative each time; that is how forums fall asleep.",
            "002 \"Varje grupp kommer inbördes överens om syfte, mål, deltagare och vem som "
            "sammankallar\"; 004 \"Bristande ordförandeskap från den som skall hålla i mötet\"",
            "Ange vilken funktion som är sammankallande eller ordförande för forumet.",
            "Name the function that convenes or chairs the forum.",
            {sub_rule("FOR-01", Severity::Error, "Forum utan sammankallande eller ordförande",
                      "Forum without convener or chair")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) || is_namnd(f)) continue;
            if (f.convener.is_set() || f.chair.is_set()) continue;
            out.report("FOR-01", {f.id},
                       "Forumet " + q(ix, f.id) + " har varken sammankallande eller ordförande.",
                       "Forum " + q(ix, f.id) + " has neither a convener nor a chair.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_convener_rule() {
    return std::make_unique<ForumWithoutConvenerRule>();
}

} // namespace skm
