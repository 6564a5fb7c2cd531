#pragma once
// The structure map's own placement (see place_structure.cpp).
#include "lookup.hpp"
#include "scene.hpp"
#include "skm/model.hpp"
#include "skm/view.hpp"

#include <set>

namespace skm::render::detail {

// The structure map with the given principal groups ("group:<principal-id>") collapsed.
Scene build_structure(const Model& m, const ViewSpec& view, const std::set<Id>& collapsed);
// The same with the model's look-ups already built (the editor's fit places the map several
// times while it chooses what to collapse; the look-ups are the same each time).
Scene build_structure(const Lookup& look, const ViewSpec& view, const std::set<Id>& collapsed);

} // namespace skm::render::detail
