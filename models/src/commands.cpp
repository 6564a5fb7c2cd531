#include "skm/commands.hpp"
#include "visit_traits.hpp"

#include <algorithm>
#include <functional>
#include <type_traits>

namespace skm {
namespace {

using detail::is_maybe;
using detail::is_vector;

// How the walkers below descend a field list, so they agree on what is a record inside a record:
// a list of records goes to the walker's list(), a set tri-state record or a plain record to its
// nested(); other fields hold no references.
template <class Walker, class T> void descend(Walker& w, const char* name, T& value) {
    using V = std::remove_const_t<T>;
    if constexpr (is_vector<V>::value) {
        if constexpr (std::is_class_v<typename V::value_type> &&
                      !std::is_same_v<typename V::value_type, std::string>)
            w.list(name, value);
    } else if constexpr (is_maybe<V>::value) {
        using Inner = std::remove_cvref_t<decltype(value.value())>;
        if constexpr (requires(Inner & x, Walker & v) { x.visit(v); })
            if (value.is_set()) w.nested(name, value.value());
    } else if constexpr (requires(T & x, Walker & v) { x.visit(v); }) {
        w.nested(name, value);
    }
}

// Walks every reference field of the model, with its path, and lets a callback rewrite it.
// Callback returns false to drop a list entry / clear an optional reference.
struct RefWalker {
    std::function<bool(const std::string& path, Id& id, bool in_list)> fn;
    std::string path;

    template <class T> void collection(const char* name, std::vector<T>& items, std::uint32_t) {
        list(name, items);
    }
    template <class T> void field(const char* name, T& value) { descend(*this, name, value); }
    void ref(const char* name, Id& id, std::uint32_t) {
        if (!fn(at(name), id, false)) id.clear();
    }
    void ref(const char* name, Maybe<Id>& id, std::uint32_t) {
        if (id.is_set() && !fn(at(name), id.value(), false)) id.set_unknown();
    }
    void ref(const char* name, std::vector<Id>& ids, std::uint32_t) {
        std::vector<Id> kept;
        for (auto& id : ids)
            if (fn(at(name), id, true)) kept.push_back(id);
        ids = std::move(kept);
    }
    void ref(const char* name, Maybe<std::vector<Id>>& ids, std::uint32_t m) {
        if (ids.is_set()) ref(name, ids.value(), m);
    }

    std::string at(const char* name) const { return path.empty() ? name : path + "." + name; }
    template <class T> void list(const char* name, std::vector<T>& items) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string label = std::to_string(i);
            if constexpr (requires { items[i].id; })
                if (!items[i].id.empty()) label = items[i].id;
            nested(std::string(name) + "[" + label + "]", items[i]);
        }
    }
    template <class T> void nested(const std::string& name, T& value) {
        const std::string saved = path;
        path = path.empty() ? name : path + "." + name;
        value.visit(*this);
        path = saved;
    }
};

// Renames element ids (the `id` member of collection elements).
struct IdRenamer {
    const Id& from;
    const Id& to;
    bool done = false;
    template <class T> void collection(const char*, std::vector<T>& items, std::uint32_t) {
        for (auto& e : items)
            if (e.id == from) {
                e.id = to;
                done = true;
            }
    }
    template <class T> void field(const char*, T&) {}
};

// Step references are "PROCESS.STEP": a process rename must carry into them.
bool rename_in(Id& ref, const Id& from, const Id& to) {
    if (ref == from) {
        ref = to;
        return true;
    }
    if (ref.size() > from.size() && ref.compare(0, from.size(), from) == 0 &&
        ref[from.size()] == '.') {
        ref = to + ref.substr(from.size());
        return true;
    }
    return false;
}

void rename_everywhere(Model& m, const Id& from, const Id& to) {
    IdRenamer r{from, to};
    m.visit(r);
    RefWalker w{[&](const std::string&, Id& id, bool) {
                    rename_in(id, from, to);
                    return true;
                },
                ""};
    m.visit(w);
    // Step successors are local ids within a process; a step rename is not an element rename.
    // Waivers and action-plan entries name their finding's element as a plain key, not as a
    // checked reference; they follow the rename too, or the steering group's decisions on that
    // element would be orphaned by it.
    for (auto& wv : m.rules.waivers)
        rename_in(wv.element, from, to);
    for (auto& a : m.rules.actions)
        rename_in(a.element, from, to);
}

// A finding key (waiver or action) about `id` or one of its steps ("P-ID.STEP").
bool keyed_to(const Id& element, const Id& id) {
    return element == id || (element.size() > id.size() && element.compare(0, id.size(), id) == 0 &&
                             element[id.size()] == '.');
}

// Does a record have an empty required reference (a plain `Id` ref: optional ones are
// Maybe<Id>, lists may be empty)? Only its own fields count, not those of records inside it.
struct EmptyRequiredRef {
    bool found = false;
    void ref(const char*, const Id& id, std::uint32_t) { found = found || id.empty(); }
    template <class R> void ref(const char*, const R&, std::uint32_t) {}
    template <class T> void field(const char*, const T&) {}
};

template <class T> bool unanchored(const T& record) {
    EmptyRequiredRef e;
    record.visit(e);
    return e.found;
}

// Removes, at every depth, the records with an empty required reference; returns the ids of
// removed elements that carry one (so references to them can be cleared in turn).
struct UnanchoredPruner {
    std::vector<Id> removed;

    template <class T> void collection(const char*, std::vector<T>& items, std::uint32_t) {
        prune(items);
    }
    template <class T> void field(const char* name, T& value) { descend(*this, name, value); }
    template <class R> void ref(const char*, R&, std::uint32_t) {}
    template <class T> void list(const char*, std::vector<T>& items) { prune(items); }
    template <class R> void nested(const char*, R& record) { record.visit(*this); }

    template <class T> void prune(std::vector<T>& items) {
        std::erase_if(items, [&](const T& e) {
            if (!unanchored(e)) return false;
            if constexpr (requires { e.id; })
                if (!e.id.empty()) removed.push_back(e.id);
            return true;
        });
        for (auto& e : items)
            e.visit(*this);
    }
};

// Would a delete pass change this record: does it, or a record inside it, hold a reference that
// `drops` selects, or would UnanchoredPruner remove it or a record inside it? Read-only, so the
// pass copies (for undo) only the elements it is about to change.
struct WouldChange {
    const std::function<bool(const Id&)>& drops;
    bool found = false;
    bool listed = true; // an element or list entry: what UnanchoredPruner may remove

    template <class T> void field(const char* name, const T& value) {
        if (!found) descend(*this, name, value);
    }
    // A required reference: when empty, the pruner removes the record if it is listed.
    void ref(const char*, const Id& id, std::uint32_t) {
        found = found || (listed && id.empty()) || drops(id);
    }
    void ref(const char*, const Maybe<Id>& id, std::uint32_t) {
        found = found || (id.is_set() && drops(id.value()));
    }
    void ref(const char*, const std::vector<Id>& ids, std::uint32_t) {
        for (const auto& id : ids)
            found = found || drops(id);
    }
    void ref(const char* name, const Maybe<std::vector<Id>>& ids, std::uint32_t k) {
        if (ids.is_set()) ref(name, ids.value(), k);
    }
    template <class T> void list(const char*, const std::vector<T>& items) {
        for (const auto& e : items)
            inside(e, true);
    }
    template <class R> void nested(const char*, const R& record) { inside(record, false); }
    template <class R> void inside(const R& record, bool in_list) {
        const bool saved = listed;
        listed = in_list;
        record.visit(*this);
        listed = saved;
    }
};

// Elements taken out of a collection, each with the index it had; in index order.
template <class T> using Removed = std::vector<std::pair<std::size_t, T>>;

// Closes the gaps of the removed entries, moving each run of kept elements once (erasing them
// one by one would move the rest of a 75,000-flow collection once per flow).
template <class T> void close_gaps(std::vector<T>& items, const Removed<T>& removed) {
    auto out = items.begin() + static_cast<long>(removed.front().first);
    for (std::size_t next = 0; next < removed.size(); ++next) {
        const auto from = items.begin() + static_cast<long>(removed[next].first + 1);
        const auto to = next + 1 < removed.size()
                            ? items.begin() + static_cast<long>(removed[next + 1].first)
                            : items.end();
        out = std::move(from, to, out);
    }
    items.erase(out, items.end());
}

// The reverse: puts the removed entries back at their indices, from the back. The kept elements
// after the gap `next` (counting from 0) move right by next + 1.
template <class T> void reopen_gaps(std::vector<T>& items, Removed<T>& removed) {
    const std::size_t kept = items.size();
    items.resize(kept + removed.size());
    auto kept_end = items.begin() + static_cast<long>(kept);
    auto out = items.end();
    for (std::size_t next = removed.size(); next-- > 0;) {
        const auto from = items.begin() + static_cast<long>(removed[next].first - next);
        out = std::move_backward(from, kept_end, out);
        *--out = std::move(removed[next].second);
        kept_end = from;
    }
}

using UndoSteps = std::vector<std::function<void(Model&)>>;

// One pass of a delete over the model. It does what removing the element `deleted` (first pass
// only), then RefWalker clearing the references `drops` selects, then UnanchoredPruner, would do
// over the whole model, element by element (an element's outcome depends only on the element),
// so that it can log, before changing an element, a copy of it in `undo`. The model's header and
// rule settings it changes in place: DeleteElement keeps those whole.
struct DeletePass {
    DeletePass(const Id* deleting, std::function<bool(const Id&)> dropping, UndoSteps& log)
        : deleted(deleting), drops(std::move(dropping)),
          undo(log), walker{[this](const std::string&, Id& ref, bool) { return !this->drops(ref); },
                            ""} {}
    DeletePass(const DeletePass&) = delete; // `walker` refers to this pass's `drops`

    const Id* deleted;
    std::function<bool(const Id&)> drops;
    UndoSteps& undo;
    RefWalker walker;
    UnanchoredPruner pruner; // its `removed`: the ids whose references the next pass drops

    template <class T> void collection(const char*, std::vector<T>& items, std::uint32_t) {
        Removed<T> removed;
        for (std::size_t i = 0; i < items.size(); ++i) {
            T& e = items[i];
            if (deleted && e.id == *deleted) {
                removed.emplace_back(i, std::move(e));
                continue;
            }
            WouldChange check{drops};
            e.visit(check);
            if (!check.found) continue;
            T old = e;
            e.visit(walker);
            if (unanchored(e)) {
                if (!e.id.empty()) pruner.removed.push_back(e.id);
                removed.emplace_back(i, std::move(old));
            } else {
                e.visit(pruner);
                undo.push_back([i, old = std::move(old)](Model& m) mutable {
                    collection_of<T>(m)[i] = std::move(old);
                });
            }
        }
        if (removed.empty()) return;
        close_gaps(items, removed);
        undo.push_back([removed = std::move(removed)](Model& m) mutable {
            reopen_gaps(collection_of<T>(m), removed);
        });
    }
    template <class T> void field(const char* name, T& value) {
        walker.field(name, value);
        pruner.field(name, value);
    }
};

} // namespace

void RenameId::apply(Model& m) {
    if (to_.empty()) throw std::invalid_argument("the new id is empty");
    if (kind_of(m, to_)) throw std::invalid_argument("id \"" + to_ + "\" is already used");
    if (!kind_of(m, from_)) throw std::invalid_argument("no element \"" + from_ + "\"");
    rename_everywhere(m, from_, to_);
}
void RenameId::revert(Model& m) {
    rename_everywhere(m, to_, from_);
}

void DeleteElement::apply(Model& m) {
    if (!kind_of(m, id_)) throw std::invalid_argument("no element \"" + id_ + "\"");
    undo_.clear();
    info_ = m.info;
    rules_ = m.rules;
    // The element's findings go with it, so its waivers and action-plan entries would only
    // waive or track nothing; references_to() lists them before the delete.
    std::erase_if(m.rules.waivers, [&](const Waiver& w) { return keyed_to(w.element, id_); });
    std::erase_if(m.rules.actions,
                  [&](const FindingAction& a) { return keyed_to(a.element, id_); });
    // A record whose required reference (a plain id, never empty in a valid file) was just
    // cleared cannot exist without its target: a flow without an end, a membership without a
    // member. Which records those are follows from the field lists, not from a list kept here.
    const Id prefix = id_ + ".";
    DeletePass first{
        &id_,
        [&](const Id& ref) { return ref == id_ || ref.compare(0, prefix.size(), prefix) == 0; },
        undo_};
    m.visit(first);
    // Elements removed with their target may themselves be referenced (responds_to, a step's
    // handoff): those references go as the deleted element's did, and so on down the cascade.
    std::vector<Id> gone = std::move(first.pruner.removed);
    while (!gone.empty()) {
        std::sort(gone.begin(), gone.end());
        DeletePass again{
            nullptr,
            [&](const Id& ref) { return std::binary_search(gone.begin(), gone.end(), ref); },
            undo_};
        m.visit(again);
        gone = std::move(again.pruner.removed);
    }
}

void DeleteElement::revert(Model& m) {
    for (auto step = undo_.rbegin(); step != undo_.rend(); ++step)
        (*step)(m);
    undo_.clear();
    m.info = info_;
    m.rules = rules_;
}

std::vector<std::string> references_to(const Model& model, const Id& id) {
    std::vector<std::string> out;
    const Id prefix = id + ".";
    Model& m = const_cast<Model&>(model); // the callback never changes an id
    RefWalker w{[&](const std::string& path, Id& ref, bool) {
                    if (ref == id || ref.compare(0, prefix.size(), prefix) == 0)
                        out.push_back(path);
                    return true;
                },
                ""};
    m.visit(w);
    for (const auto& wv : model.rules.waivers)
        if (keyed_to(wv.element, id)) out.push_back("rule_settings.waivers[" + wv.rule + "]");
    for (const auto& a : model.rules.actions)
        if (keyed_to(a.element, id)) out.push_back("rule_settings.actions[" + a.rule + "]");
    return out;
}

void SetFindingAction::apply(Model& m) {
    auto& v = m.rules.actions;
    auto it = std::find_if(v.begin(), v.end(), [&](const FindingAction& a) {
        return a.rule == rule_ && a.element == element_;
    });
    before_.reset();
    index_ = static_cast<long>(v.size());
    if (it != v.end()) {
        before_ = *it;
        index_ = it - v.begin();
        v.erase(it);
    }
    if (after_) {
        FindingAction a = *after_;
        a.rule = rule_;
        a.element = element_;
        v.insert(v.begin() + index_, std::move(a));
    }
}

void SetFindingAction::revert(Model& m) {
    auto& v = m.rules.actions;
    if (after_) v.erase(v.begin() + index_);
    if (before_) v.insert(v.begin() + index_, *before_);
}

void CompositeCommand::apply(Model& m) {
    applied_ = 0;
    try {
        for (auto& p : parts_) {
            p->apply(m);
            ++applied_;
        }
    } catch (...) {
        revert(m);
        throw;
    }
}

void CompositeCommand::revert(Model& m) {
    while (applied_ > 0)
        parts_[--applied_]->revert(m);
}

void History::execute(Model& m, std::unique_ptr<Command> c) {
    c->apply(m); // throws → nothing recorded
    done_.resize(pos_);
    done_.push_back({std::move(c), next_serial_++});
    pos_ = done_.size();
    ++revision_;
}

void History::undo(Model& m) {
    if (!can_undo()) return;
    done_[pos_ - 1].cmd->revert(m);
    --pos_;
    ++revision_;
}

void History::redo(Model& m) {
    if (!can_redo()) return;
    done_[pos_].cmd->apply(m);
    ++pos_;
    ++revision_;
}

void History::clear() {
    done_.clear();
    pos_ = 0;
    ++revision_;
    saved_state_ = 0;
}

} // namespace skm
