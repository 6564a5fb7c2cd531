#pragma once
// Small predicates and text helpers shared by the structure rules (STR, FOR, ACT, RES, FLO, DOC),
// so that a definition such as "statutory flow" or "collaboration document" is written once.
#include "model_index.hpp"
#include "skm/rules.hpp"

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace skm::rules {

// An element name in quotes for messages, e.g. "BUP".
inline std::string q(const ModelIndex& ix, const Id& id) {
    return "\"" + ix.name(id) + "\"";
}

// Quoted names joined with commas: "A", "B".
inline std::string q_list(const ModelIndex& ix, const std::vector<Id>& ids) {
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty()) out += ", ";
        out += q(ix, id);
    }
    return out;
}

inline bool tier_is(const Maybe<Tier>& t, std::initializer_list<Tier> any) {
    if (!t.is_set()) return false;
    for (Tier x : any)
        if (t.value() == x) return true;
    return false;
}

inline std::string tier_word(Tier t) {
    return std::string(to_word(t));
}

// A date that is set and lies before `at`.
inline bool passed(const Maybe<Date>& d, const Date& at) {
    return d.is_set() && d.value() < at;
}

// Flows a statute requires regardless of agreements: anmälan (14 kap. 1 § SoL),
// uppgiftslämnande in an investigation, and beslut.
inline bool is_statutory(FlowType t) {
    return t == FlowType::Anmalan || t == FlowType::Uppgiftslamnande || t == FlowType::Beslut;
}

inline bool is_school_sector(Sector s) {
    return s == Sector::Forskola || s == Sector::Skola || s == Sector::Gymnasieskola;
}

// Municipal-type and regional-type principals: the public bodies SoL/HSL oblige to agree.
inline bool is_public_principal(PrincipalType t) {
    return t == PrincipalType::Kommun || t == PrincipalType::Region ||
           t == PrincipalType::Kommunalforbund;
}

// A nämnd is governed by law, not by a forum charter (FOR-01, FOR-02, FOR-04b exempt it).
inline bool is_namnd(const Forum& f) {
    return f.kind == ForumKind::PolitisktOrgan;
}

inline bool is_political_forum(const ModelIndex& ix, const Forum& f) {
    return f.kind == ForumKind::PolitisktOrgan || f.kind == ForumKind::PolitisktSamverkansorgan ||
           tier_is(ix.forum_tier(f), {Tier::P});
}

// The tier an actor (role, forum or unit) stands at, when the model says so: a role's own
// tier, a forum's level tier, and P for a political body.
inline Maybe<Tier> actor_tier(const ModelIndex& ix, const Id& id) {
    if (const Role* r = ix.role(id)) return r->tier;
    if (const Forum* f = ix.forum(id)) return ix.forum_tier(*f);
    if (const Unit* u = ix.unit(id); u && u->kind == UnitKind::PoliticalBody) return Tier::P;
    return {};
}

inline bool is_political_body(const ModelIndex& ix, const Id& id) {
    if (const Unit* u = ix.unit(id)) return u->kind == UnitKind::PoliticalBody;
    if (const Forum* f = ix.forum(id)) return is_political_forum(ix, *f);
    if (const Role* r = ix.role(id)) return tier_is(r->tier, {Tier::P});
    return false;
}

// Written = not explicitly oral. An unknown form is not treated as oral: FLO-05b reports
// routines that are described as muntliga, not routines whose form was not recorded.
inline bool is_written(const Document& d) {
    return !(d.form.is_set() && d.form.value() == DocForm::Muntlig);
}

inline bool is_adopted(const Document& d) {
    return d.status == DocStatus::Antagen;
}

// A document is about collaboration when its scope says so. When no scope is recorded, an
// agreement type or two or more parties make it one: a document several principals signed is a
// collaboration document whatever its title.
inline bool has_collaboration_scope(const Document& d) {
    for (DocScope s : d.scope)
        if (s == DocScope::Samverkan) return true;
    if (!d.scope.empty()) return false;
    return d.type == DocType::Overenskommelse || d.type == DocType::Samverkansavtal ||
           d.parties.size() >= 2;
}

inline bool document_tier_is(const ModelIndex& ix, const Document& d,
                             std::initializer_list<Tier> any) {
    if (tier_is(d.tier, any)) return true;
    if (d.tier.is_set() || !d.adopted_by.is_set()) return false;
    return tier_is(actor_tier(ix, d.adopted_by.value()), any);
}

// A process that works with individual cases at the individual tier (the process's own tier
// or its level's tier).
inline bool is_individual_process(const ModelIndex& ix, const Process& p) {
    if (tier_is(p.tier, {Tier::I})) return true;
    if (p.tier.is_set() || !p.level.is_set()) return false;
    const Level* l = ix.level(p.level.value());
    return l && l->tier == Tier::I;
}

inline bool is_coordination_process(const Process& p) {
    return p.coordination || p.case_based;
}

// Every actor a process names as taking part: lanes, step lanes and participants, the
// coordinator, required roles and intervention providers.
template <class F> void for_each_process_actor(const Process& p, F&& f) {
    for (const auto& a : p.lanes)
        f(a);
    for (const auto& s : p.steps) {
        for (const auto& a : s.lanes)
            f(a);
        for (const auto& a : s.participants)
            f(a);
    }
    if (p.coordinator.is_set()) f(p.coordinator.value());
    for (const auto& a : p.required_roles)
        f(a);
    for (const auto& a : p.intervention_providers)
        f(a);
}

inline SubRuleInfo sub_rule(std::string id, Severity s, std::string sv, std::string en) {
    return SubRuleInfo{std::move(id), s, std::move(sv), std::move(en)};
}

} // namespace skm::rules
