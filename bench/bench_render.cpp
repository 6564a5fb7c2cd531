// Rendering benchmark: layout + geometry and every export of a 200-element workshop map, and
// the county structure map against plain `dot -Tsvg` on our DOT and on a naive DOT of the same
// content (one cluster per level, no rank bands, no anchors). Prints times and ratios.
#include "skm/diagram_export.hpp"
#include "skm/diagram_render.hpp"
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

std::size_t element_count(const Model& m) {
    return m.units.size() + m.roles.size() + m.forums.size() + m.flows.size() + m.levels.size() +
           m.principals.size() + m.documents.size();
}

// The same content without our banding: rank=same rows become plain subgraphs and the
// invisible ordering edges go.
std::string naive_dot(const std::string& dot) {
    std::string out;
    std::size_t pos = 0;
    while (pos < dot.size()) {
        std::size_t end = dot.find('\n', pos);
        if (end == std::string::npos) end = dot.size();
        std::string line = dot.substr(pos, end - pos);
        pos = end + 1;
        if (line.find("style=invis") != std::string::npos && line.find("->") != std::string::npos)
            continue;
        if (const auto at = line.find("{ rank=same;"); at != std::string::npos)
            line = line.substr(0, at) + "{";
        out += line + "\n";
    }
    return out;
}

double dot_cli_ms(const std::string& dot, int runs) {
    const std::string path = "/tmp/skm-bench-" + std::to_string(getpid()) + ".dot";
    std::ofstream(path) << dot;
    const std::string cmd = "dot -Tsvg '" + path + "' -o /dev/null 2>/dev/null";
    const double ms = median_ms(runs, [&] {
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "dot failed\n");
    });
    std::remove(path.c_str());
    return ms;
}

void row(const char* what, double ms, const char* note = "") {
    std::printf("  %-44s %9.1f ms  %s\n", what, ms, note);
}

} // namespace

int main() {
    // A workshop map: two municipalities and the region, about 200 elements.
    SyntheticParams wp;
    wp.municipalities = 2;
    wp.units = 80;
    wp.flows = 90;
    wp.forums_per_level = 4;
    const Model workshop = make_synthetic_county(wp);
    std::printf("workshop map: %zu elements (%zu forums, %zu units, %zu flows)\n",
                element_count(workshop), workshop.forums.size(), workshop.units.size(),
                workshop.flows.size());

    for (auto kind : {render::ViewKind::Structure, render::ViewKind::Handoffs}) {
        render::ViewSpec v;
        v.kind = kind;
        std::printf("view %s\n", render::view_name(v).c_str());
        render::LayoutResult last;
        const double worker =
            median_ms(7, [&] { last = render::layout_view(workshop, v, nullptr); });
        if (!last.ok) std::printf("  layout failed: %s\n", last.error.c_str());
        row("layout + geometry (worker process)", worker,
            worker < 150 ? "goal < 150 ms: met" : "goal < 150 ms: MISSED");
        const double inproc =
            median_ms(7, [&] { last = render::layout_view_in_process(workshop, v, nullptr); });
        row("layout + geometry (in process)", inproc);
        for (auto f : {exports::Format::Svg, exports::Format::Pdf, exports::Format::Png,
                       exports::Format::Dot}) {
            exports::ExportResult r;
            const double ms = median_ms(5, [&] { r = exports::export_diagram(workshop, v, f); });
            const std::string what =
                std::string("export ") + exports::format_name(f) + (r.ok ? "" : " (FAILED)");
            row(what.c_str(), ms);
        }
        const std::string dot = render::build_dot(workshop, v, nullptr);
        const double ours = median_ms(5, [&] { (void)render::render_dot_in_process(dot, "svg"); });
        const double cli = dot_cli_ms(dot, 5);
        row("our SVG (DOT → layout → SVG, in process)", ours);
        row("plain `dot -Tsvg` on the same DOT", cli);
        std::printf("  overhead over plain dot: %.2fx (goal <= 1.1x)\n", ours / cli);
    }

    // County scale: the structure map of a whole county, banded against naive clusters.
    SyntheticParams cp;
    cp.forums_per_level = 25;
    const Model county = make_synthetic_county(cp);
    render::ViewSpec sv;
    const std::string dot = render::build_dot(county, sv, nullptr);
    const std::string naive = naive_dot(dot);
    std::printf("county structure map: %zu forums on %zu levels, %zu elements in the model\n",
                county.forums.size(), county.levels.size(), element_count(county));
    const double ours = median_ms(3, [&] { (void)render::render_dot_in_process(dot, "svg"); });
    const double naive_ms =
        median_ms(1, [&] { (void)render::render_dot_in_process(naive, "svg"); });
    const double ours_cli = dot_cli_ms(dot, 3);
    const double naive_cli = dot_cli_ms(naive, 1);
    row("banded (ours), in process", ours);
    row("naive one cluster per level, in process", naive_ms);
    row("banded (ours), `dot -Tsvg`", ours_cli);
    row("naive, `dot -Tsvg`", naive_cli);
    std::printf("  naive / ours: %.1fx in process, %.1fx with dot (goal >= 5x)\n", naive_ms / ours,
                naive_cli / ours_cli);
    render::LayoutResult lr;
    const double worker = median_ms(3, [&] { lr = render::layout_view(county, sv, nullptr); });
    row("county layout + geometry (worker)", worker, lr.ok ? "" : lr.error.c_str());
    return 0;
}
