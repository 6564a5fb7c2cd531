#pragma once
// The plain-text form of a Graphviz layout that the worker process writes on stdout, and its
// reader. Coordinates are points with the origin top-left and y growing downwards.
//   bounds W H
//   node NAME CX CY W H
//   edge ID SFLAG SX SY EFLAG EX EY LFLAG LX LY N X1 Y1 … XN YN
//   cluster NAME X Y W H LFLAG LX LY
#include "skm/geometry.hpp"

#include <map>
#include <string>
#include <vector>

namespace skm::render::detail {

struct RawNode {
    Point centre;
    double w = 0, h = 0;
};
struct RawEdge {
    bool has_start = false, has_end = false, has_label = false;
    Point start_tip, end_tip, label_pos;
    std::vector<Point> points;
};
struct RawCluster {
    Rect box;
    bool has_label = false;
    Point label_pos;
};
struct RawLayout {
    double width = 0, height = 0;
    std::map<std::string, RawNode> nodes;
    std::map<std::string, RawEdge> edges;
    std::map<std::string, RawCluster> clusters;
};

// False (with a message) when the text is not a complete layout.
bool parse_layout_lines(const std::string& text, RawLayout& out, std::string& error);

} // namespace skm::render::detail
