#pragma once
// A laid-out view as plain data: what the editor draws and what the exports show, in one
// coordinate space (points, 1/72 inch; origin top-left, y grows downwards). No Graphviz type
// appears here, so the editor never links Graphviz.
//
// Everything a writer needs is placed already: every line of text has its box, baseline and
// size (the size the layout measured it at, so a writer never rescales text to fit), every edge
// its route, its label box and arrowheads, every finding its badge, and the legend its entries.
// Colours and badges are joined to the positions after layout, so one layout serves any style.
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
    bool intersects(const Rect& o) const {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
    bool empty() const { return w <= 0 || h <= 0; }
    bool operator==(const Rect&) const = default;
};

using Rgba = std::uint32_t; // 0xRRGGBBAA

enum class NodeShape { Box, RoundedBox, Ellipse, Diamond, Circle, DoubleCircle, Note, Plaintext };
enum class LineStyle { Solid, Dashed, Dotted, Bold };
enum class Marker { None, Info, Warning, Error }; // finding badge on an element

// One line of text, placed. `box` is the line's box (width = the measured advance of the text at
// `size`, height = the line height); the text is drawn left-aligned from (box.x, baseline).
struct GeoText {
    std::string text; // exactly as shown: already wrapped and hyphenated, never cut by a writer
    Rect box;
    double baseline = 0;
    double size = 12; // points (DejaVu Sans)
    bool bold = false;
    Rgba color = 0x111111FF;
};

// A finding overlay: drawn on top of the element, it never recolours it (issue 9 §4).
struct Badge {
    Marker marker = Marker::None; // worst severity among the element's open findings
    int count = 0;                // open (not waived) findings on the element
    Rect box;                     // where to draw it: a small disc at the element's corner
};

// What a node is, so the editor knows what a click, drag or drop on it means and the exports
// know what they draw.
enum class NodeKind {
    Other,
    Header,     // a band's name (element = level id; "" for the "Utan nivå" band) or a lane's
                // name (element = the lane's actor id)
    Actor,      // a unit, role or citizen party (element = its model id)
    Forum,      // element = forum id; its members are MemberChip nodes inside its box
    MemberChip, // one member inside a forum's box: element = the member's id, owner = forum id
    Group,      // a collapsed principal: element = "group:<principal-id>", count = its units
    Step,       // a process step: element = "P-ID.STEP-ID", number = its number on the map
    StepShare,  // a step's mark in another lane that takes part in it (element = the step's)
    Message,    // the sentence of an empty view (element empty)
};

struct GeoNode {
    Id element; // model id, "P-ID.STEP-ID" for steps, "group:<principal-id>" for groups
    NodeKind kind = NodeKind::Other;
    Id band;        // the level (structure map) or lane (process map) the node lies in; "" = none
    Id owner;       // MemberChip: the forum; Actor on the structure map: its "group:<principal-id>"
    int count = 0;  // Group: how many units it stands for
    int number = 0; // Step/StepShare: the step's number as printed on the map (1, 2, …)
    std::vector<std::string> label_lines; // the texts' strings, top-down (kept for old callers)
    std::vector<GeoText> texts;           // the label, placed
    Rect box;
    NodeShape shape = NodeShape::Box;
    Rgba fill = 0xFFFFFFFF, stroke = 0x333333FF, text = 0x111111FF;
    LineStyle style = LineStyle::Solid;
    double pen_width = 1.2;
    bool greyed = false;          // vilande/upphörd
    Marker marker = Marker::None; // == badge.marker
    Badge badge;
    std::string tooltip;
    double font_size = 12; // the size of the node's main text (texts[0]), as laid out
};

enum class EdgeKind {
    Other,
    Flow,       // a handoff: element = flow id
    ReportsTo,  // forum → the forum it reports to: element = "<forum-id>:reports_to"
    LevelLink,  // between two bands: element = level link id
    Transition, // between process steps: element = "P-ID.FROM->TO"
    Share,      // a step to its StepShare mark: element = the step's
    Escalation, // a step of an escalation path: element = escalation id
};

struct GeoEdge {
    Id element; // flow/link id, or empty for structural edges
    EdgeKind kind = EdgeKind::Other;
    Id from, to;               // node element ids, in the model's direction
    std::vector<Point> spline; // cubic Bézier: 1 + 3k control points (collinear when orthogonal)
    bool orthogonal = false;   // the route is horizontal and vertical segments only
    bool loop = false;         // runs back against the reading order (a loop back in a process)
    bool arrow_at_end = true, arrow_at_start = false;
    Point arrow_end_tip, arrow_start_tip; // where the arrowheads point to
    std::string label;
    Point label_pos;                  // centre of the label
    Rect label_box;                   // the label's box; never over a node
    std::vector<GeoText> label_texts; // the label, placed
    Rgba color = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    double width = 1.0;
    Marker marker = Marker::None; // == badge.marker
    Badge badge;
    bool greyed = false;
    std::string tooltip;
};

enum class ClusterKind {
    Other,
    Band,           // a level band: element = level id ("" for "Utan nivå")
    Lane,           // a process lane: element = the lane's actor id ("" for "Utan simbana")
    PrincipalGroup, // one principal's actors within a band: element = "group:<principal-id>"
    Column,         // one principal's column (ViewSpec::principal_columns): element = its id
    Path,           // an escalation path: element = escalation id
};

struct GeoCluster {
    Id element; // level id, lane id, …
    ClusterKind kind = ClusterKind::Other;
    Id band; // PrincipalGroup: the level band it lies in
    std::string label;
    std::vector<GeoText> texts; // the label, placed (empty when a Header node names it)
    Rect box;
    Point label_pos;
    Rgba fill = 0xF4F4F4FF, stroke = 0x999999FF;
    bool greyed = false;
    bool label_drawn = true; // false when a node inside the band already shows the name
};

enum class LegendKind { Swatch, Line, Badge };

// One entry of the legend: exactly a style the map uses, drawn as the map draws it.
struct LegendEntry {
    std::string label;
    Rgba fill = 0xFFFFFFFF, stroke = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    bool is_line = false; // == (kind == LegendKind::Line)
    LegendKind kind = LegendKind::Swatch;
    NodeShape shape = NodeShape::RoundedBox;     // Swatch: the shape as used on the map
    double width = 1.2;                          // Line: pen width; Swatch: outline width
    bool arrow_end = false, arrow_start = false; // Line: arrowheads as drawn on the map
    Marker marker = Marker::None;                // Badge: which badge
    // Placed in Geometry::legend_bounds (for the exports; the editor may draw its own).
    Rect swatch;  // the sample: a shape, a line (drawn through the middle) or a badge
    GeoText text; // the label
};

struct Geometry {
    Rect bounds;                      // everything, including the legend
    Rect map_bounds;                  // the map without the legend
    Rect legend_bounds;               // the placed legend (below the map); empty when there is none
    std::vector<GeoCluster> clusters; // drawn first (back to front: outer before inner)
    std::vector<GeoEdge> edges;
    std::vector<GeoNode> nodes; // drawn last, in order (chips after their forum)
    std::vector<LegendEntry> legend;
    std::string title;
    // Non-empty when there is nothing to draw: the sentence to show instead (the command line
    // turns this into exit status 2). The geometry then holds one Message node.
    std::string message;
    // Level of detail: every principal group the view can collapse ("group:<principal-id>"),
    // and those collapsed in this layout.
    std::vector<Id> groups;
    std::vector<Id> collapsed_groups;
    bool lanes_vertical = false; // process map: lanes are columns and steps run top-down

    // The node or edge under a point (for clicks and tooltips); empty when none.
    Id hit_test(Point p, double tolerance = 4.0) const;
    // The band cluster (level or lane) under a point, or nullptr (drop-into-band, double-click).
    const GeoCluster* band_at(Point p) const;
    // The smallest text size on the map (legend excluded), 0 when there is no text.
    double min_text_size() const;
};

} // namespace skm::render
