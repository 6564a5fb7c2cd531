#include "svg_writer.hpp"

#include "text_metrics.hpp"
#include "xml_text.hpp"

#include <cstdio>
#include <set>
#include <vector>

namespace skm::exports::figure {
namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string colour(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", (c >> 24) & 0xFF, (c >> 16) & 0xFF,
                  (c >> 8) & 0xFF);
    return buf;
}

std::string paint_attrs(const Paint& p) {
    std::string s;
    if ((p.fill & 0xFF) == 0)
        s += " fill=\"none\"";
    else {
        s += " fill=\"" + colour(p.fill) + "\"";
        if ((p.fill & 0xFF) != 0xFF) s += " fill-opacity=\"" + num((p.fill & 0xFF) / 255.0) + "\"";
    }
    if ((p.stroke & 0xFF) != 0) {
        s += " stroke=\"" + colour(p.stroke) + "\" stroke-width=\"" + num(p.width) + "\"";
        if ((p.stroke & 0xFF) != 0xFF)
            s += " stroke-opacity=\"" + num((p.stroke & 0xFF) / 255.0) + "\"";
        if (p.style == LineStyle::Dashed)
            s += " stroke-dasharray=\"" + num(p.width * 4 + 2) + "," + num(p.width * 2.5 + 1.5) +
                 "\"";
        else if (p.style == LineStyle::Dotted)
            s += " stroke-dasharray=\"" + num(p.width) + "," + num(p.width * 2 + 1) +
                 "\" stroke-linecap=\"round\"";
    }
    return s;
}

std::string points(const std::vector<Point>& pts) {
    std::string s;
    for (const auto& p : pts)
        s += (s.empty() ? "" : " ") + num(p.x) + "," + num(p.y);
    return s;
}

} // namespace

std::string write_svg(const Scene& sc) {
    std::string o;
    o.reserve(64 * 1024);
    const double mm = 25.4 / 72.0;
    o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    o += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(sc.width * mm) +
         "mm\" height=\"" + num(sc.height * mm) + "mm\" viewBox=\"0 0 " + num(sc.width) + " " +
         num(sc.height) + "\" xml:lang=\"" + xml_escape(sc.lang) + "\" font-family=\"" +
         xml_escape(kFontFallbacks) + "\">\n";
    o += "<title>" + xml_escape(sc.title) + "</title>\n";
    o += "<desc>Samverkanskartan</desc>\n";
    // Ids stay unique in the document: a second drawing of one element gets a suffix. The
    // element's first node owns the bare id (`<g id="U-BUP" class="node">`), even where an
    // edge or cluster of the same element is drawn before it (a step's share lines, a lane).
    std::set<std::string> used_ids;
    std::vector<std::string> ids(sc.items.size());
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < sc.items.size(); ++i) {
            const Item& it = sc.items[i];
            if (it.kind != Item::Kind::Begin || it.id.empty() || !ids[i].empty()) continue;
            if (pass == 0 && (it.cls != "node" || used_ids.count(it.id))) continue;
            std::string id = it.id;
            for (int k = 2; used_ids.count(id); ++k)
                id = it.id + "~" + std::to_string(k);
            used_ids.insert(id);
            ids[i] = id;
        }
    int depth = 0;
    for (std::size_t at = 0; at < sc.items.size(); ++at) {
        const Item& it = sc.items[at];
        switch (it.kind) {
        case Item::Kind::Begin: {
            o += "<g";
            if (!ids[at].empty()) o += " id=\"" + xml_escape(ids[at]) + "\"";
            if (!it.cls.empty()) o += " class=\"" + xml_escape(it.cls) + "\"";
            o += ">";
            if (!it.text.empty()) o += "<title>" + xml_escape(it.text) + "</title>";
            o += "\n";
            ++depth;
            break;
        }
        case Item::Kind::End:
            if (depth > 0) {
                o += "</g>\n";
                --depth;
            }
            break;
        case Item::Kind::ClipBegin:
            o += "<clipPath id=\"clip-page\"><rect x=\"" + num(it.rect.x) + "\" y=\"" +
                 num(it.rect.y) + "\" width=\"" + num(it.rect.w) + "\" height=\"" + num(it.rect.h) +
                 "\"/></clipPath>\n<g clip-path=\"url(#clip-page)\">\n";
            ++depth;
            break;
        case Item::Kind::ClipEnd:
            if (depth > 0) {
                o += "</g>\n";
                --depth;
            }
            break;
        case Item::Kind::Rect:
            o += "<rect x=\"" + num(it.rect.x) + "\" y=\"" + num(it.rect.y) + "\" width=\"" +
                 num(it.rect.w) + "\" height=\"" + num(it.rect.h) + "\"";
            if (it.radius > 0) o += " rx=\"" + num(it.radius) + "\"";
            o += paint_attrs(it.paint) + "/>\n";
            break;
        case Item::Kind::Ellipse:
            o += "<ellipse cx=\"" + num(it.rect.x + it.rect.w / 2) + "\" cy=\"" +
                 num(it.rect.y + it.rect.h / 2) + "\" rx=\"" + num(it.rect.w / 2) + "\" ry=\"" +
                 num(it.rect.h / 2) + "\"" + paint_attrs(it.paint) + "/>\n";
            break;
        case Item::Kind::Polygon:
            o += "<polygon points=\"" + points(it.points) + "\"" + paint_attrs(it.paint) + "/>\n";
            break;
        case Item::Kind::Polyline:
            o += "<polyline points=\"" + points(it.points) + "\"" + paint_attrs(it.paint) + "/>\n";
            break;
        case Item::Kind::Bezier: {
            if (it.points.empty()) break;
            std::string d = "M" + num(it.points[0].x) + "," + num(it.points[0].y);
            for (std::size_t i = 1; i + 2 < it.points.size(); i += 3)
                d += " C" + num(it.points[i].x) + "," + num(it.points[i].y) + " " +
                     num(it.points[i + 1].x) + "," + num(it.points[i + 1].y) + " " +
                     num(it.points[i + 2].x) + "," + num(it.points[i + 2].y);
            o += "<path d=\"" + d + "\"" + paint_attrs(it.paint) + "/>\n";
            break;
        }
        case Item::Kind::Text: {
            o += "<text x=\"" + num(it.pos.x) + "\" y=\"" + num(it.pos.y) + "\" font-size=\"" +
                 num(it.size) + "\"";
            if (it.anchor == TextAnchor::Middle) o += " text-anchor=\"middle\"";
            if (it.anchor == TextAnchor::End) o += " text-anchor=\"end\"";
            if (it.bold) o += " font-weight=\"bold\"";
            o += " fill=\"" + colour(it.paint.fill) + "\">" + xml_escape(it.text) + "</text>\n";
            break;
        }
        }
    }
    while (depth-- > 0)
        o += "</g>\n";
    o += "</svg>\n";
    return o;
}

} // namespace skm::exports::figure
