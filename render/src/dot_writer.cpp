#include "dot_writer.hpp"

#include "dot_text.hpp"
#include "skm/layout.hpp"
#include "view_style.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace skm::render::detail {
namespace {

const char* kFont = "DejaVu Sans";

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
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

const char* line_word(LineStyle s) {
    switch (s) {
    case LineStyle::Solid:
        return "solid";
    case LineStyle::Dashed:
        return "dashed";
    case LineStyle::Dotted:
        return "dotted";
    case LineStyle::Bold:
        return "bold";
    }
    return "solid";
}

// Only our own fixed words reach this (legend texts), but escape every markup character anyway.
std::string html_text(const std::string& s) {
    std::string out;
    for (unsigned char c : clean_text(s)) {
        if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '\\')
            out += "&#" + std::to_string(c) + ";";
        else
            out += static_cast<char>(c);
    }
    return out;
}

std::string legend_label(const std::vector<LegendEntry>& legend) {
    std::string s =
        "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"4\"><TR>";
    for (const auto& e : legend) {
        if (e.is_line) {
            const char* glyph = e.style == LineStyle::Dashed   ? "╌╌╌"
                                : e.style == LineStyle::Dotted ? "┈┈┈"
                                : e.style == LineStyle::Bold   ? "━━━"
                                                               : "───";
            s += "<TD><FONT COLOR=\"" + rgba_hex(e.stroke | 0xFF) + "\">" + glyph + "</FONT> " +
                 html_text(e.label) + "</TD>";
        } else {
            s += "<TD BGCOLOR=\"" + rgba_hex(e.fill | 0xFF) + "\" COLOR=\"" +
                 rgba_hex(e.stroke | 0xFF) + "\" BORDER=\"2\"" +
                 (e.style == LineStyle::Dashed ? " STYLE=\"dashed\"" : "") + ">" +
                 html_text(e.label) + "</TD>";
        }
    }
    return s + "</TR></TABLE>>";
}

void write_node(std::ostringstream& o, const ViewGraph& g, int i, const std::string& indent) {
    const VNode& n = g.nodes[static_cast<std::size_t>(i)];
    o << indent << node_name(i) << " [";
    if (n.legend) {
        o << "shape=plaintext, fontsize=14, label=" << legend_label(g.legend) << "];\n";
        return;
    }
    if (n.invisible) {
        o << "shape=point, width=0.01, height=0.01, label=\"\", style=invis];\n";
        return;
    }
    o << "label=" << dot_label(n.lines) << ", shape=" << shape_word(n.shape);
    std::string style;
    if (n.shape != NodeShape::Plaintext) style = "filled";
    if (n.shape == NodeShape::RoundedBox) style += ",rounded";
    if (n.style == LineStyle::Dashed || n.style == LineStyle::Dotted)
        style += std::string(",") + line_word(n.style);
    if (!style.empty()) o << ", style=\"" << style << "\"";
    o << ", fillcolor=\"" << rgba_hex(n.fill) << "\", color=\"" << rgba_hex(n.stroke)
      << "\", fontcolor=\"" << rgba_hex(n.text) << "\"";
    if (n.font_size != 14) o << ", fontsize=" << num(n.font_size);
    if (n.marker == Marker::Error || n.marker == Marker::Warning) o << ", penwidth=3.5";
    if (!n.tooltip.empty()) o << ", tooltip=" << dot_quote(n.tooltip);
    o << "];\n";
}

void write_cluster(std::ostringstream& o, const ViewGraph& g, int c, const std::string& indent) {
    const VCluster& cl = g.clusters[static_cast<std::size_t>(c)];
    o << indent << "subgraph " << cluster_name(c) << " {\n";
    const std::string in = indent + "  ";
    o << in << "style=\"filled,rounded\"; fillcolor=\"" << rgba_hex(cl.fill) << "\"; color=\""
      << rgba_hex(cl.stroke) << "\";\n";
    if (cl.draw_label && !cl.label.empty())
        o << in << "label=" << dot_label(wrap_label(cl.label, 40, 80))
          << "; labeljust=l; fontsize=16;\n";
    else
        o << in << "label=\"\";\n";
    for (std::size_t k = 0; k < g.clusters.size(); ++k)
        if (g.clusters[k].parent == c) write_cluster(o, g, static_cast<int>(k), in);
    if (cl.same_rank) {
        // Without newrank, rank=same on a cluster itself is ignored; inner subgraphs work. A
        // wrapped band has one such subgraph per row.
        int rows = 0;
        for (const auto& n : g.nodes)
            if (n.cluster == c) rows = std::max(rows, n.row + 1);
        for (int r = 0; r < rows; ++r) {
            o << in << "{ rank=same;\n";
            for (std::size_t i = 0; i < g.nodes.size(); ++i)
                if (g.nodes[i].cluster == c && g.nodes[i].row == r)
                    write_node(o, g, static_cast<int>(i), in + "  ");
            o << in << "}\n";
        }
    } else {
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            if (g.nodes[i].cluster == c) write_node(o, g, static_cast<int>(i), in);
    }
    o << indent << "}\n";
}

bool in_same_band(const ViewGraph& g, const VEdge& e) {
    const int a = g.nodes[static_cast<std::size_t>(e.from)].cluster;
    const int b = g.nodes[static_cast<std::size_t>(e.to)].cluster;
    return a >= 0 && a == b && g.clusters[static_cast<std::size_t>(a)].same_rank;
}

} // namespace

std::string write_dot(const ViewGraph& g, const DotExtras& x) {
    std::ostringstream o;
    o << "digraph skm {\n";
    o << "  graph [fontname=\"" << kFont
      << "\", fontsize=20, rankdir=" << (g.left_to_right ? "LR" : "TB")
      << ", nodesep=0.5, ranksep=" << (g.left_to_right ? "0.5" : "0.7")
      << ", pad=0.3, outputorder=edgesfirst, charset=\"UTF-8\"";
    if (!x.heading.empty())
        o << ", labelloc=t, labeljust=l, label=" << dot_label_left(wrap_label(x.heading, 90, 240));
    if (x.fit_width_in > 0 && x.fit_height_in > 0)
        o << ", size=\"" << num(x.fit_width_in) << "," << num(x.fit_height_in) << "\"";
    if (x.dpi > 0) o << ", dpi=" << x.dpi;
    if (x.paper_width_in > 0 && x.paper_height_in > 0)
        o << ", skm_paper=\"" << num(x.paper_width_in) << "," << num(x.paper_height_in) << ","
          << num(x.paper_margin_in) << "\"";
    o << "];\n";
    o << "  node [fontname=\"" << kFont
      << "\", fontsize=14, margin=\"0.16,0.08\", penwidth=1.4];\n";
    o << "  edge [fontname=\"" << kFont << "\", fontsize=12, penwidth=1.2, arrowsize=0.9];\n";
    if (!g.empty_message.empty()) {
        o << "  " << node_name(0) << " [shape=plaintext, fontsize=16, label="
          << dot_label(wrap_label(g.empty_message, 40, 200)) << "];\n}\n";
        return o.str();
    }
    for (std::size_t c = 0; c < g.clusters.size(); ++c)
        if (g.clusters[c].parent < 0) write_cluster(o, g, static_cast<int>(c), "  ");
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
        if (g.nodes[i].cluster < 0) write_node(o, g, static_cast<int>(i), "  ");
    for (std::size_t k = 0; k < g.edges.size(); ++k) {
        const VEdge& e = g.edges[k];
        o << "  " << node_name(e.from) << " -> " << node_name(e.to)
          << " [id=" << edge_name(static_cast<int>(k));
        if (e.invisible) {
            o << ", style=invis, weight=" << e.weight << "];\n";
            continue;
        }
        if (!e.label.empty())
            o << ", " << (in_same_band(g, e) ? "xlabel=" : "label=")
              << dot_label(wrap_label(e.label, 28, 60));
        if (!e.tooltip.empty()) o << ", tooltip=" << dot_quote(e.tooltip);
        o << ", color=\"" << rgba_hex(e.color) << "\", fontcolor=\""
          << rgba_hex(e.greyed ? kGreyText : 0x333333FF) << "\"";
        if (e.style != LineStyle::Solid) o << ", style=" << line_word(e.style);
        double width = e.width;
        if (e.marker == Marker::Error || e.marker == Marker::Warning) width = std::max(width, 3.0);
        o << ", penwidth=" << num(width);
        if (e.reversed) o << ", dir=back";
        if (!e.arrow) o << ", dir=none";
        if (!e.constraint) o << ", constraint=false";
        if (e.weight != 1) o << ", weight=" << e.weight;
        o << "];\n";
    }
    o << "}\n";
    return o.str();
}

} // namespace skm::render::detail

namespace skm::render {

std::string build_dot(const Model& m, const ViewSpec& view, const CheckResult* findings) {
    return detail::write_dot(detail::build_view_graph(m, view, findings));
}

} // namespace skm::render
