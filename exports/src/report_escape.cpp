// Escaping of user text: every name in a model may be hostile, and must come out as text.
#include "skm/report.hpp"

#include <cctype>

namespace skm::exports {
namespace {

// C0 controls other than tab and newline are not allowed in HTML and mean nothing in Markdown.
bool is_stray_control(unsigned char ch) {
    return ch < 0x20 && ch != '\t' && ch != '\n';
}

} // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char ch : text) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            if (is_stray_control(static_cast<unsigned char>(ch)))
                out += ' ';
            else
                out += ch;
        }
    }
    return out;
}

std::string escape_markdown(std::string_view text) {
    // Leading blanks would start a code block; a line break ends a table row.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\r') continue;
        if (ch == '\n') {
            out += "<br>";
            line_start = true;
            continue;
        }
        if (line_start) {
            line_start = false;
            // Block syntax only counts at the start of a line: headings, lists, rules, setext.
            if (ch == '#' || ch == '-' || ch == '+' || ch == '=') {
                out += '\\';
                out += ch;
                continue;
            }
            std::size_t d = i;
            while (d < text.size() && std::isdigit(static_cast<unsigned char>(text[d])))
                ++d;
            if (d > i && d < text.size() && (text[d] == '.' || text[d] == ')')) {
                out.append(text.substr(i, d - i));
                out += '\\';
                out += text[d];
                i = d;
                continue;
            }
        }
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
            out += '\\';
            out += ch;
            break;
        default:
            if (is_stray_control(static_cast<unsigned char>(ch)))
                out += ' ';
            else
                out += ch;
        }
    }
    return out;
}

} // namespace skm::exports
