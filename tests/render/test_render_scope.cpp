// ViewSpec scoping and finding markers.
#include "render/render_test_model.hpp"
#include "skm/layout.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <cstdio>
#include <set>

using namespace skm;
using namespace skm::render;

namespace {

std::set<Id> content_ids(const Geometry& g) {
    std::set<Id> ids;
    for (const auto& n : g.nodes)
        if (n.shape != NodeShape::Plaintext) ids.insert(n.element);
    return ids;
}

std::set<Id> forum_ids(const Geometry& g) {
    std::set<Id> ids;
    for (const auto& n : g.nodes)
        if (n.kind == NodeKind::Forum) ids.insert(n.element);
    return ids;
}

std::vector<const GeoCluster*> bands(const Geometry& g) {
    std::vector<const GeoCluster*> out;
    for (const auto& c : g.clusters)
        if (c.kind == ClusterKind::Band) out.push_back(&c);
    return out;
}

} // namespace

TEST_CASE("only_level keeps one band") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.only_level = "L-O";
    const auto r = layout_view_in_process(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(forum_ids(r.geometry) == std::set<Id>{"F-VERK", "F-ELEV", "F-GAMMAL"});
    const auto kept = bands(r.geometry);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0]->element == "L-O");
    // Every node drawn lies in that band (the actors who act there among them).
    int actors = 0;
    for (const auto& n : r.geometry.nodes) {
        if (n.shape == NodeShape::Plaintext) continue;
        CHECK_MESSAGE(n.band == "L-O", n.element);
        actors += n.kind == NodeKind::Actor;
    }
    CHECK(actors > 0);
}

TEST_CASE("only_principal keeps that principal's elements") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.only_principal = "HM-R";
    const auto r = layout_view_in_process(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(forum_ids(r.geometry) == std::set<Id>{"F-LEDN", "F-NAV", "F-GAMMAL"});
    // Only that principal's actors, in its own group.
    int actors = 0;
    for (const auto& n : r.geometry.nodes)
        if (n.kind == NodeKind::Actor) {
            CHECK_MESSAGE(n.owner == "group:HM-R", n.element);
            ++actors;
        }
    CHECK(actors > 0);
}

TEST_CASE("focus and radius keep a neighbourhood") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.focus = "F-VERK";
    v.focus_radius = 1;
    const auto r = layout_view_in_process(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    // F-VERK reports to F-LEDN; F-ELEV and F-NAV report to F-VERK.
    CHECK(content_ids(r.geometry) == std::set<Id>{"F-VERK", "F-LEDN", "F-ELEV", "F-NAV"});
    v.focus_radius = 2;
    const auto r2 = layout_view_in_process(m, v, nullptr);
    REQUIRE(r2.ok);
    CHECK(content_ids(r2.geometry).count("F-NAMND") == 1);
}

TEST_CASE("scoping to nothing says so instead of drawing an empty page") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.focus = "NO-SUCH";
    v.focus_radius = 1;
    const auto r = layout_view_in_process(m, v, nullptr);
    REQUIRE(r.ok);
    REQUIRE(r.geometry.nodes.size() == 1);
    CHECK(r.geometry.nodes[0].label_lines[0].find("Inget att visa") != std::string::npos);
}

TEST_CASE("findings mark elements red or amber, show_findings hides them") {
    const Model m = test::render_test_model();
    CheckResult findings;
    Finding err;
    err.rule = err.sub = "FOR-01";
    err.severity = Severity::Error;
    err.elements = {"F-VERK"};
    err.message_sv = "Forum utan sammankallande";
    Finding warn;
    warn.rule = warn.sub = "FOR-02";
    warn.severity = Severity::Warning;
    warn.elements = {"F-NAV"};
    Finding waived = err;
    waived.elements = {"F-LEDN"};
    waived.waived = true;
    findings.findings = {err, warn, waived};

    ViewSpec v;
    const auto r = layout_view_in_process(m, v, &findings);
    REQUIRE(r.ok);
    auto marker = [&](const Geometry& g, const Id& id) {
        for (const auto& n : g.nodes)
            if (n.element == id) return n.marker;
        return Marker::Info;
    };
    CHECK(marker(r.geometry, "F-VERK") == Marker::Error);
    CHECK(marker(r.geometry, "F-NAV") == Marker::Warning);
    CHECK(marker(r.geometry, "F-LEDN") == Marker::None); // waived
    CHECK(marker(r.geometry, "F-ELEV") == Marker::None);
    // The DOT export draws the badges in the colours the legend explains.
    std::string error_colour;
    for (const auto& e : r.geometry.legend)
        if (e.kind == LegendKind::Badge && e.marker == Marker::Error) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(e.fill >> 8));
            error_colour = buf;
        }
    REQUIRE_FALSE(error_colour.empty());
    const std::string dot = build_dot(m, v, &findings);
    CHECK(dot.find(error_colour) != std::string::npos);

    v.show_findings = false;
    const auto hidden = layout_view_in_process(m, v, &findings);
    REQUIRE(hidden.ok);
    CHECK(marker(hidden.geometry, "F-VERK") == Marker::None);
    CHECK(build_dot(m, v, &findings).find(error_colour) == std::string::npos);
    for (const auto& e : hidden.geometry.legend)
        CHECK(e.kind != LegendKind::Badge);
}

TEST_CASE("DOT is deterministic and uses the editor's font") {
    const Model m = test::render_test_model();
    for (auto kind :
         {ViewKind::Structure, ViewKind::Handoffs, ViewKind::Process, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = kind;
        v.process = "P-SIP";
        const std::string a = build_dot(m, v, nullptr);
        CHECK(a == build_dot(m, v, nullptr));
        CHECK(a.find("fontname=\"DejaVu Sans\"") != std::string::npos);
    }
}

TEST_CASE("English view texts") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.lang = Lang::En;
    const auto r = layout_view_in_process(m, v, nullptr);
    REQUIRE(r.ok);
    bool reports = false;
    for (const auto& l : r.geometry.legend)
        reports |= l.label == "Reports to";
    CHECK(reports);
}

TEST_CASE("a county's handoff map collapses each principal's actors, expanded on demand") {
    SyntheticParams p; // 12 municipalities, 1,000 units, 3,000 flows
    const Model m = make_synthetic_county(p);
    ViewSpec v;
    v.kind = ViewKind::Handoffs;
    v.show_findings = false;
    const auto r = layout_view(m, v, nullptr, 120);
    REQUIRE_MESSAGE(r.ok, r.error);
    const Geometry& g = r.geometry;
    CHECK_FALSE(g.groups.empty());
    CHECK(g.collapsed_groups.size() == g.groups.size());
    int groups = 0, units = 0, bundles = 0, in_bundles = 0, loose = 0, first_count = 0;
    for (const auto& n : g.nodes) {
        if (n.kind == NodeKind::Group) {
            ++groups;
            units += n.count;
            CHECK(n.count > 0);
            if (n.element == g.groups.front()) first_count = n.count;
        }
        loose += n.kind == NodeKind::Actor;
    }
    CHECK(groups == static_cast<int>(g.groups.size()));
    CHECK(g.nodes.size() < 120);
    CHECK(units > 500);
    for (const auto& e : g.edges)
        if (e.element.rfind("flows:", 0) == 0) {
            ++bundles;
            // "12 flöden:" first in the tooltip when the edge stands for several.
            in_bundles +=
                std::isdigit(static_cast<unsigned char>(e.tooltip[0])) ? std::stoi(e.tooltip) : 1;
        }
    CHECK(bundles > 0);
    CHECK(in_bundles > 100);

    // Expanding one municipality shows its units, the others stay collapsed.
    const Id first = g.groups.front();
    v.expanded_groups = {first};
    const auto open = layout_view(m, v, nullptr, 120);
    REQUIRE_MESSAGE(open.ok, open.error);
    CHECK(open.geometry.collapsed_groups.size() + 1 == g.groups.size());
    int actors = 0;
    for (const auto& n : open.geometry.nodes) {
        CHECK(n.element != first);
        actors += n.kind == NodeKind::Actor;
    }
    CHECK(first_count > 0);
    CHECK(actors == loose + first_count);
}
