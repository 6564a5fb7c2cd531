#include "view_graph.hpp"

#include "dot_text.hpp"
#include "view_style.hpp"

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

void add_chain_and_legend(ViewGraph& g) {
    // A band's header stays at its left end: invisible flat edges to every node of the band.
    const std::size_t count = g.nodes.size();
    for (std::size_t h = 0; h < count; ++h) {
        if (!g.nodes[h].header || g.nodes[h].cluster < 0) continue;
        if (!g.clusters[static_cast<std::size_t>(g.nodes[h].cluster)].same_rank) continue;
        for (std::size_t i = 0; i < count; ++i)
            if (i != h && g.nodes[i].cluster == g.nodes[h].cluster && !g.nodes[i].header) {
                VEdge e;
                e.from = static_cast<int>(h);
                e.to = static_cast<int>(i);
                e.invisible = true; // weight 0 would make dot ignore it for the order
                g.add_edge(e);
            }
    }
    for (std::size_t i = 0; i + 1 < g.chain.size(); ++i) {
        VEdge e;
        e.from = g.chain[i];
        e.to = g.chain[i + 1];
        e.invisible = true;
        e.weight = g.chain_same_rank ? 1 : 20;
        g.add_edge(e);
    }
    if (g.legend.empty() || g.nodes.empty()) return;
    int last_content = -1;
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
        if (!g.nodes[i].invisible && !g.nodes[i].header) last_content = static_cast<int>(i);
    VNode n;
    n.element = "legend";
    n.legend = true;
    n.shape = NodeShape::Plaintext;
    const int li = g.add_node(n);
    const int after = g.chain_same_rank ? last_content : (g.chain.empty() ? -1 : g.chain.back());
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
        if (n.marker == Marker::Error || n.marker == Marker::Warning) n.stroke = color(n.marker);
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
