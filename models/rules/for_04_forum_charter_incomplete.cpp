// FOR-04: the Conrad checklist (002) – remit, members, documentation – is what lets a forum
// outlive the people who started it.
#include "rule_helpers.hpp"

#include <algorithm>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-04",
    .family = "FOR",
    .title_sv = "Forumets uppdrag ofullständigt",
    .title_en = "Forum charter incomplete",
    .checks_sv = "Att aktiva forum har det Conrads checklista (002) kräver.",
    .checks_en = "That active forums have what the Conrad checklist (002) asks for.",
    .rationale_sv = "Ett forum behöver ett klart uttalat uppdrag, bestämda ledamöter och, om det "
                    "fattar beslut, dokumentation; annars vet varken deltagarna eller omvärlden "
                    "vad forumet är till för och vad det har bestämt.",
    .rationale_en = "A forum needs a clearly stated remit, settled members and, if it takes "
                    "decisions, documentation; otherwise neither the participants nor anyone else "
                    "knows what the forum is for and what it has decided.",
    .source = "001 \"De bör, såsom tidigare nämnts, ha ett klart uttalat uppdrag\"; 002 \"vilka "
              "ledamöter som ska ingå är i vissa delar oklart\"; 002 \"BUS- möten kräver "
              "kontinuitet, god mötesledningskompetens och dokumentation … Inom Östermalms BUS "
              "behöver dessa punkter utvecklas\"",
    .action_sv =
        "Komplettera forumets beskrivning: syfte/uppdrag, ledamöter per funktion med deltagarform, "
        "och hur besluten dokumenteras (protokoll eller minnesanteckningar).",
    .action_en = "Complete the forum description: purpose/remit, members by function with their "
                 "mode of attendance, and how decisions are recorded (minutes or notes).",
    .subs =
        {
            {
                .id = "FOR-04a",
                .default_severity = Severity::Warning,
                .title_sv = "Forum utan syfte/uppdrag",
                .title_en = "Forum without purpose/remit",
                .when_sv = "syfte/uppdrag saknas",
                .when_en = "no purpose/remit",
                .find_out_sv = "vilket syfte och uppdrag forumet har",
                .find_out_en = "the forum's purpose and remit",
            },
            {
                .id = "FOR-04b",
                .default_severity = Severity::Warning,
                .title_sv = "Forum utan bestämda ledamöter",
                .title_en = "Forum without settled members",
                .when_sv = "inga ledamöter, eller ledamöterna är markerade \"ej bestämt\" "
                           "(forumets flagga eller en ledamot i det läget); gäller inte nämnder",
                .when_en = "no members, or members marked TBD (the forum flag or a member in that "
                           "mode); not for committees",
            },
            {
                .id = "FOR-04c",
                .default_severity = Severity::Info,
                .title_sv = "Beslutande forum utan dokumentation",
                .title_en = "Decision-making forum without documentation",
                .when_sv = "forumet fattar beslut (mandat *beslut* eller beslut om kostnader) men "
                           "dokumentation (protokoll/minnesanteckningar) är inte angiven",
                .when_en = "the forum decides (mandate *beslut* or cost decisions) but no "
                           "documentation practice is recorded",
                .find_out_sv = "hur forumets beslut dokumenteras",
                .find_out_en = "how the forum's decisions are recorded",
            },
        },
    .example_sv = "Alla sex Västbus-forum har ledamöter \"ej bestämt\" → FOR-04b; fyra saknar "
                  "syfte → FOR-04a.",
    .example_en =
        "All six Västbus forums have members TBD → FOR-04b; four lack a purpose → FOR-04a.",
};

class ForumCharterIncompleteRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at)) continue;
            const std::string n = q(ix, f.id);
            if (!f.purpose.is_set() || f.purpose.value().empty())
                out.report("FOR-04a", {f.id},
                           "Forumet " + n + " har inget angivet syfte eller uppdrag.",
                           "Forum " + n + " has no stated purpose or remit.",
                           unknown_if(f.purpose.is_unknown()));
            const bool tbd_member =
                std::any_of(f.members.begin(), f.members.end(),
                            [](const Membership& mem) { return mem.mode == MemberMode::Tbd; });
            if (!is_namnd(f)) {
                if (f.members.empty())
                    out.report("FOR-04b", {f.id}, "Forumet " + n + " har inga angivna ledamöter.",
                               "Forum " + n + " has no members recorded.");
                else if (f.members_tbd || tbd_member)
                    out.report("FOR-04b", {f.id},
                               "Det är inte bestämt vilka ledamöter som ingår i forumet " + n + ".",
                               "It is not settled which members forum " + n + " has.");
            }
            const bool decides =
                (f.mandate.is_set() && f.mandate.value() == Mandate::Beslut) || f.cost_decisions;
            if (decides && !f.documentation.is_set())
                out.report("FOR-04c", {f.id},
                           "Forumet " + n +
                               " fattar beslut men det framgår inte hur besluten dokumenteras.",
                           "Forum " + n +
                               " takes decisions but how they are recorded is not stated.",
                           unknown_if(f.documentation.is_unknown()));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_charter_incomplete_rule() {
    return std::make_unique<ForumCharterIncompleteRule>();
}

} // namespace skm
