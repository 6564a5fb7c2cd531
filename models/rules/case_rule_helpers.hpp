#pragma once
// Small look-ups shared by the case-level rule families (ESC, IND, SIP, PRC, FUP, CHG).
#include "model_index.hpp"
#include "skm/regime_presets.hpp"
#include "skm/rules.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skm::case_rules {

// How a finding names a process step: "PROCESS-ID.STEP-ID", the same form references use.
inline Id step_ref(const Process& p, const Step& s) {
    return p.id + "." + s.id;
}

inline std::string name_of(const RuleContext& ctx, const Id& id) {
    return display_name(ctx.model, id);
}

// "A, B och C" / "A, B and C" for messages that list several elements.
inline std::string name_list(const RuleContext& ctx, const std::vector<Id>& ids,
                             const char* and_word) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) out += (i + 1 == ids.size()) ? std::string(" ") + and_word + " " : ", ";
        out += name_of(ctx, ids[i]);
    }
    return out;
}

// The regime the model names; without one, the national SIP law is what applies.
inline const Regime& effective_regime(const ModelIndex& index) {
    return index.regime() ? *index.regime() : national_sip_regime();
}

// The tier an actor works at: a role's own tier, a forum's level, a political body at P.
inline Maybe<Tier> tier_of(const ModelIndex& index, const Id& actor) {
    if (const Role* r = index.role(actor)) return r->tier;
    if (const Forum* f = index.forum(actor)) {
        if (!f->level.is_set()) return {};
        const Level* l = index.level(f->level.value());
        return l ? Maybe<Tier>(l->tier) : Maybe<Tier>();
    }
    if (const Level* l = index.level(actor)) return l->tier;
    if (const Unit* u = index.unit(actor); u && u->kind == UnitKind::PoliticalBody) return Tier::P;
    return {};
}

// A process runs at the individual level when its tier says so, or, without a tier, its level.
inline bool is_individual_level(const ModelIndex& index, const Process& p) {
    if (p.tier.is_set()) return p.tier.value() == Tier::I;
    if (!p.level.is_set()) return false;
    const Level* l = index.level(p.level.value());
    return l && l->tier == Tier::I;
}

// Every actor a process names: its lanes, coordinator, and each step's lanes and participants.
inline std::unordered_set<Id> process_actors(const Process& p) {
    std::unordered_set<Id> out(p.lanes.begin(), p.lanes.end());
    if (p.coordinator.is_set()) out.insert(p.coordinator.value());
    for (const auto& s : p.steps) {
        out.insert(s.lanes.begin(), s.lanes.end());
        out.insert(s.participants.begin(), s.participants.end());
    }
    return out;
}

// Steps of one process by id, so walking `next` stays linear.
inline std::unordered_map<Id, const Step*> steps_by_id(const Process& p) {
    std::unordered_map<Id, const Step*> out;
    for (const auto& s : p.steps)
        out.emplace(s.id, &s);
    return out;
}

// Is `principal` a municipality-side (kommun, kommunalförbund) or region principal?
inline bool is_municipal(const Principal& p) {
    return p.type == PrincipalType::Kommun || p.type == PrincipalType::Kommunalforbund;
}
inline bool is_region(const Principal& p) {
    return p.type == PrincipalType::Region;
}

} // namespace skm::case_rules
