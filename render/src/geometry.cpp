#include "skm/geometry.hpp"

#include <cmath>

namespace skm::render {
namespace {

Point bezier(const Point* p, double t) {
    const double u = 1 - t;
    return {
        u * u * u * p[0].x + 3 * u * u * t * p[1].x + 3 * u * t * t * p[2].x + t * t * t * p[3].x,
        u * u * u * p[0].y + 3 * u * u * t * p[1].y + 3 * u * t * t * p[2].y + t * t * t * p[3].y};
}

double dist_to_segment(Point p, Point a, Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = t < 0 ? 0 : (t > 1 ? 1 : t);
    const double cx = a.x + t * dx - p.x, cy = a.y + t * dy - p.y;
    return std::sqrt(cx * cx + cy * cy);
}

} // namespace

Id Geometry::hit_test(Point p, double tolerance) const {
    // Nodes are on top of edges, and later nodes on top of earlier ones.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if (it->box.contains(p)) return it->element;
    for (const auto& e : edges) {
        if (e.element.empty() || e.spline.size() < 4) continue;
        for (std::size_t i = 0; i + 3 < e.spline.size(); i += 3) {
            Point prev = e.spline[i];
            for (int s = 1; s <= 12; ++s) {
                Point cur = bezier(&e.spline[i], s / 12.0);
                if (dist_to_segment(p, prev, cur) <= tolerance) return e.element;
                prev = cur;
            }
        }
    }
    return {};
}

} // namespace skm::render

namespace skm::render {

const GeoCluster* Geometry::band_at(Point p) const {
    for (const auto& c : clusters)
        if ((c.kind == ClusterKind::Band || c.kind == ClusterKind::Lane) && c.box.contains(p))
            return &c;
    return nullptr;
}

double Geometry::min_text_size() const {
    double m = 0;
    auto take = [&](double s) {
        if (s > 0 && (m == 0 || s < m)) m = s;
    };
    for (const auto& n : nodes) {
        for (const auto& t : n.texts)
            take(t.size);
        if (n.texts.empty() && !n.label_lines.empty()) take(n.font_size);
    }
    for (const auto& e : edges)
        for (const auto& t : e.label_texts)
            take(t.size);
    for (const auto& c : clusters)
        for (const auto& t : c.texts)
            take(t.size);
    return m;
}

} // namespace skm::render
