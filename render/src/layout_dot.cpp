#include "layout_dot.hpp"

#include "dot_text.hpp"

#include <cstdio>
#include <set>
#include <sstream>

namespace skm::render::detail {
namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string inches(double points) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", points / 72.0);
    return buf;
}

const char* shape_word(NodeShape s) {
    switch (s) {
    case NodeShape::Ellipse:
        return "ellipse";
    case NodeShape::Diamond:
        return "diamond";
    case NodeShape::Circle:
    case NodeShape::DoubleCircle:
        return "circle";
    default:
        return "box";
    }
}

// Graphviz 2.42's orthogonal router aborts (maze.c chkSgraph) when two pinned boxes touch or
// nearly touch, which our tight placement does (member chips 8 pt apart, columns 2 pt apart).
// The router sees each box 2 pt smaller on every side; below 1 pt it still aborted on the
// Göteborg structure map. The routes end at most 2 pt short of the drawn border.
constexpr double kObstacleInset = 2.0;
double obstacle(double extent) {
    return extent > 4 * kObstacleInset ? extent - 2 * kObstacleInset : extent;
}

} // namespace

std::string node_name(int index) {
    return "n" + std::to_string(index);
}
std::string edge_name(int index) {
    return "e" + std::to_string(index);
}

std::string layout_dot(const Scene& s) {
    if (!s.message.empty()) return {};
    bool any = false;
    for (const auto& e : s.edges)
        any |= e.routed;
    if (!any && s.engine == Scene::Engine::Pinned) return {};
    std::ostringstream o;
    o << "digraph skm {\n";
    if (s.engine == Scene::Engine::Pinned) {
        o << "  graph [layout=nop2, splines=" << s.splines << ", pad=0];\n";
        o << "  node [shape=box, fixedsize=true, label=\"\"];\n";
        std::set<int> endpoints;
        for (const auto& e : s.edges)
            if (e.routed) endpoints.insert(e.from), endpoints.insert(e.to);
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            const SNode& n = s.nodes[i];
            if (!n.obstacle && !endpoints.count(static_cast<int>(i))) continue;
            if (n.box.w <= 0 || n.box.h <= 0) continue;
            // Graphviz's y grows upwards: pin at (x, -y); the layout lines flip it back.
            o << "  " << node_name(static_cast<int>(i)) << " [pos=\"" << num(n.box.x + n.box.w / 2)
              << "," << num(-(n.box.y + n.box.h / 2)) << "!\", width=" << inches(obstacle(n.box.w))
              << ", height=" << inches(obstacle(n.box.h)) << "];\n";
        }
    } else {
        o << "  graph [rankdir=" << (s.left_to_right ? "LR" : "TB")
          << ", nodesep=0.45, ranksep=0.7, splines=true, pad=0];\n";
        o << "  node [fixedsize=true, label=\"\"];\n";
        o << "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            const SNode& n = s.nodes[i];
            o << "  " << node_name(static_cast<int>(i)) << " [shape=" << shape_word(n.shape)
              << ", width=" << inches(n.box.w) << ", height=" << inches(n.box.h) << "];\n";
        }
    }
    for (std::size_t k = 0; k < s.edges.size(); ++k) {
        const SEdge& e = s.edges[k];
        if (!e.routed) continue;
        o << "  " << node_name(e.from) << " -> " << node_name(e.to)
          << " [id=" << edge_name(static_cast<int>(k)) << ", dir=none";
        if (s.engine == Scene::Engine::Dot) {
            // The label's text takes room in the ranking, so dot must know it.
            if (!e.label_lines.empty()) o << ", label=" << dot_label(e.label_lines);
            if (e.weight != 1) o << ", weight=" << e.weight;
        }
        o << "];\n";
    }
    o << "}\n";
    return o.str();
}

} // namespace skm::render::detail
