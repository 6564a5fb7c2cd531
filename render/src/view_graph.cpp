#include "view_graph.hpp"

#include "dot_text.hpp"
#include "view_style.hpp"

#include <algorithm>
#include <map>

namespace skm::render::detail {

std::string node_name(int index) {
    return "n" + std::to_string(index);
}
std::string edge_name(int index) {
    return "e" + std::to_string(index);
}
std::string cluster_name(int index) {
    return "cluster_" + std::to_string(index);
}

namespace {

VEdge invisible_edge(int from, int to, int weight) {
    VEdge e;
    e.from = from;
    e.to = to;
    e.invisible = true;
    e.weight = weight; // weight 0 would make dot ignore a flat edge for the order
    return e;
}

// Splits a wide band into rows so a projected map is not one long strip. Returns, per band
// header, the node that starts the band's last row (where the chain to the next band leaves).
std::vector<int> wrap_bands(ViewGraph& g) {
    std::vector<int> exit_of(g.nodes.size(), -1);
    for (std::size_t h = 0; h < g.nodes.size(); ++h) {
        if (!g.nodes[h].header || g.nodes[h].cluster < 0) continue;
        const auto& band = g.clusters[static_cast<std::size_t>(g.nodes[h].cluster)];
        exit_of[h] = static_cast<int>(h);
        if (!band.same_rank) continue;
        std::vector<int> members;
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            if (i != h && g.nodes[i].cluster == g.nodes[h].cluster && !g.nodes[i].header)
                members.push_back(static_cast<int>(i));
        const int n = static_cast<int>(members.size());
        // At most kMaxRows rows: every extra rank makes long edges cost dot more, and a band
        // that large is read through scoping anyway.
        constexpr int kMaxRows = 4;
        const int rows = band.wrap > 0 && n > band.wrap
                             ? std::min((n + band.wrap - 1) / band.wrap, kMaxRows)
                             : 1;
        const int per_row = (n + rows - 1) / std::max(rows, 1);
        // Each further row starts with an invisible anchor under the header, so rows (and the
        // next band, chained from the last anchor) stay aligned at the band's left edge.
        std::vector<int> row_head{static_cast<int>(h)};
        for (int r = 1; r < rows; ++r) {
            VNode anchor;
            anchor.element = "row:" + g.nodes[h].element + ":" + std::to_string(r);
            anchor.invisible = true;
            anchor.cluster = g.nodes[h].cluster;
            anchor.level = g.nodes[h].level;
            anchor.row = r;
            const int ai = g.add_node(anchor);
            g.add_edge(invisible_edge(row_head.back(), ai, 20));
            row_head.push_back(ai);
        }
        for (int k = 0; k < n; ++k) {
            const int member = members[static_cast<std::size_t>(k)];
            const int row = k / std::max(per_row, 1);
            g.nodes[static_cast<std::size_t>(member)].row = row;
            g.add_edge(invisible_edge(row_head[static_cast<std::size_t>(row)], member, 1));
        }
        const int row_start = row_head.back();
        exit_of[h] = row_start;
    }
    return exit_of;
}

void add_chain_and_legend(ViewGraph& g) {
    const std::vector<int> exit_of = wrap_bands(g);
    for (std::size_t i = 0; i + 1 < g.chain.size(); ++i) {
        const int from = g.chain[i];
        const int exit =
            from < static_cast<int>(exit_of.size()) && exit_of[static_cast<std::size_t>(from)] >= 0
                ? exit_of[static_cast<std::size_t>(from)]
                : from;
        g.add_edge(invisible_edge(exit, g.chain[i + 1], 20));
    }
    if (g.legend.empty() || g.nodes.empty()) return;
    VNode n;
    n.element = "legend";
    n.legend = true;
    n.shape = NodeShape::Plaintext;
    const int li = g.add_node(n);
    int after = g.chain.empty() ? -1 : g.chain.back();
    if (after >= 0 && exit_of[static_cast<std::size_t>(after)] >= 0)
        after = exit_of[static_cast<std::size_t>(after)];
    if (after >= 0 && g.legend_after_chain) {
        VEdge e;
        e.from = after;
        e.to = li;
        e.invisible = true;
        g.add_edge(e);
    }
}

} // namespace

void apply_findings(ViewGraph& g, const CheckResult* findings, Lang lang) {
    if (!findings) return;
    std::map<Id, Marker> worst;
    std::map<Id, std::string> notes;
    for (const auto& f : findings->findings) {
        if (f.waived || f.elements.empty()) continue;
        Marker mk = f.severity == Severity::Error     ? Marker::Error
                    : f.severity == Severity::Warning ? Marker::Warning
                                                      : Marker::Info;
        auto& w = worst[f.element()];
        if (w == Marker::None || static_cast<int>(mk) > static_cast<int>(w)) w = mk;
        notes[f.element()] += "\n" + f.sub + ": " + f.message(lang);
    }
    auto color = [](Marker mk) { return mk == Marker::Error ? kErrorColor : kWarningColor; };
    for (auto& n : g.nodes) {
        if (n.invisible || n.legend) continue;
        auto it = worst.find(n.element);
        if (it == worst.end()) continue;
        n.marker = it->second;
        n.tooltip += notes[n.element];
        if (n.marker == Marker::Error || n.marker == Marker::Warning) {
            n.stroke = color(n.marker);
            if (n.shape == NodeShape::Plaintext) {
                // A band name has no outline to colour: colour its text and badge it.
                n.text = color(n.marker);
                if (!n.lines.empty()) n.lines[0] = "\xE2\x9A\xA0 " + n.lines[0];
            }
        }
    }
    for (auto& e : g.edges) {
        if (e.invisible || e.element.empty()) continue;
        auto it = worst.find(e.element);
        if (it == worst.end()) continue;
        e.marker = it->second;
        e.tooltip += notes[e.element];
        if (e.marker == Marker::Error || e.marker == Marker::Warning) e.color = color(e.marker);
    }
    bool err = false, warn = false;
    for (const auto& n : g.nodes)
        err |= n.marker == Marker::Error, warn |= n.marker == Marker::Warning;
    for (const auto& e : g.edges)
        err |= e.marker == Marker::Error, warn |= e.marker == Marker::Warning;
    if (err)
        g.legend.push_back({tr(lang, "Brist (fel)", "Finding (error)"), 0xFFFFFFFF, kErrorColor});
    if (warn)
        g.legend.push_back(
            {tr(lang, "Brist (varning)", "Finding (warning)"), 0xFFFFFFFF, kWarningColor});
}

ViewGraph build_view_graph(const Model& m, const ViewSpec& view, const CheckResult* findings) {
    ViewGraph g;
    switch (view.kind) {
    case ViewKind::Structure:
        g = build_structure(m, view);
        break;
    case ViewKind::Handoffs:
        g = build_handoffs(m, view);
        break;
    case ViewKind::Process:
        g = build_process(m, view);
        break;
    case ViewKind::Escalation:
        g = build_escalation(m, view);
        break;
    }
    if (!g.empty_message.empty()) return g;
    apply_scope(g, view);
    if (view.show_findings) apply_findings(g, findings, view.lang);
    bool visible = false;
    for (const auto& n : g.nodes)
        visible |= !n.invisible && !n.header && !n.legend;
    if (!visible && g.empty_message.empty())
        g.empty_message =
            tr(view.lang, "Inget att visa i den här vyn", "Nothing to show in this view");
    add_chain_and_legend(g);
    return g;
}

} // namespace skm::render::detail
