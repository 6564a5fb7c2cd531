#pragma once
// Generic access to the model's element collections, driven by Model::visit so a new collection
// shows up in the outline, inspector and pickers without editor changes.
#include "skm/model.hpp"

#include <string>
#include <type_traits>
#include <utility>

namespace skm::gui {

namespace detail {
template <class F> struct CollectionVisitor {
    F& f;
    template <class T> void field(const char*, T&) {}
    template <class T>
    void collection(const char* name, std::vector<T>& items, std::uint32_t kind) {
        f(name, items, static_cast<RefKind>(kind));
    }
};
template <class F> struct ConstCollectionVisitor {
    F& f;
    template <class T> void field(const char*, const T&) {}
    template <class T>
    void collection(const char* name, const std::vector<T>& items, std::uint32_t kind) {
        f(name, items, static_cast<RefKind>(kind));
    }
};
} // namespace detail

// Calls f(name, std::vector<T>& items, RefKind kind) for every element collection, in file order.
template <class F> void for_each_collection(Model& m, F&& f) {
    detail::CollectionVisitor<std::remove_reference_t<F>> v{f};
    m.visit(v);
}

// Calls f(name, const std::vector<T>& items, RefKind kind): the read-only walk.
template <class F> void for_each_collection(const Model& m, F&& f) {
    detail::ConstCollectionVisitor<std::remove_reference_t<F>> v{f};
    m.visit(v);
}

// Calls f(T& element) for the element with this id; returns false when there is none.
template <class F> bool with_element(Model& m, const Id& id, F&& f) {
    bool found = false;
    for_each_collection(m, [&](const char*, auto& items, RefKind) {
        if (found) return;
        for (auto& e : items)
            if (e.id == id) {
                found = true;
                f(e);
                return;
            }
    });
    return found;
}

template <class F> bool with_element(const Model& m, const Id& id, F&& f) {
    bool found = false;
    for_each_collection(m, [&](const char*, const auto& items, RefKind) {
        if (found) return;
        for (const auto& e : items)
            if (e.id == id) {
                found = true;
                f(e);
                return;
            }
    });
    return found;
}

// The name or title an element shows in lists, "" when it has none.
template <class T> std::string element_caption(const T& e) {
    if constexpr (requires { e.name; })
        return e.name;
    else if constexpr (requires { e.title; })
        return e.title;
    else if constexpr (requires { e.description; })
        return e.description;
    else
        return {};
}

// An id not yet used in the model, built from a prefix ("F-NY", "F-NY-2", …).
std::string fresh_id(const Model& m, const std::string& prefix);

// Id prefix used for new elements of a collection ("forums" → "F").
std::string id_prefix_for(const std::string& collection);

} // namespace skm::gui
