// FUP-01: collaboration is followed up at a level that can act on the result, every standing
// forum is evaluated, and case work is evaluated after the case is closed.
#include "rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FUP-01",
    .family = "FUP",
    .title_sv = "Ingen uppföljning eller utvärdering",
    .title_en = "No follow-up or evaluation",
    .checks_sv = "Modellens uppföljningar (uppföljning/utvärdering).",
    .checks_en = "The model's follow-ups.",
    .rationale_sv = "Utan organiserad uppföljning vet ledningen inte om strukturen fungerar; forum "
                    "och ärendeprocesser behöver utvärderas för att kunna förbättras.",
    .rationale_en = "Without organised follow-up the management does not know whether the "
                    "structure works; forums and case processes need evaluating to improve.",
    .source = "001 \"Ingen kommun har ett organiserat uppföljningsinstrument på en generell "
              "nivå\"; 002 \"De skolbaserade konsultationsgrupperna utvärderar sitt samarbete en "
              "gång per år\"; vardsamverkan.se Västbus årsberättelse \"senast 1/3\"",
    .action_sv =
        "Inför en årlig uppföljning av samverkan på strategisk eller politisk nivå med ägare och "
        "frekvens, låt den omfatta varje forum, och utvärdera ärenden efter avslut.",
    .action_en =
        "Introduce a yearly follow-up of collaboration at strategic or political level with an "
        "owner and a frequency, let it cover every forum, and evaluate cases after closure.",
    .subs =
        {
            {
                .id = "FUP-01a",
                .default_severity = Severity::Error,
                .title_sv = "Ingen uppföljning av samverkan på P/S-nivå",
                .title_en = "No collaboration follow-up at tier P/S",
                .when_sv = "ingen uppföljning av samverkan som helhet (typ *samverkan* eller "
                           "*årsberättelse*) på nivå P eller S; nivån är uppföljningens egen eller "
                           "ägarens (elementet är \"model\")",
                .when_en = "no follow-up of the collaboration as a whole (kind *samverkan* or "
                           "*årsberättelse*) at tier P or S (element \"model\")",
            },
            {
                .id = "FUP-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Forum som inte följs upp",
                .title_en = "Forum not followed up",
                .when_sv = "ett aktivt, permanent forum (inte en nämnd) som ingen uppföljning "
                           "omfattar, varken direkt eller via forumets nivå",
                .when_en = "an active permanent forum (not a committee) covered by no follow-up, "
                           "directly or through its level",
            },
            {
                .id = "FUP-01c",
                .default_severity = Severity::Warning,
                .title_sv = "Uppföljning utan ägare eller frekvens",
                .title_en = "Follow-up without owner or frequency",
                .when_sv = "en uppföljning saknar ägare eller frekvens (en utvärdering *efter "
                           "avslutat ärende* sker efter varje ärende och behöver bara ägare)",
                .when_en = "a follow-up without owner or frequency (a post-case evaluation runs "
                           "after each case and needs only an owner)",
                .find_out_sv = "vem som äger uppföljningen och hur ofta den görs",
                .find_out_en = "who owns the follow-up and how often it is done",
            },
            {
                .id = "FUP-01d",
                .default_severity = Severity::Info,
                .title_sv = "Ingen utvärdering efter avslutat ärende",
                .title_en = "No post-case evaluation",
                .when_sv = "en ärendebaserad process har varken ett utvärderingssteg eller en "
                           "uppföljning *efter avslutat ärende*",
                .when_en = "a case-based process with neither an evaluation step nor a post-case "
                           "follow-up",
            },
        },
    .example_sv =
        "Västbus-kartan saknar strukturell uppföljning → FUP-01a (fel) och FUP-01b på alla sex "
        "forum. Den offentliga årsberättelsen (senast 1 mars), modellerad som uppföljning på nivå "
        "S, skulle ta bort FUP-01a. Processens steg V9 \"Utvärdera\" uppfyller FUP-01d.",
    .example_en = "The Västbus map → FUP-01a and FUP-01b on all six forums; the step V9 "
                  "\"Utvärdera\" satisfies FUP-01d.",
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
            const bool vague = !per_case && f.frequency.is_set() &&
                               f.frequency.value().kind == Frequency::Kind::Unquantified;
            const bool no_owner = !f.owner.is_set();
            const bool no_frequency = !per_case && !f.frequency.is_set();
            if (no_owner || no_frequency || vague) {
                // A question unless what is missing is explicitly none.
                const bool gap =
                    (no_owner && f.owner.is_none()) || (no_frequency && f.frequency.is_none());
                out.report("FUP-01c", {f.id},
                           name(ctx.index, f.id) + (vague ? " görs \"" + f.frequency.value().str() +
                                                                "\" utan angiven frekvens."
                                                          : " saknar ägare eller frekvens."),
                           name(ctx.index, f.id) +
                               (vague ? " is done \"" + f.frequency.value().str() +
                                            "\" without a stated frequency."
                                      : " lacks an owner or a frequency."),
                           gap ? Basis::Gap : Basis::Unknown);
            }
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
            out.report("FUP-01b", {f.id},
                       "Ingen uppföljning omfattar " + name(ctx.index, f.id) + ".",
                       "No follow-up covers " + name(ctx.index, f.id) + ".");
        }

        if (case_eval_everywhere) return;
        for (const auto& p : ctx.model.processes) {
            if (!p.case_based || case_evaluated.count(p.id)) continue;
            bool has_eval_step = false;
            for (const auto& s : p.steps)
                has_eval_step = has_eval_step || s.type == StepType::Utvardering;
            if (!has_eval_step)
                out.report("FUP-01d", {p.id},
                           name(ctx.index, p.id) + " utvärderas inte efter avslutat ärende.",
                           name(ctx.index, p.id) + " is not evaluated after a case is closed.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_follow_up_rule() {
    return std::make_unique<FollowUpRule>();
}

} // namespace skm
