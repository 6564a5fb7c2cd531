// ACT-03: the task of collaborating should be tied to a function, not a person; a link that
// rests on one named person, one holder without substitute, or a vacancy breaks when that person
// leaves.
#include "rule_helpers.hpp"

#include <map>
#include <unordered_map>

namespace skm {
namespace {

using namespace rules;

// "namngiven"/"ja" only records that a person is named; such markers cannot be compared.
bool comparable_person(const std::string& p) {
    return !p.empty() && p != "namngiven" && p != "ja" && p != "yes" && p != "named";
}

const RuleInfo kInfo{
    .id = "ACT-03",
    .family = "ACT",
    .title_sv = "Personberoende",
    .title_en = "Single-person dependency",
    .checks_sv =
        "Länkfunktioner (sammankallande i aktiva forum, kontaktpersoner, samordnare) som hänger på "
        "en person:\n\n- sammankallande för ett forum är en funktion med namngiven person;\n- en "
        "kontaktperson/samordnare med kapacitet 1 och ingen ersättare;\n- en länkfunktion "
        "(sammankallande eller kontaktperson) som är vakant, också när forumet den kallar till är "
        "vilande (ofta just på grund av vakansen);\n- samma person har minst två "
        "länkuppdrag (markeringen \"namngiven\" jämförs inte).",
    .checks_en = "Link roles (conveners of active forums, liaisons, coordinators) that rest on one "
                 "person:\n\n- a forum's convener is a role bound to a named person;\n- a "
                 "liaison/coordinator with capacity 1 and no substitute;\n- a link role (convener "
                 "or liaison) that is vacant, also when the forum it convenes is dormant (often "
                 "because of the vacancy);\n- one person holds two or more link roles (the "
                 "marker \"namngiven\" is not compared).",
    .rationale_sv =
        "Samverkan som hänger på en enskild person upphör när personen slutar, blir sjuk eller "
        "byter tjänst. Uppdraget att samverka ska vara knutet till en funktion, med ersättare.",
    .rationale_en =
        "Collaboration that rests on one person stops when that person leaves, falls ill or "
        "changes post. The task of collaborating should be tied to a function, with a substitute.",
    .source = "002 \"det hänger på personer och personligt intresse\"; 002 \"En isolerad råd och "
              "stödverksamhet … blir lätt personberoende\"; 000 \"det kan inte ligga på en enskild "
              "person\"; Skolverket \"Uppdraget att samverka bör vara knuten till funktion och "
              "inte till person\"; Conrad-checklistan \"ersättare\" (002)",
    .action_sv = "Knyt uppdraget till en funktion, utse ersättare, tillsätt vakanta länkfunktioner "
                 "och fördela länkuppdragen på fler personer.",
    .action_en = "Tie the task to a function, appoint substitutes, fill vacant link roles and "
                 "spread link roles over more people.",
    .subs =
        {
            {
                .id = "ACT-03",
                .default_severity = Severity::Warning,
                .title_sv = "Länk beroende av en person",
                .title_en = "Link dependent on one person",
                .when_sv = "något av villkoren ovan; ett fynd per villkor och funktion",
                .when_en = "any of the above; one finding per condition and role",
                .find_out_sv = "om funktionen har en ersättare",
                .find_out_en = "whether the role has a substitute",
            },
        },
    .example_sv = "Samordnaren för barn i behov av särskilt stöd är också sammankallande i "
                  "Engelbrektsskolans grupp, och båda är knutna till samma person → ACT-03.",
    .example_en = "The coordinator for children in need of special support also convenes the "
                  "Engelbrektsskolan group, both held by the same person → ACT-03.",
};

class SinglePersonDependencyRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_map<Id, std::vector<Id>> convenes; // role -> active forums it convenes
        std::unordered_set<Id> convenes_dormant; // roles convening a dormant (vilande) forum
        for (const auto& f : m.forums) {
            if (!f.convener.is_set() || !ix.role(f.convener.value())) continue;
            if (ModelIndex::forum_active(f, ctx.at))
                convenes[f.convener.value()].push_back(f.id);
            else if (f.status == ElementStatus::Dormant)
                convenes_dormant.insert(f.convener.value());
        }

        std::map<std::string, std::vector<Id>> link_roles_by_person; // ordered: stable output
        for (const auto& r : m.roles) {
            if (passed(r.end, ctx.at)) continue;
            const auto conv = convenes.find(r.id);
            const bool is_convener = conv != convenes.end();
            const bool named = r.person.is_set() && !r.person.value().empty();
            const std::string n = q(ix, r.id);

            if (is_convener && named)
                out.report("ACT-03", {r.id},
                           "Sammankallande för " + q_list(ix, conv->second) +
                               " är knuten till en namngiven person (" + n +
                               ") i stället för en funktion.",
                           "The convener of " + q_list(ix, conv->second) +
                               " is tied to a named person (" + n + ") rather than a function.");
            if ((r.liaison || r.coordinator) && r.capacity.is_set() && r.capacity.value() == 1 &&
                !r.substitute.is_set())
                out.report("ACT-03", {r.id},
                           "Länkfunktionen " + n + " har en enda innehavare och ingen ersättare.",
                           "Link role " + n + " has a single holder and no substitute.",
                           unknown_if(r.substitute.is_unknown()));
            // A forum that fell dormant because its convener left is exactly the break this rule
            // is about, so the vacancy still counts when the forum is vilande.
            if (r.vacant && (r.liaison || is_convener || convenes_dormant.count(r.id)))
                out.report("ACT-03", {r.id}, "Länkfunktionen " + n + " är vakant.",
                           "Link role " + n + " is vacant.");
            if (named && comparable_person(r.person.value()) &&
                (r.liaison || r.coordinator || is_convener))
                link_roles_by_person[r.person.value()].push_back(r.id);
        }
        for (const auto& [person, roles] : link_roles_by_person) {
            if (roles.size() < 2) continue;
            out.report("ACT-03", roles,
                       "En och samma person har " + std::to_string(roles.size()) +
                           " länkuppdrag: " + q_list(ix, roles) + ".",
                       "One person holds " + std::to_string(roles.size()) +
                           " link roles: " + q_list(ix, roles) + ".");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_single_person_dependency_rule() {
    return std::make_unique<SinglePersonDependencyRule>();
}

} // namespace skm
