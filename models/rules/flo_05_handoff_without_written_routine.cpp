// FLO-05: handoffs work when there is a known, written routine saying who does what; oral
// routines and missing routines are what the county mapping found where collaboration failed.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

bool verbal(const Maybe<Channel>& c) {
    return c.is_set() && (c.value() == Channel::Muntlig || c.value() == Channel::Telefon ||
                          c.value() == Channel::Mote);
}

class HandoffWithoutWrittenRoutineRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FLO-05",
            "FLO",
            "Överlämning utan skriftlig rutin",
            "Handoff not governed by a written routine",
            "Kända och skriftliga rutiner tydliggör vem som ansvarar och hur samarbetet ska gå "
            "till. Muntliga rutiner försvinner med personerna, och en muntlig anmälan måste "
            "kompletteras skriftligt.",
            "Known, written routines make clear who is responsible and how the collaboration "
            "works. Oral routines disappear with the people, and an oral report of concern must "
            "be completed in writing.",
            "001 \"I Kumla finns muntliga rutiner mellan skola och socialtjänst\"; \"Laxå och "
            "Ljusnarsberg har för närvarande inga samverkansrutiner\"; \"Kända och skriftliga "
            "rutiner för kommunernas interna samverkan saknas ofta\"; 001 SOSFS 2006:11 \"rutiner "
            "som tydliggör vem som har ansvaret … och hur samarbetet ska gå till\"; 002 "
            "\"kompletteras med en skriftlig anmälan inom ett par dagar\"",
            "Koppla flödet till en skriftlig rutin eller överenskommelse (eller processen som "
            "styrs av en), skriv ned muntliga rutiner, och ange att muntliga anmälningar "
            "kompletteras skriftligt.",
            "Link the flow to a written routine or agreement (or to a process governed by one), "
            "write down oral routines, and state that oral reports are completed in writing.",
            {sub_rule("FLO-05a", Severity::Warning, "Flöde utan styrande dokument",
                      "Flow without governing document"),
             sub_rule("FLO-05b", Severity::Warning, "Flöde styrt bara av muntliga rutiner",
                      "Flow governed only by oral routines"),
             sub_rule("FLO-05c", Severity::Warning, "Muntlig anmälan utan skriftlig komplettering",
                      "Oral report without written completion")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.flows) {
            if (f.status != ElementStatus::Active) continue;
            // Documents governing the flow, including those of the process its step belongs to.
            std::vector<const Document*> docs;
            auto add = [&](const std::vector<Id>& ids) {
                for (const auto& id : ids)
                    if (const Document* d = ix.document(id); d && d->status != DocStatus::Upphord)
                        docs.push_back(d);
            };
            add(f.governed_by);
            if (f.step.is_set()) {
                const std::string& s = f.step.value();
                if (const Process* p = ix.process(s.substr(0, s.find('.')))) add(p->governed_by);
            }
            const std::string n = q(ix, f.id);
            const std::string route_sv = " från " + q(ix, f.from) + " till " + q(ix, f.to);
            const std::string route_en = " from " + q(ix, f.from) + " to " + q(ix, f.to);
            if (docs.empty()) {
                if (f.type != FlowType::Beslut)
                    out.report("FLO-05a", {f.id},
                               "Flödet " + n + route_sv +
                                   " styrs inte av någon rutin eller "
                                   "överenskommelse.",
                               "Flow " + n + route_en +
                                   " is not governed by any routine or agreement.");
            } else {
                bool all_oral = true;
                for (const Document* d : docs)
                    all_oral = all_oral && !is_written(*d);
                if (all_oral)
                    out.report("FLO-05b", {f.id},
                               "Flödet " + n + route_sv + " styrs bara av muntliga rutiner.",
                               "Flow " + n + route_en + " is governed only by oral routines.");
            }
            if (f.type == FlowType::Anmalan && verbal(f.channel) &&
                !(f.written_completion.is_set() && f.written_completion.value())) {
                const Channel c = f.channel.value();
                const char* how_sv = c == Channel::Telefon ? "per telefon"
                                     : c == Channel::Mote  ? "vid ett möte"
                                                           : "muntligt";
                const char* how_en = c == Channel::Telefon ? "by phone"
                                     : c == Channel::Mote  ? "at a meeting"
                                                           : "orally";
                out.report("FLO-05c", {f.id},
                           "Anmälan " + n + route_sv + " görs " + how_sv +
                               " utan skriftlig komplettering.",
                           "Report of concern " + n + route_en + " is made " + how_en +
                               " without written completion.");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_handoff_without_written_routine_rule() {
    return std::make_unique<HandoffWithoutWrittenRoutineRule>();
}

} // namespace skm
