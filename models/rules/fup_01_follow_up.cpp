// FUP-01: collaboration is followed up at a level that can act on the result, every standing
// forum is evaluated, and case work is evaluated after the case is closed.
#include "case_rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace case_rules;

const RuleInfo kInfo{
    .id = "FUP-01",
    .family = "FUP",
    .title_sv = "Ingen uppföljning eller utvärdering",
    .title_en = "No follow-up or evaluation",
    .rationale_sv =
        "Utan organiserad uppföljning vet ledningen inte om strukturen fungerar; forum och "
        "ärendeprocesser behöver utvärderas för att kunna förbättras.",
    .rationale_en =
        "Without organised follow-up the management does not know whether the structure works; "
        "forums and case processes need evaluating to improve.",
    .source = "001 \"Ingen kommun har ett organiserat uppföljningsinstrument på en generell "
              "nivå\"; 002 \"De "
              "skolbaserade konsultationsgrupperna utvärderar sitt samarbete en gång per år\"; "
              "vardsamverkan.se "
              "Västbus årsberättelse \"senast 1/3\"",
    .action_sv =
        "Inför en årlig uppföljning av samverkan på strategisk eller politisk nivå med ägare och "
        "frekvens, låt den omfatta varje forum, och utvärdera ärenden efter avslut.",
    .action_en = "Introduce a yearly follow-up of collaboration at strategic or political level "
                 "with an owner and "
                 "a frequency, let it cover every forum, and evaluate cases after closure.",
    .subs = {{"FUP-01a", Severity::Error, "Ingen uppföljning av samverkan på P/S-nivå",
              "No collaboration follow-up at tier P/S"},
             {"FUP-01b", Severity::Warning, "Forum som inte följs upp", "Forum not followed up"},
             {"FUP-01c", Severity::Warning, "Uppföljning utan ägare eller frekvens",
              "Follow-up without owner or frequency"},
             {"FUP-01d", Severity::Info, "Ingen utvärdering efter avslutat ärende",
              "No post-case evaluation"}},
};

bool strategic(Maybe<Tier> t) {
    return t.is_set() && (t.value() == Tier::P || t.value() == Tier::S);
}

class FollowUpRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        bool overall = false;
        bool case_eval_everywhere = false;
        std::unordered_set<Id> targeted, case_evaluated;
        for (const auto& f : ctx.model.followups) {
            targeted.insert(f.targets.begin(), f.targets.end());
            const bool whole =
                f.kind == FollowUpKind::Samverkan || f.kind == FollowUpKind::Arsberattelse;
            const Maybe<Tier> tier = f.tier.is_set()    ? f.tier
                                     : f.owner.is_set() ? tier_of(ix, f.owner.value())
                                                        : Maybe<Tier>();
            overall = overall || (whole && strategic(tier));
            if (f.kind == FollowUpKind::EfterAvslutatArende) {
                if (f.targets.empty()) case_eval_everywhere = true;
                case_evaluated.insert(f.targets.begin(), f.targets.end());
            }
            // A post-case evaluation happens after each closed case: it has no calendar frequency.
            const bool per_case = f.kind == FollowUpKind::EfterAvslutatArende;
            if (!f.owner.is_set() || (!per_case && !f.frequency.is_set()))
                out.report("FUP-01c", {f.id}, name_of(ctx, f.id) + " saknar ägare eller frekvens.",
                           name_of(ctx, f.id) + " lacks an owner or a frequency.");
        }
        if (!overall)
            out.report(
                "FUP-01a", {},
                "Ingen uppföljning av samverkan som helhet på politisk eller strategisk nivå.",
                "No follow-up of collaboration as a whole at political or strategic level.");

        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) || f.temporary ||
                f.kind == ForumKind::PolitisktOrgan)
                continue;
            if (targeted.count(f.id) || (f.level.is_set() && targeted.count(f.level.value())))
                continue;
            out.report("FUP-01b", {f.id}, "Ingen uppföljning omfattar " + name_of(ctx, f.id) + ".",
                       "No follow-up covers " + name_of(ctx, f.id) + ".");
        }

        if (case_eval_everywhere) return;
        for (const auto& p : ctx.model.processes) {
            if (!p.case_based || case_evaluated.count(p.id)) continue;
            bool has_eval_step = false;
            for (const auto& s : p.steps)
                has_eval_step = has_eval_step || s.type == StepType::Utvardering;
            if (!has_eval_step)
                out.report("FUP-01d", {p.id},
                           name_of(ctx, p.id) + " utvärderas inte efter avslutat ärende.",
                           name_of(ctx, p.id) + " is not evaluated after a case is closed.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_follow_up_rule() {
    return std::make_unique<FollowUpRule>();
}

} // namespace skm
