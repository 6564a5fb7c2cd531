#pragma once
// The one helper header every rule includes: names for messages, and the definitions the rules
// share ("statutory flow", "collaboration document", "takes part in a process", …), so each is
// written once and two rule families cannot disagree about it.
#include "skm/model_index.hpp"
#include "skm/regime_presets.hpp"
#include "skm/rules.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skm::rules {

// --- Names in messages ---

// An element's display name, e.g. BUP (ModelIndex::name: no scan of the model per call).
inline const std::string& name(const ModelIndex& ix, const Id& id) {
    return ix.name(id);
}

// Appends an element name in quotes: "BUP".
inline void append_q(std::string& out, const ModelIndex& ix, const Id& id) {
    const std::string& n = ix.name(id);
    out.reserve(out.size() + n.size() + 2);
    out += '"';
    out += n;
    out += '"';
}

// --- Building messages ---

// A name to be quoted inside cat(): cat("Flödet ", quoted(ix, id)) gives Flödet "X".
struct Quoted {
    const std::string& text;
};
inline Quoted quoted(const ModelIndex& ix, const Id& id) {
    return {ix.name(id)};
}

// A flow's name and its two ends for a message, looked up only when a finding needs them and
// then once for both languages: `names()` on first use.
class FlowNames {
  public:
    struct Names {
        Quoted n, from, to;
    };
    FlowNames(const ModelIndex& ix, const Flow& f) : ix_(ix), f_(f) {}
    const Names& operator()() {
        if (!names_)
            names_.emplace(Names{{ix_.name_of(f_)}, {ix_.from_name(f_)}, {ix_.to_name(f_)}});
        return *names_;
    }

  private:
    const ModelIndex& ix_;
    const Flow& f_;
    std::optional<Names> names_;
};

inline std::size_t part_size(const std::string& s) {
    return s.size();
}
inline std::size_t part_size(std::string_view s) {
    return s.size();
}
inline std::size_t part_size(const char* s) {
    return std::char_traits<char>::length(s);
}
inline std::size_t part_size(char) {
    return 1;
}
inline std::size_t part_size(const Quoted& q) {
    return q.text.size() + 2;
}
inline void append_part(std::string& out, const Quoted& q) {
    out += '"';
    out += q.text;
    out += '"';
}
template <class P> void append_part(std::string& out, const P& p) {
    out += p;
}

// Joins the parts of a message (strings, literals, characters, quoted names) with a single
// allocation: the rules build thousands of messages per run on a county-sized map.
template <class... P> std::string cat(const P&... parts) {
    std::string out;
    out.reserve((std::size_t{0} + ... + part_size(parts)));
    (append_part(out, parts), ...);
    return out;
}

// An element name in quotes, e.g. "BUP".
inline std::string q(const ModelIndex& ix, const Id& id) {
    std::string out;
    append_q(out, ix, id);
    return out;
}

// Quoted names joined with commas: "A", "B".
inline std::string q_list(const ModelIndex& ix, const std::vector<Id>& ids) {
    std::string out;
    for (const auto& id : ids) {
        if (!out.empty()) out += ", ";
        append_q(out, ix, id);
    }
    return out;
}

// Names as prose: "A, B och C" / "A, B and C".
inline std::string name_list(const ModelIndex& ix, const std::vector<Id>& ids,
                             const char* and_word) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            if (i + 1 == ids.size()) {
                out += ' ';
                out += and_word;
                out += ' ';
            } else {
                out += ", ";
            }
        }
        out += name(ix, ids[i]);
    }
    return out;
}

// How a finding names a process step: "PROCESS-ID.STEP-ID", the same form references use.
inline Id step_ref(const Process& p, const Step& s) {
    return p.id + "." + s.id;
}

// --- Basis ---

// A finding is a question (unknown) when a null the rule needed is what makes it fire: filling
// the null in could make it go away. Otherwise the map describes the gap (gap).
inline Basis unknown_if(bool needed_null) {
    return needed_null ? Basis::Unknown : Basis::Gap;
}

// --- Tiers and dates ---

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

inline bool yes(const Maybe<bool>& b) {
    return b.is_set() && b.value();
}

// --- Actors ---

// Municipal-type and regional-type principals: the public bodies SoL/HSL oblige to agree.
inline bool is_public_principal(PrincipalType t) {
    return t == PrincipalType::Kommun || t == PrincipalType::Region ||
           t == PrincipalType::Kommunalforbund;
}

// Is the principal municipality-side (kommun, kommunalförbund) or a region?
inline bool is_municipal(const Principal& p) {
    return p.type == PrincipalType::Kommun || p.type == PrincipalType::Kommunalforbund;
}
inline bool is_region(const Principal& p) {
    return p.type == PrincipalType::Region;
}

inline bool is_school_sector(Sector s) {
    return s == Sector::Forskola || s == Sector::Skola || s == Sector::Gymnasieskola;
}

// A nämnd is governed by law, not by a forum charter (FOR-01, FOR-02, FOR-04b exempt it).
inline bool is_namnd(const Forum& f) {
    return f.kind == ForumKind::PolitisktOrgan;
}

inline bool is_political_forum(const ModelIndex& ix, const Forum& f) {
    return f.kind == ForumKind::PolitisktOrgan || f.kind == ForumKind::PolitisktSamverkansorgan ||
           tier_is(ix.forum_tier(f), {Tier::P});
}

// The tier an actor stands at, when the model says so: a role's own tier, a forum's level tier,
// a level's tier, and P for a political body.
inline Maybe<Tier> tier_of(const ModelIndex& ix, const Id& id) {
    if (const Role* r = ix.role(id)) return r->tier;
    if (const Forum* f = ix.forum(id)) return ix.forum_tier(*f);
    if (const Level* l = ix.level(id)) return l->tier;
    if (const Unit* u = ix.unit(id); u && u->kind == UnitKind::PoliticalBody) return Tier::P;
    return {};
}

inline bool is_political_body(const ModelIndex& ix, const Id& id) {
    if (const Unit* u = ix.unit(id)) return u->kind == UnitKind::PoliticalBody;
    if (const Forum* f = ix.forum(id)) return is_political_forum(ix, *f);
    if (const Role* r = ix.role(id)) return tier_is(r->tier, {Tier::P});
    return false;
}

// --- Flows and documents ---

// Flows a statute requires regardless of agreements: anmälan (14 kap. 1 § SoL),
// uppgiftslämnande in an investigation, and beslut.
inline bool is_statutory(FlowType t) {
    return t == FlowType::Anmalan || t == FlowType::Uppgiftslamnande || t == FlowType::Beslut;
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
    return tier_is(tier_of(ix, d.adopted_by.value()), any);
}

// --- Processes and plans ---

// A process that works at the individual tier: its own tier or, without one, its level's.
inline bool is_individual_process(const ModelIndex& ix, const Process& p) {
    if (p.tier.is_set()) return p.tier.value() == Tier::I;
    if (!p.level.is_set()) return false;
    const Level* l = ix.level(p.level.value());
    return l && l->tier == Tier::I;
}

inline bool is_coordination_process(const Process& p) {
    return p.coordination || p.case_based;
}

// Who takes part in a process: its lanes, each step's lanes and participants, the coordinator
// and the intervention providers. A role the process only *requires* takes no part until a lane
// or participant fills it (IND-03b reports it as missing), so it does not make its unit present.
// The one definition ACT-01, ACT-02, IND-01 and IND-03 share.
template <class F> void for_each_participant(const Process& p, F&& f) {
    for (const auto& a : p.lanes)
        f(a);
    for (const auto& s : p.steps) {
        for (const auto& a : s.lanes)
            f(a);
        for (const auto& a : s.participants)
            f(a);
    }
    if (p.coordinator.is_set()) f(p.coordinator.value());
    for (const auto& a : p.intervention_providers)
        f(a);
}

inline std::unordered_set<Id> participants(const Process& p) {
    std::unordered_set<Id> out;
    for_each_participant(p, [&](const Id& a) { out.insert(a); });
    return out;
}

// Steps of one process by id, so walking `next` stays linear.
inline std::unordered_map<Id, const Step*> steps_by_id(const Process& p) {
    std::unordered_map<Id, const Step*> out;
    for (const auto& s : p.steps)
        out.emplace(s.id, &s);
    return out;
}

// The regime the model names; without one, the national SIP law is what applies.
inline const Regime& effective_regime(const ModelIndex& index) {
    return index.regime() ? *index.regime() : national_sip_regime();
}

// The plan kinds the SIP law and its regional forms govern (SIP, Västbus-SIP, I-SIP). Other
// kinds (BUS-plan, Norrbus) are regional agreements of another kind.
inline bool is_sip_kind(PlanKind k) {
    return k == PlanKind::Sip || k == PlanKind::VastbusSip || k == PlanKind::ISip;
}

// A SIP both principals take part in (SIP, Västbus-SIP); an I-SIP is internal to one.
inline bool is_joint_sip_kind(PlanKind k) {
    return k == PlanKind::Sip || k == PlanKind::VastbusSip;
}

// SIP-02..SIP-05 check plans of the SIP kinds; a plan of another kind (BUS-plan, Norrbus) only
// where its regime says so: when the model names a regime, that regime governs its plans.
inline bool sip_rules_apply(const ModelIndex& index, const Plan& p) {
    return is_sip_kind(p.kind) || index.regime() != nullptr;
}

} // namespace skm::rules
