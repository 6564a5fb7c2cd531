// FOR-03: a forum that has to resolve stuck cases (an escalation step) must be able to decide,
// otherwise the escalation ends in a room that can only discuss.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-03",
    .family = "FOR",
    .title_sv = "Forum utan mandat",
    .title_en = "Forum without mandate",
    .checks_sv = "Ett aktivt forum vars mandat (beslut, beredning, rådgivande, information) inte "
                 "är angivet. Fyndet är en allvarlig brist om forumet är mål för ett steg i en "
                 "eskalerings- eller avvikelseväg, annars en varning.",
    .checks_en = "An active forum whose mandate (decision, preparation, advisory, information) is "
                 "not stated. The finding is an error when the forum is the target of a step on an "
                 "escalation or deviation path, otherwise a warning.",
    .rationale_sv = "Om det inte är klart vad forumet och dess representanter får besluta om läggs "
                    "frågor på en nivå som inte kan avgöra dem. Ett forum i en eskalerings- eller "
                    "avvikelseväg måste kunna fatta beslut.",
    .rationale_en = "When it is unclear what the forum and its representatives may decide, issues "
                    "end up at a level that cannot settle them. A forum on an escalation or "
                    "deviation path must be able to decide.",
    .source = "002 (Conrad) \"klargöra vilket mandat de olika representanterna har\"; 002 Bilaga 4 "
              "\"BUS-gruppen har bl a som syfte att lösa samarbetet då det kört fast. "
              "Representanterna ska därför ha möjlighet att fatta beslut om kostnader\"; 004 "
              "\"Olika beslutsmandat hos de olika representanterna\"; Skolverket: problemet "
              "\"måste läggas på rätt nivå, det vill säga den nivå där man har beslutsmandat\"",
    .action_sv = "Ange forumets mandat (beslut, beredning, rådgivande eller information) och, för "
                 "forum i en eskaleringsväg, vilka beslut representanterna får fatta.",
    .action_en = "State the forum's mandate (decision, preparation, advisory or information) and, "
                 "for forums on an escalation path, which decisions the representatives may take.",
    .subs =
        {
            {
                .id = "FOR-03",
                .default_severity = Severity::Warning,
                .title_sv = "Forum utan angivet mandat",
                .title_en = "Forum without a stated mandate",
                .when_sv = "mandat saknas",
                .when_en = "mandate missing",
                .find_out_sv = "vad forumet får besluta om: beslut, beredning, rådgivande eller "
                               "information",
                .find_out_en = "what the forum may decide: decision, preparation, advisory or "
                               "information",
            },
        },
    .example_sv =
        "I Västbus/Göteborg är \"Västbus lokal arbetsgrupp\" steg 2 i avvikelsevägen och har inget "
        "mandat → FOR-03 allvarlig brist; de övriga fem forumen → FOR-03 varning.",
    .example_en = "In Västbus/Göteborg the local working group is step 2 of the deviation route "
                  "and has no mandate → FOR-03 error; the other five forums → FOR-03 warning.",
};

class ForumWithoutMandateRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) || f.mandate.is_set()) continue;
            const Basis basis = unknown_if(f.mandate.is_unknown());
            if (ix.is_escalation_target(f.id)) {
                out.report_with("FOR-03", Severity::Error, {f.id},
                                "Forumet " + q(ix, f.id) +
                                    " saknar angivet mandat men är ett steg i en eskalerings- "
                                    "eller avvikelseväg.",
                                "Forum " + q(ix, f.id) +
                                    " has no stated mandate but is a step on an escalation or "
                                    "deviation path.",
                                basis);
            } else {
                out.report("FOR-03", {f.id}, "Forumet " + q(ix, f.id) + " saknar angivet mandat.",
                           "Forum " + q(ix, f.id) + " has no stated mandate.", basis);
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_mandate_rule() {
    return std::make_unique<ForumWithoutMandateRule>();
}

} // namespace skm
