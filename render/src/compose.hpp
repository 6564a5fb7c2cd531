#pragma once
// Joining Graphviz's routes (or, for dot-laid-out views, its positions) to the scene: the
// Geometry the editor draws and the exports print. Routes are cut back to the true outline of
// ellipses and diamonds and get their arrowheads here; edge labels are placed along the routes
// where they cover no node; finding badges and the legend are added last.
#include "layout_lines.hpp"
#include "scene.hpp"
#include "skm/rules.hpp"

namespace skm::render::detail {

// `raw` may be null (nothing to route, or routing failed): edges then run straight.
Geometry compose(const Scene& s, const RawLayout* raw);

// Finding badges (open findings only) and the legend's badge entries; never a recolouring.
void add_badges(Geometry& g, const Scene& s, const CheckResult* findings, Lang lang);

// The legend: the catalogue entries some element refers to, in catalogue order, placed in a
// block under the map; then the overall bounds.
void place_legend(Geometry& g, const Scene& s);

} // namespace skm::render::detail
