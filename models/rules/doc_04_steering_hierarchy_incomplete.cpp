// DOC-04: the management decides that collaboration is a priority; overarching agreements are
// turned into concrete routines in the services; and agreements between principals are a matter
// for the management, not for front-line staff.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

bool is_agreement(DocType t) {
    return t == DocType::Overenskommelse || t == DocType::Samverkansavtal;
}

const RuleInfo kInfo{
    .id = "DOC-04",
    .family = "DOC",
    .title_sv = "Styrkedjan ofullständig",
    .title_en = "Steering hierarchy incomplete",
    .checks_sv = "Kedjan från ledningens beslut till rutiner i verksamheten. Ett dokuments nivå är "
                 "dess `tier`; saknas den används nivån hos den som antog det (politiskt organ = "
                 "P, funktionens nivå, forumets nivå).",
    .checks_en = "The chain from the management's decision to routines in the services. A "
                 "document's tier is its `tier`; when missing, the tier of whoever adopted it "
                 "(political body = P, a role's tier, a forum's level tier).",
    .rationale_sv =
        "Samverkan börjar med att ledningen beslutar att den ska prioriteras. Övergripande "
        "överenskommelser måste omsättas i handfasta rutiner i verksamheterna, och "
        "överenskommelser mellan huvudmän kan inte ligga på medarbetare eller närmaste chef.",
    .rationale_en =
        "Collaboration starts with the management deciding to prioritise it. Overarching "
        "agreements must be turned into concrete routines in the services, and agreements between "
        "principals cannot rest with staff or their nearest manager.",
    .source = "000 steg 1 \"Ledning tar beslut om att samverkan skall prioriteras\"; 000 \"I "
              "verksamheterna kan de avtal och överenskommelser som träffats på en övergripande "
              "nivå omsättas till mer handfasta rutiner och riktlinjer\"; 001 \"Det är inte "
              "medarbetaren eller den närmast ansvarige chefen som kan ges ansvaret för att få "
              "till stånd en fungerande samverkan med andra huvudmän\"; 001 \"Det finns få "
              "skriftliga dokument gällande övergripande samverkan\"",
    .action_sv =
        "Låt ledningen anta ett skriftligt beslut eller en överenskommelse om samverkan; bryt ned "
        "övergripande överenskommelser i rutiner på verksamhets- eller individnivå; flytta ägandet "
        "av överenskommelser mellan huvudmän till ledningsnivå.",
    .action_en = "Have the management adopt a written decision or agreement on collaboration; "
                 "break overarching agreements down into operational or individual-level routines; "
                 "move ownership of agreements between principals to management level.",
    .subs =
        {
            {
                .id = "DOC-04a",
                .default_severity = Severity::Error,
                .title_sv = "Inget övergripande samverkansbeslut",
                .title_en = "No overarching decision on collaboration",
                .when_sv = "inget antaget, skriftligt samverkansdokument på nivå P eller S (gäller "
                           "modellen)",
                .when_en =
                    "no adopted, written collaboration document at tier P or S (on the model)",
            },
            {
                .id = "DOC-04b",
                .default_severity = Severity::Warning,
                .title_sv = "Överenskommelse utan rutiner",
                .title_en = "Agreement without routines",
                .when_sv = "en överenskommelse, ett samverkansavtal eller en policy på nivå P/S "
                           "(ej upphörd) som varken innehåller rutiner (`contains_routines` = ja) "
                           "eller har ett underordnat dokument på nivå O/I",
                .when_en = "an agreement, collaboration contract or policy at tier P/S (not ended) "
                           "that neither contains routines (`contains_routines` = yes) nor has a "
                           "child document at tier O/I",
                .find_out_sv =
                    "om dokumentet innehåller rutiner, eller vilka rutiner som hör till det",
                .find_out_en =
                    "whether the document contains routines, or which routines belong to it",
            },
            {
                .id = "DOC-04c",
                .default_severity = Severity::Warning,
                .title_sv = "Överenskommelse mellan huvudmän ägd på verksamhetsnivå",
                .title_en = "Cross-principal agreement owned at operational level",
                .when_sv = "en överenskommelse eller ett samverkansavtal med minst två parter som "
                           "ägs eller antas på nivå O/I",
                .when_en = "an agreement or collaboration contract with two or more parties owned "
                           "or adopted at tier O/I",
            },
        },
    .example_sv = "Överenskommelsen om familjecentral (nivå S, antagen av HSN) anger inte om den "
                  "innehåller rutiner och har inget underordnat dokument → DOC-04b.",
    .example_en = "The family-centre agreement (tier S, adopted by HSN) does not say whether it "
                  "contains routines and has no child document → DOC-04b.",
};

class SteeringHierarchyIncompleteRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        bool decided = false;
        for (const auto& d : m.documents)
            decided = decided || (is_adopted(d) && is_written(d) && has_collaboration_scope(d) &&
                                  document_tier_is(ix, d, {Tier::P, Tier::S}));
        if (!decided)
            out.report("DOC-04a", {},
                       "Det finns inget antaget, skriftligt samverkansdokument på politisk eller "
                       "övergripande nivå: inget beslut om att samverkan ska prioriteras.",
                       "There is no adopted, written collaboration document at the political or "
                       "strategic tier: no decision that collaboration is a priority.");

        for (const auto& d : m.documents) {
            if (d.status == DocStatus::Upphord) continue;
            const std::string n = q(ix, d.id);
            if ((is_agreement(d.type) || d.type == DocType::Policy) &&
                document_tier_is(ix, d, {Tier::P, Tier::S}) &&
                !(d.contains_routines.is_set() && d.contains_routines.value())) {
                bool has_child = false;
                for (const Document* c : ix.child_documents(d.id))
                    has_child = has_child || (c->status != DocStatus::Upphord &&
                                              tier_is(c->tier, {Tier::O, Tier::I}));
                if (!has_child)
                    out.report("DOC-04b", {d.id},
                               "Dokumentet " + n +
                                   " innehåller inga rutiner och har inget underordnat dokument på "
                                   "verksamhets- eller individnivå.",
                               "Document " + n +
                                   " contains no routines and has no child document at the "
                                   "operational or individual tier.",
                               unknown_if(d.contains_routines.is_unknown()));
            }
            if (!is_agreement(d.type)) continue;
            std::unordered_set<Id> parties(d.parties.begin(), d.parties.end());
            if (parties.size() < 2) continue;
            for (const Maybe<Id>* who : {&d.owner, &d.adopted_by}) {
                if (!who->is_set() || !tier_is(tier_of(ix, who->value()), {Tier::O, Tier::I}))
                    continue;
                const bool owner = who == &d.owner;
                out.report(
                    "DOC-04c", {d.id, who->value()},
                    "Överenskommelsen " + n + " mellan huvudmän är " + (owner ? "ägd" : "antagen") +
                        " på verksamhets- eller individnivå (" + q(ix, who->value()) + ").",
                    "Cross-principal agreement " + n + " is " + (owner ? "owned" : "adopted") +
                        " at the operational or individual tier (" + q(ix, who->value()) + ").");
                break; // one finding per document
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_steering_hierarchy_incomplete_rule() {
    return std::make_unique<SteeringHierarchyIncompleteRule>();
}

} // namespace skm
