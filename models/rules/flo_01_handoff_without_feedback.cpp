// FLO-01: the sender of a report or a referral needs to know it arrived and what happened;
// without feedback the school stops reporting and the referrer stops trusting the receiver.
#include "rule_helpers.hpp"

#include <optional>

namespace skm {
namespace {

using namespace rules;

bool asynchronous(const Maybe<Channel>& c) {
    return c.is_set() && (c.value() == Channel::Brev || c.value() == Channel::Mail ||
                          c.value() == Channel::Skriftlig);
}

const RuleInfo kInfo{
    .id = "FLO-01",
    .family = "FLO",
    .title_sv = "Överlämning utan återkoppling",
    .title_en = "Handoff without feedback path",
    .checks_sv = "Aktiva flöden som behöver ett svar.",
    .checks_en = "Active flows that need an answer.",
    .rationale_sv = "Den som anmäler eller remitterar behöver veta att ärendet kommit fram och vad "
                    "som händer; utan återkoppling slutar skolan anmäla och remittenten slutar "
                    "lita på mottagaren. Återkopplingen måste också ha en ansvarig.",
    .rationale_en =
        "Whoever reports or refers needs to know that the case arrived and what happens next; "
        "without feedback the school stops reporting and the referrer stops trusting the receiver. "
        "The feedback also needs someone responsible for it.",
    .source = "002 \"ett viktigt och första steg mot förbättrad samverkan är att skolorna får en "
              "återkoppling/feedback på sina anmälningar\"; 002 6.2 \"Efter anmälan skickar "
              "Familjeenheten en bekräftelse…\", \"Ansvarig handläggare ansvarar för "
              "återkopplingen\"; 000 \"Efter ett möte är det lika viktigt att lämna återkoppling\"",
    .action_sv = "Lägg till ett flöde tillbaka (bekräftelse eller återkoppling som svarar på "
                 "överlämningen) och ange vilken funktion som ansvarar för återkopplingen.",
    .action_en = "Add a return flow (an acknowledgement or feedback responding to the handoff) and "
                 "name the role responsible for the feedback.",
    .subs =
        {
            {
                .id = "FLO-01a",
                .default_severity = Severity::Error,
                .title_sv = "Anmälan utan bekräftelse eller återkoppling",
                .title_en = "Report of concern without acknowledgement or feedback",
                .when_sv = "en *anmälan* saknar aktivt flöde av typ *bekräftelse* eller "
                           "*återkoppling* som svarar på den (`responds_to`)",
                .when_en = "a report of concern (*anmälan*) has no active acknowledgement or "
                           "feedback flow responding to it (`responds_to`)",
            },
            {
                .id = "FLO-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Överlämning utan returflöde",
                .title_en = "Handoff without return flow",
                .when_sv =
                    "en *remiss*, *överlämning*, *utskrivning* eller asynkron *konsultation* "
                    "(brev, mail, skriftlig) saknar returflöde: ett flöde som svarar på den eller "
                    "något aktivt flöde från mottagaren tillbaka till avsändaren",
                .when_en = "a referral, handover, discharge or asynchronous consultation (letter, "
                           "mail, written) has no return flow: a flow responding to it or any "
                           "active flow from the receiver back to the sender",
            },
            {
                .id = "FLO-01c",
                .default_severity = Severity::Warning,
                .title_sv = "Återkoppling utan ansvarig",
                .title_en = "Feedback without responsible role",
                .when_sv = "en *återkoppling* saknar ansvarig funktion",
                .when_en = "a feedback flow has no responsible role",
                .find_out_sv = "vem som ansvarar för återkopplingen",
                .find_out_en = "who is responsible for the feedback",
            },
        },
    .example_sv =
        "BUP skriver ut ett barn till IFO utan något flöde tillbaka → FLO-01b på utskrivningen.",
    .example_en = "BUP discharges a child to IFO with no flow back → FLO-01b on the discharge.",
};

class HandoffWithoutFeedbackRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        // A return flow: any active flow from the receiver back to the sender.
        auto flows_back = [&](const Flow& f) {
            for (const Flow* r : ix.flows_from(f.to))
                if (r->status == ElementStatus::Active && r->to == f.from) return true;
            return false;
        };
        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active) continue;
            FlowNames x(ix, f); // looked up only for a finding
            if (f.type == FlowType::Anmalan) {
                bool answered = false;
                for (const Flow* r : ix.responses_to(f.id))
                    answered =
                        answered ||
                        (r->status == ElementStatus::Active &&
                         (r->type == FlowType::Aterkoppling || r->type == FlowType::Bekraftelse));
                if (!answered)
                    out.report("FLO-01a", {f.id},
                               cat("Anmälan ", x().n, " från ", x().from, " till ", x().to,
                                   " har ingen bekräftelse eller återkoppling som svarar på den."),
                               cat("Report of concern ", x().n, " from ", x().from, " to ", x().to,
                                   " has no acknowledgement or feedback responding to it."));
            } else if (f.type == FlowType::Remiss || f.type == FlowType::Overlamning ||
                       f.type == FlowType::Utskrivning ||
                       (f.type == FlowType::Konsultation && asynchronous(f.channel))) {
                bool returned = flows_back(f);
                for (const Flow* r : ix.responses_to(f.id))
                    returned = returned || r->status == ElementStatus::Active;
                if (!returned) {
                    const std::string_view type = to_word(f.type);
                    out.report("FLO-01b", {f.id},
                               cat("Flödet ", x().n, " (", type, ")", " från ", x().from, " till ",
                                   x().to, " har inget returflöde."),
                               cat("Flow ", x().n, " (", type, ")", " from ", x().from, " to ",
                                   x().to, " has no return flow."));
                }
            } else if (f.type == FlowType::Aterkoppling && !f.responsible.is_set()) {
                out.report("FLO-01c", {f.id},
                           cat("Återkopplingen ", x().n, " från ", x().from, " till ", x().to,
                               " har ingen ansvarig funktion."),
                           cat("Feedback ", x().n, " from ", x().from, " to ", x().to,
                               " has no responsible role."),
                           unknown_if(f.responsible.is_unknown()));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_handoff_without_feedback_rule() {
    return std::make_unique<HandoffWithoutFeedbackRule>();
}

} // namespace skm
