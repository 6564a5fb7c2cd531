#include "lookup.hpp"

#include "diagram_words.hpp"

namespace skm::render::detail {
namespace {

template <class T> void index(std::unordered_map<Id, const T*>& map, const std::vector<T>& items) {
    map.reserve(items.size());
    for (const auto& it : items)
        map.emplace(it.id, &it); // the first of duplicate ids wins, as find_by_id does
}

} // namespace

std::string capitalized(std::string s) {
    if (s.empty()) return s;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c >= 'a' && c <= 'z') {
        s[0] = static_cast<char>(c - 0x20);
    } else if (c == 0xC3 && s.size() > 1) {
        // Latin-1 letters à…þ (U+00E0…U+00FE, except ÷) are C3 A0…C3 BE; upper case is 0x20 less.
        const auto d = static_cast<unsigned char>(s[1]);
        if (d >= 0xA0 && d <= 0xBE && d != 0xB7) s[1] = static_cast<char>(d - 0x20);
    }
    return s;
}

bool inactive(ElementStatus s) {
    return s == ElementStatus::Dormant || s == ElementStatus::Ended;
}

Lookup::Lookup(const Model& m, Lang lang) : m_(m), lang_(lang) {
    index(units_, m.units);
    index(roles_, m.roles);
    index(forums_, m.forums);
    index(principals_, m.principals);
    index(levels_, m.levels);
    index(citizens_, m.citizens);
    index(flows_, m.flows);
    auto named = [&](const auto& items) {
        for (const auto& it : items)
            other_names_.emplace(it.id, it.name);
    };
    named(m.processes);
    named(m.escalations);
    named(m.plans);
    named(m.regimes);
    named(m.followups);
    named(m.responsibilities);
    for (const auto& d : m.documents)
        other_names_.emplace(d.id, d.title);
    // Effective principals, each chain walked once: a unit's principal or its parent's.
    unit_principal_.reserve(m.units.size());
    for (const auto& u : m.units) {
        if (unit_principal_.count(u.id)) continue;
        std::vector<const Unit*> chain;
        const Unit* cur = &u;
        Id found;
        while (cur && chain.size() <= m.units.size()) {
            if (auto it = unit_principal_.find(cur->id); it != unit_principal_.end()) {
                found = it->second;
                break;
            }
            chain.push_back(cur);
            if (cur->principal.is_set()) {
                found = cur->principal.value();
                break;
            }
            cur = cur->parent.is_set() ? unit(cur->parent.value()) : nullptr;
        }
        for (const Unit* c : chain)
            unit_principal_.emplace(c->id, found);
    }
}

std::string Lookup::name(const Id& id) const {
    if (const auto* u = unit(id)) return u->name;
    if (const auto* r = role(id)) return r->title;
    if (const auto* f = forum(id)) return f->name;
    if (const auto* p = principal(id)) return p->name;
    if (const auto* l = level(id)) return l->name;
    if (const auto* c = citizen(id)) return capitalized(word(c->kind, lang_));
    if (const auto* f = flow(id)) return f->name.empty() ? word(f->type, lang_) : f->name;
    if (auto it = other_names_.find(id); it != other_names_.end()) return it->second;
    return id;
}

Id Lookup::principal_of(const Id& actor) const {
    if (principal(actor)) return actor;
    if (auto it = unit_principal_.find(actor); it != unit_principal_.end()) return it->second;
    if (const auto* r = role(actor); r && r->unit.is_set()) return principal_of(r->unit.value());
    return {};
}

std::vector<Id> Lookup::principals_of(const Id& actor) const {
    if (const auto* f = forum(actor)) return f->principals;
    Id p = principal_of(actor);
    return p.empty() ? std::vector<Id>{} : std::vector<Id>{p};
}

bool Lookup::inactive(const Id& actor) const {
    if (const auto* u = unit(actor)) return detail::inactive(u->status);
    if (const auto* f = forum(actor)) return detail::inactive(f->status);
    if (const auto* r = role(actor)) return r->vacant;
    return false;
}

} // namespace skm::render::detail
