// STR-02: the three-level model (overarching, operational, individual) and political anchoring;
// a structure missing the individual or strategic tier cannot carry cases or decisions.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

class MissingTierRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "STR-02",
            "STR",
            "Nivå saknas i strukturen",
            "Tier missing from the structure",
            "Den reella samverkan sker på individnivå men kräver en övergripande nivå som beslutar "
            "och undanröjer hinder, och politisk förankring mellan huvudmännen.",
            "Real collaboration happens at the individual level, but it needs an overarching "
            "level that decides and removes obstacles, and political anchoring between the "
            "principals.",
            "000 \"en övergripande nivå, en verksamhetsnivå och en individnivå\"; 000 \"den reella "
            "samverkan sker på individnivå. För att den ska fungera fullt ut krävs dock "
            "ytterligare "
            "samverkansforum\"; 001 \"Det är viktigt att det finns en politisk samordning mellan "
            "kommun och landsting\"",
            "Lägg till den saknade nivån (individnivå eller övergripande nivå), eller förankra "
            "samverkan politiskt genom ett politiskt forum eller ett dokument antaget av en nämnd.",
            "Add the missing tier (individual or overarching level), or anchor the collaboration "
            "politically through a political forum or a document adopted by a committee.",
            {sub_rule("STR-02a", Severity::Error, "Individnivå saknas", "Individual tier missing"),
             sub_rule("STR-02b", Severity::Error, "Övergripande nivå saknas",
                      "Strategic tier missing"),
             sub_rule("STR-02c", Severity::Warning, "Politisk förankring saknas",
                      "Political anchoring missing")}};
        return i;
    }

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
