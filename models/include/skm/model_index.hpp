#pragma once
// Look-ups over one model, built once per model state (one document generation) so that whoever
// asks (the gap rules, the inspector, the views) stays linear in model size: ids to elements, the
// kind and display name of any id, and reverse references (flows from/to an actor, forums an
// actor sits in, roles of a unit, …).
//
// The index holds pointers into the model it was built from: it is valid while that model lives
// unchanged. Build a new one after every edit (or give a job its own model copy and index).
#include "skm/model.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skm {

class ModelIndex {
  public:
    explicit ModelIndex(const Model& m);
    ModelIndex(Model&&) = delete; // the index points into the model: it must outlive the index
    ModelIndex(const ModelIndex&) = delete;
    ModelIndex& operator=(const ModelIndex&) = delete;

    const Model& model() const { return m_; }

    // Which collection an id lives in (one RefKind bit), 0 when the id is not found: the same as
    // skm::kind_of(model, id), without its scan of the model.
    std::uint32_t kind_of(const Id& id) const;
    // The element is only named on the map (status "nämns"): the forum with the id, otherwise the
    // unit with it. False for other kinds and unknown ids.
    bool name_only(const Id& id) const;
    // Human-readable name of any element by id (name, title, kind word or the id itself): the
    // same as skm::display_name(model, id), without its scan of the model.
    std::string display_name(const Id& id) const;

    // The element of a kind with the id (the last one, should the model repeat an id), or null.
    const Principal* principal(const Id& id) const { return get(id, &Entry::principal); }
    const Unit* unit(const Id& id) const { return get(id, &Entry::unit); }
    const Role* role(const Id& id) const { return get(id, &Entry::role); }
    const Citizen* citizen(const Id& id) const { return get(id, &Entry::citizen); }
    const Level* level(const Id& id) const { return get(id, &Entry::level); }
    const Forum* forum(const Id& id) const { return get(id, &Entry::forum); }
    const Flow* flow(const Id& id) const { return get(id, &Entry::flow); }
    const Document* document(const Id& id) const { return get(id, &Entry::document); }
    const Process* process(const Id& id) const { return get(id, &Entry::process); }
    const Regime* regime() const { return regime_; }

    // The unit an actor stands for: a unit itself, or the unit of a role. Null otherwise.
    const Unit* unit_of(const Id& actor) const;
    // The principal behind an actor (unit, role or principal id); empty when unknown.
    Id principal_of(const Id& actor) const;
    // The same for each end of a flow of the model, worked out once when the index is built.
    const Unit* from_unit(const Flow& f) const;
    const Unit* to_unit(const Flow& f) const;
    const Id& from_principal(const Flow& f) const; // empty when unknown
    const Id& to_principal(const Flow& f) const;
    // name() of a flow of the model, and of its sender and receiver, worked out once.
    const std::string& name_of(const Flow& f) const;
    const std::string& from_name(const Flow& f) const;
    const std::string& to_name(const Flow& f) const;
    const Principal* principal_obj_of(const Id& actor) const {
        return principal(principal_of(actor));
    }
    // The sector of an actor's unit, walking up the unit tree; unknown when none is given.
    Maybe<Sector> sector_of(const Id& actor) const;
    // Unit ancestors, nearest first (not including the unit itself).
    std::vector<Id> ancestors(const Id& unit_id) const;
    // Calls f(id) for each of ancestors(unit_id), nearest first, without building the list.
    template <class F> void for_each_ancestor(const Id& unit_id, F&& f) const {
        std::size_t n = 0;
        const Unit* u = unit(unit_id);
        while (u && u->parent.is_set() && n <= unit_ids_) {
            f(u->parent.value());
            ++n;
            u = unit(u->parent.value());
        }
    }
    const std::vector<Id>& children(const Id& unit_id) const;

    // Flows from / to an actor, in model order.
    std::span<const Flow* const> flows_from(const Id& actor) const;
    std::span<const Flow* const> flows_to(const Id& actor) const;
    const std::vector<const Flow*>& responses_to(const Id& flow) const {
        return list(responses_, flow);
    }
    const std::vector<const Forum*>& forums_on_level(const Id& level) const {
        return flist(on_level_, level);
    }
    // Forums in which the actor is a member (any mode), convener or chair.
    const std::vector<const Forum*>& forums_of_member(const Id& actor) const {
        return flist(member_of_, actor);
    }
    const std::vector<const Forum*>& forums_reporting_to(const Id& forum) const {
        return flist(reporting_, forum);
    }

    // Escalation paths that name `id` as a step target.
    bool is_escalation_target(const Id& id) const { return esc_targets_.count(id) > 0; }

    // --- Added for the structure rules (STR, FOR, ACT, RES, FLO, DOC) ---

    // The name the rules use in messages: a unit's, role's, forum's, principal's, level's,
    // flow's, document's, process's or responsibility's own name (in that order of precedence),
    // otherwise display_name(). The reference stays valid while the model, the index and `id`
    // live (an id nothing has is its own name).
    const std::string& name(const Id& id) const;
    const Responsibility* responsibility(const Id& id) const {
        return get(id, &Entry::responsibility);
    }
    // Roles whose unit is `unit_id`.
    const std::vector<const Role*>& roles_of_unit(const Id& unit_id) const;
    // Documents that list the forum in covers_forums.
    const std::vector<const Document*>& documents_covering_forum(const Id& forum) const;
    // Documents whose parent is `doc`.
    const std::vector<const Document*>& child_documents(const Id& doc) const;
    // Flows whose via_forum is `forum`.
    const std::vector<const Flow*>& flows_via_forum(const Id& forum) const {
        return list(via_forum_, forum);
    }
    // The tier of the forum's level; unknown when the forum has no (known) level.
    Maybe<Tier> forum_tier(const Forum& f) const;
    // Ids named as targets of escalation steps, in model order (with repeats removed).
    const std::vector<Id>& escalation_targets() const { return esc_target_list_; }

    // A forum is active at `at` when its status is aktiv and its end date (if any) is not past.
    static bool forum_active(const Forum& f, const Date& at);
    static bool unit_active(const Unit& u, const Date& at);

  private:
    // Everything the index knows about an id, found with one look-up.
    struct Entry {
        // The first element with the id in the model's visit order (as display_name finds it).
        std::uint32_t kind = 0;
        const std::string* name = nullptr; // its display name: a field, a kind word, or its id
        // name(), for the kinds it ranks (rule_rank in model_index.cpp).
        const std::string* rule_name = nullptr;
        int rule_rank = 0;
        // The last element of each kind with the id.
        const Principal* principal = nullptr;
        const Unit* unit = nullptr;
        const Role* role = nullptr;
        const Citizen* citizen = nullptr;
        const Level* level = nullptr;
        const Forum* forum = nullptr;
        const Flow* flow = nullptr;
        const Document* document = nullptr;
        const Process* process = nullptr;
        const Responsibility* responsibility = nullptr;
        // Its flows in from_flows_ / to_flows_ (when it is an actor).
        std::uint32_t from_first = 0, from_count = 0, to_first = 0, to_count = 0;
    };
    struct EntryCollector;
    struct FlowEnds {
        const Unit *from_unit = nullptr, *to_unit = nullptr;
        const Id *from_principal = nullptr, *to_principal = nullptr;
        const std::string *name = nullptr, *from_name = nullptr, *to_name = nullptr;
    };
    const std::string& name(const Entry* e, const Id& id) const;
    // The ends of a flow of the model; null for a flow from elsewhere (a copy).
    const FlowEnds* ends(const Flow& f) const;
    const Unit* unit_of(const Entry* e) const;
    const Id* principal_of(const Entry* e, const Id& actor) const;

    const Entry* find(const Id& id) const {
        auto it = entries_.find(id);
        return it == entries_.end() ? nullptr : &it->second;
    }
    template <class T> const T* get(const Id& id, const T* Entry::*kind) const {
        const Entry* e = find(id);
        return e ? e->*kind : nullptr;
    }
    static const std::vector<const Flow*>&
    list(const std::unordered_map<Id, std::vector<const Flow*>>& m, const Id& id);
    static const std::vector<const Forum*>&
    flist(const std::unordered_map<Id, std::vector<const Forum*>>& m, const Id& id);

    const Model& m_;
    const Regime* regime_ = nullptr;
    std::unordered_map<Id, Entry> entries_;
    std::size_t unit_ids_ = 0;   // distinct unit ids: bounds walks up a (cyclic) unit tree
    bool any_name_only_ = false; // some forum or unit has status "nämns"
    std::vector<const Flow*> from_flows_, to_flows_; // grouped by actor (Entry::from_first, …)
    // Flows from or to an id nothing in the model has.
    std::unordered_map<Id, std::vector<const Flow*>> from_unknown_, to_unknown_;
    std::unordered_map<Id, std::vector<const Flow*>> responses_;
    std::unordered_map<Id, std::vector<const Forum*>> on_level_, member_of_, reporting_;
    std::unordered_map<Id, std::vector<Id>> children_;
    std::unordered_set<Id> esc_targets_;
    // Added for the structure rules.
    std::unordered_map<Id, std::vector<const Role*>> roles_of_unit_;
    std::unordered_map<Id, std::vector<const Document*>> docs_covering_forum_, child_docs_;
    std::unordered_map<Id, std::vector<const Flow*>> via_forum_;
    std::vector<Id> esc_target_list_;
    std::vector<const Id*> unit_principal_; // by position in model().units
    std::vector<FlowEnds> flow_ends_;       // by position in model().flows
    // Names built from a kind word ("barn"), for elements that have no name or title field.
    std::unordered_map<Id, std::string> word_names_;
};

} // namespace skm
