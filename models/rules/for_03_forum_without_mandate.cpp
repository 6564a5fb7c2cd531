// FOR-03: a forum that has to resolve stuck cases (an escalation step) must be able to decide,
// otherwise the escalation ends in a room that can only discuss.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

class ForumWithoutMandateRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FOR-03",
            "FOR",
            "Forum utan mandat",
            "Forum without mandate",
            "Om det inte är klart vad forumet och dess representanter får besluta om läggs frågor "
            "på en nivå som inte kan avgöra dem. Ett forum i en eskalerings- eller avvikelseväg "
            "måste kunna fatta beslut.",
            "When it is unclear what the forum and its representatives may decide, issues end up "
            "at a level that cannot settle them. A forum on an escalation or deviation path must "
            "be able to decide.",
            "002 (Conrad) \"klargöra vilket mandat de olika representanterna har\"; 002 Bilaga 4 "
            "\"BUS-gruppen har bl a som syfte att lösa samarbetet då det kört fast. "
            "Representanterna ska därför ha möjlighet att fatta beslut om kostnader\"; 004 \"Olika "
            "beslutsmandat hos de olika representanterna\"; Skolverket: problemet \"måste läggas "
            "på rätt nivå, det vill säga den nivå där man har beslutsmandat\"",
            "Ange forumets mandat (beslut, beredning, rådgivande eller information) och, för forum "
            "i en eskaleringsväg, vilka beslut representanterna får fatta.",
            "State the forum's mandate (decision, preparation, advisory or information) and, for "
            "forums on an escalation path, which decisions the representatives may take.",
            {sub_rule("FOR-03", Severity::Warning, "Forum utan angivet mandat",
                      "Forum without a stated mandate")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            if (!ModelIndex::forum_active(f, ctx.at) || f.mandate.is_set()) continue;
            if (ix.is_escalation_target(f.id)) {
                out.report_with("FOR-03", Severity::Error, {f.id},
                                "Forumet " + q(ix, f.id) +
                                    " saknar angivet mandat men är ett steg i en eskalerings- "
                                    "eller avvikelseväg.",
                                "Forum " + q(ix, f.id) +
                                    " has no stated mandate but is a step on an escalation or "
                                    "deviation path.");
            } else {
                out.report("FOR-03", {f.id}, "Forumet " + q(ix, f.id) + " saknar angivet mandat.",
                           "Forum " + q(ix, f.id) + " has no stated mandate.");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_forum_without_mandate_rule() {
    return std::make_unique<ForumWithoutMandateRule>();
}

} // namespace skm
