// ESC-01: a dispute path (tvist) and a deviation route (avvikelse) must exist and lead somewhere.
#include "rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "ESC-01",
    .family = "ESC",
    .title_sv = "Eskaleringsväg saknas eller är bristfällig",
    .title_en = "Escalation path missing or defective",
    .checks_sv = "Att modellen har en tvistväg (tvist) och en avvikelseväg (avvikelse), och att "
                 "vägarna leder till aktiva mottagare och uppåt till någon som kan besluta.",
    .checks_en = "That the model has a dispute path (tvist) and a deviation route (avvikelse), and "
                 "that they lead to active recipients and upwards to someone who can decide.",
    .rationale_sv =
        "När samverkan kör fast måste frågan kunna lyftas till en nivå med mandat att lösa den, "
        "och avvikelser från överenskommelser och planer måste ha en mottagare.",
    .rationale_en =
        "When collaboration gets stuck, the issue must be able to rise to a level with the mandate "
        "to resolve it, and deviations from agreements and plans need a recipient.",
    .source = "002 \"Om man inte kommer överens får ansvarig handläggare föra tvisten vidare till "
              "1) sina respektive interna forum, 2) gemensamma samarbetsorganet, 3) BUS styrgrupp "
              "och sist 4) det politiska forumet\"; 004 \"När antagna överenskommelser, riktlinjer "
              "och samordnade individuella planer inte följs ska avvikelse göras\"",
    .action_sv = "Beskriv en tvistväg i steg uppåt till ett gemensamt forum med beslutsmandat, och "
                 "en avvikelseväg med mottagare.",
    .action_en = "Describe a dispute path that climbs step by step to a joint forum with decision "
                 "mandate, and a deviation route with a recipient.",
    .subs =
        {
            {
                .id = "ESC-01a",
                .default_severity = Severity::Error,
                .title_sv = "Ingen tvistväg",
                .title_en = "No dispute path",
                .when_sv = "ingen väg av typen *tvist* finns (elementet är \"model\")",
                .when_en = "no path of kind *tvist* exists (element \"model\")",
            },
            {
                .id = "ESC-01b",
                .default_severity = Severity::Error,
                .title_sv = "Steg pekar på okänt eller inaktivt element",
                .title_en = "Step refers to an undefined or inactive element",
                .when_sv = "ett steg i en väg pekar på ett element som inte finns, på ett forum "
                           "som bara är namngivet (ingen nivå, inga ledamöter, ingen "
                           "sammankallande/ordförande, inget syfte eller mandat), på ett forum/en "
                           "enhet som inte är aktiv, eller på en vakant roll",
                .when_en = "a step of any path refers to an undefined element, to a forum that is "
                           "only named (no level, members, convener/chair, purpose or mandate), to "
                           "an inactive forum/unit, or to a vacant role",
                .find_out_sv = "vad steget är: nivå, ledamöter och mandat",
                .find_out_en = "what the step is: its level, members and mandate",
            },
            {
                .id = "ESC-01c",
                .default_severity = Severity::Warning,
                .title_sv = "Tvistvägen saknar gemensamt forum",
                .title_en = "Dispute path has no joint forum",
                .when_sv = "modellen har minst två huvudmän men tvistvägen passerar inget "
                           "gemensamt forum (gemensamt samarbetsorgan, forum med två huvudmän "
                           "eller med ledamöter från två huvudmän)",
                .when_en = "the model has two or more principals but the dispute path passes no "
                           "joint forum",
            },
            {
                .id = "ESC-01d",
                .default_severity = Severity::Warning,
                .title_sv = "Tvistvägen klättrar inte eller slutar utan beslutsmandat",
                .title_en = "Dispute path does not climb or ends without decision mandate",
                .when_sv = "alla steg i tvistvägen ligger på samma nivå (tier), eller sista steget "
                           "saknar beslutsmandat; gäller inte avvikelsevägar",
                .when_en = "all steps of the dispute path are on the same tier, or the last step "
                           "has no decision mandate; not for deviation routes",
                .find_out_sv = "vilket beslutsmandat det sista steget har",
                .find_out_en = "what decision mandate the last step has",
            },
            {
                .id = "ESC-01e",
                .default_severity = Severity::Warning,
                .title_sv = "Ingen avvikelseväg",
                .title_en = "No deviation route",
                .when_sv = "ingen väg av typen *avvikelse* finns (elementet är \"model\")",
                .when_en = "no path of kind *avvikelse* exists (element \"model\")",
            },
        },
    .example_sv =
        "Västbus-kartan (2015) har bara avvikelsevägen närmast ansvarig chef → lokal arbetsgrupp "
        "Västbus: ESC-01a (fel) på \"model\". Tar man bort avvikelsevägen tillkommer ESC-01e.",
    .example_en = "The Västbus map (2015) has only the deviation route → ESC-01a (error) on "
                  "\"model\". Deleting the deviation route adds ESC-01e.",
};

bool is_defined(const ModelIndex& ix, const Id& id) {
    return ix.unit(id) || ix.role(id) || ix.forum(id) || ix.citizen(id);
}

// A forum that is named but not described at all: no level, members, convener, chair, purpose or
// mandate. A step to it goes nowhere anyone can find (002: "sina respektive interna forum").
bool is_undescribed(const ModelIndex& ix, const Id& id) {
    const Forum* f = ix.forum(id);
    if (f && f->status == ElementStatus::NameOnly) return true;
    if (const Unit* u = ix.unit(id); u && u->status == ElementStatus::NameOnly) return true;
    return f && !f->level.is_set() && f->members.empty() && !f->members_tbd &&
           !f->convener.is_set() && !f->chair.is_set() && !f->purpose.is_set() &&
           !f->mandate.is_set();
}

bool is_active(const ModelIndex& ix, const Id& id, const Date& at) {
    if (const Forum* f = ix.forum(id)) return ModelIndex::forum_active(*f, at);
    if (const Unit* u = ix.unit(id)) return ModelIndex::unit_active(*u, at);
    if (const Role* r = ix.role(id)) return !r->vacant && !(r->end.is_set() && r->end.value() < at);
    return true;
}

// A forum several principals share: named as such, or with members from two principals.
bool is_joint_forum(const ModelIndex& ix, const Id& id) {
    const Forum* f = ix.forum(id);
    if (!f) return false;
    if (f->kind == ForumKind::GemensamtSamarbetsorgan || f->principals.size() >= 2) return true;
    std::unordered_set<Id> principals;
    for (const auto& mem : f->members) {
        Id p = ix.principal_of(mem.member);
        if (!p.empty()) principals.insert(std::move(p));
    }
    return principals.size() >= 2;
}

bool has_decision_mandate(const ModelIndex& ix, const Id& id) {
    if (const Forum* f = ix.forum(id))
        return (f->mandate.is_set() && f->mandate.value() == Mandate::Beslut) ||
               f->cost_decisions || f->kind == ForumKind::PolitisktOrgan;
    if (const Role* r = ix.role(id)) return r->cost_decisions || r->mandate.is_set();
    if (const Unit* u = ix.unit(id)) return u->kind == UnitKind::PoliticalBody;
    return false;
}

// Whether the target's mandate is simply not described: a forum whose mandate is unknown, a role
// whose mandate is unknown, or an element that is only named. Then "no decision mandate" is a
// question, not a gap.
bool mandate_not_described(const ModelIndex& ix, const Id& id) {
    if (const Forum* f = ix.forum(id))
        return f->status == ElementStatus::NameOnly || f->mandate.is_unknown();
    if (const Role* r = ix.role(id)) return r->mandate.is_unknown();
    if (const Unit* u = ix.unit(id)) return u->status == ElementStatus::NameOnly;
    return false;
}

class EscalationPathRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        bool has_dispute = false, has_deviation = false;
        for (const auto& e : ctx.model.escalations) {
            (e.kind == EscalationKind::Tvist ? has_dispute : has_deviation) = true;
            check_targets(ctx, e, out);
            if (e.kind == EscalationKind::Tvist) check_dispute_path(ctx, ix, e, out);
        }
        if (!has_dispute)
            out.report(
                "ESC-01a", {},
                "Modellen har ingen tvistväg: det framgår inte vart en fråga tas när samverkan "
                "kör fast.",
                "The model has no dispute path: it does not say where an issue goes when "
                "collaboration "
                "gets stuck.");
        if (!has_deviation)
            out.report(
                "ESC-01e", {},
                "Modellen har ingen avvikelseväg: det framgår inte vem som tar emot "
                "avvikelser när överenskommelser eller planer inte följs.",
                "The model has no deviation route: it does not say who receives deviations when "
                "agreements or plans are not followed.");
    }

  private:
    static void check_targets(const RuleContext& ctx, const Escalation& e, FindingSink& out) {
        for (const auto& step : e.steps)
            for (const auto& t : step.targets) {
                if (!is_defined(ctx.index, t))
                    out.report(
                        "ESC-01b", {e.id, t},
                        "Steg " + std::to_string(step.order) + " i " + name(ctx.index, e.id) +
                            " pekar på " + t + ", som inte finns i modellen.",
                        "Step " + std::to_string(step.order) + " of " + name(ctx.index, e.id) +
                            " refers to " + t + ", which is not in the model.");
                else if (is_undescribed(ctx.index, t))
                    out.report("ESC-01b", {e.id, t},
                               "Steg " + std::to_string(step.order) + " i " +
                                   name(ctx.index, e.id) + " går till " + name(ctx.index, t) +
                                   ", som inte är beskrivet (nivå, ledamöter, mandat).",
                               "Step " + std::to_string(step.order) + " of " +
                                   name(ctx.index, e.id) + " goes to " + name(ctx.index, t) +
                                   ", which is not described (level, members, mandate).",
                               Basis::Unknown);
                else if (!is_active(ctx.index, t, ctx.at))
                    out.report(
                        "ESC-01b", {e.id, t},
                        "Steg " + std::to_string(step.order) + " i " + name(ctx.index, e.id) +
                            " går till " + name(ctx.index, t) + ", som inte är aktivt.",
                        "Step " + std::to_string(step.order) + " of " + name(ctx.index, e.id) +
                            " goes to " + name(ctx.index, t) + ", which is not active.");
            }
    }

    static void check_dispute_path(const RuleContext& ctx, const ModelIndex& ix,
                                   const Escalation& e, FindingSink& out) {
        bool joint = false;
        std::unordered_set<int> tiers;
        bool all_tiers_known = true;
        const EscalationStep* last = nullptr;
        for (const auto& step : e.steps) {
            if (!last || last->order < step.order) last = &step;
            for (const auto& t : step.targets) {
                joint = joint || is_joint_forum(ix, t);
                Maybe<Tier> tier = tier_of(ix, t);
                if (tier.is_set())
                    tiers.insert(static_cast<int>(tier.value()));
                else
                    all_tiers_known = false;
            }
        }
        if (ctx.model.principals.size() >= 2 && !joint)
            out.report("ESC-01c", {e.id},
                       name(ctx.index, e.id) +
                           " passerar inget forum som huvudmännen har gemensamt.",
                       name(ctx.index, e.id) + " passes no forum the principals share.");
        if (!last) return;
        bool last_decides = false, last_unknown = false;
        for (const auto& t : last->targets) {
            last_decides = last_decides || has_decision_mandate(ix, t);
            last_unknown = last_unknown || mandate_not_described(ix, t);
        }
        const bool flat = all_tiers_known && tiers.size() == 1;
        if (flat)
            out.report("ESC-01d", {e.id},
                       "Alla steg i " + name(ctx.index, e.id) +
                           " ligger på samma nivå; frågan kan inte lyftas.",
                       "All steps of " + name(ctx.index, e.id) +
                           " are on the same tier; the issue cannot be raised.");
        else if (!last_decides)
            out.report("ESC-01d", {e.id},
                       "Sista steget i " + name(ctx.index, e.id) + " har inget beslutsmandat.",
                       "The last step of " + name(ctx.index, e.id) + " has no decision mandate.",
                       unknown_if(last_unknown));
    }
};

} // namespace

std::unique_ptr<Rule> make_escalation_path_rule() {
    return std::make_unique<EscalationPathRule>();
}

} // namespace skm
