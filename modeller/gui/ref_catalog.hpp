#pragma once
// What a reference may point to: the elements of the kinds a RefKind mask allows, with captions,
// for the inspector's pickers.
#include "skm/model.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace skm::gui {

struct RefChoice {
    Id id;
    std::string caption; // "Ledningsgrupp"; "Ledningsgrupp (F-LGS)" only when two read the same
};

std::vector<RefChoice> ref_choices(const Model& m, std::uint32_t mask);

// ref_choices() worked out once per model generation and mask: on a 100,000-element model a
// flow's sender may be any of 25,000 actors, and the inspector asked for that list every frame.
class RefChoiceCache {
  public:
    const std::vector<RefChoice>& get(const Model& m, std::uint64_t generation, std::uint32_t mask);

  private:
    std::uint64_t generation_ = 0;
    std::unordered_map<std::uint32_t, std::vector<RefChoice>> by_mask_;
};

// Fills every empty required single reference (Id, not Maybe) with the first allowed element, so a
// newly created element can be saved and reopened (the loader rejects dangling references).
template <class T> void fill_required_refs(const Model& m, T& element);

} // namespace skm::gui

#include "element_access.hpp"

namespace skm::gui {

namespace detail {
struct RequiredRefFiller {
    const Model& m;
    template <class U> void field(const char*, U&) {}
    template <class U> void ref(const char*, U& value, std::uint32_t mask) {
        if constexpr (std::is_same_v<U, Id>) {
            if (value.empty()) {
                const auto c = ref_choices(m, mask);
                if (!c.empty()) value = c.front().id;
            }
        }
    }
};
} // namespace detail

template <class T> void fill_required_refs(const Model& m, T& element) {
    detail::RequiredRefFiller f{m};
    element.visit(f);
}

} // namespace skm::gui
