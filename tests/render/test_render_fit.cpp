// The editor's fitted structure map (Detail::Auto) and its FitMemory: an edit keeps the groups
// the last layout collapsed while they still make the map readable, and anything else (another
// view, another model, a map that no longer fits) searches afresh, as a layout without memory.
#include "skm/layout.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace skm;
using namespace skm::render;

namespace {

ViewSpec fitted(double w, double h) {
    ViewSpec v;
    v.detail = Detail::Auto;
    v.fit_width = w;
    v.fit_height = h;
    v.min_text = 11;
    return v;
}

// Boxes our placement pins in the routing DOT: fewer when more groups are collapsed.
std::size_t pinned(const std::string& dot) {
    std::size_t n = 0;
    for (auto at = dot.find("pos=\""); at != std::string::npos; at = dot.find("pos=\"", at + 1))
        ++n;
    return n;
}

Model county(int units, int flows) {
    SyntheticParams p;
    p.units = units;
    p.flows = flows;
    return make_synthetic_county(p);
}

// The same map after every unit got a short name: every box narrower or as narrow.
Model shortened(Model m) {
    for (auto& u : m.units)
        u.name = u.name.substr(0, 4);
    return m;
}

} // namespace

TEST_CASE("a fitted map keeps what it collapsed while it still fits, another view or model "
          "searches afresh") {
    const ViewSpec v = fitted(3200, 1800);
    const Model big = county(120, 360);
    const Model small = shortened(big);
    const auto big_added = groups_to_collapse(big, v, 3200, 1800, 11);
    const auto small_added = groups_to_collapse(small, v, 3200, 1800, 11);
    REQUIRE(!big_added.empty());
    REQUIRE(small_added.size() < big_added.size());

    FitMemory memory;
    CHECK(routing_dot(big, v, &memory) == routing_dot(big, v)); // the first layout searches
    const auto fit = memory.recall(big.info.id, v, {});
    REQUIRE(fit.has_value());
    CHECK(fit->added == big_added);

    // The map shrinks: with memory it stays as collapsed as it was (fewer boxes), without it the
    // search reopens groups.
    const std::string kept = routing_dot(small, v, &memory);
    const std::string fresh = routing_dot(small, v);
    CHECK(kept != fresh);
    CHECK(pinned(kept) < pinned(fresh));

    // A wider canvas is another view: searched afresh, and remembered in turn.
    const ViewSpec wide = fitted(4000, 2250);
    CHECK_FALSE(memory.recall(small.info.id, wide, {}).has_value());
    CHECK(routing_dot(small, wide, &memory) == routing_dot(small, wide));
    CHECK(memory.recall(small.info.id, wide, {}).has_value());
    CHECK_FALSE(memory.recall("en-annan-karta", wide, {}).has_value());
}

TEST_CASE("a remembered collapse under which the map no longer fits is searched again") {
    const ViewSpec v = fitted(3200, 1800);
    const Model big = county(120, 360);
    const Model small = shortened(big); // `big` is the same map after its names grew
    FitMemory memory;
    CHECK(routing_dot(small, v, &memory) == routing_dot(small, v));
    CHECK(routing_dot(big, v, &memory) == routing_dot(big, v));
    const auto fit = memory.recall(big.info.id, v, {});
    REQUIRE(fit.has_value());
    CHECK(fit->added == groups_to_collapse(big, v, 3200, 1800, 11));
}
