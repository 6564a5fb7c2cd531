#pragma once
// Constant-time look-ups into a model for the view builders, built once per view (linear), so
// building a view stays linear in the model instead of searching vectors for every name.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace skm::render::detail {

class Lookup {
  public:
    Lookup(const Model& m, Lang lang);

    const Model& model() const { return m_; }
    Lang lang() const { return lang_; }

    const Unit* unit(const Id& id) const { return find(units_, id); }
    const Role* role(const Id& id) const { return find(roles_, id); }
    const Forum* forum(const Id& id) const { return find(forums_, id); }
    const Principal* principal(const Id& id) const { return find(principals_, id); }
    const Level* level(const Id& id) const { return find(levels_, id); }
    const Citizen* citizen(const Id& id) const { return find(citizens_, id); }
    const Flow* flow(const Id& id) const { return find(flows_, id); }

    // The name shown for any element: name, title, a citizen party's kind in the view's language,
    // or the id itself when nothing is found.
    std::string name(const Id& id) const;
    // The principal behind a unit (following its parent chain), a role (via its unit) or a
    // principal itself; "" when none. Forums have a list: see principals_of.
    Id principal_of(const Id& actor) const;
    std::vector<Id> principals_of(const Id& actor) const;
    bool inactive(const Id& actor) const; // vilande/upphörd unit or forum, vacant role

  private:
    template <class T>
    static const T* find(const std::unordered_map<Id, const T*>& map, const Id& id) {
        auto it = map.find(id);
        return it == map.end() ? nullptr : it->second;
    }
    const Model& m_;
    Lang lang_;
    std::unordered_map<Id, const Unit*> units_;
    std::unordered_map<Id, const Role*> roles_;
    std::unordered_map<Id, const Forum*> forums_;
    std::unordered_map<Id, const Principal*> principals_;
    std::unordered_map<Id, const Level*> levels_;
    std::unordered_map<Id, const Citizen*> citizens_;
    std::unordered_map<Id, const Flow*> flows_;
    std::unordered_map<Id, std::string> other_names_; // the rest of the model's named elements
    std::unordered_map<Id, Id> unit_principal_;       // memo of the parent-chain walk
};

bool inactive(ElementStatus s);         // vilande / upphörd
std::string capitalized(std::string s); // "vårdnadshavare" → "Vårdnadshavare"

} // namespace skm::render::detail
