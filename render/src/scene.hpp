#pragma once
// The picture of one view before Graphviz routes its edges: nodes with their boxes and placed
// texts, clusters (bands, lanes, groups), edges with their looks, and the legend entries the
// looks belong to. The view builders (place_*.cpp, view_handoffs.cpp) make it; for our own
// placement every box is final here, for dot-laid-out views only the sizes are.
//
// Graphviz only ever sees what affects positions and routes (layout_dot.cpp); colours, pens,
// tooltips, badges and the legend stay here and join the routes afterwards (compose.cpp).
#include "skm/geometry.hpp"
#include "skm/lang.hpp"

#include <map>
#include <string>
#include <vector>

namespace skm::render::detail {

// Text sizes (points) and the main colours, shared by the views.
inline constexpr double kTitleSize = 14; // band and lane names
inline constexpr double kNameSize = 12;  // forum names, step names
inline constexpr double kActorSize = 11; // actor tiles
inline constexpr double kSmallSize = 10; // second lines, chips, edge labels, legend
inline constexpr double kPad = 8;        // inside a box
inline constexpr Rgba kInk = 0x1A1A1AFF, kMutedInk = 0x555555FF;
inline constexpr Rgba kGreyFill = 0xEEEEEEFF, kGreyStroke = 0x9A9A9AFF, kGreyText = 0x767676FF;
inline constexpr Rgba kErrorColor = 0xC62828FF, kWarningColor = 0xE09000FF, kInfoColor = 0x1565C0FF;
inline constexpr Rgba kBandFill = 0xF5F6F7FF, kBandStroke = 0xB8BCC2FF;
inline constexpr Rgba kMixedFill = 0xE4DDF4FF; // several principal types share the element
inline constexpr Rgba kNeutralFill = 0xFFFFFFFF;

// A line of text in a node, before placement.
struct Line {
    std::string text;
    double size = kNameSize;
    bool bold = false;
    Rgba color = kInk;
};

struct SNode {
    Id element;
    NodeKind kind = NodeKind::Other;
    Id band, owner;
    int count = 0, number = 0;
    Rect box; // final for our own placement; only w and h for dot
    NodeShape shape = NodeShape::RoundedBox;
    Rgba fill = kNeutralFill, stroke = 0x4A4A4AFF, text = kInk;
    LineStyle style = LineStyle::Solid;
    double pen = 1.2;
    bool greyed = false;
    std::vector<GeoText> texts; // relative to the box's top-left corner
    std::string tooltip;
    bool obstacle = true;            // edges are routed around it
    int parent = -1;                 // a node this one sits inside (a chip in its forum), for dot
    std::vector<std::string> legend; // the legend entries its look stands for
    Id level;                        // scoping: the level it belongs to
    std::vector<Id> principals;      // scoping: the principals it belongs to
};

struct SEdge {
    Id element;
    EdgeKind kind = EdgeKind::Other;
    int from = 0, to = 0;  // node indices, in the direction the route is computed
    bool reversed = false; // the model's direction is to → from
    bool arrow_end = true, arrow_start = false; // in route direction
    std::string label;
    std::vector<std::string> label_lines;
    Rgba color = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    double width = 1.4;
    bool greyed = false;
    bool loop = false;
    bool orthogonal = false;
    std::string tooltip;
    std::vector<std::string> legend;
    // false: we draw the route ourselves (`points`, a polyline), Graphviz never sees the edge.
    bool routed = true;
    std::vector<Point> points;
    // true: the builder placed the label itself (label_texts, absolute); otherwise it is placed
    // along the route after routing.
    bool label_fixed = false;
    std::vector<GeoText> label_texts;
    int weight = 1; // dot only
};

struct SCluster {
    Id element;
    ClusterKind kind = ClusterKind::Other;
    Id band;
    std::string label;
    std::vector<GeoText> texts; // absolute
    Rect box;
    Rgba fill = kBandFill, stroke = kBandStroke;
    bool greyed = false;
};

struct Scene {
    enum class Engine { Pinned, Dot };
    Engine engine = Engine::Pinned;
    std::string splines = "ortho"; // Pinned: how Graphviz routes the edges it is given
    bool left_to_right = false;    // Dot: rankdir
    Lang lang = Lang::Sv;
    std::string title;
    std::string message;            // set: nothing to draw
    std::vector<SCluster> clusters; // outer before inner
    std::vector<SNode> nodes;
    std::vector<SEdge> edges;
    // The legend entries the views may use, by key, in the order the legend lists them; only
    // those some node or edge refers to are shown.
    std::vector<std::pair<std::string, LegendEntry>> legend_catalog;
    std::vector<Id> groups, collapsed_groups;
    // Elements drawn inside a collapsed group: their findings badge the group node.
    std::map<Id, Id> collapsed_into;
    bool lanes_vertical = false;

    int add(SNode n) {
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size()) - 1;
    }
    void add(SEdge e) { edges.push_back(std::move(e)); }
    void add(SCluster c) { clusters.push_back(std::move(c)); }
    // Registers a legend entry once; returns its key for nodes and edges to refer to.
    const std::string& legend(const std::string& key, LegendEntry entry);
};

// Places lines top-down as a block, each line centred in `width` (or left-aligned at `left`
// when `centre` is false), starting at `top`. Returns the block's height.
double place_lines(std::vector<GeoText>& out, const std::vector<Line>& lines, double width,
                   double top, bool centre = true, double left = 0);
double lines_height(const std::vector<Line>& lines);
double widest_of(const std::vector<Line>& lines);
// A line per wrapped piece of `text` at one style.
std::vector<Line> wrapped(std::string_view text, double width, double size, bool bold = false,
                          Rgba color = kInk);

Rgba principal_fill(PrincipalType t);
// Fill for a set of principals: their type's colour, mixed when several types, neutral when none.
class Lookup;
Rgba principals_fill(const Lookup& look, const std::vector<Id>& principals,
                     std::string& legend_key);
// Registers the principal-type legend entries a scene may use ("ptype:<word>", "ptype:mixed").
void add_principal_legend(Scene& s);
// Greys a node out (vilande/upphörd or vacant) and points it at the "inactive" legend entry.
void grey_out(Scene& s, SNode& n);

} // namespace skm::render::detail
