// FOR-06: projects end; when a project structure carries something the permanent structure
// needs, that function ends with it.
#include "rule_helpers.hpp"

#include <unordered_map>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FOR-06",
    .family = "FOR",
    .title_sv = "Tillfällig struktur bär en permanent funktion",
    .title_en = "Temporary structure carries a permanent function",
    .checks_sv = "Ett aktivt tillfälligt forum eller en tillfällig enhet (projekt) som är det enda "
                 "aktiva forumet på sin nivå, **eller** som andra aktiva forum rapporterar till, "
                 "**eller** som äger ett styrdokument eller en uppföljning, **eller** som är ett "
                 "steg i en eskaleringsväg. (De två första gäller bara forum.)",
    .checks_en =
        "An active temporary forum or unit (project) that is the only active forum on its level, "
        "**or** that other active forums report to, **or** that owns a governing document or "
        "follow-up, **or** that is an escalation step. (The first two apply to forums only.)",
    .rationale_sv =
        "Tillfälliga samverkansprojekt läggs ner när pengarna eller eldsjälarna tar slut. Om ett "
        "projekt är nivåns enda forum, tar emot rapportering, äger dokument eller uppföljning, "
        "eller är ett eskaleringssteg, försvinner funktionen med projektet.",
    .rationale_en =
        "Temporary collaboration projects are closed when the funding or the enthusiasts run out. "
        "If a project is the only forum on its level, receives reports, owns documents or "
        "follow-up, or is an escalation step, the function disappears with the project.",
    .source = "002 \"tillfälliga samverkansprojekt … påverkar [inte] vardagssamarbetet\"; 002 ÖSIS "
              "\"läggs tills vidare ner\"; Socialstyrelsen, Strategi för samverkan 2007: \"många "
              "samverkansmodeller prövas i tillfällig projektform\"",
    .action_sv = "Flytta den permanenta funktionen till en ordinarie struktur, eller besluta att "
                 "projektet permanentas.",
    .action_en = "Move the permanent function to a standing structure, or decide to make the "
                 "project permanent.",
    .subs =
        {
            {
                .id = "FOR-06",
                .default_severity = Severity::Warning,
                .title_sv = "Tillfällig struktur med permanent funktion",
                .title_en = "Temporary structure with a permanent function",
                .when_sv = "tillfällig struktur med en permanent funktion",
                .when_en = "temporary structure with a permanent function",
            },
        },
    .example_sv = "Projektet \"Råd och stöd\" (tillfällig enhet) äger uppföljningen av samverkan → "
                  "FOR-06 på enheten.",
    .example_en = "The project \"Råd och stöd\" (temporary unit) owns the collaboration follow-up "
                  "→ FOR-06 on the unit.",
};

class TemporaryStructureWithPermanentFunctionRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_map<Id, std::vector<Id>> owned; // owner -> documents and follow-ups
        for (const auto& d : m.documents)
            if (d.owner.is_set() && d.status != DocStatus::Upphord)
                owned[d.owner.value()].push_back(d.id);
        for (const auto& fu : m.followups)
            if (fu.owner.is_set()) owned[fu.owner.value()].push_back(fu.id);

        auto report = [&](const Id& id, bool is_forum, std::vector<std::string> sv,
                          std::vector<std::string> en, std::vector<Id> elements) {
            auto it = owned.find(id);
            if (it != owned.end()) {
                sv.push_back("äger " + q_list(ix, it->second));
                en.push_back("owns " + q_list(ix, it->second));
                elements.insert(elements.end(), it->second.begin(), it->second.end());
            }
            if (ix.is_escalation_target(id)) {
                sv.push_back("är ett steg i en eskaleringsväg");
                en.push_back("is an escalation step");
            }
            if (sv.empty()) return;
            std::string msg_sv =
                std::string(is_forum ? "Det tillfälliga forumet " : "Den tillfälliga enheten ") +
                q(ix, id) + " ";
            std::string msg_en =
                std::string(is_forum ? "Temporary forum " : "Temporary unit ") + q(ix, id) + " ";
            for (std::size_t k = 0; k < sv.size(); ++k) {
                msg_sv += (k == 0 ? "" : (k + 1 == sv.size() ? " och " : ", ")) + sv[k];
                msg_en += (k == 0 ? "" : (k + 1 == en.size() ? " and " : ", ")) + en[k];
            }
            out.report("FOR-06", std::move(elements), msg_sv + ".", msg_en + ".");
        };

        for (const auto& f : m.forums) {
            if (!f.temporary || !ModelIndex::forum_active(f, ctx.at)) continue;
            std::vector<std::string> sv, en;
            std::vector<Id> elements{f.id};
            if (f.level.is_set()) {
                bool other_active = false;
                for (const Forum* o : ix.forums_on_level(f.level.value()))
                    other_active =
                        other_active || (o != &f && ModelIndex::forum_active(*o, ctx.at));
                if (!other_active) {
                    sv.push_back("är det enda aktiva forumet på nivån " + q(ix, f.level.value()));
                    en.push_back("is the only active forum on level " + q(ix, f.level.value()));
                }
            }
            std::vector<Id> reporting;
            for (const Forum* o : ix.forums_reporting_to(f.id))
                if (ModelIndex::forum_active(*o, ctx.at)) reporting.push_back(o->id);
            if (!reporting.empty()) {
                sv.push_back("tar emot rapportering från " + q_list(ix, reporting));
                en.push_back("receives reports from " + q_list(ix, reporting));
                elements.insert(elements.end(), reporting.begin(), reporting.end());
            }
            report(f.id, true, std::move(sv), std::move(en), std::move(elements));
        }
        for (const auto& u : m.units) {
            if (!u.temporary || !ModelIndex::unit_active(u, ctx.at)) continue;
            report(u.id, false, {}, {}, {u.id});
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_temporary_structure_rule() {
    return std::make_unique<TemporaryStructureWithPermanentFunctionRule>();
}

} // namespace skm
