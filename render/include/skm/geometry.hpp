#pragma once
// A laid-out view as plain data: what the editor draws and what the exports show, in one
// coordinate space (points, 1/72 inch; origin top-left, y grows downwards). No Graphviz type
// appears here, so the editor never links Graphviz.
#include "skm/model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace skm::render {

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

struct Rect {
    double x = 0, y = 0, w = 0, h = 0; // top-left corner and size
    bool contains(Point p) const { return p.x >= x && p.y >= y && p.x <= x + w && p.y <= y + h; }
    bool operator==(const Rect&) const = default;
};

using Rgba = std::uint32_t; // 0xRRGGBBAA

enum class NodeShape { Box, RoundedBox, Ellipse, Diamond, Circle, DoubleCircle, Note, Plaintext };
enum class LineStyle { Solid, Dashed, Dotted, Bold };
enum class Marker { None, Info, Warning, Error }; // finding badge on an element

struct GeoNode {
    Id element; // model id (or a synthetic id like "legend:kommun")
    std::vector<std::string> label_lines;
    Rect box;
    NodeShape shape = NodeShape::Box;
    Rgba fill = 0xFFFFFFFF, stroke = 0x333333FF, text = 0x111111FF;
    LineStyle style = LineStyle::Solid;
    bool greyed = false; // vilande/upphörd
    Marker marker = Marker::None;
    std::string tooltip;
    double font_size = 14;
};

struct GeoEdge {
    Id element;                // flow/link id, or empty for structural edges
    Id from, to;               // node element ids
    std::vector<Point> spline; // cubic Bézier: 1 + 3k control points
    bool arrow_at_end = true, arrow_at_start = false;
    Point arrow_end_tip, arrow_start_tip;
    std::string label;
    Point label_pos; // centre of the label
    Rgba color = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    double width = 1.0;
    Marker marker = Marker::None;
    bool greyed = false;
    std::string tooltip;
};

struct GeoCluster {
    Id element; // level id, lane id, …
    std::string label;
    Rect box;
    Point label_pos;
    Rgba fill = 0xF4F4F4FF, stroke = 0x999999FF;
    bool greyed = false;
    bool label_drawn = true; // false when a node inside the band already shows the name
};

struct LegendEntry {
    std::string label;
    Rgba fill = 0xFFFFFFFF, stroke = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    bool is_line = false;
};

struct Geometry {
    Rect bounds;                      // everything, including the legend
    std::vector<GeoCluster> clusters; // drawn first (back to front: outer before inner)
    std::vector<GeoEdge> edges;
    std::vector<GeoNode> nodes;
    std::vector<LegendEntry> legend;
    std::string title;

    // The node or edge under a point (for clicks and tooltips); empty when none.
    Id hit_test(Point p, double tolerance = 4.0) const;
};

} // namespace skm::render
