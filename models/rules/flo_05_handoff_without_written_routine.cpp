// FLO-05: handoffs work when there is a known, written routine saying who does what; oral
// routines and missing routines are what the county mapping found where collaboration failed.
#include "rule_helpers.hpp"

#include <optional>

namespace skm {
namespace {

using namespace rules;

bool verbal(const Maybe<Channel>& c) {
    return c.is_set() && (c.value() == Channel::Muntlig || c.value() == Channel::Telefon ||
                          c.value() == Channel::Mote);
}

const RuleInfo kInfo{
    .id = "FLO-05",
    .family = "FLO",
    .title_sv = "Överlämning utan skriftlig rutin",
    .title_en = "Handoff not governed by a written routine",
    .checks_sv = "Aktiva flöden och deras styrande dokument (egna `governed_by`, plus dokumenten "
                 "för processen som flödets steg hör till). Dokument som har upphört räknas inte.",
    .checks_en = "Active flows and their governing documents (own `governed_by` plus those of the "
                 "process the flow's step belongs to). Ended documents do not count.",
    .rationale_sv = "Kända och skriftliga rutiner tydliggör vem som ansvarar och hur samarbetet "
                    "ska gå till. Muntliga rutiner försvinner med personerna, och en muntlig "
                    "anmälan måste kompletteras skriftligt.",
    .rationale_en = "Known, written routines make clear who is responsible and how the "
                    "collaboration works. Oral routines disappear with the people, and an oral "
                    "report of concern must be completed in writing.",
    .source = "001 \"I Kumla finns muntliga rutiner mellan skola och socialtjänst\"; \"Laxå och "
              "Ljusnarsberg har för närvarande inga samverkansrutiner\"; \"Kända och skriftliga "
              "rutiner för kommunernas interna samverkan saknas ofta\"; 001 SOSFS 2006:11 "
              "\"rutiner som tydliggör vem som har ansvaret … och hur samarbetet ska gå till\"; "
              "002 \"kompletteras med en skriftlig anmälan inom ett par dagar\"",
    .action_sv = "Koppla flödet till en skriftlig rutin eller överenskommelse (eller processen som "
                 "styrs av en), skriv ned muntliga rutiner, och ange att muntliga anmälningar "
                 "kompletteras skriftligt.",
    .action_en =
        "Link the flow to a written routine or agreement (or to a process governed by one), write "
        "down oral routines, and state that oral reports are completed in writing.",
    .subs =
        {
            {
                .id = "FLO-05a",
                .default_severity = Severity::Warning,
                .title_sv = "Flöde utan styrande dokument",
                .title_en = "Flow without governing document",
                .when_sv = "inget styrande dokument (flöden av typ *beslut* är undantagna)",
                .when_en = "no governing document (flows of type *beslut* are exempt)",
            },
            {
                .id = "FLO-05b",
                .default_severity = Severity::Warning,
                .title_sv = "Flöde styrt bara av muntliga rutiner",
                .title_en = "Flow governed only by oral routines",
                .when_sv = "alla styrande dokument har form *muntlig*",
                .when_en = "all governing documents have form *muntlig* (oral)",
            },
            {
                .id = "FLO-05c",
                .default_severity = Severity::Warning,
                .title_sv = "Muntlig anmälan utan skriftlig komplettering",
                .title_en = "Oral report without written completion",
                .when_sv = "en *anmälan* via muntlig kanal (muntlig, telefon, möte) utan skriftlig "
                           "komplettering",
                .when_en = "a report of concern via a verbal channel (oral, phone, meeting) "
                           "without written completion",
                .find_out_sv = "om anmälan kompletteras skriftligt",
                .find_out_en = "whether the report is completed in writing",
            },
        },
    .example_sv = "Skolans anmälningar till socialtjänsten styrs av en muntlig rutin → FLO-05b.",
    .example_en = "The school's reports to social services follow an oral routine → FLO-05b.",
};

class HandoffWithoutWrittenRoutineRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

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
            FlowNames x(ix, f); // looked up only for a finding
            if (docs.empty()) {
                if (f.type != FlowType::Beslut)
                    out.report("FLO-05a", {f.id},
                               cat("Flödet ", x().n, " från ", x().from, " till ", x().to,
                                   " styrs inte av någon rutin eller överenskommelse."),
                               cat("Flow ", x().n, " from ", x().from, " to ", x().to,
                                   " is not governed by any routine or agreement."));
            } else {
                bool all_oral = true;
                for (const Document* d : docs)
                    all_oral = all_oral && !is_written(*d);
                if (all_oral)
                    out.report("FLO-05b", {f.id},
                               cat("Flödet ", x().n, " från ", x().from, " till ", x().to,
                                   " styrs bara av muntliga rutiner."),
                               cat("Flow ", x().n, " from ", x().from, " to ", x().to,
                                   " is governed only by oral routines."));
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
                           cat("Anmälan ", x().n, " från ", x().from, " till ", x().to, " görs ",
                               how_sv, " utan skriftlig komplettering."),
                           cat("Report of concern ", x().n, " from ", x().from, " to ", x().to,
                               " is made ", how_en, " without written completion."),
                           unknown_if(f.written_completion.is_unknown()));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_handoff_without_written_routine_rule() {
    return std::make_unique<HandoffWithoutWrittenRoutineRule>();
}

} // namespace skm
