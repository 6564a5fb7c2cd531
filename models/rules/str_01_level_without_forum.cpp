// STR-01: every level of the chain needs somewhere people actually meet; a level that exists only
// on paper cannot carry information up or down.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "STR-01",
    .family = "STR",
    .title_sv = "Nivå utan forum",
    .title_en = "Level without forum",
    .checks_sv =
        "Varje nivå på nivå P, S, O eller I ska ha minst ett forum med status *aktiv* (och inget "
        "passerat slutdatum) vid bedömningsdatumet. På individnivå räcker det med en ärendebaserad "
        "process på nivån (t.ex. navet eller SIP-mötet). Rådgivande nivåer (A) står utanför kedjan "
        "och kontrolleras inte. Meddelandet räknar upp inaktiva forum på nivån.",
    .checks_en =
        "Every level at tier P, S, O or I must have at least one forum with status *aktiv* (and no "
        "end date passed) at the evaluation date. At the individual tier a case-based process on "
        "the level also counts (the hub, the SIP meeting). Advisory levels (A) stand outside the "
        "chain and are not checked. The message lists inactive forums on the level.",
    .rationale_sv = "En nivå utan aktivt forum finns bara på papperet: ingen möts där, så frågor "
                    "kan varken lyftas eller återföras. Samverkan måste finnas på alla nivåer.",
    .rationale_en =
        "A level without an active forum exists only on paper: nobody meets there, so issues can "
        "neither be raised nor fed back. Collaboration has to exist at every level.",
    .source = "002 \"Kontinuerliga möten behövs på alla nivåer.\"; 000 \"Samverkan måste genomsyra "
              "alla nivåer\"",
    .action_sv = "Utse ett aktivt forum för nivån (eller, på individnivå, en ärendeprocess), eller "
                 "ta bort nivån om den inte längre används.",
    .action_en = "Appoint an active forum for the level (or, at the individual level, a case "
                 "process), or remove the level if it is no longer used.",
    .subs =
        {
            {
                .id = "STR-01",
                .default_severity = Severity::Error,
                .title_sv = "Nivå utan aktivt forum",
                .title_en = "Level without an active forum",
                .when_sv = "nivån saknar aktivt forum (och, på nivå I, ärendeprocess)",
                .when_en = "the level has no active forum (and, at tier I, no case process)",
            },
        },
    .example_sv = "Nivån \"Verksamhetsnivå\" har bara forumet \"Samverkansgruppen\" som är "
                  "*vilande* → STR-01 på nivån, med forumet nämnt i meddelandet.",
    .example_en = "Level \"Verksamhetsnivå\" only has the *dormant* forum \"Samverkansgruppen\" → "
                  "STR-01 on the level, naming the forum.",
};

class LevelWithoutForumRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        // At tier I a case-based process is the meeting place (navet, SIP-mötet).
        std::unordered_set<Id> case_levels;
        bool unplaced_case_process = false;
        for (const auto& p : ctx.model.processes) {
            if (!p.case_based) continue;
            if (p.level.is_set())
                case_levels.insert(p.level.value());
            else if (tier_is(p.tier, {Tier::I}))
                unplaced_case_process = true;
        }
        for (const auto& level : ctx.model.levels) {
            if (level.tier == Tier::A) continue; // advisory groups stand outside the chain
            bool active = false;
            std::vector<Id> inactive;
            for (const Forum* f : ix.forums_on_level(level.id)) {
                if (ModelIndex::forum_active(*f, ctx.at))
                    active = true;
                else
                    inactive.push_back(f->id);
            }
            if (active) continue;
            if (level.tier == Tier::I && (case_levels.count(level.id) || unplaced_case_process))
                continue;
            std::string sv = "Nivån " + q(ix, level.id) + " har inget aktivt forum.";
            std::string en = "Level " + q(ix, level.id) + " has no active forum.";
            if (!inactive.empty()) {
                sv += " Inaktiva forum på nivån: " + q_list(ix, inactive) + ".";
                en += " Inactive forums on the level: " + q_list(ix, inactive) + ".";
            }
            std::vector<Id> elements{level.id};
            elements.insert(elements.end(), inactive.begin(), inactive.end());
            out.report("STR-01", std::move(elements), std::move(sv), std::move(en));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_level_without_forum_rule() {
    return std::make_unique<LevelWithoutForumRule>();
}

} // namespace skm
