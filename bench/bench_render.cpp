// Rendering benchmark on the synthetic county (issue 12): for each view, our own placement,
// the worker's routing of the placed map, a full edit → updated map, an edit that changes no
// geometry, and plain `dot` laying out the same graph from scratch. Every figure is a ratio to
// a reference measured in this run; the goals are printed beside them.
#include "skm/diagram_export.hpp"
#include "skm/layout.hpp"
#include "skm/synthetic.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <unistd.h>
#include <vector>

using namespace skm;
using Clock = std::chrono::steady_clock;

namespace {

double median_ms(int runs, const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

std::string temp_dot(const std::string& dot, const char* tag) {
    const std::string path = "/tmp/skm-bench-" + std::to_string(getpid()) + "-" + tag + ".dot";
    std::ofstream(path) << dot;
    return path;
}

// The worker's own time: the routing DOT through skm-layout-worker, as the editor runs it.
double worker_ms(const std::string& dot, int runs) {
    const std::string path = temp_dot(dot, "route");
    const std::string cmd =
        std::string("'") + SKM_WORKER_PATH + "' layout < '" + path + "' > /dev/null 2>/dev/null";
    const double ms = median_ms(runs, [&] {
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "worker failed\n");
    });
    std::remove(path.c_str());
    return ms;
}

// Plain `dot` on the same graph with nothing pinned: what laying the map out from scratch costs.
double plain_dot_ms(const std::string& routing, int runs) {
    std::string dot;
    std::size_t pos = 0;
    while (pos < routing.size()) {
        std::size_t end = routing.find('\n', pos);
        if (end == std::string::npos) end = routing.size();
        std::string line = routing.substr(pos, end - pos);
        pos = end + 1;
        if (line.find("layout=nop2") != std::string::npos) line = "  graph [splines=true];";
        if (const auto at = line.find("pos=\""); at != std::string::npos) {
            const auto close = line.find("!\", ", at);
            if (close != std::string::npos) line.erase(at, close + 4 - at);
        }
        dot += line + "\n";
    }
    const std::string path = temp_dot(dot, "plain");
    const std::string cmd = "dot -Tsvg '" + path + "' -o /dev/null 2>/dev/null";
    const double ms = median_ms(runs, [&] {
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "dot failed\n");
    });
    std::remove(path.c_str());
    return ms;
}

void row(const char* what, double ms, const std::string& note = "") {
    std::printf("  %-46s %9.1f ms  %s\n", what, ms, note.c_str());
}

std::string ratio(double a, double b, double goal) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.2f× (goal ≤ %.2f×: %s)", a / b, goal,
                  a / b <= goal ? "met" : "MISSED");
    return buf;
}

} // namespace

int main() {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    const Model county = make_synthetic_county(SyntheticParams{});
    std::printf("county model: %zu units, %zu forums, %zu flows, %zu processes\n",
                county.units.size(), county.forums.size(), county.flows.size(),
                county.processes.size());

    std::vector<render::ViewSpec> views;
    for (auto k : {render::ViewKind::Structure, render::ViewKind::Handoffs,
                   render::ViewKind::Escalation, render::ViewKind::Process}) {
        render::ViewSpec v;
        v.kind = k;
        if (k == render::ViewKind::Process) {
            if (county.processes.empty()) continue;
            v.process = county.processes.front().id;
        }
        views.push_back(v);
    }
    // The editor's fit: a 1600 × 900 canvas, text at least 11 px (level of detail).
    render::ViewSpec fitted;
    fitted.detail = render::Detail::Auto;
    fitted.fit_width = 1600;
    fitted.fit_height = 900;
    fitted.min_text = 11;
    views.push_back(fitted);

    for (const auto& v : views) {
        const bool lod = v.detail == render::Detail::Auto;
        std::printf("view %s%s\n", render::view_name(v).c_str(),
                    lod ? " (editor fit, collapsed groups)" : "");
        std::string routing;
        const double place = median_ms(3, [&] { routing = render::routing_dot(county, v); });
        row("our placement + routing DOT (layout thread)", place);
        if (routing.empty()) {
            std::printf("  nothing to route\n");
            continue;
        }
        const double worker = worker_ms(routing, 3);
        row("worker routes the placed map", worker);

        // An edit that moves boxes: the first drawn element's name grows by more than a line
        // each run, so no run finds its routes in the cache.
        Model edited = county;
        int serial = 0;
        // As in the editor: a fitted map remembers what it collapsed (render::FitMemory).
        render::FitMemory fit;
        render::LayoutResult r = render::layout_view(edited, v, nullptr, 120, &fit);
        std::string* name = nullptr;
        for (const auto& n : r.geometry.nodes) {
            const Id principal = render::group_principal(n.element);
            for (auto& f : edited.forums)
                if (!name && f.id == n.element) name = &f.name;
            for (auto& u : edited.units)
                if (!name && u.id == n.element) name = &u.name;
            for (auto& p : edited.principals)
                if (!name && !principal.empty() && p.id == principal) name = &p.name;
            if (name) break;
        }
        std::string spare;
        if (!name) name = &spare;
        const double edit = median_ms(3, [&] {
            *name += " och samverkansgruppen för barn och unga nr " + std::to_string(++serial);
            r = render::layout_view(edited, v, nullptr, 120, &fit);
        });
        row("edit → updated map (placement + worker)", edit,
            (r.ok ? "" : "FAILED: " + r.error + "  ") + ratio(edit, worker, 1.5));

        // An edit that moves nothing: a purpose, shown only in the tooltip.
        const std::uint64_t runs_before = render::graphviz_runs();
        const double quiet = median_ms(3, [&] {
            edited.forums[0].purpose = "syfte " + std::to_string(++serial);
            r = render::layout_view(edited, v, nullptr, 120, &fit);
        });
        const std::uint64_t ran = render::graphviz_runs() - runs_before;
        row("edit that changes no geometry", quiet,
            "Graphviz runs: " + std::to_string(ran) + (ran == 0 ? " (goal 0: met)" : " (MISSED)"));

        const double plain = plain_dot_ms(routing, 1);
        char note[64];
        std::snprintf(note, sizeof note, "edit → map / plain dot: %.2f×", edit / plain);
        row("plain `dot -Tsvg` on the same graph, unpinned", plain, note);
    }
    return 0;
}
