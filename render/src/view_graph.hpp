#pragma once
// The picture of one view before layout: nodes, edges and bands with their looks, built from the
// model. DOT is written from it, and the laid-out positions are joined back to it to form the
// Geometry, so styling lives in one place for the editor and every export.
#include "skm/geometry.hpp"
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <string>
#include <vector>

namespace skm::render::detail {

struct VNode {
    Id element;                     // model id, or a synthetic id ("band:L1", "anchor:2")
    std::vector<std::string> lines; // the label, already wrapped
    NodeShape shape = NodeShape::RoundedBox;
    Rgba fill = 0xFFFFFFFF, stroke = 0x333333FF, text = 0x111111FF;
    LineStyle style = LineStyle::Solid;
    bool greyed = false;
    Marker marker = Marker::None;
    std::string tooltip;
    double font_size = 14;
    int cluster = -1;       // innermost cluster, -1 = top level
    bool invisible = false; // ordering anchors
    bool header = false;    // a band's name node: kept whenever its band is kept
    bool legend = false;    // the drawn legend (exports); the editor draws its own from `legend`
    int row = 0;            // row within a wrapped band (see VCluster::wrap)
    // For scoping (ViewSpec.only_level / only_principal): what the node belongs to.
    Id level;
    std::vector<Id> principals;
};

struct VEdge {
    Id element; // flow/link id; empty for structural edges
    int from = 0, to = 0;
    std::string label; // one line, already shortened; drawn as label or xlabel (see dot_writer)
    std::string tooltip;
    Rgba color = 0x333333FF;
    LineStyle style = LineStyle::Solid;
    double width = 1.2;
    Marker marker = Marker::None;
    bool greyed = false;
    bool reversed = false;  // drawn from `to` back to `from` (feedback to the sender)
    bool invisible = false; // ordering only
    bool constraint = true;
    int weight = 1;
    bool arrow = true;
};

struct VCluster {
    Id element;
    std::string label;
    Rgba fill = 0xF4F4F4FF, stroke = 0x999999FF;
    bool greyed = false;
    int parent = -1;
    bool same_rank = false; // a band: its nodes share one rank (inner rank=same subgraph)
    bool draw_label = true; // false when a header node inside the band names it already
    int wrap = 0;           // a band with more nodes than this continues on further rows
};

struct ViewGraph {
    std::string title;
    bool left_to_right = false;
    std::vector<VCluster> clusters;
    std::vector<VNode> nodes;
    std::vector<VEdge> edges;
    std::vector<LegendEntry> legend;
    std::string empty_message; // set when nothing is left to show
    // Band anchors top-down (or left-right); the invisible chain between them is added after
    // scoping, so removed bands never break the order of the rest.
    std::vector<int> chain;
    bool legend_after_chain = true; // the legend node hangs below/after the last anchor

    int add_node(VNode n) {
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size()) - 1;
    }
    void add_edge(VEdge e) { edges.push_back(std::move(e)); }
    int add_cluster(VCluster c) {
        clusters.push_back(std::move(c));
        return static_cast<int>(clusters.size()) - 1;
    }
};

// Builds the view, applies ViewSpec scoping and findings markers. Throws nothing; a view that
// cannot be drawn (unknown process) has empty_message set.
ViewGraph build_view_graph(const Model& m, const ViewSpec& view, const CheckResult* findings);

// The per-view builders (one file each).
ViewGraph build_structure(const Model& m, const ViewSpec& view);
ViewGraph build_handoffs(const Model& m, const ViewSpec& view);
ViewGraph build_process(const Model& m, const ViewSpec& view);
ViewGraph build_escalation(const Model& m, const ViewSpec& view);

// Keeps only what ViewSpec's scoping asks for; drops emptied clusters.
void apply_scope(ViewGraph& g, const ViewSpec& view);
void apply_findings(ViewGraph& g, const CheckResult* findings, Lang lang);

// DOT node and cluster names for indexes (also how layout results are joined back).
std::string node_name(int index);
std::string edge_name(int index);
std::string cluster_name(int index);

} // namespace skm::render::detail
