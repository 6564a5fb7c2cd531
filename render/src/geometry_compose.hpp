#pragma once
// Joining a layout back to the view it was made from.
#include "layout_lines.hpp"
#include "view_graph.hpp"

namespace skm::render::detail {

Geometry compose_geometry(const ViewGraph& g, const RawLayout& raw);

} // namespace skm::render::detail
