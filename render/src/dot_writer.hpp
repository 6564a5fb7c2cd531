#pragma once
// ViewGraph → DOT text. Deterministic: same graph, same bytes.
#include "view_graph.hpp"

#include <string>

namespace skm::render::detail {

struct DotExtras {
    std::string heading;     // drawn above the diagram (exports); empty = none
    double fit_width_in = 0; // scale the drawing down to fit this box (inches); 0 = no limit
    double fit_height_in = 0;
    int dpi = 0;               // bitmap resolution; 0 = Graphviz default
    double paper_width_in = 0; // fill exactly this sheet, centred (PDF, PNG); 0 = drawing size
    double paper_height_in = 0;
    double paper_margin_in = 0.47;
};

std::string write_dot(const ViewGraph& g, const DotExtras& extras = {});

} // namespace skm::render::detail
