// FLO-01: the sender of a report or a referral needs to know it arrived and what happened;
// without feedback the school stops reporting and the referrer stops trusting the receiver.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

bool asynchronous(const Maybe<Channel>& c) {
    return c.is_set() && (c.value() == Channel::Brev || c.value() == Channel::Mail ||
                          c.value() == Channel::Skriftlig);
}

class HandoffWithoutFeedbackRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FLO-01",
            "FLO",
            "Överlämning utan återkoppling",
            "Handoff without feedback path",
            "Den som anmäler eller remitterar behöver veta att ärendet kommit fram och vad som "
            "händer; utan återkoppling slutar skolan anmäla och remittenten slutar lita på "
            "mottagaren. Återkopplingen måste också ha en ansvarig.",
            "Whoever reports or refers needs to know that the case arrived and what happens next; "
            "without feedback the school stops reporting and the referrer stops trusting the "
            "receiver. The feedback also needs someone responsible for it.",
            "002 \"ett viktigt och första steg mot förbättrad samverkan är att skolorna får en "
            "återkoppling/feedback på sina anmälningar\"; 002 6.2 \"Efter anmälan skickar "
            "Familjeenheten en bekräftelse…\", \"Ansvarig handläggare ansvarar för "
            "återkopplingen\"; 000 \"Efter ett möte är det lika viktigt att lämna återkoppling\"",
            "Lägg till ett flöde tillbaka (bekräftelse eller återkoppling som svarar på "
            "överlämningen) och ange vilken funktion som ansvarar för återkopplingen.",
            "Add a return flow (an acknowledgement or feedback responding to the handoff) and name "
            "the role responsible for the feedback.",
            {sub_rule("FLO-01a", Severity::Error, "Anmälan utan bekräftelse eller återkoppling",
                      "Report of concern without acknowledgement or feedback"),
             sub_rule("FLO-01b", Severity::Warning, "Överlämning utan returflöde",
                      "Handoff without return flow"),
             sub_rule("FLO-01c", Severity::Warning, "Återkoppling utan ansvarig",
                      "Feedback without responsible role")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_set<std::string> directed; // "from\x1fto" of active flows
        for (const auto& f : m.flows)
            if (f.status == ElementStatus::Active) directed.insert(f.from + '\x1f' + f.to);

        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active) continue;
            const std::string n = q(ix, f.id);
            const std::string route_sv = " från " + q(ix, f.from) + " till " + q(ix, f.to);
            const std::string route_en = " from " + q(ix, f.from) + " to " + q(ix, f.to);
            if (f.type == FlowType::Anmalan) {
                bool answered = false;
                for (const Flow* r : ix.responses_to(f.id))
                    answered =
                        answered ||
                        (r->status == ElementStatus::Active &&
                         (r->type == FlowType::Aterkoppling || r->type == FlowType::Bekraftelse));
                if (!answered)
                    out.report("FLO-01a", {f.id},
                               "Anmälan " + n + route_sv +
                                   " har ingen bekräftelse eller återkoppling som svarar på den.",
                               "Report of concern " + n + route_en +
                                   " has no acknowledgement or feedback responding to it.");
            } else if (f.type == FlowType::Remiss || f.type == FlowType::Overlamning ||
                       f.type == FlowType::Utskrivning ||
                       (f.type == FlowType::Konsultation && asynchronous(f.channel))) {
                bool returned = directed.count(f.to + '\x1f' + f.from) > 0;
                for (const Flow* r : ix.responses_to(f.id))
                    returned = returned || r->status == ElementStatus::Active;
                if (!returned)
                    out.report("FLO-01b", {f.id},
                               "Flödet " + n + " (" + std::string(to_word(f.type)) + ")" +
                                   route_sv + " har inget returflöde.",
                               "Flow " + n + " (" + std::string(to_word(f.type)) + ")" + route_en +
                                   " has no return flow.");
            } else if (f.type == FlowType::Aterkoppling && !f.responsible.is_set()) {
                out.report("FLO-01c", {f.id},
                           "Återkopplingen " + n + route_sv + " har ingen ansvarig funktion.",
                           "Feedback " + n + route_en + " has no responsible role.");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_handoff_without_feedback_rule() {
    return std::make_unique<HandoffWithoutFeedbackRule>();
}

} // namespace skm
