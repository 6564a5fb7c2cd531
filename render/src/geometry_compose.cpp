#include "geometry_compose.hpp"

#include <algorithm>

namespace skm::render::detail {
namespace {

int depth(const ViewGraph& g, int c) {
    int d = 0;
    while (c >= 0 && d < 64) {
        c = g.clusters[static_cast<std::size_t>(c)].parent;
        ++d;
    }
    return d;
}

} // namespace

Geometry compose_geometry(const ViewGraph& g, const RawLayout& raw) {
    Geometry geo;
    geo.bounds = {0, 0, raw.width, raw.height};
    geo.title = g.title;
    geo.legend = g.legend;
    for (auto& l : geo.legend)
        if (l.is_line) l.kind = LegendKind::Line;
    geo.map_bounds = geo.bounds;
    if (!g.empty_message.empty()) {
        geo.message = g.empty_message;
        GeoNode n;
        n.label_lines = {g.empty_message};
        n.shape = NodeShape::Plaintext;
        n.kind = NodeKind::Message;
        if (auto it = raw.nodes.find(node_name(0)); it != raw.nodes.end())
            n.box = {it->second.centre.x - it->second.w / 2, it->second.centre.y - it->second.h / 2,
                     it->second.w, it->second.h};
        geo.nodes.push_back(n);
        return geo;
    }

    std::vector<int> order(g.clusters.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return depth(g, a) < depth(g, b); });
    for (int c : order) {
        const VCluster& vc = g.clusters[static_cast<std::size_t>(c)];
        auto it = raw.clusters.find(cluster_name(c));
        if (it == raw.clusters.end()) continue;
        GeoCluster gc;
        gc.element = vc.element;
        gc.label = vc.label;
        gc.box = it->second.box;
        gc.label_pos =
            it->second.has_label ? it->second.label_pos : Point{gc.box.x + 8, gc.box.y + 12};
        gc.fill = vc.fill;
        gc.stroke = vc.stroke;
        gc.greyed = vc.greyed;
        gc.label_drawn = it->second.has_label;
        geo.clusters.push_back(std::move(gc));
    }

    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const VNode& v = g.nodes[i];
        if (v.invisible || v.legend) continue;
        auto it = raw.nodes.find(node_name(static_cast<int>(i)));
        if (it == raw.nodes.end()) continue;
        GeoNode n;
        n.element = v.element;
        n.label_lines = v.lines;
        n.box = {it->second.centre.x - it->second.w / 2, it->second.centre.y - it->second.h / 2,
                 it->second.w, it->second.h};
        n.shape = v.shape;
        n.fill = v.fill;
        n.stroke = v.stroke;
        n.text = v.text;
        n.style = v.style;
        n.greyed = v.greyed;
        n.marker = v.marker;
        n.tooltip = v.tooltip;
        n.font_size = v.font_size;
        geo.nodes.push_back(std::move(n));
    }

    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        const VEdge& v = g.edges[k];
        if (v.invisible) continue;
        auto it = raw.edges.find(edge_name(static_cast<int>(k)));
        if (it == raw.edges.end()) continue;
        const RawEdge& r = it->second;
        GeoEdge e;
        e.element = v.element;
        e.from = g.nodes[static_cast<std::size_t>(v.from)].element;
        e.to = g.nodes[static_cast<std::size_t>(v.to)].element;
        if (v.reversed) std::swap(e.from, e.to); // model direction; the spline runs to → from
        e.spline = r.points;
        e.arrow_at_end = v.arrow && r.has_end;
        e.arrow_at_start = v.arrow && r.has_start;
        e.arrow_end_tip = r.end_tip;
        e.arrow_start_tip = r.start_tip;
        e.label = v.label;
        e.label_pos = r.label_pos;
        e.color = v.color;
        e.style = v.style;
        e.width = v.width;
        e.marker = v.marker;
        e.greyed = v.greyed;
        e.tooltip = v.tooltip;
        geo.edges.push_back(std::move(e));
    }
    return geo;
}

} // namespace skm::render::detail
