#pragma once
// A laid-out Geometry written as DOT that Graphviz only draws (layout=nop2: every node, text and
// route pinned where the Geometry has it), for the renderers behind render_diagram (SVG, PDF and
// PNG through Graphviz and cairo) until the exports draw Geometry themselves. Boxes, texts,
// badges and the legend are nodes, drawn in Geometry order; routes are edges with their points.
// Also the DOT export: `neato -n2 -Tsvg` (or the `layout` attribute with dot) redraws the map.
#include "skm/geometry.hpp"

#include <string>

namespace skm::render::detail {

struct DrawOptions {
    std::string heading;     // a title line above the map (fixed 16 pt); empty = none
    double fit_width_in = 0; // scale the drawing down to fit this box (inches); 0 = no limit
    double fit_height_in = 0;
    int dpi = 0;               // bitmap resolution; 0 = Graphviz default
    double paper_width_in = 0; // fill exactly this sheet, centred (PDF, PNG); 0 = drawing size
    double paper_height_in = 0;
    double paper_margin_in = 0.47;
};

std::string drawing_dot(const Geometry& g, const DrawOptions& options);

} // namespace skm::render::detail
