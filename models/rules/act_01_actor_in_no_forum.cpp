// ACT-01: an organisation that sits in no forum and takes part in no case process is outside the
// collaboration, however much the others depend on it (BVC, fritid/fält, civil society).
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "ACT-01",
    .family = "ACT",
    .title_sv = "Aktör utan forum",
    .title_en = "Actor in no forum",
    .checks_sv =
        "En aktiv enhet som inte är ett politiskt organ, en organisation (förvaltning/behållare) "
        "eller en skola/förskola (de hanteras av ACT-02), och som varken är ledamot, "
        "sammankallande eller ordförande i något aktivt forum eller har en plats (simbana, "
        "deltagare, samordnare, insatsgivare) i en samordningsprocess på individnivå. "
        "Representation räknas via enhetens funktioner och via överordnad eller underordnad enhet.",
    .checks_en =
        "An active unit that is not a political body, an organisation (administration/container) "
        "or a school/preschool (those are ACT-02's), and that is neither a member, convener or "
        "chair of any active forum nor has a place (lane, participant, coordinator, intervention "
        "provider) in an individual-level coordination process. Representation counts through the "
        "unit's roles and through its parent or child unit.",
    .rationale_sv = "En verksamhet som inte deltar i något forum eller någon samordningsprocess på "
                    "individnivå står utanför samverkan: de andra vet inte vem de ska vända sig "
                    "till och verksamheten får inte veta vad som beslutas.",
    .rationale_en = "A service that takes part in no forum and no individual-level coordination "
                    "process stands outside the collaboration: the others do not know whom to turn "
                    "to, and the service does not learn what is decided.",
    .source = "002 \"Fritid/fält, BVC och BUP bjuds med att delta i arbetet\"; 000 \"aktörer från "
              "civilsamhället … deras delaktighet i samverkan också bör beaktas\"",
    .action_sv = "Bjud in verksamheten till ett forum (som ledamot, adjungerad eller vid behov) "
                 "eller ge den en plats i samordningsprocessen.",
    .action_en = "Invite the service to a forum (as member, co-opted or as needed) or give it a "
                 "place in the coordination process.",
    .subs =
        {
            {
                .id = "ACT-01",
                .default_severity = Severity::Warning,
                .title_sv = "Verksamhet utan forum eller process",
                .title_en = "Service in no forum or process",
                .when_sv = "verksamheten finns inte i något forum eller någon samordningsprocess",
                .when_en = "the service is in no forum and no coordination process",
            },
        },
    .example_sv = "I Västbus/Göteborg är BVC, MVC/MHV, habiliteringen och funktionsstöd inte med "
                  "någonstans → ACT-01 på var och en; IFO och BUP är simbanor i SIP-processen och "
                  "elevhälsan representeras av skolan.",
    .example_en = "In Västbus/Göteborg BVC, MVC/MHV, habilitation and disability support take part "
                  "nowhere → ACT-01 on each; IFO and BUP are lanes of the SIP process, and pupil "
                  "health is represented by its school.",
};

class ActorInNoForumRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_set<Id> present; // units that take part themselves (or via their roles)
        auto note = [&](const Id& actor) {
            if (const Unit* u = ix.unit_of(actor)) present.insert(u->id);
        };
        for (const auto& f : m.forums) {
            if (!ModelIndex::forum_active(f, ctx.at)) continue;
            for (const auto& mem : f.members)
                note(mem.member);
            if (f.convener.is_set()) note(f.convener.value());
            if (f.chair.is_set()) note(f.chair.value());
        }
        for (const auto& p : m.processes)
            if (is_coordination_process(p) && is_individual_process(ix, p))
                for_each_participant(p, note);
        // Representation via a child unit: a unit whose descendant takes part is present too.
        std::unordered_set<Id> via_child;
        for (const auto& id : present)
            ix.for_each_ancestor(id, [&](const Id& a) { via_child.insert(a); });

        for (const auto& u : m.units) {
            if (!ModelIndex::unit_active(u, ctx.at) || u.kind != UnitKind::Unit) continue;
            const Maybe<Sector> sector = ix.sector_of(u.id);
            if (sector.is_set() && is_school_sector(sector.value())) continue; // ACT-02
            if (present.count(u.id) || via_child.count(u.id)) continue;
            bool via_parent = false;
            ix.for_each_ancestor(
                u.id, [&](const Id& a) { via_parent = via_parent || present.count(a) > 0; });
            if (via_parent) continue;
            const Quoted n = quoted(ix, u.id);
            out.report("ACT-01", {u.id},
                       cat("Verksamheten ", n,
                           " deltar inte i något aktivt forum och inte i någon samordningsprocess "
                           "på individnivå."),
                       cat("Service ", n,
                           " takes part in no active forum and no individual-level coordination "
                           "process."));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_actor_in_no_forum_rule() {
    return std::make_unique<ActorInNoForumRule>();
}

} // namespace skm
