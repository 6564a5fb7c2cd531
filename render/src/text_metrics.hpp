#pragma once
// How wide a line of text is when set in DejaVu Sans, the font the editor and every export draw
// with. Read from the font file itself through FreeType, so a box laid out here fits the text
// the editor (ImGui) and the writers (cairo/pango) draw at the same size. Kerning is ignored on
// purpose: ImGui does not kern, and unkerned widths are never narrower than kerned ones.
#include <string_view>

namespace skm::render::detail {

struct FontMetrics {
    double ascent = 0.928;      // baseline below the top of a line, in em
    double line_height = 1.164; // in em
};

// Advance width of `text` (UTF-8) at `size` points; bold uses DejaVu Sans Bold.
double text_width(std::string_view text, double size, bool bold = false);

// Line metrics of the regular face (the bold face's are the same in DejaVu Sans).
FontMetrics font_metrics();

// False when the font files could not be read: widths are then estimated (0.6 em a character).
bool font_found();

} // namespace skm::render::detail
