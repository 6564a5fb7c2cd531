#pragma once
// Text widths for laying out what the exports draw themselves (heading, legend, label plates), in
// the one font every writer names first (DejaVu Sans), measured by pango.
#include <string>

namespace skm::exports::figure {

inline constexpr const char* kFontFamily = "DejaVu Sans";
// What an SVG names, so a machine without DejaVu still draws a close sans-serif.
inline constexpr const char* kFontFallbacks =
    "'DejaVu Sans', Verdana, 'Segoe UI', Arial, Helvetica, sans-serif";

// DejaVu Sans: the baseline lies this far (× size) below the middle of a line's glyph box.
inline constexpr double kBaselineFromMiddle = 0.346;

double text_width(const std::string& utf8, double size, bool bold = false);

} // namespace skm::exports::figure
