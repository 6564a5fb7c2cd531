#include "compose.hpp"

#include "diagram_words.hpp"
#include "layout_dot.hpp"
#include "text_metrics.hpp"
#include "text_wrap.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace skm::render::detail {
namespace {

constexpr double kArrowLength = 9;
constexpr double kLabelWidth = 132; // edge labels wrap at this width
constexpr double kMapMargin = 16;

Point centre(const Rect& r) {
    return {r.x + r.w / 2, r.y + r.h / 2};
}

double dist(Point a, Point b) {
    return std::hypot(b.x - a.x, b.y - a.y);
}

// Where a ray from `from` in direction `d` (unit) meets the outline of `shape` in box `r`,
// coming from outside; nullopt-like: returns false when it misses.
bool hit_outline(NodeShape shape, const Rect& r, Point from, Point d, Point& out) {
    const Point c = centre(r);
    const double rx = r.w / 2, ry = r.h / 2;
    if (rx <= 0 || ry <= 0) return false;
    // Work in coordinates centred on the node.
    const double px = from.x - c.x, py = from.y - c.y;
    if (shape == NodeShape::Ellipse || shape == NodeShape::Circle ||
        shape == NodeShape::DoubleCircle) {
        // (px + t dx)²/rx² + (py + t dy)²/ry² = 1
        const double a = d.x * d.x / (rx * rx) + d.y * d.y / (ry * ry);
        const double b = 2 * (px * d.x / (rx * rx) + py * d.y / (ry * ry));
        const double cc = px * px / (rx * rx) + py * py / (ry * ry) - 1;
        const double disc = b * b - 4 * a * cc;
        if (disc < 0 || a <= 0) return false;
        const double t = (-b - std::sqrt(disc)) / (2 * a);
        if (t < -1e-6) return false;
        out = {from.x + t * d.x, from.y + t * d.y};
        return true;
    }
    if (shape == NodeShape::Diamond) {
        // |x|/rx + |y|/ry = 1: the nearest crossing of the four sides along the ray.
        double best = -1;
        for (int sx : {-1, 1})
            for (int sy : {-1, 1}) {
                // sx x / rx + sy y / ry = 1
                const double denom = sx * d.x / rx + sy * d.y / ry;
                if (std::abs(denom) < 1e-12) continue;
                const double t = (1 - sx * px / rx - sy * py / ry) / denom;
                if (t < -1e-6) continue;
                const double x = px + t * d.x, y = py + t * d.y;
                if (sx * x < -1e-6 || sy * y < -1e-6) continue;
                if (best < 0 || t < best) best = t;
            }
        if (best < 0) return false;
        out = {from.x + best * d.x, from.y + best * d.y};
        return true;
    }
    return false;
}

// Moves the end of a polyline (points[end] with its neighbour) onto the node's true outline.
void clip_end(std::vector<Point>& pts, bool at_start, NodeShape shape, const Rect& box) {
    if (pts.size() < 2) return;
    if (shape != NodeShape::Ellipse && shape != NodeShape::Circle &&
        shape != NodeShape::DoubleCircle && shape != NodeShape::Diamond)
        return;
    Point& end = at_start ? pts.front() : pts.back();
    const Point nb = at_start ? pts[1] : pts[pts.size() - 2];
    const double len = dist(nb, end);
    if (len < 1e-9) return;
    const Point d{(end.x - nb.x) / len, (end.y - nb.y) / len}; // towards the node
    Point hit;
    // From the neighbour along the segment, onwards through the box edge to the outline.
    if (hit_outline(shape, box, nb, d, hit)) end = hit;
}

// Shortens a polyline's end by the arrowhead's length; returns the tip.
Point make_arrow(std::vector<Point>& pts, bool at_start, double length) {
    Point& end = at_start ? pts.front() : pts.back();
    const Point tip = end;
    const Point nb = at_start ? pts[1] : pts[pts.size() - 2];
    const double len = dist(nb, end);
    if (len > length + 1) {
        end = {end.x + (nb.x - end.x) * length / len, end.y + (nb.y - end.y) * length / len};
    }
    return tip;
}

// The on-curve points of an orthogonal Bézier route, without repeats or collinear middles.
std::vector<Point> polyline_of(const std::vector<Point>& bez) {
    std::vector<Point> pts;
    for (std::size_t i = 0; i < bez.size(); i += 3)
        if (pts.empty() || dist(pts.back(), bez[i]) > 0.01) pts.push_back(bez[i]);
    if (bez.size() % 3 != 1 && !bez.empty() && dist(pts.back(), bez.back()) > 0.01)
        pts.push_back(bez.back());
    std::vector<Point> out;
    for (const Point& p : pts) {
        while (out.size() >= 2) {
            const Point a = out[out.size() - 2], b = out.back();
            const double cross = (b.x - a.x) * (p.y - b.y) - (b.y - a.y) * (p.x - b.x);
            if (std::abs(cross) > 0.5) break;
            out.pop_back();
        }
        out.push_back(p);
    }
    return out;
}

std::vector<Point> bezier_of(const std::vector<Point>& poly) {
    std::vector<Point> out;
    if (poly.empty()) return out;
    out.push_back(poly[0]);
    for (std::size_t i = 1; i < poly.size(); ++i) {
        const Point a = poly[i - 1], b = poly[i];
        out.push_back({a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3});
        out.push_back({a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3});
        out.push_back(b);
    }
    return out;
}

// A straight line from border to border, for an edge Graphviz did not route.
std::vector<Point> straight(const Rect& a, const Rect& b) {
    const Point ca = centre(a), cb = centre(b);
    auto border = [](const Rect& r, Point from, Point to) {
        const Point c = centre(r);
        const double dx = to.x - from.x, dy = to.y - from.y;
        double t = 1;
        if (std::abs(dx) > 1e-9) t = std::min(t, (r.w / 2) / std::abs(dx));
        if (std::abs(dy) > 1e-9) t = std::min(t, (r.h / 2) / std::abs(dy));
        return Point{c.x + dx * t, c.y + dy * t};
    };
    return {border(a, ca, cb), border(b, cb, ca)};
}

double overlap(const Rect& a, const Rect& b) {
    const double w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const double h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0;
}

// A label box along a route, where it covers no node and no other label: beside the longest
// segments first (above a horizontal one, right of a vertical one), then the other side.
Rect place_label(const std::vector<Point>& poly, double w, double h,
                 const std::vector<Rect>& blockers) {
    struct Cand {
        Rect r;
        double order;
    };
    std::vector<Cand> cands;
    std::vector<std::size_t> segs;
    for (std::size_t i = 0; i + 1 < poly.size(); ++i)
        segs.push_back(i);
    std::stable_sort(segs.begin(), segs.end(), [&](std::size_t a, std::size_t b) {
        return dist(poly[a], poly[a + 1]) > dist(poly[b], poly[b + 1]);
    });
    double rank = 0;
    for (std::size_t i : segs) {
        const Point a = poly[i], b = poly[i + 1];
        for (double f : {0.5, 0.3, 0.7, 0.15, 0.85}) {
            const Point m{a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
            const bool horizontal = std::abs(b.y - a.y) < std::abs(b.x - a.x);
            if (horizontal) {
                cands.push_back({{m.x - w / 2, m.y - h - 3, w, h}, rank});
                cands.push_back({{m.x - w / 2, m.y + 3, w, h}, rank + 0.5});
            } else {
                cands.push_back({{m.x + 4, m.y - h / 2, w, h}, rank});
                cands.push_back({{m.x - w - 4, m.y - h / 2, w, h}, rank + 0.5});
            }
            rank += 1;
        }
    }
    if (cands.empty()) return {0, 0, w, h};
    const Cand* best = nullptr;
    double best_cost = 0;
    for (const auto& c : cands) {
        double cost = 0;
        for (const auto& r : blockers)
            cost += overlap(c.r, r);
        if (cost == 0) return c.r;
        if (!best || cost < best_cost) best = &c, best_cost = cost;
    }
    return best->r;
}

std::vector<Point> sample_bezier(const std::vector<Point>& bez) {
    std::vector<Point> out;
    for (std::size_t i = 0; i + 3 < bez.size(); i += 3)
        for (int k = 0; k <= 8; ++k) {
            const double t = k / 8.0, u = 1 - t;
            const Point* p = &bez[i];
            out.push_back({u * u * u * p[0].x + 3 * u * u * t * p[1].x + 3 * u * t * t * p[2].x +
                               t * t * t * p[3].x,
                           u * u * u * p[0].y + 3 * u * u * t * p[1].y + 3 * u * t * t * p[2].y +
                               t * t * t * p[3].y});
        }
    return out;
}

GeoNode to_geo(const SNode& n) {
    GeoNode g;
    g.element = n.element;
    g.kind = n.kind;
    g.band = n.band;
    g.owner = n.owner;
    g.count = n.count;
    g.number = n.number;
    g.box = n.box;
    g.shape = n.shape;
    g.fill = n.fill;
    g.stroke = n.stroke;
    g.text = n.text;
    g.style = n.style;
    g.pen_width = n.pen;
    g.greyed = n.greyed;
    g.tooltip = n.tooltip;
    for (GeoText t : n.texts) {
        t.box.x += n.box.x;
        t.box.y += n.box.y;
        t.baseline += n.box.y;
        g.label_lines.push_back(t.text);
        g.texts.push_back(std::move(t));
    }
    // The main text's size: the first line that is not a step number.
    for (const auto& t : g.texts)
        if (!(g.kind == NodeKind::Step && t.bold && t.text.ends_with("."))) {
            g.font_size = t.size;
            break;
        }
    return g;
}

void grow(Rect& r, const Rect& o) {
    if (o.w <= 0 && o.h <= 0) return;
    if (r.w <= 0 && r.h <= 0) {
        r = o;
        return;
    }
    const double x0 = std::min(r.x, o.x), y0 = std::min(r.y, o.y);
    const double x1 = std::max(r.x + r.w, o.x + o.w), y1 = std::max(r.y + r.h, o.y + o.h);
    r = {x0, y0, x1 - x0, y1 - y0};
}

} // namespace

Geometry compose(const Scene& s, const RawLayout* raw) {
    Geometry g;
    g.title = s.title;
    g.groups = s.groups;
    g.collapsed_groups = s.collapsed_groups;
    g.lanes_vertical = s.lanes_vertical;
    if (!s.message.empty()) {
        g.message = s.message;
        GeoNode n;
        n.kind = NodeKind::Message;
        n.shape = NodeShape::Plaintext;
        std::vector<GeoText> texts;
        const auto lines = wrapped(s.message, 360, kTitleSize, false, kMutedInk);
        const double w = widest_of(lines);
        place_lines(texts, lines, w, kMapMargin + 8, true, kMapMargin + 8);
        n.box = {kMapMargin + 8, kMapMargin + 8, w, lines_height(lines)};
        for (auto& t : texts) {
            n.label_lines.push_back(t.text);
            n.texts.push_back(std::move(t));
        }
        n.font_size = kTitleSize;
        g.nodes.push_back(std::move(n));
        g.map_bounds = {0, 0, w + 2 * (kMapMargin + 8), lines_height(lines) + 2 * (kMapMargin + 8)};
        g.bounds = g.map_bounds;
        return g;
    }

    // Node boxes: ours, or (dot) Graphviz's centres with our sizes.
    std::vector<Rect> boxes(s.nodes.size());
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        boxes[i] = s.nodes[i].box;
    Point offset{0, 0};
    if (raw) {
        if (s.engine == Scene::Engine::Dot) {
            for (std::size_t i = 0; i < s.nodes.size(); ++i)
                if (auto it = raw->nodes.find(node_name(static_cast<int>(i)));
                    it != raw->nodes.end())
                    boxes[i] = {it->second.centre.x - s.nodes[i].box.w / 2 + kMapMargin,
                                it->second.centre.y - s.nodes[i].box.h / 2 + kMapMargin,
                                s.nodes[i].box.w, s.nodes[i].box.h};
            offset = {kMapMargin, kMapMargin};
        } else {
            // nop2 may translate the drawing: take the shift from any pinned node.
            for (std::size_t i = 0; i < s.nodes.size(); ++i)
                if (auto it = raw->nodes.find(node_name(static_cast<int>(i)));
                    it != raw->nodes.end()) {
                    const Point c = centre(boxes[i]);
                    offset = {c.x - it->second.centre.x, c.y - it->second.centre.y};
                    break;
                }
        }
    }
    for (const auto& c : s.clusters) {
        GeoCluster gc;
        gc.element = c.element;
        gc.kind = c.kind;
        gc.band = c.band;
        gc.label = c.label;
        gc.texts = c.texts;
        gc.box = c.box;
        gc.label_pos = c.texts.empty() ? Point{c.box.x + 8, c.box.y + 12}
                                       : Point{c.texts[0].box.x, c.texts[0].baseline};
        gc.fill = c.fill;
        gc.stroke = c.stroke;
        gc.greyed = c.greyed;
        gc.label_drawn = !c.texts.empty();
        g.clusters.push_back(std::move(gc));
    }
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        SNode n = s.nodes[i];
        n.box = boxes[i];
        g.nodes.push_back(to_geo(n));
    }

    // Edges. Label blockers: every node with a visible box or text.
    std::vector<Rect> blockers;
    for (const auto& n : g.nodes) {
        blockers.push_back(n.box);
        for (const auto& t : n.texts)
            blockers.push_back(t.box);
    }
    const FontMetrics fm = font_metrics();
    for (std::size_t k = 0; k < s.edges.size(); ++k) {
        const SEdge& se = s.edges[k];
        const Rect& fa = boxes[static_cast<std::size_t>(se.from)];
        const Rect& fb = boxes[static_cast<std::size_t>(se.to)];
        GeoEdge e;
        e.element = se.element;
        e.kind = se.kind;
        e.from = s.nodes[static_cast<std::size_t>(se.from)].element;
        e.to = s.nodes[static_cast<std::size_t>(se.to)].element;
        if (se.reversed) std::swap(e.from, e.to);
        e.loop = se.loop;
        e.color = se.color;
        e.style = se.style;
        e.width = se.width;
        e.greyed = se.greyed;
        e.tooltip = se.tooltip;
        e.label = se.label;
        std::vector<Point> raw_pts;
        bool have_route = false;
        if (!se.routed) {
            raw_pts = se.points;
            have_route = raw_pts.size() >= 2;
        } else if (raw) {
            if (auto it = raw->edges.find(edge_name(static_cast<int>(k)));
                it != raw->edges.end() && it->second.points.size() >= 4) {
                for (const Point& p : it->second.points)
                    raw_pts.push_back({p.x + offset.x, p.y + offset.y});
                have_route = true;
            }
        }
        const bool poly = !se.routed || se.orthogonal || !have_route;
        std::vector<Point> pts;
        if (!have_route)
            pts = straight(fa, fb);
        else if (poly)
            pts = se.routed ? polyline_of(raw_pts) : raw_pts;
        else
            pts = raw_pts; // dot's Bézier as it is
        e.orthogonal = poly && se.orthogonal && have_route;
        // The route runs from `from` to `to` in the scene's direction; Graphviz may have
        // returned it the other way round.
        if (pts.size() >= 2 && dist(pts.front(), centre(fb)) + dist(pts.back(), centre(fa)) <
                                   dist(pts.front(), centre(fa)) + dist(pts.back(), centre(fb)))
            std::reverse(pts.begin(), pts.end());
        if (poly && pts.size() >= 2) {
            clip_end(pts, true, s.nodes[static_cast<std::size_t>(se.from)].shape, fa);
            clip_end(pts, false, s.nodes[static_cast<std::size_t>(se.to)].shape, fb);
            const double len = kArrowLength + se.width;
            e.arrow_at_end = se.arrow_end;
            e.arrow_at_start = se.arrow_start;
            if (se.arrow_end) e.arrow_end_tip = make_arrow(pts, false, len);
            if (se.arrow_start) e.arrow_start_tip = make_arrow(pts, true, len);
            e.spline = bezier_of(pts);
        } else {
            // A Bézier from dot: the arrowheads shorten its end control points.
            e.arrow_at_end = se.arrow_end;
            e.arrow_at_start = se.arrow_start;
            const double len = kArrowLength + se.width;
            auto shorten = [&](bool at_start) {
                const std::size_t end = at_start ? 0 : pts.size() - 1;
                const std::size_t ctl = at_start ? 1 : pts.size() - 2;
                const Point tip = pts[end];
                const double l = dist(pts[ctl], tip);
                if (l < 1e-6) return tip;
                const Point d{(pts[ctl].x - tip.x) / l, (pts[ctl].y - tip.y) / l};
                const double cut = std::min(len, l * 0.9);
                pts[end] = {tip.x + d.x * cut, tip.y + d.y * cut};
                pts[ctl] = {pts[ctl].x + d.x * cut * 0.5, pts[ctl].y + d.y * cut * 0.5};
                return tip;
            };
            if (pts.size() >= 4) {
                if (se.arrow_end) e.arrow_end_tip = shorten(false);
                if (se.arrow_start) e.arrow_start_tip = shorten(true);
            }
            e.spline = pts;
        }
        // The label.
        if (se.label_fixed) {
            e.label_texts = se.label_texts;
            for (const auto& t : e.label_texts)
                grow(e.label_box, t.box);
        } else if (!se.label.empty()) {
            const auto lines = wrapped(se.label, kLabelWidth, kSmallSize, false, 0x333333FF);
            const double w = widest_of(lines) + 4, h = lines_height(lines) + 2;
            std::vector<Point> route = poly ? pts : sample_bezier(pts);
            Rect box;
            if (s.engine == Scene::Engine::Dot && raw) {
                auto it = raw->edges.find(edge_name(static_cast<int>(k)));
                if (it != raw->edges.end() && it->second.has_label) {
                    const Point lp{it->second.label_pos.x + offset.x,
                                   it->second.label_pos.y + offset.y};
                    box = {lp.x - w / 2, lp.y - h / 2, w, h};
                    double cost = 0;
                    for (const auto& r : blockers)
                        cost += overlap(box, r);
                    if (cost > 0) box = place_label(route, w, h, blockers);
                } else
                    box = place_label(route, w, h, blockers);
            } else
                box = place_label(route, w, h, blockers);
            e.label_box = box;
            place_lines(e.label_texts, lines, w, box.y + 1, true, box.x);
            blockers.push_back(box);
        }
        if (!e.label_box.empty()) e.label_pos = centre(e.label_box);
        (void)fm;
        g.edges.push_back(std::move(e));
    }

    // The map's extent.
    Rect r;
    for (const auto& c : g.clusters)
        grow(r, c.box);
    for (const auto& n : g.nodes) {
        grow(r, n.box);
        for (const auto& t : n.texts)
            grow(r, t.box);
    }
    for (const auto& e : g.edges) {
        for (const auto& p : e.spline)
            grow(r, {p.x, p.y, 0.01, 0.01});
        grow(r, e.label_box);
    }
    g.map_bounds = {0, 0, r.x + r.w + kMapMargin, r.y + r.h + kMapMargin};
    g.bounds = g.map_bounds;
    return g;
}

void add_badges(Geometry& g, const Scene& s, const CheckResult* findings, Lang lang) {
    if (!findings) return;
    struct Tally {
        Marker worst = Marker::None;
        int count = 0;
        std::string notes;
    };
    std::map<Id, Tally> by_element;
    for (const auto& f : findings->findings) {
        if (f.waived || f.elements.empty()) continue;
        const Marker mk = f.severity == Severity::Error     ? Marker::Error
                          : f.severity == Severity::Warning ? Marker::Warning
                                                            : Marker::Info;
        Id el = f.element();
        if (auto it = s.collapsed_into.find(el); it != s.collapsed_into.end()) el = it->second;
        auto& t = by_element[el];
        if (static_cast<int>(mk) > static_cast<int>(t.worst)) t.worst = mk;
        ++t.count;
        t.notes += "\n" + f.sub + ": " + f.message(lang);
    }
    bool used[4] = {false, false, false, false};
    constexpr double kBadge = 15;
    // Each element is badged once: on its main node (not on chips or marks that repeat it).
    std::set<Id> done;
    for (auto& n : g.nodes) {
        if (n.kind == NodeKind::MemberChip || n.kind == NodeKind::StepShare ||
            n.kind == NodeKind::Message)
            continue;
        auto it = by_element.find(n.element);
        if (it == by_element.end() || it->second.worst == Marker::None) continue;
        const Id key = n.element + "@" + n.owner;
        if (!done.insert(key).second) continue;
        n.badge.marker = n.marker = it->second.worst;
        n.badge.count = it->second.count;
        double right = n.box.x + n.box.w;
        if (n.shape == NodeShape::Plaintext && !n.texts.empty())
            right = n.texts[0].box.x + n.texts[0].box.w + kBadge;
        n.badge.box = {right - kBadge * 0.6, n.box.y - kBadge * 0.4, kBadge, kBadge};
        n.tooltip += it->second.notes;
        used[static_cast<int>(it->second.worst)] = true;
    }
    for (auto& e : g.edges) {
        if (e.element.empty() || e.kind == EdgeKind::Share || e.kind == EdgeKind::Escalation)
            continue;
        auto it = by_element.find(e.element);
        if (it == by_element.end() || it->second.worst == Marker::None) continue;
        e.badge.marker = e.marker = it->second.worst;
        e.badge.count = it->second.count;
        Point at;
        if (!e.label_box.empty())
            at = {e.label_box.x + e.label_box.w + kBadge * 0.6, e.label_box.y + e.label_box.h / 2};
        else if (!e.spline.empty())
            at = e.spline[e.spline.size() / 2];
        e.badge.box = {at.x - kBadge / 2, at.y - kBadge / 2, kBadge, kBadge};
        e.tooltip += it->second.notes;
        used[static_cast<int>(it->second.worst)] = true;
    }
    const std::pair<Marker, std::string> entries[] = {
        {Marker::Error, tr(lang, "Brist: fel", "Finding: error")},
        {Marker::Warning, tr(lang, "Brist: varning", "Finding: warning")},
        {Marker::Info, tr(lang, "Brist: att se över", "Finding: worth a look")}};
    for (const auto& [mk, label] : entries)
        if (used[static_cast<int>(mk)]) {
            LegendEntry l;
            l.kind = LegendKind::Badge;
            l.marker = mk;
            l.label = label;
            l.fill = mk == Marker::Error     ? kErrorColor
                     : mk == Marker::Warning ? kWarningColor
                                             : kInfoColor;
            l.stroke = l.fill;
            g.legend.push_back(std::move(l));
        }
}

void place_legend(Geometry& g, const Scene& s) {
    std::set<std::string> used;
    for (const auto& n : s.nodes)
        used.insert(n.legend.begin(), n.legend.end());
    for (const auto& e : s.edges)
        used.insert(e.legend.begin(), e.legend.end());
    std::vector<LegendEntry> entries;
    for (const auto& [key, entry] : s.legend_catalog)
        if (used.count(key)) entries.push_back(entry);
    for (auto& b : g.legend)
        entries.push_back(std::move(b));
    g.legend = std::move(entries);
    if (g.legend.empty() || !g.message.empty()) return;
    const FontMetrics fm = font_metrics();
    const double lh = kSmallSize * fm.line_height;
    const double row_h = std::max(lh, 16.0) + 6;
    const double max_w = std::max(g.map_bounds.w - 2 * kMapMargin, 560.0);
    const double x0 = kMapMargin, y0 = g.map_bounds.h + 4;
    double x = x0, y = y0;
    for (auto& l : g.legend) {
        const double sw = l.kind == LegendKind::Line ? 34 : l.kind == LegendKind::Badge ? 15 : 26;
        const double sh = l.kind == LegendKind::Line ? 10 : l.kind == LegendKind::Badge ? 15 : 16;
        const double tw = text_width(l.label, kSmallSize);
        const double w = sw + 6 + tw;
        if (x > x0 && x + w > x0 + max_w) {
            x = x0;
            y += row_h;
        }
        l.swatch = {x, y + (row_h - 6 - sh) / 2, sw, sh};
        l.text.text = l.label;
        l.text.size = kSmallSize;
        l.text.color = kInk;
        l.text.box = {x + sw + 6, y + (row_h - 6 - lh) / 2, tw, lh};
        l.text.baseline = l.text.box.y + kSmallSize * fm.ascent;
        x += w + 22;
    }
    g.legend_bounds = {x0 - 4, y0 - 4, 0, y + row_h - y0 + 4};
    double right = 0;
    for (const auto& l : g.legend)
        right = std::max(right, l.text.box.x + l.text.box.w);
    g.legend_bounds.w = right - g.legend_bounds.x + 4;
    g.bounds = g.map_bounds;
    grow(g.bounds, {0, 0, g.legend_bounds.x + g.legend_bounds.w + kMapMargin,
                    g.legend_bounds.y + g.legend_bounds.h + kMapMargin});
}

} // namespace skm::render::detail
