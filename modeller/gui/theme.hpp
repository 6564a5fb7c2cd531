#pragma once
// Colour themes: light and dark for editing, high contrast for workshop mode on a projector.
#include "settings.hpp"

#include <cstdint>

namespace skm::gui {

enum class Palette { Light, Dark, HighContrast };

void apply_theme(Palette p, float content_scale);
Palette palette_for(Theme t);

// Colours the map canvas uses around the geometry (background, selection, text on dark).
struct CanvasColors {
    std::uint32_t background, grid, selection, hover;
};
CanvasColors canvas_colors(Palette p);

} // namespace skm::gui
