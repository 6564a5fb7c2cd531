// IND-03: a coordination process needs a coordinator, the roles its template requires, and a
// route for every trigger event to the one who must hear about it.
#include "case_rule_helpers.hpp"

#include <memory>
#include <unordered_set>

namespace skm {
namespace {

using namespace case_rules;

const RuleInfo kInfo{
    .id = "IND-03",
    .family = "IND",
    .title_sv = "Ingen samordnare / ofullständigt nav / händelse utan väg",
    .title_en = "No coordinator / incomplete hub / unrouted trigger",
    .rationale_sv = "Utan någon som håller ihop ärendet faller barnet mellan stolarna; navet "
                    "fungerar bara om alla "
                    "dess roller finns, och avgörande besked måste nå rätt person direkt.",
    .rationale_en =
        "Without someone holding the case together the child falls between the cracks; the hub "
        "works "
        "only if all its roles exist, and decisive news must reach the right person at once.",
    .source = "002 \"I ärendet utses en samordnare med uppgift att bevaka barnets perspektiv\"; "
              "000 \"de tre "
              "huvudaktörerna … behöver forma ett koordinerat nav\", \"Ett avslagsbesked behöver "
              "omedelbart komma "
              "till socialsekreterarens kännedom\"",
    .action_sv = "Ange samordnare eller huvudansvarig, lägg till de roller mallen kräver och "
                 "modellera flödet som "
                 "för händelsen till mottagaren.",
    .action_en = "Name a coordinator or overall responsible, add the roles the template requires, "
                 "and model the "
                 "flow that carries the event to its recipient.",
    .subs = {{"IND-03a", Severity::Error, "Ingen samordnare eller huvudansvarig",
              "No coordinator or lead"},
             {"IND-03b", Severity::Warning, "Roller som mallen kräver saknas",
              "Required roles missing"},
             {"IND-03c", Severity::Warning, "Händelse utan väg till mottagaren",
              "Trigger without route"}},
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
                           name_of(ctx, p.id) + " har varken samordnare eller huvudansvarig.",
                           name_of(ctx, p.id) +
                               " has neither a coordinator nor an overall responsible.");
            check_required_roles(ctx, p, out);
            check_triggers(ctx, p, out);
        }
    }

  private:
    static void check_required_roles(const RuleContext& ctx, const Process& p, FindingSink& out) {
        if (p.required_roles.empty()) return;
        const auto actors = process_actors(p);
        std::vector<Id> missing;
        for (const auto& r : p.required_roles) {
            const Role* role = ctx.index.role(r);
            if (!actors.count(r) || (role && role->vacant)) missing.push_back(r);
        }
        if (missing.empty()) return;
        std::vector<Id> elements{p.id};
        elements.insert(elements.end(), missing.begin(), missing.end());
        out.report("IND-03b", std::move(elements),
                   "I " + name_of(ctx, p.id) + " saknas " + name_list(ctx, missing, "och") + ".",
                   name_of(ctx, p.id) + " lacks " + name_list(ctx, missing, "and") + ".");
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
                   "I " + name_of(ctx, p.id) +
                       " når följande händelser inte sin mottagare: " + list + ".",
                   "In " + name_of(ctx, p.id) +
                       " these events have no route to their recipient: " + list + ".");
    }
};

} // namespace

std::unique_ptr<Rule> make_coordination_hub_rule() {
    return std::make_unique<CoordinationHubRule>();
}

} // namespace skm
