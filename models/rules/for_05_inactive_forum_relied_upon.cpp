// FOR-05: a dormant or discontinued forum that flows, escalation paths or documents still point
// to is a dead end: the map promises a channel that no longer exists.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-05",
    .family = "FOR",
    .title_sv = "Inaktivt forum används fortfarande",
    .title_en = "Inactive forum still relied upon",
    .checks_sv =
        "Ett forum med status *vilande* eller *upphörd*, eller vars slutdatum har passerat, som "
        "fortfarande är kanal för ett aktivt flöde (via forumet, eller flödets "
        "avsändare/mottagare), mål i ett steg i en eskalerings- eller avvikelseväg, eller omfattas "
        "av ett styrdokument som inte har upphört. Planerade forum kontrolleras inte.",
    .checks_en =
        "A forum with status *vilande* (dormant) or *upphörd* (ended), or whose end date has "
        "passed, that is still the channel of an active flow (via the forum, or as the flow's "
        "sender/receiver), the target of an escalation or deviation step, or covered by a "
        "governing document that has not ended. Planned forums are not checked.",
    .rationale_sv = "Ett vilande eller upphört forum som fortfarande är kanal för flöden, steg i "
                    "en eskaleringsväg eller omfattas av ett styrdokument är en återvändsgränd: "
                    "ärenden skickas dit men ingen tar emot dem.",
    .rationale_en = "A dormant or discontinued forum that is still the channel of flows, a step on "
                    "an escalation path or covered by a governing document is a dead end: issues "
                    "are sent there but nobody receives them.",
    .source = "001 \"Ljusnarsbergs samverkansgrupp är vilande i avvaktan på tillsättning av tjänst "
              "samt en översyn\"; 002 \"upphörde vid personalbyte\"; 001 Hemmasittargrupp "
              "\"Arbetet upphörde i januari 2009, BUP hade vakanta tjänster\"",
    .action_sv = "Återstarta forumet, eller flytta flöden, eskaleringssteg och dokumentens "
                 "hänvisningar till ett aktivt forum.",
    .action_en = "Restart the forum, or move the flows, escalation steps and document references "
                 "to an active forum.",
    .subs =
        {
            {
                .id = "FOR-05",
                .default_severity = Severity::Error,
                .title_sv = "Inaktivt forum som det fortfarande hänvisas till",
                .title_en = "Inactive forum still referred to",
                .when_sv =
                    "inaktivt forum som flöden, eskaleringssteg eller dokument hänvisar till",
                .when_en = "inactive forum referred to by flows, escalation steps or documents",
            },
        },
    .example_sv = "Konsultationsflödet skola → socialtjänst går via den vilande samverkansgruppen "
                  "→ FOR-05 på gruppen.",
    .example_en = "The school → social services consultation flow runs through the dormant "
                  "collaboration group → FOR-05 on the group.",
};

class InactiveForumReliedUponRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.forums) {
            // A forum that is only named (nämns) is not described as inactive: ESC-01b asks
            // about it instead.
            if (f.status == ElementStatus::Planned || f.status == ElementStatus::NameOnly ||
                ModelIndex::forum_active(f, ctx.at))
                continue;
            std::vector<Id> elements{f.id};
            std::vector<std::string> sv, en;
            std::vector<Id> flows;
            auto note_flow = [&](const Flow* fl) {
                if (fl->status != ElementStatus::Active) return;
                for (const auto& id : flows)
                    if (id == fl->id) return;
                flows.push_back(fl->id);
            };
            for (const Flow* fl : ix.flows_via_forum(f.id))
                note_flow(fl);
            for (const Flow* fl : ix.flows_from(f.id))
                note_flow(fl);
            for (const Flow* fl : ix.flows_to(f.id))
                note_flow(fl);
            if (!flows.empty()) {
                sv.push_back("kanal för flödena " + q_list(ix, flows));
                en.push_back("the channel of flows " + q_list(ix, flows));
                elements.insert(elements.end(), flows.begin(), flows.end());
            }
            if (ix.is_escalation_target(f.id)) {
                sv.push_back("steg i en eskalerings- eller avvikelseväg");
                en.push_back("a step on an escalation or deviation path");
            }
            std::vector<Id> docs;
            for (const Document* d : ix.documents_covering_forum(f.id))
                if (d->status != DocStatus::Upphord) docs.push_back(d->id);
            if (!docs.empty()) {
                sv.push_back("omfattas av " + q_list(ix, docs));
                en.push_back("covered by " + q_list(ix, docs));
                elements.insert(elements.end(), docs.begin(), docs.end());
            }
            if (sv.empty()) continue;
            const bool dormant = f.status == ElementStatus::Dormant;
            std::string msg_sv =
                "Forumet " + q(ix, f.id) + (dormant ? " är vilande" : " har upphört") + " men är ";
            std::string msg_en =
                "Forum " + q(ix, f.id) + (dormant ? " is dormant" : " has ended") + " but is ";
            for (std::size_t k = 0; k < sv.size(); ++k) {
                const char* sep = k == 0 ? "" : (k + 1 == sv.size() ? " och " : ", ");
                const char* sep_en = k == 0 ? "" : (k + 1 == en.size() ? " and " : ", ");
                msg_sv += sep + sv[k];
                msg_en += sep_en + en[k];
            }
            out.report("FOR-05", std::move(elements), msg_sv + ".", msg_en + ".");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_inactive_forum_relied_upon_rule() {
    return std::make_unique<InactiveForumReliedUponRule>();
}

} // namespace skm
