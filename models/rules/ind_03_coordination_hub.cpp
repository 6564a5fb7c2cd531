// IND-03: a coordination process needs a coordinator, the roles its template requires, and a
// route for every trigger event to the one who must hear about it.
#include "rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "IND-03",
    .family = "IND",
    .title_sv = "Ingen samordnare / ofullständigt nav / händelse utan väg",
    .title_en = "No coordinator / incomplete hub / unrouted trigger",
    .checks_sv = "Processer markerade som samordningsprocesser (*coordination*).",
    .checks_en = "Processes marked as coordination processes.",
    .rationale_sv =
        "Utan någon som håller ihop ärendet faller barnet mellan stolarna; navet fungerar bara om "
        "alla dess roller finns, och avgörande besked måste nå rätt person direkt.",
    .rationale_en =
        "Without someone holding the case together the child falls between the cracks; the hub "
        "works only if all its roles exist, and decisive news must reach the right person at once.",
    .source = "002 \"I ärendet utses en samordnare med uppgift att bevaka barnets perspektiv\"; "
              "000 \"de tre huvudaktörerna … behöver forma ett koordinerat nav\", \"Ett "
              "avslagsbesked behöver omedelbart komma till socialsekreterarens kännedom\"",
    .action_sv = "Ange samordnare eller huvudansvarig, lägg till de roller mallen kräver och "
                 "modellera flödet som för händelsen till mottagaren.",
    .action_en = "Name a coordinator or overall responsible, add the roles the template requires, "
                 "and model the flow that carries the event to its recipient.",
    .subs =
        {
            {
                .id = "IND-03a",
                .default_severity = Severity::Error,
                .title_sv = "Ingen samordnare eller huvudansvarig",
                .title_en = "No coordinator or lead",
                .when_sv = "processen har ingen samordnare och ingen plan för processen anger "
                           "huvudansvarig",
                .when_en =
                    "no coordinator, and no plan of the process names an overall responsible",
                .find_out_sv = "vem som samordnar eller har huvudansvaret",
                .find_out_en = "who coordinates or holds overall responsibility",
            },
            {
                .id = "IND-03b",
                .default_severity = Severity::Warning,
                .title_sv = "Roller som mallen kräver saknas",
                .title_en = "Required roles missing",
                .when_sv = "en roll som mallen kräver (*required_roles*) finns inte bland "
                           "processens simbanor/deltagare, eller är vakant",
                .when_en =
                    "a required role is not among the process's lanes/participants, or is vacant",
            },
            {
                .id = "IND-03c",
                .default_severity = Severity::Warning,
                .title_sv = "Händelse utan väg till mottagaren",
                .title_en = "Trigger without route",
                .when_sv = "en utlösande händelse (trigger) saknar väg: inget flöde i dess väg når "
                           "mottagaren",
                .when_en =
                    "a trigger event has no route: no flow of its route reaches the recipient",
            },
        },
    .example_sv =
        "Navet i Strömsund kräver socialsekreterare, god man och kontaktperson; saknas god man i "
        "processen → IND-03b. Ett avslagsbesked utan flöde till socialsekreteraren → IND-03c.",
    .example_en = "The Strömsund hub requires social worker, guardian ad litem and contact person; "
                  "without the guardian in the process → IND-03b. A refusal decision with no flow "
                  "to the social worker → IND-03c.",
};

class CoordinationHubRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        std::unordered_set<Id> with_lead; // processes whose plan names an overall responsible
        for (const auto& pl : ctx.model.plans)
            if (pl.process.is_set() && pl.overall_responsible.is_set())
                with_lead.insert(pl.process.value());

        for (const auto& p : ctx.model.processes) {
            if (!p.coordination) continue;
            if (!p.coordinator.is_set() && !with_lead.count(p.id))
                out.report("IND-03a", {p.id},
                           name(ctx.index, p.id) + " har varken samordnare eller huvudansvarig.",
                           name(ctx.index, p.id) +
                               " has neither a coordinator nor an overall responsible.",
                           unknown_if(p.coordinator.is_unknown()));
            check_required_roles(ctx, p, out);
            check_triggers(ctx, p, out);
        }
    }

  private:
    static void check_required_roles(const RuleContext& ctx, const Process& p, FindingSink& out) {
        if (p.required_roles.empty()) return;
        const auto actors = participants(p);
        std::vector<Id> missing;
        for (const auto& r : p.required_roles) {
            const Role* role = ctx.index.role(r);
            if (!actors.count(r) || (role && role->vacant)) missing.push_back(r);
        }
        if (missing.empty()) return;
        std::vector<Id> elements{p.id};
        elements.insert(elements.end(), missing.begin(), missing.end());
        out.report("IND-03b", std::move(elements),
                   "I " + name(ctx.index, p.id) + " saknas " +
                       name_list(ctx.index, missing, "och") + ".",
                   name(ctx.index, p.id) + " lacks " + name_list(ctx.index, missing, "and") + ".");
    }

    static void check_triggers(const RuleContext& ctx, const Process& p, FindingSink& out) {
        std::vector<Id> unrouted;
        for (const auto& t : p.triggers) {
            bool all_reached = !t.must_reach.empty();
            for (const auto& who : t.must_reach) {
                bool reached = false;
                for (const auto& fid : t.route)
                    if (const Flow* f = ctx.index.flow(fid)) reached = reached || f->to == who;
                all_reached = all_reached && reached;
            }
            if (!all_reached) unrouted.push_back(t.name.empty() ? t.id : t.name);
        }
        if (unrouted.empty()) return;
        std::string list;
        for (const auto& u : unrouted)
            list += (list.empty() ? "" : ", ") + u;
        out.report("IND-03c", {p.id},
                   "I " + name(ctx.index, p.id) +
                       " når följande händelser inte sin mottagare: " + list + ".",
                   "In " + name(ctx.index, p.id) +
                       " these events have no route to their recipient: " + list + ".");
    }
};

} // namespace

std::unique_ptr<Rule> make_coordination_hub_rule() {
    return std::make_unique<CoordinationHubRule>();
}

} // namespace skm
