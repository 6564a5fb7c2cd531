#pragma once
// Wrapping a name into lines of a given width in points, as measured in DejaVu Sans: breaks
// between words, after "-", "/" and "–" inside compounds, and at Swedish hyphenation points
// inside words too long for a line. Names are never cut (only hostile, absurdly long text is
// capped).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace skm::render::detail {

inline constexpr std::size_t kMaxLabelChars = 400; // a guard against hostile files, not a style

// Lines of `text` (cleaned: control characters and runs of spaces become one space) no wider
// than `max_width` points at `size`. A word wider than a line is hyphenated; one that cannot
// be hyphenated is broken between characters. Text beyond `max_chars` code points ends in "…".
// `first_indent` narrows the first line (room for a step number in front of it).
std::vector<std::string> wrap_text(std::string_view text, double max_width, double size,
                                   bool bold = false, std::size_t max_chars = kMaxLabelChars,
                                   double first_indent = 0);

// The widest line's width in points.
double widest(const std::vector<std::string>& lines, double size, bool bold = false);

} // namespace skm::render::detail
