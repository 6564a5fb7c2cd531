// Issue 8 "a stable map": add one element to each bundled example and measure how far the other
// nodes move on the structure map, as the mean displacement relative to the map's diagonal.
// The canvas keeps the view (no refit), so this is what the user sees move.
#include "edit_ops.hpp"
#include "skm/layout.hpp"
#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <map>

using namespace skm;
using namespace skm::gui;

namespace {

std::map<Id, render::Point> centres(const render::Geometry& g) {
    std::map<Id, render::Point> out;
    for (const auto& n : g.nodes)
        if (n.kind == render::NodeKind::Actor || n.kind == render::NodeKind::Forum ||
            n.kind == render::NodeKind::Group || n.kind == render::NodeKind::Header)
            out.emplace(n.element, render::Point{n.box.x + n.box.w / 2, n.box.y + n.box.h / 2});
    return out;
}

} // namespace

TEST_CASE("adding one unit moves the other nodes of each example only a little") {
    for (const char* name : {"stromsund_ensamkommande", "ostermalm_bus_2007",
                             "goteborg_vastbus_2015", "orebro_lan_2009"})
        for (const bool top : {false, true}) {
            Model m =
                load_model_file(std::string(SKM_SOURCE_DIR) + "/models/examples/" + name + ".json");
            render::ViewSpec v; // the editor's structure map at a typical canvas shape
            v.page_width = 1100;
            v.page_height = 650;
            const auto before = render::layout_view_in_process(m, v, nullptr);
            REQUIRE(before.ok);
            // The new unit goes on the lowest level (nothing below it can move) and, the harder
            // case, on the top level (every band below may shift), under the first principal.
            const auto levels = levels_in_order(m);
            REQUIRE(!levels.empty());
            Created c = add_unit(m, "Ny verksamhet", (top ? levels.front() : levels.back())->id,
                                 m.principals.empty() ? Id{} : m.principals.front().id);
            REQUIRE(c.cmd);
            c.cmd->apply(m);
            const auto after = render::layout_view_in_process(m, v, nullptr);
            REQUIRE(after.ok);
            const auto a = centres(before.geometry), b = centres(after.geometry);
            double sum = 0;
            int n = 0;
            for (const auto& [id, p] : a)
                if (auto it = b.find(id); it != b.end()) {
                    sum += std::hypot(it->second.x - p.x, it->second.y - p.y);
                    ++n;
                }
            REQUIRE(n > 0);
            const auto& r = before.geometry.map_bounds;
            const double rel = sum / n / std::hypot(r.w, r.h);
            std::printf(
                "map stability: %s, unit added on the %s level: %d nodes, mean displacement "
                "%.1f pt = %.2f %% of the map's diagonal\n",
                name, top ? "top" : "lowest", n, sum / n, 100 * rel);
            MESSAGE(std::string(name)
                    << ": mean displacement " << 100 * rel << " % of the map's diagonal");
            CHECK(rel < 0.05); // less than 5 % of the map's size on average
        }
}
