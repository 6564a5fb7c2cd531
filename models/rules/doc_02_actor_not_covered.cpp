// DOC-02: a service expected to collaborate (an endpoint of a handoff, a lane in a process) must
// be bound by some adopted agreement or routine, or its participation rests on goodwill.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "DOC-02",
    .family = "DOC",
    .title_sv = "Aktör utan överenskommelse",
    .title_en = "Actor not covered by any agreement",
    .checks_sv = "En aktiv enhet som är avsändare eller mottagare av ett aktivt, icke lagstadgat "
                 "flöde, eller har en simbana i en process (processens eller ett stegs), men som "
                 "inte omfattas av något antaget, skriftligt dokument. *Omfattas* betyder att "
                 "dokumentets `covers_units` innehåller enheten eller en överordnad enhet, eller "
                 "att dess parter innehåller enhetens huvudman.",
    .checks_en = "An active unit that sends or receives an active non-statutory flow, or has a "
                 "lane in a process (the process's or a step's), but is covered by no adopted, "
                 "written document. *Covered* means the document's `covers_units` includes the "
                 "unit or an ancestor, or its parties include the unit's principal.",
    .rationale_sv =
        "En verksamhet som förväntas ta emot eller lämna över ärenden, eller som har en simbana i "
        "en process, måste omfattas av en antagen överenskommelse eller rutin; annars vilar "
        "deltagandet på frivillighet och försvinner vid personalbyte.",
    .rationale_en = "A service expected to receive or hand over cases, or with a lane in a "
                    "process, must be covered by an adopted agreement or routine; otherwise its "
                    "participation is voluntary and disappears when staff change.",
    .source = "000 \"Det finns inget som hindrar att andra verksamheter … deltar … Deltagandet "
              "regleras då i en lokal överenskommelse\"; 002 \"De som förväntas samverka måste "
              "känna sig delaktiga i utarbetandet av handlingsplaner och överenskommelser\"",
    .action_sv = "Låt verksamheten (eller dess huvudman) omfattas av en antagen, skriftlig "
                 "överenskommelse eller rutin, t.ex. en lokal överenskommelse.",
    .action_en = "Let the service (or its principal) be covered by an adopted, written agreement "
                 "or routine, e.g. a local agreement.",
    .subs =
        {
            {
                .id = "DOC-02",
                .default_severity = Severity::Warning,
                .title_sv = "Verksamhet som inte omfattas av överenskommelse",
                .title_en = "Service not covered by an agreement",
                .when_sv = "enheten omfattas inte av något dokument",
                .when_en = "the unit is covered by no document",
            },
        },
    .example_sv = "Ett HVB (privat huvudman) tar emot överlämningar men ingen överenskommelse "
                  "omfattar det → DOC-02 på HVB:t.",
    .example_en = "A residential home (private principal) receives handovers but no agreement "
                  "covers it → DOC-02 on the home.",
};

class ActorNotCoveredByAgreementRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

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
        std::unordered_set<const Unit*> seen; // the index has one unit per id
        auto note_unit = [&](const Unit* u) {
            if (u && seen.insert(u).second) order.push_back(u->id);
        };
        auto note = [&](const Id& actor) { note_unit(ix.unit_of(actor)); };
        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active || is_statutory(f.type)) continue;
            note_unit(ix.from_unit(f));
            note_unit(ix.to_unit(f));
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
            ix.for_each_ancestor(id, [&](const Id& a) {
                via_ancestor = via_ancestor || covered_units.count(a) > 0;
            });
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
