#pragma once
// Turning user text (names from hostile files included) into safe DOT: every string we hand
// Graphviz goes through here, so no name can break the DOT syntax, inject attributes or reach
// Graphviz's escape sequences (\N, \G, \l …).
#include <string>
#include <string_view>
#include <vector>

namespace skm::render::detail {

// Valid UTF-8 with control characters (newlines included) turned into spaces, runs of spaces
// collapsed and the ends trimmed. Invalid UTF-8 becomes U+FFFD.
std::string clean_text(std::string_view in);

// Word-wraps cleaned text into lines of about `width` characters (code points); words longer
// than a line are broken. The whole label is capped at `max_chars`, ending in "…".
std::vector<std::string> wrap_label(std::string_view text, std::size_t width = 24,
                                    std::size_t max_chars = 96);

// A quoted DOT string whose value, after Graphviz's own escape processing, is `text` verbatim.
std::string dot_quote(std::string_view text);

// A quoted DOT label of several centred lines.
std::string dot_label(const std::vector<std::string>& lines);

// The same, each line left-justified (Graphviz's \l line ends).
std::string dot_label_left(const std::vector<std::string>& lines);

std::size_t utf8_length(std::string_view s);

} // namespace skm::render::detail
