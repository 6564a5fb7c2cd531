#include "text_wrap.hpp"

#include "dot_text.hpp"
#include "hyphenation.hpp"
#include "text_metrics.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace skm::render::detail {
namespace {

// A piece of a line: a word, or the part of a compound up to and including its "-", "/" or "–".
struct Token {
    std::string text;
    bool space_before = false;
};

bool ends_compound(std::string_view s, std::size_t i, std::size_t& len) {
    if (s[i] == '-' || s[i] == '/') {
        len = 1;
        return true;
    }
    if (s.substr(i, 3) == "\xE2\x80\x93") { // en dash
        len = 3;
        return true;
    }
    return false;
}

std::vector<Token> tokenize(const std::string& clean) {
    std::vector<Token> out;
    bool space = false;
    std::string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        out.push_back({cur, space});
        cur.clear();
        space = false;
    };
    for (std::size_t i = 0; i < clean.size();) {
        if (clean[i] == ' ') {
            flush();
            space = !out.empty();
            ++i;
            continue;
        }
        std::size_t len = 0;
        // A break after the mark, but only between letters ("skola–socialtjänst"), never to
        // leave a lone dash ("BUP -" or "– barn").
        if (ends_compound(clean, i, len) && !cur.empty() && i + len < clean.size() &&
            clean[i + len] != ' ') {
            cur.append(clean, i, len);
            i += len;
            out.push_back({cur, space});
            cur.clear();
            space = false;
            continue;
        }
        cur += clean[i];
        ++i;
    }
    flush();
    return out;
}

std::size_t next_cp(const std::string& s, std::size_t i) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        ++i;
    return i;
}

// The longest prefix of `word` that fits `room` with a hyphen after it, at a hyphenation
// point; 0 when none fits.
std::size_t hyphen_split(const std::string& word, double room, double size, bool bold) {
    std::size_t best = 0;
    for (std::size_t p : hyphenation_points(word))
        if (text_width(word.substr(0, p) + "-", size, bold) <= room) best = p;
    return best;
}

// The longest prefix (at least one character) that fits `room`, for a word no dictionary knows.
std::size_t char_split(const std::string& word, double room, double size, bool bold) {
    std::size_t best = next_cp(word, 0);
    for (std::size_t i = best; i < word.size(); i = next_cp(word, i)) {
        const std::size_t j = next_cp(word, i);
        if (j >= word.size() || text_width(word.substr(0, j), size, bold) > room) break;
        best = j;
    }
    return best;
}

} // namespace

namespace {

std::vector<std::string> wrap_uncached(std::string_view text, double max_width, double size,
                                       bool bold, std::size_t max_chars, double first_indent) {
    std::string clean = clean_text(text);
    if (utf8_length(clean) > max_chars) {
        std::size_t i = 0, n = 0;
        while (i < clean.size() && n + 1 < max_chars)
            i = next_cp(clean, i), ++n;
        clean = clean.substr(0, i);
        while (!clean.empty() && clean.back() == ' ')
            clean.pop_back();
        clean += "\xE2\x80\xA6"; // …
    }
    std::vector<std::string> lines;
    std::string line;
    // The width of the line being filled: the first line leaves room for first_indent.
    auto room = [&] { return lines.empty() ? max_width - first_indent : max_width; };
    auto fits = [&](const std::string& s) { return text_width(s, size, bold) <= room(); };
    for (Token t : tokenize(clean)) {
        const std::string sep = !line.empty() && t.space_before ? " " : "";
        if (fits(line + sep + t.text)) {
            line += sep + t.text;
            continue;
        }
        if (!line.empty()) {
            // Fill a line that would stay short by hyphenating the word onto it; a word that
            // fits a line of its own otherwise starts the next line whole.
            const double used = text_width(line + sep, size, bold);
            const bool short_line = used < 0.6 * room();
            const bool whole_fits = text_width(t.text, size, bold) <= max_width;
            const std::size_t p =
                short_line || !whole_fits ? hyphen_split(t.text, room() - used, size, bold) : 0;
            if (p > 0) {
                lines.push_back(line + sep + t.text.substr(0, p) + "-");
                t.text = t.text.substr(p);
            } else {
                lines.push_back(line);
            }
            line.clear();
        }
        while (!fits(t.text)) {
            std::size_t p = hyphen_split(t.text, room(), size, bold);
            if (p > 0) {
                lines.push_back(t.text.substr(0, p) + "-");
            } else {
                p = char_split(t.text, room(), size, bold);
                lines.push_back(t.text.substr(0, p));
            }
            t.text = t.text.substr(p);
        }
        line = t.text;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

} // namespace

// The same names are wrapped again and again: each trial placement of the editor's fit, every
// edit of a county map (one name changed among a thousand). A per-thread memo of the last
// results makes those repeats a look-up; it is bounded, and cleared when full.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double size, bool bold,
                                   std::size_t max_chars, double first_indent) {
    thread_local std::unordered_map<std::string, std::vector<std::string>> memo;
    std::string key;
    key.reserve(text.size() + 48);
    key.append(text);
    char params[64];
    std::snprintf(params, sizeof params, "\x1F%.3f\x1F%.3f\x1F%d\x1F%zu\x1F%.3f", max_width, size,
                  bold ? 1 : 0, max_chars, first_indent);
    key += params;
    if (const auto it = memo.find(key); it != memo.end()) return it->second;
    if (memo.size() >= 50000) memo.clear();
    std::vector<std::string> lines =
        wrap_uncached(text, max_width, size, bold, max_chars, first_indent);
    memo.emplace(std::move(key), lines);
    return lines;
}

double widest(const std::vector<std::string>& lines, double size, bool bold) {
    double w = 0;
    for (const auto& l : lines)
        w = std::max(w, text_width(l, size, bold));
    return w;
}

} // namespace skm::render::detail
