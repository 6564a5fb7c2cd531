#pragma once
// Writes a figure scene as a standalone SVG: a physical size in millimetres, <title> and <desc>,
// one <g> per model element carrying its id, and a font list with fallbacks.
#include "figure_scene.hpp"

#include <string>

namespace skm::exports::figure {

std::string write_svg(const Scene& scene);

} // namespace skm::exports::figure
