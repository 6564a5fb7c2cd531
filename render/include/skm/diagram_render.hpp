#pragma once
// What the exports need from render besides layout: whether the layout worker can be found (so a
// command-line export may fall back to laying out in its own process, and the editor never
// does), and rendering raw DOT through Graphviz for benchmarks that compare against `dot`.
// The exports draw their figures themselves from render::Geometry (exports/src/*_writer.cpp).
#include <string>

namespace skm::render {

bool layout_worker_available();

struct RenderOutput {
    bool ok = false;
    std::string error;
    std::string bytes;
};

// Lays out and renders DOT text in this process ("svg", "pdf", "png"), for tools and
// benchmarks that bring their own DOT. Same crash caveat as layout_view_in_process.
RenderOutput render_dot_in_process(const std::string& dot, const std::string& format);

} // namespace skm::render
