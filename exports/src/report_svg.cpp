// Keeps a renderer's SVG safe to place inline in the report: the report is opened in browsers,
// and a diagram must never be able to run script or fetch anything, whatever the model holds.
#include "skm/report.hpp"

#include <algorithm>
#include <cctype>

namespace skm::exports {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return out;
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

bool forbidden_element(const std::string& name) {
    static const char* const bad[] = {
        "script", "foreignobject", "iframe",           "object",
        "embed",  "style",         "handler",          "listener",
        "set",    "animate",       "animatetransform", "animatemotion",
        "audio",  "video"};
    for (const char* b : bad)
        if (name == b) return true;
    return false;
}

// A reference is allowed when it stays inside the document or is an embedded raster image.
bool allowed_href(const std::string& value) {
    const std::string v = lower(value);
    return starts_with(v, "#") || starts_with(v, "data:image/png") ||
           starts_with(v, "data:image/jpeg") || starts_with(v, "data:image/gif");
}

// Rewrites "url(#x)" to "url(#<prefix>x)"; false when a url() points outside the document.
bool prefix_urls(std::string& value, std::string_view prefix) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t u = lower(value).find("url(", pos);
        if (u == std::string::npos) break;
        std::size_t q = u + 4;
        while (q < value.size() && (value[q] == ' ' || value[q] == '\'' || value[q] == '"'))
            ++q;
        if (q >= value.size() || value[q] != '#') return false;
        out.append(value, pos, q + 1 - pos);
        out += prefix;
        pos = q + 1;
    }
    out.append(value, pos, std::string::npos);
    value = out;
    return true;
}

// Rewrites one tag's attributes; false when the tag must not appear.
bool clean_tag(std::string_view tag, std::string_view prefix, std::string& out) {
    // tag is the text between '<' and '>', e.g. `g id="a" class="node"` or `/g`.
    std::size_t i = 0;
    const bool closing = !tag.empty() && tag[0] == '/';
    if (closing) ++i;
    const std::size_t name_start = i;
    while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '/')
        ++i;
    const std::string name(tag.substr(name_start, i - name_start));
    if (forbidden_element(lower(name))) return false;
    out += '<';
    if (closing) out += '/';
    out += name;
    while (i < tag.size()) {
        while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i])))
            ++i;
        if (i >= tag.size()) break;
        if (tag[i] == '/') {
            out += " /";
            ++i;
            continue;
        }
        const std::size_t an = i;
        while (i < tag.size() && tag[i] != '=' &&
               !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '/')
            ++i;
        const std::string attr(tag.substr(an, i - an));
        const std::string la = lower(attr);
        while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i])))
            ++i;
        std::string value;
        bool has_value = false;
        if (i < tag.size() && tag[i] == '=') {
            ++i;
            while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i])))
                ++i;
            if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return false; // unquoted
            const char quote = tag[i++];
            const std::size_t end = tag.find(quote, i);
            if (end == std::string_view::npos) return false;
            value = std::string(tag.substr(i, end - i));
            i = end + 1;
            has_value = true;
        }
        if (la.empty()) return false;
        if (starts_with(la, "on")) return false; // event handlers
        if (lower(value).find("javascript:") != std::string::npos) return false;
        if (la == "href" || la == "xlink:href" || la == "src") {
            if (!allowed_href(value)) return false;
            if (!value.empty() && value[0] == '#')
                value = "#" + std::string(prefix) + value.substr(1);
        } else if (la == "id") {
            value = std::string(prefix) + value;
        }
        if (!prefix_urls(value, prefix)) return false;
        out += ' ';
        out += attr;
        if (has_value) {
            out += "=\"";
            for (char ch : value) // a value quoted with ' may hold a raw "
                if (ch == '"')
                    out += "&quot;";
                else
                    out += ch;
            out += '"';
        }
    }
    out += '>';
    return true;
}

} // namespace

std::string sanitize_svg(std::string_view svg, std::string_view id_prefix) {
    const std::string low = lower(svg);
    const std::size_t start = low.find("<svg");
    const std::size_t close = low.rfind("</svg>");
    if (start == std::string::npos || close == std::string::npos || close < start) return {};
    const std::string_view body = svg.substr(start, close + 6 - start);
    std::string out;
    out.reserve(body.size() + body.size() / 16);
    std::size_t i = 0;
    while (i < body.size()) {
        const std::size_t lt = body.find('<', i);
        if (lt == std::string_view::npos) {
            out.append(body.substr(i));
            break;
        }
        out.append(body.substr(i, lt - i));
        if (body.substr(lt, 4) == "<!--") { // comments carry nothing the picture needs
            const std::size_t end = body.find("-->", lt + 4);
            if (end == std::string_view::npos) return {};
            i = end + 3;
            continue;
        }
        if (body.substr(lt, 2) == "<!" || body.substr(lt, 2) == "<?") return {}; // CDATA, DTD, PI
        // Attribute values may hold '>' only escaped, so the first '>' ends the tag.
        const std::size_t gt = body.find('>', lt);
        if (gt == std::string_view::npos) return {};
        if (!clean_tag(body.substr(lt + 1, gt - lt - 1), id_prefix, out)) return {};
        i = gt + 1;
    }
    return out;
}

} // namespace skm::exports
