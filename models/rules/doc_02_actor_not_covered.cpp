// DOC-02: a service expected to collaborate (an endpoint of a handoff, a lane in a process) must
// be bound by some adopted agreement or routine, or its participation rests on goodwill.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

class ActorNotCoveredByAgreementRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "DOC-02",
            "DOC",
            "Aktör utan överenskommelse",
            "Actor not covered by any agreement",
            "En verksamhet som förväntas ta emot eller lämna över ärenden, eller som har en "
            "simbana i en process, måste omfattas av en antagen överenskommelse eller rutin; "
            "annars vilar deltagandet på frivillighet och försvinner vid personalbyte.",
            "A service expected to receive or hand over cases, or with a lane in a process, must "
            "be covered by an adopted agreement or routine; otherwise its participation is "
            "voluntary and disappears when staff change.",
            "000 \"Det finns inget som hindrar att andra verksamheter … deltar … Deltagandet "
            "regleras då i en lokal överenskommelse\"; 002 \"De som förväntas samverka måste känna "
            "sig delaktiga i utarbetandet av handlingsplaner och överenskommelser\"",
            "Låt verksamheten (eller dess huvudman) omfattas av en antagen, skriftlig "
            "överenskommelse eller rutin, t.ex. en lokal överenskommelse.",
            "Let the service (or its principal) be covered by an adopted, written agreement or "
            "routine, e.g. a local agreement.",
            {sub_rule("DOC-02", Severity::Warning,
                      "Verksamhet som inte omfattas av överenskommelse",
                      "Service not covered by an agreement")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_set<Id> covered_units, covered_principals;
        for (const auto& d : m.documents) {
            if (!is_adopted(d) || !is_written(d)) continue;
            covered_units.insert(d.covers_units.begin(), d.covers_units.end());
            covered_principals.insert(d.parties.begin(), d.parties.end());
        }
        std::vector<Id> order;
        std::unordered_set<Id> seen;
        auto note = [&](const Id& actor) {
            if (const Unit* u = ix.unit_of(actor); u && seen.insert(u->id).second)
                order.push_back(u->id);
        };
        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active || is_statutory(f.type)) continue;
            note(f.from);
            note(f.to);
        }
        for (const auto& p : m.processes) {
            for (const auto& a : p.lanes)
                note(a);
            for (const auto& s : p.steps)
                for (const auto& a : s.lanes)
                    note(a);
        }
        for (const auto& id : order) {
            const Unit* u = ix.unit(id);
            if (!u || !ModelIndex::unit_active(*u, ctx.at)) continue;
            if (covered_units.count(id) || covered_principals.count(ix.principal_of(id))) continue;
            bool via_ancestor = false;
            for (const auto& a : ix.ancestors(id))
                via_ancestor = via_ancestor || covered_units.count(a) > 0;
            if (via_ancestor) continue;
            out.report("DOC-02", {id},
                       "Verksamheten " + q(ix, id) +
                           " ingår i flöden eller processer men omfattas inte av någon antagen, "
                           "skriftlig överenskommelse eller rutin.",
                       "Service " + q(ix, id) +
                           " takes part in flows or processes but is covered by no adopted, "
                           "written agreement or routine.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_actor_not_covered_rule() {
    return std::make_unique<ActorNotCoveredByAgreementRule>();
}

} // namespace skm
