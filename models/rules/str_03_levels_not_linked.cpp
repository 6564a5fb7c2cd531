// STR-03: information has to travel between the levels, and the operational level is the link
// between the overarching level and the individual level. Levels are "linked" by a level link,
// a reports_to between their forums, a flow between their forums, or a role sitting in (or
// convening) forums on both.
#include "rule_helpers.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

class LevelLinks {
  public:
    void add(const Id& a, const Id& b) {
        if (a == b) return;
        pairs_.insert(key(a, b));
        any_.insert(a);
        any_.insert(b);
    }
    bool linked(const Id& a, const Id& b) const { return pairs_.count(key(a, b)) > 0; }
    bool linked_to_anything(const Id& a) const { return any_.count(a) > 0; }

  private:
    static std::string key(const Id& a, const Id& b) {
        return a < b ? a + '\x1f' + b : b + '\x1f' + a;
    }
    std::unordered_set<std::string> pairs_;
    std::unordered_set<Id> any_;
};

LevelLinks collect_links(const Model& m, const ModelIndex& ix) {
    LevelLinks links;
    for (const auto& l : m.level_links)
        links.add(l.a, l.b);
    auto level_of = [&](const Id& forum) -> const Id* {
        const Forum* f = ix.forum(forum);
        return f && f->level.is_set() ? &f->level.value() : nullptr;
    };
    std::unordered_map<Id, std::vector<Id>> role_levels;
    auto note_role = [&](const Id& actor, const Id& level) {
        if (!ix.role(actor)) return;
        auto& v = role_levels[actor];
        if (std::find(v.begin(), v.end(), level) == v.end()) v.push_back(level);
    };
    for (const auto& f : m.forums) {
        if (!f.level.is_set()) continue;
        if (f.reports_to.is_set())
            if (const Id* other = level_of(f.reports_to.value()))
                links.add(f.level.value(), *other);
        for (const auto& mem : f.members)
            note_role(mem.member, f.level.value());
        if (f.convener.is_set()) note_role(f.convener.value(), f.level.value());
    }
    for (const auto& fl : m.flows) {
        const Id* a = level_of(fl.from);
        const Id* b = level_of(fl.to);
        if (a && b) links.add(*a, *b);
    }
    for (const auto& [role, levels] : role_levels)
        for (std::size_t i = 0; i < levels.size(); ++i)
            for (std::size_t j = i + 1; j < levels.size(); ++j)
                links.add(levels[i], levels[j]);
    return links;
}

const RuleInfo kInfo{
    .id = "STR-03",
    .family = "STR",
    .title_sv = "Nivåer utan koppling",
    .title_en = "Levels not linked",
    .checks_sv =
        "Två nivåer är *kopplade* om det finns en nivålänk mellan dem, ett forum på den ena "
        "rapporterar till (reports_to) ett forum på den andra, ett flöde går mellan forum på båda "
        "nivåerna, eller en funktion (roll) är ledamot eller sammankallande i forum på båda "
        "nivåerna. Kedjan är nivåerna som inte är parallella (*branch*) eller rådgivande (A), "
        "ordnade efter `order`. Parallella nivåer kontrolleras för sig.",
    .checks_en =
        "Two levels are *linked* when there is a level link between them, a forum on one reports "
        "to a forum on the other, a flow runs between forums on both, or a role is a member or "
        "convener of forums on both. The chain is the levels that are neither *branch* nor "
        "advisory (A), ordered by `order`; branch levels are checked separately.",
    .rationale_sv = "Informationsöverföring mellan nivåerna är det som gör strukturen till en "
                    "helhet; verksamhetsnivån är länken mellan den övergripande nivån och "
                    "individnivån. En nivå utan koppling blir en isolerad ö.",
    .rationale_en = "Information transfer between the levels is what makes the structure one "
                    "whole; the operational level is the link between the overarching and the "
                    "individual level. A level without a link becomes an island.",
    .source = "000 \"Verksamhetsnivån fungerar också som en länk mellan den övergripande nivån och "
              "individnivån\"; 002 \"Informationsöverföring mellan nivåerna är betydelsefull\"",
    .action_sv = "Beskriv hur nivåerna hänger ihop: en nivålänk (samråd, uppföljning, "
                 "information), ett forum som rapporterar till ett forum på nivån ovanför, eller "
                 "en funktion som deltar på båda nivåerna.",
    .action_en =
        "Describe how the levels connect: a level link (consultation, follow-up, information), a "
        "forum reporting to a forum on the level above, or a role taking part on both levels.",
    .subs =
        {
            {
                .id = "STR-03a",
                .default_severity = Severity::Error,
                .title_sv = "Verksamhetsnivå utan koppling",
                .title_en = "Operational level not bridging",
                .when_sv = "en verksamhetsnivå (O) i kedjan, med nivåer både ovanför och nedanför, "
                           "är kopplad varken uppåt eller nedåt (en verksamhetsnivå längst ned "
                           "i kedjan kan inte vara okopplad nedåt; STR-03b gäller den)",
                .when_en = "an operational (O) chain level with levels both above and below is "
                           "linked neither upwards nor downwards (one at the bottom of the chain "
                           "cannot be unlinked downwards; STR-03b covers it)",
            },
            {
                .id = "STR-03b",
                .default_severity = Severity::Warning,
                .title_sv = "Nivåer utan koppling",
                .title_en = "Levels not linked",
                .when_sv =
                    "två på varandra följande nivåer i kedjan är inte kopplade (fyndet gäller den "
                    "lägre nivån), eller en parallell nivå är inte kopplad till någon nivå",
                .when_en = "two consecutive chain levels are not linked (the finding is on the "
                           "lower level), or a branch level is linked to no level",
            },
        },
    .example_sv =
        "I Västbus/Göteborg är NOSAM en parallell nivå utan koppling → STR-03b på L-NOSAM.",
    .example_en = "In Västbus/Göteborg NOSAM is a branch level with no link → STR-03b on L-NOSAM.",
};

class LevelsNotLinkedRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        const LevelLinks links = collect_links(m, ix);

        std::vector<const Level*> chain;
        for (const auto& l : m.levels)
            if (!l.branch && l.tier != Tier::A) chain.push_back(&l);
        std::stable_sort(chain.begin(), chain.end(),
                         [](const Level* a, const Level* b) { return a->order < b->order; });

        // STR-03a: an operational level of the chain linked to no level above and none below.
        std::unordered_set<Id> isolated;
        if (chain.size() >= 2) {
            for (std::size_t i = 0; i < chain.size(); ++i) {
                // "Neither upwards nor downwards" needs a level on both sides.
                if (chain[i]->tier != Tier::O || i == 0 || i + 1 == chain.size()) continue;
                bool any = false;
                for (std::size_t j = 0; j < chain.size() && !any; ++j)
                    any = j != i && links.linked(chain[i]->id, chain[j]->id);
                if (any) continue;
                isolated.insert(chain[i]->id);
                out.report("STR-03a", {chain[i]->id},
                           "Verksamhetsnivån " + q(ix, chain[i]->id) +
                               " är inte kopplad till någon nivå ovanför eller nedanför.",
                           "Operational level " + q(ix, chain[i]->id) +
                               " is linked to no level above or below it.");
            }
        }
        // STR-03b: consecutive chain levels not linked (pairs already covered by 03a are not
        // repeated), and branch levels linked to nothing.
        for (std::size_t i = 1; i < chain.size(); ++i) {
            const Level& upper = *chain[i - 1];
            const Level& lower = *chain[i];
            if (links.linked(upper.id, lower.id)) continue;
            if (isolated.count(upper.id) || isolated.count(lower.id)) continue;
            out.report("STR-03b", {lower.id, upper.id},
                       "Nivån " + q(ix, lower.id) + " är inte kopplad till nivån ovanför, " +
                           q(ix, upper.id) + ".",
                       "Level " + q(ix, lower.id) + " is not linked to the level above it, " +
                           q(ix, upper.id) + ".");
        }
        for (const auto& l : m.levels) {
            if (!l.branch || links.linked_to_anything(l.id)) continue;
            out.report("STR-03b", {l.id},
                       "Den parallella nivån " + q(ix, l.id) +
                           " är inte kopplad till någon annan nivå.",
                       "Branch level " + q(ix, l.id) + " is not linked to any other level.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_levels_not_linked_rule() {
    return std::make_unique<LevelsNotLinkedRule>();
}

} // namespace skm
