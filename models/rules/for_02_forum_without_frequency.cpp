// FOR-02: collaboration at the strategic and operational levels works through regular meetings;
// "when needed" there usually means "when it is already too late".
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

class ForumWithoutFrequencyRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FOR-02",
            "FOR",
            "Forum utan mötesfrekvens",
            "Forum without meeting frequency",
            "Ett stående forum som inte har bestämt hur ofta det möts blir lätt ett forum som "
            "inte möts. På övergripande nivå och verksamhetsnivå räcker inte \"vid behov\".",
            "A standing forum that has not decided how often it meets easily becomes one that "
            "does not meet. At the strategic and operational levels \"when needed\" is not enough.",
            "000 \"För att samverkan på verksamhetsnivå ska fungera krävs regelbundna möten\"; "
            "002 \"möten ska ske en gång per månad\"",
            "Bestäm en mötesfrekvens i antal per vecka, månad, termin eller år och lägg in den i "
            "forumets beskrivning och årshjul.",
            "Decide a meeting frequency as a number per week, month, term or year and record it "
            "in the forum description and the annual cycle.",
            {sub_rule("FOR-02", Severity::Warning, "Forum utan bestämd mötesfrekvens",
                      "Forum without a set meeting frequency")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            // Exempt: inactive, temporary and event-driven forums, and the nämnd (its meeting
            // plan is set by law and its own rules).
            if (!ModelIndex::forum_active(f, ctx.at) || f.temporary || f.event_driven ||
                is_namnd(f))
                continue;
            std::string sv, en;
            if (!f.frequency.is_set()) {
                sv = "Forumet " + q(ix, f.id) + " har ingen angiven mötesfrekvens.";
                en = "Forum " + q(ix, f.id) + " has no stated meeting frequency.";
            } else if (f.frequency.value().kind == Frequency::Kind::Unquantified) {
                sv = "Forumet " + q(ix, f.id) + " möts \"regelbundet\" utan att det står hur ofta.";
                en = "Forum " + q(ix, f.id) + " meets \"regularly\" without saying how often.";
            } else if (f.frequency.value().kind == Frequency::Kind::AsNeeded &&
                       tier_is(ix.forum_tier(f), {Tier::S, Tier::O})) {
                sv = "Forumet " + q(ix, f.id) + " på nivå " + tier_word(ix.forum_tier(f).value()) +
                     " möts bara vid behov.";
                en = "Forum " + q(ix, f.id) + " at tier " + tier_word(ix.forum_tier(f).value()) +
                     " meets only when needed.";
            } else {
                continue;
            }
            out.report("FOR-02", {f.id}, std::move(sv), std::move(en));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_frequency_rule() {
    return std::make_unique<ForumWithoutFrequencyRule>();
}

} // namespace skm
