#include "skm/model_index.hpp"

#include <cstdint>
#include <type_traits>

namespace skm {

namespace {

// The field the rules name an element by, and its precedence when an id is used by elements of
// several kinds: a unit's name beats a role's title, …, beats a responsibility's name. Zero for
// kinds the rules name as display_name() does.
template <class T> constexpr int rule_rank() {
    if constexpr (std::is_same_v<T, Unit>) return 9;
    if constexpr (std::is_same_v<T, Role>) return 8;
    if constexpr (std::is_same_v<T, Forum>) return 7;
    if constexpr (std::is_same_v<T, Principal>) return 6;
    if constexpr (std::is_same_v<T, Level>) return 5;
    if constexpr (std::is_same_v<T, Flow>) return 4;
    if constexpr (std::is_same_v<T, Document>) return 3;
    if constexpr (std::is_same_v<T, Process>) return 2;
    if constexpr (std::is_same_v<T, Responsibility>) return 1;
    return 0;
}
template <class T> const std::string& rule_name_field(const T& x) {
    if constexpr (std::is_same_v<T, Role> || std::is_same_v<T, Document>)
        return x.title;
    else
        return x.name;
}

} // namespace

// Registers every element of every collection. As display_name()'s NameFinder sees them: the
// first element with an id wins, and its name is its name or title, else the word of its kind,
// else the id itself. As the rules name them: by the precedence of rule_rank(), the last element
// of a kind winning (as in the maps by kind).
struct ModelIndex::EntryCollector {
    ModelIndex& ix;
    template <class T> void collection(const char*, const std::vector<T>& items, std::uint32_t k) {
        for (const auto& it : items) {
            auto [slot, fresh] = ix.entries_.try_emplace(it.id);
            Entry& e = slot->second;
            if constexpr (rule_rank<T>() > 0) {
                if (rule_rank<T>() >= e.rule_rank) {
                    e.rule_rank = rule_rank<T>();
                    const std::string& n = rule_name_field(it);
                    e.rule_name = n.empty() ? &it.id : &n;
                }
            }
            if constexpr (std::is_same_v<T, Principal>) e.principal = &it;
            if constexpr (std::is_same_v<T, Unit>) {
                if (!e.unit) ++ix.unit_ids_;
                e.unit = &it;
                ix.any_name_only_ = ix.any_name_only_ || it.status == ElementStatus::NameOnly;
            }
            if constexpr (std::is_same_v<T, Role>) e.role = &it;
            if constexpr (std::is_same_v<T, Citizen>) e.citizen = &it;
            if constexpr (std::is_same_v<T, Level>) e.level = &it;
            if constexpr (std::is_same_v<T, Forum>) {
                e.forum = &it;
                ix.any_name_only_ = ix.any_name_only_ || it.status == ElementStatus::NameOnly;
            }
            if constexpr (std::is_same_v<T, Flow>) e.flow = &it;
            if constexpr (std::is_same_v<T, Document>) e.document = &it;
            if constexpr (std::is_same_v<T, Process>) e.process = &it;
            if constexpr (std::is_same_v<T, Responsibility>) e.responsibility = &it;
            if (!fresh) continue;
            e.kind = k;
            const std::string* name = &it.id;
            if constexpr (requires { it.name; }) {
                if (!it.name.empty()) name = &it.name;
            } else if constexpr (requires { it.title; }) {
                if (!it.title.empty()) name = &it.title;
            } else if constexpr (requires { it.kind; }) {
                const std::string_view w = to_word(it.kind);
                if (!w.empty()) name = &(ix.word_names_[it.id] = std::string(w));
            }
            e.name = name;
        }
    }
    template <class T> void field(const char*, const T&) {}
};

ModelIndex::ModelIndex(const Model& m) : m_(m) {
    entries_.reserve(m.regimes.size() + m.principals.size() + m.units.size() + m.roles.size() +
                     m.citizens.size() + m.levels.size() + m.level_links.size() + m.forums.size() +
                     m.consents.size() + m.flows.size() + m.documents.size() +
                     m.responsibilities.size() + m.processes.size() + m.escalations.size() +
                     m.plans.size() + m.followups.size() + m.changes.size());
    EntryCollector entries{*this};
    m.visit(entries);
    for (const auto& x : m.units)
        if (x.parent.is_set()) children_[x.parent.value()].push_back(x.id);
    for (const auto& x : m.roles)
        if (x.unit.is_set()) roles_of_unit_[x.unit.value()].push_back(&x);
    for (const auto& x : m.documents) {
        for (const auto& f : x.covers_forums)
            docs_covering_forum_[f].push_back(&x);
        if (x.parent.is_set()) child_docs_[x.parent.value()].push_back(&x);
    }
    for (const auto& f : m.flows) {
        if (f.responds_to.is_set()) responses_[f.responds_to.value()].push_back(&f);
        if (f.via_forum.is_set()) via_forum_[f.via_forum.value()].push_back(&f);
    }
    for (const auto& f : m.forums) {
        if (f.level.is_set()) on_level_[f.level.value()].push_back(&f);
        if (f.reports_to.is_set()) reporting_[f.reports_to.value()].push_back(&f);
        std::unordered_set<Id> seen;
        auto add = [&](const Id& a) {
            if (seen.insert(a).second) member_of_[a].push_back(&f);
        };
        for (const auto& mem : f.members)
            add(mem.member);
        if (f.convener.is_set()) add(f.convener.value());
        if (f.chair.is_set()) add(f.chair.value());
    }
    for (const auto& e : m.escalations)
        for (const auto& s : e.steps)
            for (const auto& t : s.targets)
                if (esc_targets_.insert(t).second) esc_target_list_.push_back(t);
    // Each unit's principal: the same walk as effective_principal(), through the index, once.
    unit_principal_.assign(m.units.size(), nullptr);
    for (std::size_t i = 0; i < m.units.size(); ++i) {
        const Unit* u = &m.units[i];
        for (std::size_t guard = 0; u && guard <= unit_ids_; ++guard) {
            if (u->principal.is_set()) {
                unit_principal_[i] = &u->principal.value();
                break;
            }
            if (!u->parent.is_set()) break;
            u = unit(u->parent.value());
        }
    }
    // Each flow's ends, and the flows from and to each actor grouped in two arrays (counted,
    // then placed, both in model order).
    flow_ends_.reserve(m.flows.size());
    std::vector<std::pair<Entry*, Entry*>> ends_of;
    ends_of.reserve(m.flows.size());
    for (const auto& f : m.flows) {
        auto a = entries_.find(f.from);
        auto b = entries_.find(f.to);
        Entry* ea = a == entries_.end() ? nullptr : &a->second;
        Entry* eb = b == entries_.end() ? nullptr : &b->second;
        flow_ends_.push_back({unit_of(ea), unit_of(eb), principal_of(ea, f.from),
                              principal_of(eb, f.to), &name(find(f.id), f.id), &name(ea, f.from),
                              &name(eb, f.to)});
        ends_of.emplace_back(ea, eb);
        if (ea)
            ++ea->from_count;
        else
            from_unknown_[f.from].push_back(&f);
        if (eb)
            ++eb->to_count;
        else
            to_unknown_[f.to].push_back(&f);
    }
    std::uint32_t from_at = 0, to_at = 0;
    for (auto& [id, e] : entries_) {
        e.from_first = from_at;
        from_at += e.from_count;
        e.from_count = 0;
        e.to_first = to_at;
        to_at += e.to_count;
        e.to_count = 0;
    }
    from_flows_.resize(from_at);
    to_flows_.resize(to_at);
    for (std::size_t i = 0; i < m.flows.size(); ++i) {
        auto [ea, eb] = ends_of[i];
        if (ea) from_flows_[ea->from_first + ea->from_count++] = &m.flows[i];
        if (eb) to_flows_[eb->to_first + eb->to_count++] = &m.flows[i];
    }
    if (m.info.regime.is_set())
        for (const auto& r : m.regimes)
            if (r.id == m.info.regime.value()) regime_ = &r;
}

const Unit* ModelIndex::unit_of(const Entry* e) const {
    if (!e) return nullptr;
    if (e->unit) return e->unit;
    if (e->role && e->role->unit.is_set()) return unit(e->role->unit.value());
    return nullptr;
}

const Unit* ModelIndex::unit_of(const Id& actor) const {
    return unit_of(find(actor));
}

const Id* ModelIndex::principal_of(const Entry* e, const Id& actor) const {
    if (!e) return nullptr;
    if (e->principal) return &actor;
    const Unit* u = unit_of(e);
    return u ? unit_principal_[static_cast<std::size_t>(u - m_.units.data())] : nullptr;
}

Id ModelIndex::principal_of(const Id& actor) const {
    const Id* p = principal_of(find(actor), actor);
    return p ? *p : Id();
}

const ModelIndex::FlowEnds* ModelIndex::ends(const Flow& f) const {
    const auto at = reinterpret_cast<std::uintptr_t>(&f);
    const auto first = reinterpret_cast<std::uintptr_t>(m_.flows.data());
    if (at < first || at >= first + flow_ends_.size() * sizeof(Flow)) return nullptr;
    return &flow_ends_[static_cast<std::size_t>(&f - m_.flows.data())];
}

const Unit* ModelIndex::from_unit(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return e ? e->from_unit : unit_of(f.from);
}

const Unit* ModelIndex::to_unit(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return e ? e->to_unit : unit_of(f.to);
}

namespace {
const Id& or_empty(const Id* id) {
    static const Id empty;
    return id ? *id : empty;
}
} // namespace

const Id& ModelIndex::from_principal(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return or_empty(e ? e->from_principal : principal_of(find(f.from), f.from));
}

const Id& ModelIndex::to_principal(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return or_empty(e ? e->to_principal : principal_of(find(f.to), f.to));
}

Maybe<Sector> ModelIndex::sector_of(const Id& actor) const {
    const Unit* u = unit_of(actor);
    for (std::size_t guard = 0; u && guard <= unit_ids_; ++guard) {
        if (u->sector.is_set()) return u->sector;
        if (!u->parent.is_set()) break;
        u = unit(u->parent.value());
    }
    return {};
}

std::vector<Id> ModelIndex::ancestors(const Id& unit_id) const {
    std::vector<Id> out;
    const Unit* u = unit(unit_id);
    while (u && u->parent.is_set() && out.size() <= unit_ids_) {
        out.push_back(u->parent.value());
        u = unit(u->parent.value());
    }
    return out;
}

const std::vector<Id>& ModelIndex::children(const Id& unit_id) const {
    static const std::vector<Id> empty;
    auto it = children_.find(unit_id);
    return it == children_.end() ? empty : it->second;
}

std::span<const Flow* const> ModelIndex::flows_from(const Id& actor) const {
    if (const Entry* e = find(actor)) return {from_flows_.data() + e->from_first, e->from_count};
    return list(from_unknown_, actor);
}

std::span<const Flow* const> ModelIndex::flows_to(const Id& actor) const {
    if (const Entry* e = find(actor)) return {to_flows_.data() + e->to_first, e->to_count};
    return list(to_unknown_, actor);
}

const std::vector<const Flow*>&
ModelIndex::list(const std::unordered_map<Id, std::vector<const Flow*>>& m, const Id& id) {
    static const std::vector<const Flow*> empty;
    auto it = m.find(id);
    return it == m.end() ? empty : it->second;
}

const std::vector<const Forum*>&
ModelIndex::flist(const std::unordered_map<Id, std::vector<const Forum*>>& m, const Id& id) {
    static const std::vector<const Forum*> empty;
    auto it = m.find(id);
    return it == m.end() ? empty : it->second;
}

const std::string& ModelIndex::name(const Entry* e, const Id& id) const {
    if (!e) return id;
    return e->rule_name ? *e->rule_name : *e->name;
}

const std::string& ModelIndex::name(const Id& id) const {
    return name(find(id), id);
}

const std::string& ModelIndex::name_of(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return e ? *e->name : name(f.id);
}

const std::string& ModelIndex::from_name(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return e ? *e->from_name : name(f.from);
}

const std::string& ModelIndex::to_name(const Flow& f) const {
    const FlowEnds* e = ends(f);
    return e ? *e->to_name : name(f.to);
}

bool ModelIndex::name_only(const Id& id) const {
    if (!any_name_only_) return false; // most maps: no look-up per finding
    const Entry* e = find(id);
    if (!e) return false;
    if (e->forum) return e->forum->status == ElementStatus::NameOnly;
    return e->unit && e->unit->status == ElementStatus::NameOnly;
}

std::uint32_t ModelIndex::kind_of(const Id& id) const {
    auto it = entries_.find(id);
    return it == entries_.end() ? 0 : it->second.kind;
}

std::string ModelIndex::display_name(const Id& id) const {
    auto it = entries_.find(id);
    return it == entries_.end() ? id : *it->second.name;
}

const std::vector<const Role*>& ModelIndex::roles_of_unit(const Id& unit_id) const {
    static const std::vector<const Role*> empty;
    auto it = roles_of_unit_.find(unit_id);
    return it == roles_of_unit_.end() ? empty : it->second;
}

const std::vector<const Document*>& ModelIndex::documents_covering_forum(const Id& forum) const {
    static const std::vector<const Document*> empty;
    auto it = docs_covering_forum_.find(forum);
    return it == docs_covering_forum_.end() ? empty : it->second;
}

const std::vector<const Document*>& ModelIndex::child_documents(const Id& doc) const {
    static const std::vector<const Document*> empty;
    auto it = child_docs_.find(doc);
    return it == child_docs_.end() ? empty : it->second;
}

Maybe<Tier> ModelIndex::forum_tier(const Forum& f) const {
    if (!f.level.is_set()) return {};
    const Level* l = level(f.level.value());
    return l ? Maybe<Tier>(l->tier) : Maybe<Tier>();
}

bool ModelIndex::forum_active(const Forum& f, const Date& at) {
    if (f.status != ElementStatus::Active) return false;
    return !(f.end.is_set() && f.end.value() < at);
}

bool ModelIndex::unit_active(const Unit& u, const Date& at) {
    if (u.status != ElementStatus::Active) return false;
    return !(u.end.is_set() && u.end.value() < at);
}

} // namespace skm
