// FOR-02: collaboration at the strategic and operational levels works through regular meetings;
// "when needed" there usually means "when it is already too late".
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-02",
    .family = "FOR",
    .title_sv = "Forum utan mötesfrekvens",
    .title_en = "Forum without meeting frequency",
    .checks_sv = "Ett aktivt, permanent (inte tillfälligt), inte händelsestyrt forum som inte är "
                 "en nämnd, och vars mötesfrekvens är okänd, saknas, är ett okvantifierat "
                 "\"regelbundet\"/\"löpande\", eller är \"vid behov\" på nivå S eller O.",
    .checks_en = "An active, permanent (not temporary), not event-driven forum that is not a "
                 "committee, whose frequency is unknown, none, an unquantified "
                 "\"regelbundet\"/\"löpande\", or \"vid behov\" (when needed) at tier S or O.",
    .rationale_sv =
        "Ett stående forum som inte har bestämt hur ofta det möts blir lätt ett forum som inte "
        "möts. På övergripande nivå och verksamhetsnivå räcker inte \"vid behov\".",
    .rationale_en =
        "A standing forum that has not decided how often it meets easily becomes one that does not "
        "meet. At the strategic and operational levels \"when needed\" is not enough.",
    .source = "000 \"För att samverkan på verksamhetsnivå ska fungera krävs regelbundna möten\"; "
              "002 \"möten ska ske en gång per månad\"",
    .action_sv = "Bestäm en mötesfrekvens i antal per vecka, månad, termin eller år och lägg in "
                 "den i forumets beskrivning och årshjul.",
    .action_en = "Decide a meeting frequency as a number per week, month, term or year and record "
                 "it in the forum description and the annual cycle.",
    .subs =
        {
            {
                .id = "FOR-02",
                .default_severity = Severity::Warning,
                .title_sv = "Forum utan bestämd mötesfrekvens",
                .title_en = "Forum without a set meeting frequency",
                .when_sv =
                    "mötesfrekvens saknas, är okvantifierad, eller är \"vid behov\" på nivå S/O",
                .when_en = "frequency missing, unquantified, or \"when needed\" at tier S/O",
                .find_out_sv = "hur ofta forumet möts, i antal per vecka, månad, termin eller år",
                .find_out_en = "how often the forum meets, as a number per week, month, term or "
                               "year",
            },
        },
    .example_sv = "En samverkansgrupp på verksamhetsnivå som möts \"vid behov\" → FOR-02.",
    .example_en = "An operational collaboration group meeting \"vid behov\" → FOR-02.",
};

class ForumWithoutFrequencyRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            // Exempt: inactive, temporary and event-driven forums, and the nämnd (its meeting
            // plan is set by law and its own rules).
            if (!ModelIndex::forum_active(f, ctx.at) || f.temporary || f.event_driven ||
                is_namnd(f))
                continue;
            std::string sv, en;
            // Unknown or only in words ("flera gånger per år") is a question: the forum may well
            // meet regularly; the map does not say how often. Explicitly none is a gap.
            Basis basis = Basis::Gap;
            if (f.frequency.is_unknown()) {
                sv = "Det framgår inte hur ofta forumet " + q(ix, f.id) + " möts.";
                en = "It is not described how often forum " + q(ix, f.id) + " meets.";
                basis = Basis::Unknown;
            } else if (f.frequency.is_none()) {
                sv = "Forumet " + q(ix, f.id) + " har ingen bestämd mötesfrekvens.";
                en = "Forum " + q(ix, f.id) + " has no set meeting frequency.";
            } else if (f.frequency.value().kind == Frequency::Kind::Unquantified) {
                sv = "Forumet " + q(ix, f.id) + " möts \"" + f.frequency.value().str() +
                     "\" utan att det står hur ofta.";
                const std::string& words = f.frequency.value().words;
                en = "Forum " + q(ix, f.id) + " meets " +
                     (words.empty() ? std::string("regularly") : "\"" + words + "\"") +
                     " without saying how often.";
                basis = Basis::Unknown;
            } else if (f.frequency.value().kind == Frequency::Kind::AsNeeded &&
                       tier_is(ix.forum_tier(f), {Tier::S, Tier::O})) {
                sv = "Forumet " + q(ix, f.id) + " på nivå " + tier_word(ix.forum_tier(f).value()) +
                     " möts bara vid behov.";
                en = "Forum " + q(ix, f.id) + " at tier " + tier_word(ix.forum_tier(f).value()) +
                     " meets only when needed.";
            } else {
                continue;
            }
            out.report("FOR-02", {f.id}, std::move(sv), std::move(en), basis);
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_frequency_rule() {
    return std::make_unique<ForumWithoutFrequencyRule>();
}

} // namespace skm
