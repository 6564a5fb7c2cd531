// One planned page of a map as a scene: the map part at its scale, and at fixed sizes the
// heading, the legend and the note on what continues where.
#include "figure_pages.hpp"
#include "text_metrics.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace skm::exports::figure {
namespace {

using render::GeoCluster;
using render::GeoEdge;
using render::GeoNode;
using render::Marker;
using render::NodeShape;

constexpr Rgba kWhite = 0xFFFFFFFF;
constexpr Rgba kInk = 0x111111FF;
constexpr Rgba kSubInk = 0x4A4A4AFF;

// Blends a colour towards white: how the editor and the exports grey out dormant elements.
Rgba faded(Rgba c, bool greyed) {
    if (!greyed) return c;
    auto ch = [&](int shift) {
        const unsigned v = (c >> shift) & 0xFF;
        return (v + 2 * 0xFF) / 3;
    };
    return (ch(24) << 24) | (ch(16) << 16) | (ch(8) << 8) | (c & 0xFF);
}

Rgba marker_colour(Marker m) {
    switch (m) {
    case Marker::Error:
        return 0xD2231EFF;
    case Marker::Warning:
        return 0xEB910AFF;
    case Marker::Info:
        return 0x2878D7FF;
    case Marker::None:
        break;
    }
    return kNone;
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

Rect spline_box(const GeoEdge& e) {
    if (e.spline.empty()) return {};
    double x0 = e.spline[0].x, y0 = e.spline[0].y, x1 = x0, y1 = y0;
    for (const auto& p : e.spline) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

struct Mapper {
    Rect win;
    double s = 1, ox = 0, oy = 0;
    Point operator()(Point p) const { return {ox + (p.x - win.x) * s, oy + (p.y - win.y) * s}; }
    Rect operator()(const Rect& r) const {
        const Point a = (*this)(Point{r.x, r.y});
        return {a.x, a.y, r.w * s, r.h * s};
    }
};

void arrowhead(Scene& sc, Point base, Point tip, Rgba colour) {
    const double dx = tip.x - base.x, dy = tip.y - base.y;
    const double len = std::hypot(dx, dy);
    if (len < 0.01) return;
    const double ux = dx / len, uy = dy / len, hw = len * 0.38;
    sc.polygon({tip, {base.x - uy * hw, base.y + ux * hw}, {base.x + uy * hw, base.y - ux * hw}},
               {colour, colour, 0.5, LineStyle::Solid});
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines)
        s += (s.empty() ? "" : " ") + l;
    return s;
}

void draw_cluster(Scene& sc, const GeoCluster& c, const Mapper& map, const Rect& window) {
    const Rect r = map(c.box);
    sc.begin(c.element, "cluster", c.label);
    sc.rect(r, {faded(c.fill, c.greyed), faded(c.stroke, c.greyed), std::max(0.6, map.s * 1.0)},
            std::min(8.0, 8 * map.s));
    if (!c.texts.empty()) {
        // Placed by the layout; on a page cut from a wide band the name moves in to the page's
        // left edge.
        const double shift = std::max(0.0, window.x + 4 - c.texts.front().box.x);
        for (const auto& t : c.texts)
            if (t.baseline > window.y && t.baseline < window.y + window.h)
                sc.text(t.text, map(Point{t.box.x + shift, t.baseline}), t.size * map.s,
                        faded(t.color, c.greyed), TextAnchor::Start, t.bold);
    } else if (c.label_drawn && !c.label.empty()) {
        // Graphviz keeps the band's top free for its name; on a page cut from a wide band the
        // name is repeated at the page's left edge.
        const double size = kClusterLabelSize * map.s;
        const double x = std::max(c.box.x + 8, window.x + 4);
        const double y = c.box.y + 4 + kClusterLabelSize * 0.95;
        if (y < window.y + window.h && y > window.y)
            sc.text(c.label, map(Point{x, y}), size, faded(0x222222FF, c.greyed), TextAnchor::Start,
                    true);
    }
    sc.end();
}

// A finding badge: a disc over the element's corner, never a recolouring. The count is
// printed only where it stays legible.
void draw_badge(Scene& sc, const render::Badge& b, const Mapper& map) {
    const Rect r = map(b.box);
    sc.ellipse(r, {marker_colour(b.marker), kWhite, 1.0});
    const double size = r.h * 0.62;
    if (b.count > 1 && size >= 7)
        sc.text(std::to_string(b.count),
                {r.x + r.w / 2, r.y + r.h / 2 + size * kBaselineFromMiddle}, size, kWhite,
                TextAnchor::Middle, true);
}

Paint edge_paint(const GeoEdge& e, double s) {
    Paint p;
    p.stroke = faded(e.color, e.greyed);
    p.width = std::max(0.6, e.width * s * (e.style == LineStyle::Bold ? 2.0 : 1.0));
    p.style = e.style;
    return p;
}

void draw_edge_line(Scene& sc, const GeoEdge& e, const Mapper& map) {
    std::vector<Point> pts;
    pts.reserve(e.spline.size());
    for (const auto& p : e.spline)
        pts.push_back(map(p));
    const Paint p = edge_paint(e, map.s);
    sc.begin(e.element, "edge", e.tooltip.empty() ? e.label : e.tooltip);
    if (pts.size() >= 4)
        sc.bezier(pts, p);
    else if (pts.size() >= 2)
        sc.polyline(pts, p);
    if (e.arrow_at_end && !pts.empty()) arrowhead(sc, pts.back(), map(e.arrow_end_tip), p.stroke);
    if (e.arrow_at_start && !pts.empty())
        arrowhead(sc, pts.front(), map(e.arrow_start_tip), p.stroke);
    if (e.badge.marker != Marker::None && !e.badge.box.empty()) draw_badge(sc, e.badge, map);
    sc.end();
}

// Edge labels go on a white plate above everything else, so no node ever hides one.
void draw_edge_label(Scene& sc, const GeoEdge& e, const Mapper& map) {
    if (!e.label_texts.empty()) {
        const Rect plate = e.label_box.empty() ? e.label_texts.front().box : e.label_box;
        sc.begin({}, "edge-label", e.tooltip.empty() ? e.label : e.tooltip);
        sc.rect(map(plate), {0xFFFFFFE6, kNone, 0}, 2 * map.s);
        for (const auto& t : e.label_texts)
            sc.text(t.text, map(Point{t.box.x, t.baseline}), t.size * map.s,
                    faded(t.color, e.greyed), TextAnchor::Start, t.bold);
        sc.end();
        return;
    }
    if (e.label.empty()) return;
    const double size = kEdgeLabelSize * map.s;
    const Point c = map(e.label_pos);
    const double w = text_width(e.label, size) + size * 0.5;
    sc.begin({}, "edge-label", e.tooltip.empty() ? e.label : e.tooltip);
    sc.rect({c.x - w / 2, c.y - size * 0.65, w, size * 1.3}, {0xFFFFFFE6, kNone, 0}, size * 0.2);
    sc.text(e.label, {c.x, c.y + size * kBaselineFromMiddle}, size, faded(0x333333FF, e.greyed),
            TextAnchor::Middle);
    if (e.marker != Marker::None)
        sc.ellipse({c.x + w / 2 - 1, c.y - size * 0.65 - 5, 8, 8},
                   {marker_colour(e.marker), kWhite, 1.0});
    sc.end();
}

void draw_node(Scene& sc, const GeoNode& n, const Mapper& map) {
    const Rect r = map(n.box);
    Paint p{faded(n.fill, n.greyed), faded(n.stroke, n.greyed),
            std::max(0.6, (n.pen_width > 0 ? n.pen_width : 1.4) * map.s),
            n.style == LineStyle::Bold ? LineStyle::Solid : n.style};
    if (n.style == LineStyle::Bold) p.width *= 2;
    sc.begin(n.element, "node", n.tooltip.empty() ? joined(n.label_lines) : n.tooltip);
    const double cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    switch (n.shape) {
    case NodeShape::Plaintext:
        break;
    case NodeShape::Box:
        sc.rect(r, p);
        break;
    case NodeShape::RoundedBox:
        sc.rect(r, p, std::min({8 * map.s, r.w / 2, r.h / 2}));
        break;
    case NodeShape::Ellipse:
        sc.ellipse(r, p);
        break;
    case NodeShape::Circle:
    case NodeShape::DoubleCircle: {
        const double d = std::min(r.w, r.h);
        sc.ellipse({cx - d / 2, cy - d / 2, d, d}, p);
        if (n.shape == NodeShape::DoubleCircle) {
            const double g = 4 * map.s;
            Paint inner = p;
            inner.fill = kNone;
            sc.ellipse({cx - d / 2 + g, cy - d / 2 + g, d - 2 * g, d - 2 * g}, inner);
        }
        break;
    }
    case NodeShape::Diamond:
        sc.polygon({{cx, r.y}, {r.x + r.w, cy}, {cx, r.y + r.h}, {r.x, cy}}, p);
        break;
    case NodeShape::Note: {
        const double f = std::min(10 * map.s, r.h / 3);
        sc.polygon({{r.x, r.y},
                    {r.x + r.w - f, r.y},
                    {r.x + r.w, r.y + f},
                    {r.x + r.w, r.y + r.h},
                    {r.x, r.y + r.h}},
                   p);
        Paint fold = p;
        fold.fill = kNone;
        sc.polyline({{r.x + r.w - f, r.y}, {r.x + r.w - f, r.y + f}, {r.x + r.w, r.y + f}}, fold);
        break;
    }
    }
    if (!n.texts.empty()) {
        // Every line placed by the layout (wrapped, hyphenated, measured): drawn as placed.
        for (const auto& t : n.texts)
            sc.text(t.text, map(Point{t.box.x, t.baseline}), t.size * map.s,
                    faded(t.color, n.greyed), TextAnchor::Start, t.bold);
    } else {
        const double size = n.font_size * map.s;
        const double line = size * 1.2;
        const double top = cy - line * static_cast<double>(n.label_lines.size()) / 2;
        for (std::size_t i = 0; i < n.label_lines.size(); ++i)
            sc.text(n.label_lines[i],
                    {cx, top + line * (static_cast<double>(i) + 0.5) + size * kBaselineFromMiddle},
                    size, faded(n.text, n.greyed), TextAnchor::Middle);
    }
    if (n.badge.marker != Marker::None && !n.badge.box.empty()) {
        draw_badge(sc, n.badge, map);
    } else if (n.marker != Marker::None) {
        const double d = std::max(7.0, 10 * map.s);
        sc.ellipse({r.x + r.w - d * 0.6, r.y - d * 0.4, d, d},
                   {marker_colour(n.marker), kWhite, 1.2});
    }
    sc.end();
}

void draw_legend(Scene& sc, const std::vector<render::LegendEntry>& legend, double x0, double top,
                 double width) {
    if (legend.empty()) return;
    const double row = kLegendSize * 1.9;
    double x = x0, y = top;
    sc.begin("legend", "legend", {});
    for (const auto& e : legend) {
        const double w = 30 + text_width(e.label, kLegendSize) + 14;
        if (x > x0 && x + w > x0 + width) {
            x = x0;
            y += row;
        }
        const double mid = y + row / 2;
        if (e.kind == render::LegendKind::Badge) {
            sc.ellipse({x + 7, mid - 5, 10, 10}, {marker_colour(e.marker), kWhite, 1.0});
        } else if (e.is_line || e.kind == render::LegendKind::Line) {
            // Drawn as on the map: its pen, its dashes, its arrowheads (and none where the map
            // has none).
            Paint p{kNone, e.stroke | 0xFF, std::clamp(e.width, 0.8, 3.0), e.style};
            if (e.style == LineStyle::Bold) p.width = std::max(p.width, 2.8);
            const bool any_arrow = e.arrow_end || e.arrow_start;
            const bool end = any_arrow ? e.arrow_end : e.kind != render::LegendKind::Line;
            const double from = e.arrow_start ? x + 6 : x, to = end ? x + 18 : x + 24;
            sc.polyline({{from, mid}, {to, mid}}, p);
            if (end) arrowhead(sc, {x + 18, mid}, {x + 24, mid}, e.stroke | 0xFF);
            if (e.arrow_start) arrowhead(sc, {x + 6, mid}, {x, mid}, e.stroke | 0xFF);
        } else {
            const Paint p{e.fill | 0xFF, e.stroke | 0xFF, 1.2, e.style};
            const Rect r{x, mid - 5.5, 24, 11};
            switch (e.shape) {
            case NodeShape::Ellipse:
            case NodeShape::Circle:
            case NodeShape::DoubleCircle:
                sc.ellipse(r, p);
                break;
            case NodeShape::Diamond:
                sc.polygon({{x + 12, r.y}, {x + 24, mid}, {x + 12, r.y + r.h}, {x, mid}}, p);
                break;
            case NodeShape::Box:
            case NodeShape::Note:
            case NodeShape::Plaintext:
                sc.rect(r, p);
                break;
            case NodeShape::RoundedBox:
                sc.rect(r, p, 2.5);
                break;
            }
        }
        sc.text(e.label, {x + 30, mid + kLegendSize * kBaselineFromMiddle}, kLegendSize, kInk,
                TextAnchor::Start);
        x += w;
    }
    sc.end();
}

// A band's or lane's whole name from its header node (the cluster holds only its first line):
// the node's name lines, without the smaller lines under them (tier, geography).
std::string header_name(const render::Geometry& g, const render::GeoCluster& c) {
    std::vector<std::string> lines;
    for (const auto& n : g.nodes)
        if (n.kind == render::NodeKind::Header && n.element == c.element) {
            if (!n.texts.empty()) {
                for (const auto& t : n.texts)
                    if (t.size == n.texts.front().size && t.bold == n.texts.front().bold)
                        lines.push_back(t.text);
                    else
                        break;
            } else {
                lines = n.label_lines;
            }
            break;
        }
    std::string full;
    for (const auto& l : lines) {
        if (!full.empty() && full.back() == '-' && !l.empty() &&
            std::islower(static_cast<unsigned char>(l[0])))
            full.pop_back(); // a hyphenation break, not a hyphen
        else if (!full.empty())
            full += ' ';
        full += l;
    }
    return full.empty() ? c.label : full;
}

// `name` shortened with "…" to `room` points at the strip's size; empty when not even that fits.
std::string fitted(const std::string& name, double room) {
    std::string label = name;
    while (label.size() > 1 && text_width(label + "…", kNoteSize, true) > room) {
        // Drop one whole code point: its continuation bytes, then its first byte.
        while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80)
            label.pop_back();
        if (!label.empty()) label.pop_back();
    }
    if (label != name) label += "…";
    return text_width(label, kNoteSize, true) > room ? std::string() : label;
}

} // namespace

Scene draw_page(const PagePlan& p, const PageFormat& f, const Decor& d, int page_no, int page_count,
                Lang lang) {
    const bool sv = lang == Lang::Sv;
    const bool several = page_count > 1;
    Decor dd = d;
    dd.footer = several || !p.notes.empty();
    if (several && !dd.heading.empty())
        dd.subline += (dd.subline.empty() ? "" : "  ·  ") + std::string(sv ? "sida " : "page ") +
                      std::to_string(page_no) + (sv ? " av " : " of ") + std::to_string(page_count);
    const double mw = p.window.w * p.scale, mh = p.window.h * p.scale;
    const double m = f.margin > 0 ? f.margin : 4;

    double pw = f.width, ph = f.height;
    if (f.crop) {
        if (!f.fixed_width) {
            double w = mw + 2 * m;
            if (!dd.heading.empty()) {
                w = std::max(w, text_width(dd.heading, kHeadingSize, true) + 2 * m);
                w = std::max(w, text_width(dd.subline, kSublineSize) + 2 * m);
            }
            pw = std::min(f.width, std::max(w, 200.0));
        }
        const double tall = 100000;
        const Frame probe = frame_for(f, dd, pw, tall);
        const double strip = p.lane_heads || p.band_heads ? kLaneHeadStrip : 0;
        ph = probe.map.y + mh + strip + (tall - probe.map.y - probe.map.h);
    }
    const Frame fr = frame_for(f, dd, pw, ph);

    Scene sc;
    sc.width = pw;
    sc.height = ph;
    sc.title = d.heading;
    sc.lang = sv ? "sv-SE" : "en";
    sc.rect({0, 0, pw, ph}, {kWhite, kNone, 0});

    if (!dd.heading.empty()) {
        const auto lines = heading_lines(dd.heading, pw - 2 * m);
        double y = m;
        for (const auto& line : lines) {
            sc.text(line, {m, y + kHeadingSize * 0.95}, kHeadingSize, kInk, TextAnchor::Start,
                    true);
            y += kHeadingSize * 1.25;
        }
        if (!dd.subline.empty())
            sc.text(dd.subline, {m, y + kSublineSize * 1.05}, kSublineSize, kSubInk,
                    TextAnchor::Start);
    }

    Mapper map;
    map.win = p.window;
    map.s = p.scale;
    // One page: the map centred in its area. Several: top left, so the parts line up.
    map.ox = fr.map.x + (several ? 0 : std::max(0.0, (fr.map.w - mw) / 2));
    map.oy = fr.map.y + (several ? 0 : std::max(0.0, (fr.map.h - mh) / 2));

    const render::Geometry& g = *p.geo;
    const Rect& win = p.window;
    if (p.lane_heads) {
        // The lanes' names over their columns, cut to the column's printed width.
        const double base = map.oy + kLaneHeadStrip * 0.68;
        for (const auto& c : g.clusters) {
            if (c.kind != render::ClusterKind::Lane || c.label.empty()) continue;
            if (c.box.x + c.box.w <= win.x || c.box.x >= win.x + win.w) continue;
            const double x0 = std::max(c.box.x, win.x),
                         x1 = std::min(c.box.x + c.box.w, win.x + win.w);
            const std::string label = fitted(header_name(g, c), (x1 - x0) * map.s - 4);
            if (label.empty()) continue;
            sc.text(label, {map.ox + ((x0 + x1) / 2 - win.x) * map.s, base}, kNoteSize, kInk,
                    TextAnchor::Middle, true);
        }
        sc.rect({map.ox, map.oy + kLaneHeadStrip - 1.5, mw, 0.6}, {0x9A9A9AFF, kNone, 0});
        map.oy += kLaneHeadStrip;
    } else if (p.band_heads) {
        // The band this page continues, named as a table's repeated header row would be.
        if (const render::GeoCluster* c = continued_band(g, win.y)) {
            const std::string label =
                fitted(header_name(g, *c) + (sv ? " (forts.)" : " (cont.)"), mw - 8);
            if (!label.empty())
                sc.text(label, {map.ox + 4, map.oy + kLaneHeadStrip * 0.68}, kNoteSize, kInk,
                        TextAnchor::Start, true);
        }
        sc.rect({map.ox, map.oy + kLaneHeadStrip - 1.5, mw, 0.6}, {0x9A9A9AFF, kNone, 0});
        map.oy += kLaneHeadStrip;
    }
    if (several) sc.clip({map.ox - 1, map.oy - 1, mw + 2, mh + 2});
    for (const auto& c : g.clusters)
        if (overlaps(c.box, win)) draw_cluster(sc, c, map, win);
    for (const auto& e : g.edges)
        if (overlaps(spline_box(e), win)) draw_edge_line(sc, e, map);
    for (const auto& n : g.nodes)
        if (overlaps(n.box, win)) draw_node(sc, n, map);
    for (const auto& e : g.edges)
        if ((!e.label.empty() || !e.label_texts.empty()) &&
            (e.label_box.empty() ? win.contains(e.label_pos) : overlaps(e.label_box, win)))
            draw_edge_label(sc, e, map);
    if (several) sc.unclip();

    draw_legend(sc, d.legend, m, fr.legend_top, pw - 2 * m);
    if (dd.footer) {
        std::string note = p.part;
        for (const auto& n : p.notes)
            note += (note.empty() ? "" : "  ·  ") + n;
        sc.text(note, {m, fr.footer_baseline}, kNoteSize, kSubInk, TextAnchor::Start);
    }
    return sc;
}

} // namespace skm::exports::figure
