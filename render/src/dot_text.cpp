#include "dot_text.hpp"

namespace skm::render::detail {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0)
        len = 2, min = 0x80, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0)
        len = 3, min = 0x800, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0)
        len = 4, min = 0x10000, cp = c & 0x07;
    else
        return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool is_c1_control(std::string_view s, std::size_t i, std::size_t len) {
    // U+0080..U+009F are encoded C2 80..C2 9F.
    return len == 2 && static_cast<unsigned char>(s[i]) == 0xC2 &&
           static_cast<unsigned char>(s[i + 1]) < 0xA0;
}

} // namespace

std::string clean_text(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < in.size();) {
        const std::size_t len = utf8_sequence(in, i);
        const auto c = static_cast<unsigned char>(in[i]);
        const bool space = len == 1 && (c < 0x20 || c == 0x7F || c == ' ');
        if (space || (len > 0 && is_c1_control(in, i, len))) {
            pending_space = !out.empty();
            i += len;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        if (len == 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD
            i += 1;
        } else {
            out.append(in.substr(i, len));
            i += len;
        }
    }
    return out;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

std::vector<std::string> wrap_label(std::string_view text, std::size_t width,
                                    std::size_t max_chars) {
    const std::string clean = clean_text(text);
    // Split into code points once, so breaking long words never cuts a character in half.
    std::vector<std::string_view> cps;
    for (std::size_t i = 0; i < clean.size();) {
        std::size_t len = 1;
        while (i + len < clean.size() &&
               (static_cast<unsigned char>(clean[i + len]) & 0xC0) == 0x80)
            ++len;
        cps.push_back(std::string_view(clean).substr(i, len));
        i += len;
    }
    bool capped = false;
    if (cps.size() > max_chars) {
        cps.resize(max_chars > 1 ? max_chars - 1 : 0);
        capped = true;
    }
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_len = 0;
    std::size_t i = 0;
    while (i < cps.size()) {
        if (cps[i] == " ") {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < cps.size() && cps[j] != " ")
            ++j;
        std::size_t word_len = j - i;
        if (line_len > 0 && line_len + 1 + word_len > width) {
            lines.push_back(line);
            line.clear();
            line_len = 0;
        }
        if (line_len > 0) {
            line += ' ';
            ++line_len;
        }
        for (std::size_t k = i; k < j; ++k) {
            if (line_len >= width) {
                lines.push_back(line);
                line.clear();
                line_len = 0;
            }
            line.append(cps[k]);
            ++line_len;
        }
        i = j;
    }
    if (capped) line += "\xE2\x80\xA6"; // …
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

std::string dot_quote(std::string_view text) {
    const std::string clean = clean_text(text);
    std::string out = "\"";
    for (char ch : clean) {
        if (ch == '&') {
            out += "&amp;"; // Graphviz expands entities: what was typed must stay as typed
            continue;
        }
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    out += '"';
    return out;
}

std::string dot_label(const std::vector<std::string>& lines) {
    std::string out = "\"";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += "\\n";
        for (char ch : clean_text(lines[i])) {
            if (ch == '&') {
                out += "&amp;";
                continue;
            }
            if (ch == '"' || ch == '\\') out += '\\';
            out += ch;
        }
    }
    out += '"';
    return out;
}

std::string dot_label_left(const std::vector<std::string>& lines) {
    std::string out = "\"";
    for (const auto& line : lines) {
        for (char ch : clean_text(line)) {
            if (ch == '&') {
                out += "&amp;";
                continue;
            }
            if (ch == '"' || ch == '\\') out += '\\';
            out += ch;
        }
        out += "\\l";
    }
    out += '"';
    return out;
}

} // namespace skm::render::detail
