#pragma once
// Rendering one view straight to a file format through Graphviz (SVG by its core renderer, PDF
// and PNG by cairo). Used by the exports. Runs in the layout worker when it can be found, and
// in this process otherwise (a command-line export, where a crash ends only that command).
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <string>

namespace skm::render {

struct RenderSettings {
    std::string format = "svg"; // "svg", "pdf", "png"
    std::string heading;        // a title line above the diagram; empty = none
    double fit_width_in = 0;    // scale down to fit this box (inches); 0 = natural size
    double fit_height_in = 0;
    int dpi = 0;                // PNG resolution; 0 = Graphviz default (96)
    double paper_width_in = 0;  // a whole sheet, the drawing centred and scaled to fit within
    double paper_height_in = 0; // 12 mm margins (PDF, PNG); 0 = the drawing's own size
    double timeout_seconds = 60;
    bool allow_in_process = true; // false: fail when the worker is missing
};

struct RenderOutput {
    bool ok = false;
    std::string error;
    std::string bytes;
};

RenderOutput render_diagram(const Model& m, const ViewSpec& view, const CheckResult* findings,
                            const RenderSettings& settings);

} // namespace skm::render

namespace skm::render {

// Lays out and renders DOT text in this process ("svg", "pdf", "png"), for tools and
// benchmarks that bring their own DOT. Same crash caveat as layout_view_in_process.
RenderOutput render_dot_in_process(const std::string& dot, const std::string& format);

} // namespace skm::render
