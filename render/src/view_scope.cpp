// ViewSpec scoping: one level, one principal, or the neighbourhood of one element.
#include "view_graph.hpp"

#include <algorithm>
#include <deque>
#include <map>

namespace skm::render::detail {
namespace {

bool content(const VNode& n) {
    return !n.invisible && !n.header && !n.legend;
}

} // namespace

void apply_scope(ViewGraph& g, const ViewSpec& view) {
    const std::size_t n = g.nodes.size();
    std::vector<bool> keep(n, true);
    auto restrict = [&](auto pred) {
        for (std::size_t i = 0; i < n; ++i)
            if (content(g.nodes[i]) && !pred(g.nodes[i])) keep[i] = false;
    };
    if (!view.only_level.empty())
        restrict([&](const VNode& v) { return v.level == view.only_level; });
    if (!view.only_principal.empty())
        restrict([&](const VNode& v) {
            return std::find(v.principals.begin(), v.principals.end(), view.only_principal) !=
                   v.principals.end();
        });
    if (!view.focus.empty() && view.focus_radius > 0) {
        std::vector<int> dist(n, -1);
        std::deque<std::size_t> queue;
        for (std::size_t i = 0; i < n; ++i)
            if (content(g.nodes[i]) && g.nodes[i].element == view.focus) {
                dist[i] = 0;
                queue.push_back(i);
            }
        std::vector<std::vector<std::size_t>> adj(n);
        for (const auto& e : g.edges) {
            if (e.invisible) continue;
            adj[static_cast<std::size_t>(e.from)].push_back(static_cast<std::size_t>(e.to));
            adj[static_cast<std::size_t>(e.to)].push_back(static_cast<std::size_t>(e.from));
        }
        while (!queue.empty()) {
            const std::size_t cur = queue.front();
            queue.pop_front();
            if (dist[cur] >= view.focus_radius) continue;
            for (std::size_t nb : adj[cur])
                if (dist[nb] < 0 && content(g.nodes[nb])) {
                    dist[nb] = dist[cur] + 1;
                    queue.push_back(nb);
                }
        }
        for (std::size_t i = 0; i < n; ++i)
            if (content(g.nodes[i]) && dist[i] < 0) keep[i] = false;
    }
    if (std::all_of(keep.begin(), keep.end(), [](bool k) { return k; })) return;

    // A cluster survives when some content node in it (or in a cluster inside it) survives.
    std::vector<bool> cluster_used(g.clusters.size(), false);
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i] && content(g.nodes[i]))
            for (int c = g.nodes[i].cluster; c >= 0;
                 c = g.clusters[static_cast<std::size_t>(c)].parent)
                cluster_used[static_cast<std::size_t>(c)] = true;
    // With only_level, that band stays even when it holds no forum.
    for (std::size_t i = 0; i < n; ++i) {
        const auto& v = g.nodes[i];
        if (v.header && !view.only_level.empty() && v.level == view.only_level && v.cluster >= 0)
            cluster_used[static_cast<std::size_t>(v.cluster)] = true;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!content(g.nodes[i]) && !g.nodes[i].legend)
            keep[i] = g.nodes[i].cluster < 0 ||
                      cluster_used[static_cast<std::size_t>(g.nodes[i].cluster)];

    std::vector<int> cluster_map(g.clusters.size(), -1);
    std::vector<VCluster> clusters;
    for (std::size_t c = 0; c < g.clusters.size(); ++c)
        if (cluster_used[c]) {
            cluster_map[c] = static_cast<int>(clusters.size());
            clusters.push_back(g.clusters[c]);
        }
    for (auto& c : clusters)
        if (c.parent >= 0) c.parent = cluster_map[static_cast<std::size_t>(c.parent)];

    std::vector<int> node_map(n, -1);
    std::vector<VNode> nodes;
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i]) {
            node_map[i] = static_cast<int>(nodes.size());
            VNode v = g.nodes[i];
            if (v.cluster >= 0) v.cluster = cluster_map[static_cast<std::size_t>(v.cluster)];
            nodes.push_back(std::move(v));
        }
    std::vector<VEdge> edges;
    for (auto e : g.edges) {
        const int a = node_map[static_cast<std::size_t>(e.from)];
        const int b = node_map[static_cast<std::size_t>(e.to)];
        if (a < 0 || b < 0) continue;
        e.from = a;
        e.to = b;
        edges.push_back(std::move(e));
    }
    std::vector<int> chain;
    for (int c : g.chain)
        if (node_map[static_cast<std::size_t>(c)] >= 0)
            chain.push_back(node_map[static_cast<std::size_t>(c)]);
    g.clusters = std::move(clusters);
    g.nodes = std::move(nodes);
    g.edges = std::move(edges);
    g.chain = std::move(chain);
}

} // namespace skm::render::detail
