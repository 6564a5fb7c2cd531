#pragma once
// Edit commands: the only way anything changes a model. Each stores ids and old/new values, so
// undo/redo, autosave and the dirty marker all follow from one mechanism (the History).
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace skm {

class Command {
  public:
    virtual ~Command() = default;
    virtual std::string name(Lang lang) const = 0;
    virtual void apply(Model& m) = 0;
    virtual void revert(Model& m) = 0;
};

// Which vector of the model holds elements of type T.
template <class T> std::vector<T>& collection_of(Model& m);
template <> inline std::vector<Regime>& collection_of<Regime>(Model& m) {
    return m.regimes;
}
template <> inline std::vector<Principal>& collection_of<Principal>(Model& m) {
    return m.principals;
}
template <> inline std::vector<Unit>& collection_of<Unit>(Model& m) {
    return m.units;
}
template <> inline std::vector<Role>& collection_of<Role>(Model& m) {
    return m.roles;
}
template <> inline std::vector<Citizen>& collection_of<Citizen>(Model& m) {
    return m.citizens;
}
template <> inline std::vector<Level>& collection_of<Level>(Model& m) {
    return m.levels;
}
template <> inline std::vector<LevelLink>& collection_of<LevelLink>(Model& m) {
    return m.level_links;
}
template <> inline std::vector<Forum>& collection_of<Forum>(Model& m) {
    return m.forums;
}
template <> inline std::vector<Consent>& collection_of<Consent>(Model& m) {
    return m.consents;
}
template <> inline std::vector<Flow>& collection_of<Flow>(Model& m) {
    return m.flows;
}
template <> inline std::vector<Document>& collection_of<Document>(Model& m) {
    return m.documents;
}
template <> inline std::vector<Responsibility>& collection_of<Responsibility>(Model& m) {
    return m.responsibilities;
}
template <> inline std::vector<Process>& collection_of<Process>(Model& m) {
    return m.processes;
}
template <> inline std::vector<Escalation>& collection_of<Escalation>(Model& m) {
    return m.escalations;
}
template <> inline std::vector<Plan>& collection_of<Plan>(Model& m) {
    return m.plans;
}
template <> inline std::vector<FollowUp>& collection_of<FollowUp>(Model& m) {
    return m.followups;
}
template <> inline std::vector<Change>& collection_of<Change>(Model& m) {
    return m.changes;
}
// The same collection, read-only. The specialisations above only name a member, so this one
// place may take the constness away: nothing is written through it.
template <class T> const std::vector<T>& collection_of(const Model& m) {
    return collection_of<T>(const_cast<Model&>(m));
}

// Add an element (at the end, or at `index`).
template <class T> class AddElement : public Command {
  public:
    explicit AddElement(T element, long index = -1) : el_(std::move(element)), index_(index) {}
    std::string name(Lang l) const override {
        return (l == Lang::Sv ? "Lägg till " : "Add ") + el_.id;
    }
    void apply(Model& m) override {
        auto& v = collection_of<T>(m);
        if (find_by_id(v, el_.id))
            throw std::invalid_argument("id \"" + el_.id + "\" is already used");
        if (index_ < 0 || static_cast<std::size_t>(index_) > v.size())
            index_ = static_cast<long>(v.size());
        v.insert(v.begin() + index_, el_);
    }
    void revert(Model& m) override {
        auto& v = collection_of<T>(m);
        v.erase(v.begin() + index_);
    }

  private:
    T el_;
    long index_;
};

// Remove one element by id, remembering where it stood. References to it are not touched: use
// DeleteElement (below) from the editor, which also clears them.
template <class T> class RemoveElement : public Command {
  public:
    explicit RemoveElement(Id id) : id_(std::move(id)) {}
    std::string name(Lang l) const override {
        return (l == Lang::Sv ? "Ta bort " : "Remove ") + id_;
    }
    void apply(Model& m) override {
        auto& v = collection_of<T>(m);
        auto it = std::find_if(v.begin(), v.end(), [&](const T& e) { return e.id == id_; });
        if (it == v.end()) throw std::invalid_argument("no element \"" + id_ + "\"");
        index_ = it - v.begin();
        old_ = *it;
        v.erase(it);
    }
    void revert(Model& m) override {
        auto& v = collection_of<T>(m);
        v.insert(v.begin() + index_, old_);
    }

  private:
    Id id_;
    long index_ = 0;
    T old_{};
};

// Replace an element's attributes (the inspector's edit): stores old and new value.
// The id must stay the same; renaming goes through RenameId so references follow.
template <class T> class ReplaceElement : public Command {
  public:
    ReplaceElement(T before, T after, std::string what = {})
        : before_(std::move(before)), after_(std::move(after)), what_(std::move(what)) {
        if (before_.id != after_.id)
            throw std::invalid_argument("ReplaceElement cannot change an id");
    }
    std::string name(Lang l) const override {
        return (l == Lang::Sv ? "Ändra " : "Edit ") + after_.id +
               (what_.empty() ? "" : ": " + what_);
    }
    void apply(Model& m) override { put(m, after_); }
    void revert(Model& m) override { put(m, before_); }

  private:
    void put(Model& m, const T& value) {
        T* e = find_by_id(collection_of<T>(m), value.id);
        if (!e) throw std::invalid_argument("no element \"" + value.id + "\"");
        *e = value;
    }
    T before_, after_;
    std::string what_;
};

// Edit the model's own header (name, snapshot date, regime, …).
class SetModelInfo : public Command {
  public:
    SetModelInfo(ModelInfo before, ModelInfo after)
        : before_(std::move(before)), after_(std::move(after)) {}
    std::string name(Lang l) const override {
        return l == Lang::Sv ? "Ändra modelluppgifter" : "Edit model details";
    }
    void apply(Model& m) override { m.info = after_; }
    void revert(Model& m) override { m.info = before_; }

  private:
    ModelInfo before_, after_;
};

// Edit severity overrides and waivers.
class SetRuleSettings : public Command {
  public:
    SetRuleSettings(RuleSettings before, RuleSettings after, std::string sv, std::string en)
        : before_(std::move(before)), after_(std::move(after)), sv_(std::move(sv)),
          en_(std::move(en)) {}
    std::string name(Lang l) const override { return l == Lang::Sv ? sv_ : en_; }
    void apply(Model& m) override { m.rules = after_; }
    void revert(Model& m) override { m.rules = before_; }

  private:
    RuleSettings before_, after_;
    std::string sv_, en_;
};

// Set, replace or (with no entry) remove the action-plan entry of one finding, by its stable key
// (sub-rule id + element). One undo step; the entry keeps its place in the file.
class SetFindingAction : public Command {
  public:
    SetFindingAction(std::string rule, Id element, std::optional<FindingAction> after)
        : rule_(std::move(rule)), element_(std::move(element)), after_(std::move(after)) {}
    std::string name(Lang l) const override {
        if (!after_)
            return (l == Lang::Sv ? "Ta bort åtgärd för " : "Remove action for ") + rule_ + " " +
                   element_;
        return (l == Lang::Sv ? "Åtgärd för " : "Action for ") + rule_ + " " + element_;
    }
    void apply(Model& m) override;
    void revert(Model& m) override;

  private:
    std::string rule_;
    Id element_;
    std::optional<FindingAction> after_, before_;
    long index_ = 0;
};

// Rename an id everywhere it is used: the element itself and every reference to it.
class RenameId : public Command {
  public:
    RenameId(Id from, Id to) : from_(std::move(from)), to_(std::move(to)) {}
    std::string name(Lang l) const override {
        return (l == Lang::Sv ? "Byt id " : "Rename id ") + from_ + " → " + to_;
    }
    void apply(Model& m) override;
    void revert(Model& m) override;

  private:
    Id from_, to_;
};

// Delete an element and clear every reference to it (optional references become unknown, list
// entries are dropped), so no dangling id is ever left. Undo restores the whole prior state from
// copies of only the elements the delete changed or removed: a copy of a county-scale model
// would cost tens of ms in the editor's frame, and the history would keep one per delete.
class DeleteElement : public Command {
  public:
    explicit DeleteElement(Id id) : id_(std::move(id)) {}
    std::string name(Lang l) const override {
        return (l == Lang::Sv ? "Radera " : "Delete ") + id_;
    }
    void apply(Model& m) override;
    void revert(Model& m) override;

  private:
    Id id_;
    // Each puts back one change, in the order apply made them; revert runs them backwards.
    std::vector<std::function<void(Model&)>> undo_;
    // Small, and changed by most deletes (waivers, actions, their owners): kept whole.
    ModelInfo info_;
    RuleSettings rules_;
};

// Where an id is referenced from: "forums[F-LGS].convener" etc. The editor shows this list
// before a delete.
std::vector<std::string> references_to(const Model& m, const Id& id);

// Several commands as one undo step.
class CompositeCommand : public Command {
  public:
    CompositeCommand(std::string sv, std::string en) : sv_(std::move(sv)), en_(std::move(en)) {}
    void add(std::unique_ptr<Command> c) { parts_.push_back(std::move(c)); }
    bool empty() const { return parts_.empty(); }
    std::string name(Lang l) const override { return l == Lang::Sv ? sv_ : en_; }
    void apply(Model& m) override;
    void revert(Model& m) override;

  private:
    std::string sv_, en_;
    std::vector<std::unique_ptr<Command>> parts_;
    std::size_t applied_ = 0;
};

// Undo/redo history. `revision()` changes with every apply/undo/redo, so views can tell that
// the model changed; `dirty()` compares against the revision last saved.
class History {
  public:
    // Applies the command; if it throws, the model is unchanged and nothing is recorded.
    void execute(Model& m, std::unique_ptr<Command> c);
    bool can_undo() const { return pos_ > 0; }
    bool can_redo() const { return pos_ < done_.size(); }
    void undo(Model& m);
    void redo(Model& m);
    std::string undo_name(Lang l) const { return can_undo() ? done_[pos_ - 1].cmd->name(l) : ""; }
    std::string redo_name(Lang l) const { return can_redo() ? done_[pos_].cmd->name(l) : ""; }
    std::size_t revision() const { return revision_; }
    void mark_saved() { saved_state_ = state_id(); }
    bool dirty() const { return saved_state_ != state_id(); }
    void clear();
    std::size_t size() const { return done_.size(); }

  private:
    struct Entry {
        std::unique_ptr<Command> cmd;
        std::size_t serial; // identifies the state after this command
    };
    std::size_t state_id() const { return pos_ == 0 ? 0 : done_[pos_ - 1].serial; }
    std::vector<Entry> done_;
    std::size_t pos_ = 0;
    std::size_t revision_ = 0;
    std::size_t next_serial_ = 1;
    std::size_t saved_state_ = 0;
};

} // namespace skm
