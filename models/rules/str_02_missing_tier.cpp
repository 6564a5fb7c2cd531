// STR-02: the three-level model (overarching, operational, individual) and political anchoring;
// a structure missing the individual or strategic tier cannot carry cases or decisions.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "STR-02",
    .family = "STR",
    .title_sv = "Nivå saknas i strukturen",
    .title_en = "Tier missing from the structure",
    .checks_sv = "Att strukturen har de nivåer som samverkan kräver.",
    .checks_en = "That the structure has the tiers collaboration needs.",
    .rationale_sv = "Den reella samverkan sker på individnivå men kräver en övergripande nivå som "
                    "beslutar och undanröjer hinder, och politisk förankring mellan huvudmännen.",
    .rationale_en =
        "Real collaboration happens at the individual level, but it needs an overarching level "
        "that decides and removes obstacles, and political anchoring between the principals.",
    .source = "000 \"en övergripande nivå, en verksamhetsnivå och en individnivå\"; 000 \"den "
              "reella samverkan sker på individnivå. För att den ska fungera fullt ut krävs dock "
              "ytterligare samverkansforum\"; 001 \"Det är viktigt att det finns en politisk "
              "samordning mellan kommun och landsting\"",
    .action_sv =
        "Lägg till den saknade nivån (individnivå eller övergripande nivå), eller förankra "
        "samverkan politiskt genom ett politiskt forum eller ett dokument antaget av en nämnd.",
    .action_en =
        "Add the missing tier (individual or overarching level), or anchor the collaboration "
        "politically through a political forum or a document adopted by a committee.",
    .subs =
        {
            {
                .id = "STR-02a",
                .default_severity = Severity::Error,
                .title_sv = "Individnivå saknas",
                .title_en = "Individual tier missing",
                .when_sv = "ingen nivå på nivå I och ingen process på nivå I",
                .when_en = "no tier-I level and no tier-I process",
            },
            {
                .id = "STR-02b",
                .default_severity = Severity::Error,
                .title_sv = "Övergripande nivå saknas",
                .title_en = "Strategic tier missing",
                .when_sv = "ingen nivå på nivå S",
                .when_en = "no tier-S level",
            },
            {
                .id = "STR-02c",
                .default_severity = Severity::Warning,
                .title_sv = "Politisk förankring saknas",
                .title_en = "Political anchoring missing",
                .when_sv = "inget aktivt politiskt forum (nivå P, politiskt organ eller politiskt "
                           "samverkansorgan) **och** inget antaget dokument på nivå P eller "
                           "antaget av ett politiskt organ",
                .when_en = "no active political forum (tier P, politiskt organ or politiskt "
                           "samverkansorgan) **and** no adopted document at tier P or adopted by a "
                           "political body",
            },
        },
    .example_sv = "Västbus/Göteborg saknar politiskt forum, men överenskommelsen om familjecentral "
                  "är antagen av HSN (politiskt organ) → STR-02c utlöses inte.",
    .example_en = "Västbus/Göteborg has no political forum, but the family-centre agreement is "
                  "adopted by HSN (a political body) → STR-02c does not fire.",
};

class MissingTierRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        bool has_i = false, has_s = false;
        for (const auto& l : m.levels) {
            has_i = has_i || l.tier == Tier::I;
            has_s = has_s || l.tier == Tier::S;
        }
        for (const auto& p : m.processes)
            has_i = has_i || is_individual_process(ix, p);
        if (!has_i)
            out.report("STR-02a", {},
                       "Modellen saknar individnivå: ingen nivå och ingen process på nivå I.",
                       "The model has no individual tier: no level and no process at tier I.");
        if (!has_s)
            out.report("STR-02b", {}, "Modellen saknar en övergripande (strategisk) nivå, nivå S.",
                       "The model has no overarching (strategic) level, tier S.");

        bool anchored = false;
        for (const auto& f : m.forums)
            anchored =
                anchored || (ModelIndex::forum_active(f, ctx.at) && is_political_forum(ix, f));
        for (const auto& d : m.documents)
            anchored = anchored ||
                       (is_adopted(d) &&
                        (tier_is(d.tier, {Tier::P}) ||
                         (d.adopted_by.is_set() && is_political_body(ix, d.adopted_by.value()))));
        if (!anchored)
            out.report("STR-02c", {},
                       "Samverkan saknar politisk förankring: inget aktivt politiskt forum och "
                       "inget antaget dokument på nivå P eller antaget av ett politiskt organ.",
                       "The collaboration has no political anchoring: no active political forum "
                       "and no adopted document at tier P or adopted by a political body.");
    }
};

} // namespace

std::unique_ptr<Rule> make_missing_tier_rule() {
    return std::make_unique<MissingTierRule>();
}

} // namespace skm
