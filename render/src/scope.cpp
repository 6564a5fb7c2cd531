#include "scope.hpp"

#include <algorithm>
#include <deque>

namespace skm::render::detail {

bool scoped(const ViewSpec& v) {
    return !v.only_level.empty() || !v.only_principal.empty() ||
           (!v.focus.empty() && v.focus_radius > 0);
}

std::vector<bool> scope_keep(const std::vector<ScopeItem>& items,
                             const std::vector<std::pair<int, int>>& links, const ViewSpec& v) {
    const std::size_t n = items.size();
    std::vector<bool> keep(n, true);
    if (!v.only_level.empty())
        for (std::size_t i = 0; i < n; ++i)
            if (items[i].level != v.only_level) keep[i] = false;
    if (!v.only_principal.empty())
        for (std::size_t i = 0; i < n; ++i) {
            const auto& p = items[i].principals;
            if (std::find(p.begin(), p.end(), v.only_principal) == p.end()) keep[i] = false;
        }
    if (!v.focus.empty() && v.focus_radius > 0) {
        std::vector<std::vector<int>> adj(n);
        for (const auto& [a, b] : links) {
            if (a < 0 || b < 0 || static_cast<std::size_t>(a) >= n ||
                static_cast<std::size_t>(b) >= n)
                continue;
            adj[static_cast<std::size_t>(a)].push_back(b);
            adj[static_cast<std::size_t>(b)].push_back(a);
        }
        std::vector<int> dist(n, -1);
        std::deque<std::size_t> queue;
        for (std::size_t i = 0; i < n; ++i)
            if (items[i].element == v.focus) {
                dist[i] = 0;
                queue.push_back(i);
            }
        while (!queue.empty()) {
            const std::size_t cur = queue.front();
            queue.pop_front();
            if (dist[cur] >= v.focus_radius) continue;
            for (int nb : adj[cur]) {
                const auto k = static_cast<std::size_t>(nb);
                if (dist[k] < 0) {
                    dist[k] = dist[cur] + 1;
                    queue.push_back(k);
                }
            }
        }
        for (std::size_t i = 0; i < n; ++i)
            if (dist[i] < 0) keep[i] = false;
    }
    return keep;
}

} // namespace skm::render::detail
