#include "geometry_dot.hpp"

#include "dot_text.hpp"
#include "layout_dot.hpp"
#include "text_metrics.hpp"

#include <cstdio>
#include <sstream>

namespace skm::render::detail {
namespace {

constexpr const char* kFont = "DejaVu Sans";
constexpr const char* kBoldFont = "DejaVu Sans Bold";
constexpr double kHeadingSize = 16;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string inches(double points) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", std::max(points, 0.01) / 72.0);
    return buf;
}

std::string hex(Rgba c) {
    char buf[16];
    if ((c & 0xFF) == 0xFF)
        std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(c >> 8));
    else
        std::snprintf(buf, sizeof buf, "#%08X", static_cast<unsigned>(c));
    return buf;
}

const char* shape_word(NodeShape s) {
    switch (s) {
    case NodeShape::Box:
    case NodeShape::RoundedBox:
        return "box";
    case NodeShape::Ellipse:
        return "ellipse";
    case NodeShape::Diamond:
        return "diamond";
    case NodeShape::Circle:
        return "circle";
    case NodeShape::DoubleCircle:
        return "doublecircle";
    case NodeShape::Note:
        return "note";
    case NodeShape::Plaintext:
        return "plaintext";
    }
    return "box";
}

const char* style_word(LineStyle s) {
    switch (s) {
    case LineStyle::Dashed:
        return "dashed";
    case LineStyle::Dotted:
        return "dotted";
    default:
        return "solid";
    }
}

class Writer {
  public:
    Writer(double height, double shift) : height_(height), shift_(shift) {}

    std::string pos(double x, double y) const { return num(x) + "," + num(height_ - y - shift_); }

    void box(const Rect& r, NodeShape shape, Rgba fill, Rgba stroke, LineStyle style, double pen,
             bool rounded, const std::string& id = {}, const std::string& tooltip = {}) {
        o_ << "  o" << n_++ << " [shape=" << shape_word(shape) << ", pos=\""
           << pos(r.x + r.w / 2, r.y + r.h / 2) << "!\", width=" << inches(r.w)
           << ", height=" << inches(r.h) << ", style=\"filled" << (rounded ? ",rounded" : "")
           << (style == LineStyle::Solid || style == LineStyle::Bold
                   ? ""
                   : std::string(",") + style_word(style))
           << "\", fillcolor=\"" << hex(fill) << "\", color=\"" << hex(stroke)
           << "\", penwidth=" << num(pen);
        if (!id.empty()) o_ << ", id=" << dot_quote(id);
        if (!tooltip.empty()) o_ << ", tooltip=" << dot_quote(tooltip);
        o_ << "];\n";
    }

    void text(const GeoText& t) {
        if (t.text.empty()) return;
        o_ << "  o" << n_++ << " [shape=plaintext, margin=0, pos=\""
           << pos(t.box.x + t.box.w / 2, t.box.y + t.box.h / 2)
           << "!\", width="
           // Room for the renderer's own (hinted) text widths, a little wider than ours.
           << inches(t.box.w * 1.06 + 2) << ", height=" << inches(t.box.h)
           << ", label=" << dot_label({t.text}) << ", fontname=\"" << (t.bold ? kBoldFont : kFont)
           << "\", fontsize=" << num(t.size) << ", fontcolor=\"" << hex(t.color) << "\"];\n";
    }

    // A polyline or Bézier route between two invisible points.
    void route(const std::vector<Point>& spline, bool arrow_start, Point start_tip, bool arrow_end,
               Point end_tip, Rgba color, LineStyle style, double width, const std::string& id,
               const std::string& tooltip) {
        if (spline.size() < 4) return;
        const std::string a = point(arrow_start ? start_tip : spline.front());
        const std::string b = point(arrow_end ? end_tip : spline.back());
        o_ << "  " << a << " -> " << b << " [";
        {
            o_ << "pos=\"";
            if (arrow_start) o_ << "s," << pos(start_tip.x, start_tip.y) << " ";
            if (arrow_end) o_ << "e," << pos(end_tip.x, end_tip.y) << " ";
            for (std::size_t i = 0; i < spline.size(); ++i)
                o_ << (i ? " " : "") << pos(spline[i].x, spline[i].y);
            o_ << "\", ";
        }
        o_ << "dir="
           << (arrow_start && arrow_end ? "both"
               : arrow_end              ? "forward"
               : arrow_start            ? "back"
                                        : "none")
           << ", color=\"" << hex(color) << "\", penwidth=" << num(width)
           << ", arrowsize=0.8, style=" << style_word(style);
        if (!id.empty()) o_ << ", id=" << dot_quote(id);
        if (!tooltip.empty()) o_ << ", tooltip=" << dot_quote(tooltip);
        o_ << "];\n";
    }

    std::string point(Point p) {
        const std::string name = "p" + std::to_string(points_++);
        o_ << "  " << name << " [shape=point, style=invis, width=0.01, height=0.01, pos=\""
           << pos(p.x, p.y) << "!\"];\n";
        return name;
    }

    std::ostringstream& out() { return o_; }

  private:
    double height_, shift_;
    std::ostringstream o_;
    int n_ = 0, points_ = 0;
};

Rgba marker_colour(Marker m) {
    return m == Marker::Error ? kErrorColor : m == Marker::Warning ? kWarningColor : kInfoColor;
}

void badge(Writer& w, const Badge& b) {
    if (b.marker == Marker::None) return;
    w.box(b.box, NodeShape::Circle, marker_colour(b.marker), 0xFFFFFFFF, LineStyle::Solid, 1.2,
          false);
    GeoText t;
    t.text = std::to_string(b.count);
    t.size = 9;
    t.bold = true;
    t.color = 0xFFFFFFFF;
    const double tw = text_width(t.text, 9, true);
    t.box = {b.box.x + (b.box.w - tw) / 2, b.box.y + (b.box.h - 11) / 2, tw, 11};
    w.text(t);
}

} // namespace

std::string drawing_dot(const Geometry& g, const DrawOptions& x) {
    const double heading_h = x.heading.empty() ? 0 : kHeadingSize * 1.6 + 8;
    const double total_h = g.bounds.h + heading_h;
    Writer w(total_h, heading_h);
    auto& o = w.out();
    o << "digraph skm {\n";
    o << "  graph [layout=nop2, outputorder=nodesfirst, bgcolor=\"#FFFFFF\", pad=0.1, bb=\"0,0,"
      << num(g.bounds.w) << "," << num(total_h) << "\"";
    if (x.fit_width_in > 0 && x.fit_height_in > 0)
        o << ", size=\"" << num(x.fit_width_in) << "," << num(x.fit_height_in) << "\"";
    if (x.dpi > 0) o << ", dpi=" << x.dpi;
    if (x.paper_width_in > 0 && x.paper_height_in > 0)
        o << ", skm_paper=\"" << num(x.paper_width_in) << "," << num(x.paper_height_in) << ","
          << num(x.paper_margin_in) << "\"";
    o << "];\n";
    o << "  node [fixedsize=true, label=\"\", fontname=\"" << kFont << "\"];\n";
    if (!x.heading.empty()) {
        GeoText h;
        h.text = x.heading;
        h.size = kHeadingSize;
        h.bold = true;
        h.box = {16, 8 - heading_h, text_width(h.text, kHeadingSize, true), kHeadingSize * 1.2};
        w.text(h);
    }
    for (const auto& c : g.clusters) {
        const bool rounded = c.kind != ClusterKind::PrincipalGroup && c.kind != ClusterKind::Column;
        w.box(c.box, NodeShape::Box, c.fill, c.stroke, LineStyle::Solid, 1.0, rounded);
        for (const auto& t : c.texts)
            w.text(t);
    }
    for (const auto& n : g.nodes) {
        if (n.shape != NodeShape::Plaintext && n.kind != NodeKind::Message) {
            const bool main = n.kind != NodeKind::MemberChip && n.kind != NodeKind::StepShare;
            w.box(n.box, n.shape, n.fill, n.stroke, n.style, n.pen_width,
                  n.shape == NodeShape::RoundedBox, main ? n.element : std::string(), n.tooltip);
        }
        for (const auto& t : n.texts)
            w.text(t);
    }
    for (const auto& e : g.edges) {
        if (e.label_texts.empty()) continue;
        Rect bg = e.label_box;
        w.box(bg, NodeShape::Box, 0xFFFFFFE6, 0xFFFFFF00, LineStyle::Solid, 0, false);
        for (const auto& t : e.label_texts)
            w.text(t);
    }
    for (const auto& n : g.nodes)
        badge(w, n.badge);
    for (const auto& e : g.edges)
        badge(w, e.badge);
    for (const auto& l : g.legend) {
        if (l.kind == LegendKind::Line) {
            const double y = l.swatch.y + l.swatch.h / 2;
            const Point a{l.swatch.x, y}, b{l.swatch.x + l.swatch.w, y};
            const double len = l.arrow_end || l.arrow_start ? 8 : 0;
            const Point a2{a.x + (l.arrow_start ? len : 0), y},
                b2{b.x - (l.arrow_end ? len : 0), y};
            w.route({a2, {a2.x + (b2.x - a2.x) / 3, y}, {a2.x + 2 * (b2.x - a2.x) / 3, y}, b2},
                    l.arrow_start, a, l.arrow_end, b, l.stroke, l.style, l.width, {}, {});
        } else if (l.kind == LegendKind::Badge) {
            Badge b;
            b.marker = l.marker;
            b.count = 1;
            b.box = l.swatch;
            badge(w, b);
        } else {
            w.box(l.swatch, l.shape, l.fill, l.stroke, l.style, l.width,
                  l.shape == NodeShape::RoundedBox);
        }
        w.text(l.text);
    }
    for (const auto& e : g.edges) {
        w.route(e.spline, e.arrow_at_start, e.arrow_start_tip, e.arrow_at_end, e.arrow_end_tip,
                e.color, e.style, e.width, e.element, e.tooltip);
    }
    o << "}\n";
    return o.str();
}

} // namespace skm::render::detail
