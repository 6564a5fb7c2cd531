#pragma once
// Running Graphviz on DOT text inside this process. Only the layout worker executable and the
// exports (where a crash ends one command, never an editing session) call these directly.
#include <string>

namespace skm::render::detail {

struct GvOutcome {
    bool ok = false;
    std::string error;
    std::string data; // layout lines (see layout_lines.hpp) or the rendered file
};

// Lays out with dot and returns the positions as layout lines.
GvOutcome gv_layout_lines(const std::string& dot);

// Lays out and renders: format is "svg", "pdf" or "png".
GvOutcome gv_render(const std::string& dot, const std::string& format);

} // namespace skm::render::detail
