// Text from a model file in messages: escaped and capped (issue 11 §5). An id, enum word or
// unknown key is echoed back to the user; it must never carry a terminal escape sequence or be
// megabytes long.
#include "skm/model_file.hpp"

#include <cstdio>

namespace skm {
namespace {

// Length of the UTF-8 sequence starting at s[i] when it is valid (1..4), else 0.
std::size_t utf8_length(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    static const std::uint32_t min_for[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
    return n;
}

} // namespace

std::string escape_for_message(std::string_view s, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    char buf[16];
    for (std::size_t i = 0; i < s.size();) {
        if (chars == max_chars) {
            out += "…";
            break;
        }
        std::uint32_t cp = 0;
        const std::size_t n = utf8_length(s, i, cp);
        if (n == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(s[i]));
            out += buf;
            ++i;
        } else if (cp == '\n') {
            out += "\\n";
            i += n;
        } else if (cp == '\t') {
            out += "\\t";
            i += n;
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
            out += buf;
            i += n;
        } else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF ||
                   (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            // C1 controls (some terminals act on them), noncharacters, and the bidirectional
            // overrides that can make a message read differently from what it says.
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            out += buf;
            i += n;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
        ++chars;
    }
    return out;
}

std::string quote_for_message(std::string_view s, std::size_t max_chars) {
    return "\"" + escape_for_message(s, max_chars) + "\"";
}

} // namespace skm
