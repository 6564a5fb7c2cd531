#pragma once
// The structure map's own placement (see place_structure.cpp).
#include "scene.hpp"
#include "skm/model.hpp"
#include "skm/view.hpp"

#include <set>

namespace skm::render::detail {

// The structure map with the given principal groups ("group:<principal-id>") collapsed.
Scene build_structure(const Model& m, const ViewSpec& view, const std::set<Id>& collapsed);

} // namespace skm::render::detail
