// FOR-06: projects end; when a project structure carries something the permanent structure
// needs, that function ends with it.
#include "rule_helpers.hpp"

#include <unordered_map>

namespace skm {
namespace {

using namespace rules;

class TemporaryStructureWithPermanentFunctionRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FOR-06",
            "FOR",
            "Tillfällig struktur bär en permanent funktion",
            "Temporary structure carries a permanent function",
            "Tillfälliga samverkansprojekt läggs ner när pengarna eller eldsjälarna tar slut. Om "
            "ett projekt är nivåns enda forum, tar emot rapportering, äger dokument eller "
            "uppföljning, eller är ett eskaleringssteg, försvinner funktionen med projektet.",
            "Temporary collaboration projects are closed when the funding or the enthusiasts run "
            "out. If a project is the only forum on its level, receives reports, owns documents "
            "or follow-up, or is an escalation step, the function disappears with the project.",
            "002 \"tillfälliga samverkansprojekt … påverkar [inte] vardagssamarbetet\"; 002 ÖSIS "
            "\"läggs tills vidare ner\"; Socialstyrelsen, Strategi för samverkan 2007: \"många "
            "samverkansmodeller prövas i tillfällig projektform\"",
            "Flytta den permanenta funktionen till en ordinarie struktur, eller besluta att "
            "projektet permanentas.",
            "Move the permanent function to a standing structure, or decide to make the project "
            "permanent.",
            {sub_rule("FOR-06", Severity::Warning, "Tillfällig struktur med permanent funktion",
                      "Temporary structure with a permanent function")}};
        return i;
    }

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
