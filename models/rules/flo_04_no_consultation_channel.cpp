// FLO-04: services that only meet through formal reports and referrals have no way to ask each
// other "is this worth a report?"; a consultation flow or a joint forum that takes consultations
// is the cheap channel that prevents unnecessary reports and late ones.
#include "rule_helpers.hpp"

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace skm {
namespace {

using namespace rules;

// Two units in either order (the index gives one object per unit id).
using UnitPair = std::pair<const Unit*, const Unit*>;
UnitPair pair_key(const Unit* a, const Unit* b) {
    return std::less<const Unit*>()(a, b) ? UnitPair{a, b} : UnitPair{b, a};
}
struct UnitPairHash {
    std::size_t operator()(const UnitPair& p) const {
        const std::size_t h = std::hash<const Unit*>()(p.first);
        return h ^
               (std::hash<const Unit*>()(p.second) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2));
    }
};

bool formal_handoff(FlowType t) {
    return t == FlowType::Anmalan || t == FlowType::Overlamning || t == FlowType::Remiss ||
           t == FlowType::Utskrivning;
}

const RuleInfo kInfo{
    .id = "FLO-04",
    .family = "FLO",
    .title_sv = "Ingen kanal för konsultation",
    .title_en = "No consultation channel",
    .checks_sv =
        "Två enheter (funktioner räknas till sin enhet) som utbyter aktiva flöden av typ anmälan, "
        "överlämning, remiss eller utskrivning, men inte har något aktivt konsultationsflöde "
        "mellan sig (i någon riktning) och inget gemensamt aktivt forum som täcker *konsultation* "
        "(enheten deltar själv, via sina funktioner eller via en överordnad enhet). Ett fynd per "
        "enhetspar; första elementet är avsändaren i det första flödet.",
    .checks_en = "Two units (roles count as their unit) exchanging active report, handover, "
                 "referral or discharge flows, with no active consultation flow between them "
                 "(either direction) and no shared active forum covering *consultation* (the unit "
                 "takes part itself, through its roles or through a parent unit). One finding per "
                 "pair; the first element is the sender of the first such flow.",
    .rationale_sv =
        "Verksamheter som bara möts genom anmälningar och remisser har inget sätt att fråga "
        "varandra i förväg. Snabba, gärna avidentifierade, konsultationer eller ett gemensamt "
        "forum för konsultation gör att man samverkar kring barnet i stället för att bara anmäla.",
    .rationale_en =
        "Services that only meet through reports and referrals have no way to ask each other "
        "beforehand. Quick, possibly anonymised, consultations or a joint forum for consultation "
        "let them collaborate around the child instead of only reporting.",
    .source =
        "001 \"Man saknar snabba konsultationer\"; 001 (Degerfors) BUP \"skickar en anmälan om att "
        "ett barn far illa istället för att samverka kring barnet\"; 002 \"Det gemensamma "
        "samarbetsorganet … kan även utnyttjas för konsultation vid oro för barn\"",
    .action_sv = "Inför ett konsultationsflöde mellan verksamheterna (gärna avidentifierat) eller "
                 "låt ett forum där båda ingår ta emot konsultationer.",
    .action_en = "Introduce a consultation flow between the services (possibly anonymised) or let "
                 "a forum in which both take part receive consultations.",
    .subs =
        {
            {
                .id = "FLO-04",
                .default_severity = Severity::Warning,
                .title_sv = "Överlämningar utan konsultationskanal",
                .title_en = "Handoffs without a consultation channel",
                .when_sv = "paret saknar konsultationskanal",
                .when_en = "the pair has no consultation channel",
            },
        },
    .example_sv = "VB-M10: BUP skriver ut till IFO, men BUP och IFO har ingen konsultationskanal → "
                  "FLO-04 på BUP (med IFO som andra element).",
    .example_en = "VB-M10: BUP discharges to IFO, but they have no consultation channel → FLO-04 "
                  "on BUP (IFO as second element).",
};

class NoConsultationChannelRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        struct Exchange {
            const Unit *a, *b;     // a = sender of the first formal handoff
            std::size_t flows = 0; // how many; which: in `handoffs`
            std::size_t first = 0; // where its flows start in `grouped`
        };
        std::vector<Exchange> exchanges;
        std::vector<std::pair<std::size_t, const Flow*>> handoffs; // (exchange, flow), model order
        std::unordered_map<UnitPair, std::size_t, UnitPairHash> by_pair;
        std::unordered_set<UnitPair, UnitPairHash> consulted;
        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active) continue;
            const Unit* a = ix.from_unit(f);
            const Unit* b = ix.to_unit(f);
            if (!a || !b || a == b) continue;
            const UnitPair key = pair_key(a, b);
            if (f.type == FlowType::Konsultation) consulted.insert(key);
            if (!formal_handoff(f.type)) continue;
            auto [it, fresh] = by_pair.try_emplace(key, exchanges.size());
            if (fresh) exchanges.push_back({a, b});
            ++exchanges[it->second].flows;
            handoffs.emplace_back(it->second, &f);
        }
        // Each exchange's flows together, in model order (a counting sort by exchange).
        std::size_t at = 0;
        for (auto& x : exchanges) {
            x.first = at;
            at += x.flows;
        }
        std::vector<const Flow*> grouped(handoffs.size());
        {
            std::vector<std::size_t> next(exchanges.size());
            for (std::size_t i = 0; i < exchanges.size(); ++i)
                next[i] = exchanges[i].first;
            for (const auto& [x, f] : handoffs)
                grouped[next[x]++] = f;
        }
        // Each unit's consultation forums, worked out once however many pairs it is in (and not
        // at all when no active forum takes consultations).
        bool any_consultation_forum = false;
        for (const auto& f : m.forums)
            if (ModelIndex::forum_active(f, ctx.at))
                for (ForumCovers c : f.covers)
                    any_consultation_forum =
                        any_consultation_forum || c == ForumCovers::Konsultation;
        std::unordered_map<const Unit*, std::unordered_set<Id>> forums_of;
        auto forums = [&](const Unit* u) -> const std::unordered_set<Id>& {
            auto [it, fresh] = forums_of.try_emplace(u);
            if (fresh) it->second = consultation_forums(ix, u->id, ctx.at);
            return it->second;
        };
        for (const auto& x : exchanges) {
            if (consulted.count(pair_key(x.a, x.b))) continue;
            bool shared = false;
            if (any_consultation_forum) {
                const auto& fa = forums(x.a);
                for (const auto& id : forums(x.b))
                    shared = shared || fa.count(id) > 0;
            }
            if (shared) continue;
            std::vector<Id> elements;
            elements.reserve(2 + x.flows);
            elements.push_back(x.a->id);
            elements.push_back(x.b->id);
            for (std::size_t i = 0; i < x.flows; ++i)
                elements.push_back(grouped[x.first + i]->id);
            const Quoted a = quoted(ix, x.a->id), b = quoted(ix, x.b->id);
            out.report("FLO-04", std::move(elements),
                       cat(a, " och ", b,
                           " utbyter anmälningar, remisser eller överlämningar men har varken "
                           "konsultationsflöde eller gemensamt forum för konsultation."),
                       cat(a, " and ", b,
                           " exchange reports, referrals or handoffs but have neither a "
                           "consultation flow nor a joint forum for consultation."));
        }
    }

  private:
    // Active forums covering consultation in which the unit takes part: itself, through its
    // roles, or through a parent unit that represents it.
    static std::unordered_set<Id> consultation_forums(const ModelIndex& ix, const Id& unit,
                                                      const Date& at) {
        std::unordered_set<Id> out;
        auto add = [&](const Id& actor) {
            for (const Forum* f : ix.forums_of_member(actor)) {
                if (!ModelIndex::forum_active(*f, at)) continue;
                for (ForumCovers c : f->covers)
                    if (c == ForumCovers::Konsultation) out.insert(f->id);
            }
        };
        std::vector<Id> units{unit};
        for (const auto& a : ix.ancestors(unit))
            units.push_back(a);
        for (const auto& u : units) {
            add(u);
            for (const Role* r : ix.roles_of_unit(u))
                add(r->id);
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Rule> make_no_consultation_channel_rule() {
    return std::make_unique<NoConsultationChannelRule>();
}

} // namespace skm
