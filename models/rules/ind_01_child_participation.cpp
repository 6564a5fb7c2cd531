// IND-01: a case-based individual-level process must include the child or family, or at least
// someone who speaks for the child.
#include "rule_helpers.hpp"

#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "IND-01",
    .family = "IND",
    .title_sv = "Barnet/familjen deltar inte",
    .title_en = "Child/family not participating",
    .checks_sv =
        "I varje ärendebaserad process på individnivå (tier I, eller en process utan tier på en "
        "nivå med tier I): vilka enskilda som är simbanor eller deltagare i något steg.",
    .checks_en = "In each case-based individual-level process: which citizens are lanes or step "
                 "participants.",
    .rationale_sv =
        "En plan för barnet som görs utan barnet och familjen blir sällan deras plan; lagen säger "
        "att planen när det är möjligt ska upprättas tillsammans med den enskilde.",
    .rationale_en =
        "A plan for the child made without the child and family rarely becomes theirs; the law "
        "says the plan shall, when possible, be drawn up together with the individual.",
    .source = "004 \"Familjens delaktighet ska vara centralt i SIP/Västbus-arbetet\", \"Utse någon "
              "som för barnets/ungdomens talan om de inte själva deltar\"; SoL 2 kap. 7 §",
    .action_sv = "Lägg till barnet och vårdnadshavarna som deltagare eller simbanor i processen, "
                 "eller en roll som för barnets talan.",
    .action_en = "Add the child and the guardians as participants or lanes of the process, or a "
                 "role that speaks for the child.",
    .subs =
        {
            {
                .id = "IND-01a",
                .default_severity = Severity::Error,
                .title_sv = "Varken barn eller familj deltar",
                .title_en = "Neither child nor family takes part",
                .when_sv =
                    "varken barn, vårdnadshavare eller den enskilde är simbana eller deltagare",
                .when_en = "neither child, guardian nor the individual is a lane or participant",
            },
            {
                .id = "IND-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Barnet deltar inte och ingen för barnets talan",
                .title_en = "Child absent and no one speaks for the child",
                .when_sv =
                    "barnet (eller den enskilde) deltar inte, och ingen roll med uppdrag att föra "
                    "barnets talan eller företrädare för barnets talan finns i processen",
                .when_en = "the child (or individual) is absent and no role with a child-voice "
                           "duty or child's representative takes part",
            },
        },
    .example_sv = "Tas familjen och barnet bort ur Västbusprocessen → IND-01a på P-VASTBUS. Tas "
                  "barnet och rollen för barnets talan bort → IND-01b.",
    .example_en = "Removing family and child from the Västbus process → IND-01a on P-VASTBUS; "
                  "removing the child and the child's spokesperson → IND-01b.",
};

class ChildParticipationRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& p : ctx.model.processes) {
            if (!p.case_based || !is_individual_process(ix, p)) continue;
            bool family = false, child = false, child_voice = false;
            for (const auto& actor : participants(p)) {
                if (const Citizen* c = ix.citizen(actor)) {
                    const bool is_child =
                        c->kind == CitizenKind::Barn || c->kind == CitizenKind::DenEnskilde;
                    family = family || is_child || c->kind == CitizenKind::Vardnadshavare;
                    child = child || is_child;
                    child_voice = child_voice || c->kind == CitizenKind::Foretradare;
                } else if (const Role* r = ix.role(actor)) {
                    child_voice = child_voice || r->child_voice;
                }
            }
            if (!family)
                out.report("IND-01a", {p.id},
                           "I " + name(ctx.index, p.id) +
                               " deltar varken barnet, vårdnadshavare eller den enskilde.",
                           "Neither the child, a guardian nor the individual takes part in " +
                               name(ctx.index, p.id) + ".");
            else if (!child && !child_voice)
                out.report("IND-01b", {p.id},
                           "Barnet deltar inte i " + name(ctx.index, p.id) +
                               " och ingen roll för barnets talan.",
                           "The child does not take part in " + name(ctx.index, p.id) +
                               " and no role speaks for the child.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_child_participation_rule() {
    return std::make_unique<ChildParticipationRule>();
}

} // namespace skm
