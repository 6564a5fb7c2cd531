// ACT-02: schools rarely take part in structured collaboration around children, although they
// see every child every day; a school counts only through a cross-sector or cross-principal
// forum at the operational or individual level, or a coordination process. Representation by
// a parent administration (förvaltningschef in a strategic group) does not count.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "ACT-02",
    .family = "ACT",
    .title_sv = "Skola/förskola utanför strukturerad samverkan",
    .title_en = "School/preschool not in structured collaboration",
    .checks_sv =
        "En aktiv enhet (av slaget *enhet*; nämnder och förvaltningar räknas inte som skolor) med "
        "sektor förskola, skola eller gymnasieskola (egen eller ärvd) ingår i strukturerad "
        "samverkan om den (själv, via sina funktioner eller via en underordnad enhet som "
        "elevhälsan) är ledamot i ett aktivt forum på nivå O eller I vars ledamöter spänner över "
        "minst två sektorer eller två huvudmän, eller deltar i en samordningsprocess. En skolas "
        "egen underenhet (t.ex. ett särskilt studieprogram inom skolan) företräds av sin skola. "
        "Representation via en överordnad förvaltning räknas inte: en förvaltningschef i en "
        "strategisk grupp företräder inte skolan på verksamhetsnivå.",
    .checks_en =
        "An active unit (of kind *enhet*; committees and administrations are not schools) in "
        "sector preschool, school or upper-secondary school (own or inherited) is in structured "
        "collaboration when it (itself, through its roles or through a child unit such as pupil "
        "health) is a member of an active tier-O or tier-I forum whose members span at least two "
        "sectors or two principals, or takes part in a coordination process. A school's own "
        "sub-unit (e.g. a special programme inside the school) is represented by its school. "
        "Representation by a parent administration does not count.",
    .rationale_sv = "Skolan och förskolan möter varje barn varje dag men ingår sällan i en "
                    "strukturerad samverkan med övriga aktörer. Utan ett gemensamt forum eller en "
                    "plats i samordningsprocessen blir skolan en anmälare i stället för en part.",
    .rationale_en =
        "School and preschool meet every child every day but rarely take part in structured "
        "collaboration with the other actors. Without a joint forum or a place in the coordination "
        "process the school becomes a reporter instead of a partner.",
    .source = "000 \"skolorna sällan ingår i en strukturerad samverkan med övriga aktörer runt "
              "barnen\"; 002 \"det finns efter den 1/7 ingen definierad sammanhållande funktion\"; "
              "004 \"skolan som jämställd aktör\"",
    .action_sv = "Ge skolan/förskolan en plats i ett forum på verksamhets- eller individnivå där "
                 "flera sektorer eller huvudmän möts, eller i samordningsprocessen (SIP).",
    .action_en = "Give the school/preschool a place in an operational or individual-level forum "
                 "where several sectors or principals meet, or in the coordination process (SIP).",
    .subs =
        {
            {
                .id = "ACT-02",
                .default_severity = Severity::Warning,
                .title_sv = "Skola/förskola utan strukturerad samverkan",
                .title_en = "School/preschool without structured collaboration",
                .when_sv = "ingen skola/förskola i modellen ingår i strukturerad samverkan, eller "
                           "modellen saknar skola",
                .when_en = "no school/preschool in the model is, or the model has no school",
            },
        },
    .example_sv = "I Västbus/Göteborg är skolan simbana i SIP-processen men förskolan finns inte i "
                  "någon struktur → ACT-02 varning på förskolan.",
    .example_en = "In Västbus/Göteborg the school is a lane of the SIP process but the preschool "
                  "is in no structure → ACT-02 warning on the preschool.",
};

class SchoolNotInCollaborationRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        // Units taking part in a qualifying forum or process, with their ancestors (a school is
        // in when its own elevhälsa is).
        std::unordered_set<Id> in;
        auto mark = [&](const Id& actor) {
            const Unit* u = ix.unit_of(actor);
            if (!u) return;
            in.insert(u->id);
            ix.for_each_ancestor(u->id, [&](const Id& a) { in.insert(a); });
        };
        for (const auto& f : m.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) ||
                !tier_is(ix.forum_tier(f), {Tier::O, Tier::I}))
                continue;
            std::unordered_set<int> sectors;
            std::unordered_set<Id> principals;
            for (const auto& mem : f.members) {
                const Maybe<Sector> s = ix.sector_of(mem.member);
                if (s.is_set()) sectors.insert(static_cast<int>(s.value()));
                const Id p = ix.principal_of(mem.member);
                if (!p.empty()) principals.insert(p);
            }
            if (sectors.size() < 2 && principals.size() < 2) continue;
            for (const auto& mem : f.members)
                mark(mem.member);
        }
        for (const auto& p : m.processes)
            if (is_coordination_process(p)) for_each_participant(p, mark);

        bool any_school = false, any_passes = false;
        for (const auto& u : m.units) {
            // Only the schools themselves: a nämnd or an administration (Utbildningsförvaltningen)
            // with sector skola is not a school.
            if (!ModelIndex::unit_active(u, ctx.at) || u.kind != UnitKind::Unit) continue;
            const Maybe<Sector> sector = ix.sector_of(u.id);
            if (!sector.is_set() || !is_school_sector(sector.value())) continue;
            any_school = true;
            // A school's own sub-unit (a special programme inside the school) is represented by
            // its school; an administration above the schools is not (see the file comment).
            bool via_school = false;
            for (const auto& a : ix.ancestors(u.id)) {
                const Unit* au = ix.unit(a);
                if (!au || au->kind != UnitKind::Unit) break;
                const Maybe<Sector> as = ix.sector_of(a);
                if (!as.is_set() || !is_school_sector(as.value())) break;
                via_school = via_school || in.count(a) > 0;
            }
            if (in.count(u.id) || via_school) {
                any_passes = true;
                continue;
            }
            out.report("ACT-02", {u.id},
                       q(ix, u.id) +
                           " ingår inte i något forum på verksamhets- eller individnivå med flera "
                           "sektorer eller huvudmän, och inte i någon samordningsprocess.",
                       q(ix, u.id) +
                           " is in no operational or individual-level forum spanning several "
                           "sectors or principals, and in no coordination process.");
        }
        if (!any_passes)
            out.report_with(
                "ACT-02", Severity::Error, {},
                any_school ? "Ingen skola eller förskola i modellen ingår i strukturerad samverkan."
                           : "Modellen har ingen skola eller förskola; skolan saknas i samverkan.",
                any_school
                    ? "No school or preschool in the model takes part in structured collaboration."
                    : "The model has no school or preschool; the school is missing from the "
                      "collaboration.");
    }
};

} // namespace

std::unique_ptr<Rule> make_school_not_in_collaboration_rule() {
    return std::make_unique<SchoolNotInCollaborationRule>();
}

} // namespace skm
