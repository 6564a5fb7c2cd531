// PRC-02: a process map is whole: every step has a performer, every path ends, a change of hands
// is a modelled handoff, and the mapping heard every lane.
#include "rule_helpers.hpp"

#include <algorithm>
#include <memory>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "PRC-02",
    .family = "PRC",
    .title_sv = "Processkartan hänger inte ihop",
    .title_en = "Process map integrity",
    .checks_sv =
        "Stegen i varje processkarta. Start- och slutsteg är händelser och behöver ingen utförare.",
    .checks_en =
        "The steps of each process map. Start and end steps are events and need no performer.",
    .rationale_sv =
        "Kartan ska svara på om rätt saker görs av rätt personer och om något blir bortglömt: steg "
        "utan utförare, återvändsgränder och obeskrivna överlämningar är där barnet tappas bort.",
    .rationale_en = "The map must show whether the right things are done by the right people and "
                    "whether anything is forgotten: steps without a performer, dead ends and "
                    "undescribed handovers are where the child gets lost.",
    .source = "000 \"Görs rätt saker? Är det rätt personer som gör dem? … Blir något bortglömt?\"; "
              "000 \"Vid kartläggningen är det bra om representanter från alla beröra verksamheter "
              "kan delta\"; SOSFS 2011:9 4 kap. 2–4 §§",
    .action_sv =
        "Ge varje steg en simbana, låt varje väg sluta i ett slutsteg, modellera överlämningen där "
        "ansvaret byter hand och låt alla simbanor vara med i kartläggningen.",
    .action_en = "Give every step a lane, let every path end in an end step, model the handoff "
                 "where responsibility changes hands, and involve every lane in the mapping.",
    .subs =
        {
            {
                .id = "PRC-02a",
                .default_severity = Severity::Error,
                .title_sv = "Steg utan utförare",
                .title_en = "Step without performer",
                .when_sv = "ett steg (inte start/slut) saknar simbana (utförare); elementet är "
                           "\"PROCESS.STEG\"",
                .when_en = "a step (not start/end) has no lane; element \"PROCESS.STEP\"",
            },
            {
                .id = "PRC-02b",
                .default_severity = Severity::Warning,
                .title_sv = "Återvändsgränd eller inget slut",
                .title_en = "Dead end or no end",
                .when_sv = "ett steg som inte är slutsteg har ingen efterföljare (återvändsgränd), "
                           "eller processen har inget slutsteg",
                .when_en = "a non-end step has no successor, or the process has no end step",
            },
            {
                .id = "PRC-02c",
                .default_severity = Severity::Warning,
                .title_sv = "Byte av simbana utan överlämning",
                .title_en = "Lane change without handoff",
                .when_sv = "en övergång mellan två steg vars simbanor inte överlappar, utan att "
                           "något av stegen har en modellerad överlämning",
                .when_en = "a transition between steps with disjoint lanes where neither step has "
                           "a modelled handoff",
                .find_out_sv = "hur överlämningen mellan stegen går till",
                .find_out_en = "how the handoff between the steps works",
            },
            {
                .id = "PRC-02d",
                .default_severity = Severity::Info,
                .title_sv = "Simbana saknas bland kartläggningens deltagare",
                .title_en = "Lane missing among mapping participants",
                .when_sv = "kartläggningens deltagare är angivna men en simbana (annan än "
                           "familjen) är inte företrädd, varken själv eller genom sin enhet",
                .when_en = "mapping participants are given but a lane (other than the family) is "
                           "represented neither itself nor through its unit",
            },
        },
    .example_sv = "I Västbusprocessen byter kallelsen (V4, initiativtagaren) till mötet (V5, "
                  "mötesledaren m.fl.), men V4 har överlämningen FL-KALLELSE: ingen PRC-02c.",
    .example_en = "In the Västbus process the summons (V4) hands over to the meeting (V5) through "
                  "FL-KALLELSE: no PRC-02c.",
};

bool is_event(const Step& s) {
    return s.type == StepType::Start || s.type == StepType::Slut;
}

bool disjoint(const std::vector<Id>& a, const std::vector<Id>& b) {
    return std::none_of(a.begin(), a.end(),
                        [&](const Id& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

std::string step_label(const Step& s) {
    return s.name.empty() ? s.id : s.name;
}

class ProcessMapIntegrityRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        for (const auto& p : ctx.model.processes) {
            if (!p.steps.empty()) check_steps(ctx, p, out);
            check_mapping(ctx, p, out);
        }
    }

  private:
    static void check_steps(const RuleContext& ctx, const Process& p, FindingSink& out) {
        const std::string n = name(ctx.index, p.id);
        const auto by_id = steps_by_id(p);
        bool has_end = false;
        for (const auto& s : p.steps) {
            has_end = has_end || s.type == StepType::Slut;
            if (!is_event(s) && s.lanes.empty())
                out.report(
                    "PRC-02a", {step_ref(p, s), p.id},
                    "Steget \"" + step_label(s) + "\" i " + n + " har ingen utförare (simbana).",
                    "The step \"" + step_label(s) + "\" of " + n + " has no performer (lane).");
            const bool has_successor = std::any_of(
                s.next.begin(), s.next.end(), [&](const Id& id) { return by_id.count(id) > 0; });
            if (s.type != StepType::Slut && !has_successor)
                out.report("PRC-02b", {step_ref(p, s), p.id},
                           "Steget \"" + step_label(s) + "\" i " + n + " leder ingenstans.",
                           "The step \"" + step_label(s) + "\" of " + n + " leads nowhere.");
            for (const auto& next_id : s.next) {
                auto it = by_id.find(next_id);
                if (it == by_id.end()) continue;
                const Step& t = *it->second;
                if (s.lanes.empty() || t.lanes.empty() || !disjoint(s.lanes, t.lanes)) continue;
                if (s.handoff.is_set() || t.handoff.is_set()) continue;
                out.report("PRC-02c", {step_ref(p, s), step_ref(p, t)},
                           "Från \"" + step_label(s) + "\" till \"" + step_label(t) + "\" i " + n +
                               " byter ansvaret händer utan beskriven överlämning.",
                           "From \"" + step_label(s) + "\" to \"" + step_label(t) + "\" in " + n +
                               " responsibility changes hands without a described handoff.",
                           unknown_if(s.handoff.is_unknown() || t.handoff.is_unknown()));
                break;
            }
        }
        if (!has_end)
            out.report("PRC-02b", {p.id}, n + " har inget slutsteg.", n + " has no end step.");
    }

    // Lanes (other than the family) that neither took part in the mapping themselves nor through
    // their unit or a parent unit.
    static void check_mapping(const RuleContext& ctx, const Process& p, FindingSink& out) {
        if (!p.mapping_participants.is_set()) return;
        const auto& mp = p.mapping_participants.value();
        auto present = [&](const Id& id) {
            return std::find(mp.begin(), mp.end(), id) != mp.end();
        };
        std::vector<Id> missing;
        for (const auto& lane : p.lanes) {
            if (ctx.index.citizen(lane) || present(lane)) continue;
            bool via_unit = false;
            if (const Unit* u = ctx.index.unit_of(lane)) {
                via_unit = present(u->id);
                for (const auto& a : ctx.index.ancestors(u->id))
                    via_unit = via_unit || present(a);
            }
            if (!via_unit) missing.push_back(lane);
        }
        if (missing.empty()) return;
        std::vector<Id> elements{p.id};
        elements.insert(elements.end(), missing.begin(), missing.end());
        out.report("PRC-02d", std::move(elements),
                   "I kartläggningen av " + name(ctx.index, p.id) + " deltog inte " +
                       name_list(ctx.index, missing, "och") + ".",
                   name_list(ctx.index, missing, "and") + " did not take part in mapping " +
                       name(ctx.index, p.id) + ".");
    }
};

} // namespace

std::unique_ptr<Rule> make_process_map_integrity_rule() {
    return std::make_unique<ProcessMapIntegrityRule>();
}

} // namespace skm
