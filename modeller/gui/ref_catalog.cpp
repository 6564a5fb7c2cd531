#include "ref_catalog.hpp"

#include "element_access.hpp"

#include <map>

namespace skm::gui {

std::vector<RefChoice> ref_choices(const Model& m, std::uint32_t mask) {
    std::vector<RefChoice> out;
    for_each_collection(m, [&](const char*, const auto& items, RefKind kind) {
        if (!(mask & kind)) return;
        for (const auto& e : items) {
            const std::string cap = element_caption(e);
            out.push_back({e.id, cap.empty() ? e.id : cap});
        }
    });
    if (mask & RefStep)
        for (const auto& p : m.processes)
            for (const auto& s : p.steps)
                out.push_back({p.id + "." + s.id, p.name + ": " + s.name});
    // Names, not ids: an id is added only where two choices would read the same.
    std::map<std::string, int> seen;
    for (const auto& c : out)
        ++seen[c.caption];
    for (auto& c : out)
        if (seen[c.caption] > 1 && c.caption != c.id) c.caption += " (" + c.id + ")";
    return out;
}

const std::vector<RefChoice>& RefChoiceCache::get(const Model& m, std::uint64_t generation,
                                                  std::uint32_t mask) {
    if (generation != generation_) {
        by_mask_.clear();
        generation_ = generation;
    }
    auto it = by_mask_.find(mask);
    if (it == by_mask_.end()) it = by_mask_.emplace(mask, ref_choices(m, mask)).first;
    return it->second;
}

} // namespace skm::gui
