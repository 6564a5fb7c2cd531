// Geometry read back from Graphviz: bands in tier order, lanes in model order, steps in process
// order, escalation steps top-down, coordinates inside the bounds.
#include "render/render_test_model.hpp"
#include "skm/layout.hpp"
#include "skm/model_file.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace skm;
using namespace skm::render;

namespace {

const GeoNode* node(const Geometry& g, const Id& id) {
    for (const auto& n : g.nodes)
        if (n.element == id && n.shape != NodeShape::Plaintext) return &n;
    return nullptr;
}

int tier_rank(Tier t) {
    return static_cast<int>(t);
} // P, S, O, I, A in enum order

// Every forum on a higher tier lies wholly above every forum on a lower tier.
void check_bands(const Model& m, const Geometry& g) {
    std::map<Id, int> rank_of;
    for (const auto& f : m.forums)
        if (f.level)
            if (const auto* l = find_by_id(m.levels, *f.level))
                rank_of[f.id] = tier_rank(l->tier) * 10000 + l->order;
    int compared = 0;
    for (const auto& [a, ra] : rank_of)
        for (const auto& [b, rb] : rank_of) {
            if (ra >= rb) continue;
            const GeoNode* na = node(g, a);
            const GeoNode* nb = node(g, b);
            REQUIRE(na);
            REQUIRE(nb);
            CHECK_MESSAGE(na->box.y + na->box.h < nb->box.y, a << " should be above " << b);
            ++compared;
        }
    CHECK(compared > 0);
}

} // namespace

TEST_CASE("structure map: bands top-down in tier order, in the model's level names") {
    const Model m = test::render_test_model();
    const auto r = layout_view(m, ViewSpec{}, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    check_bands(m, r.geometry);
    // One band per level, top-down, named as the model names it (in a header node at its left).
    std::vector<std::string> labels;
    double last_y = -1;
    for (const auto& c : r.geometry.clusters) {
        if (c.kind != ClusterKind::Band) continue;
        labels.push_back(c.label);
        CHECK(c.box.y > last_y);
        last_y = c.box.y;
        bool headed = false;
        for (const auto& n : r.geometry.nodes)
            headed |= n.kind == NodeKind::Header && n.element == c.element &&
                      !n.label_lines.empty() && n.label_lines[0] == c.label;
        CHECK_MESSAGE(headed, c.label);
    }
    CHECK(labels == std::vector<std::string>{"Politisk nivå", "Övergripande nivå",
                                             "Verksamhetsnivå", "Individnivå (navet)"});
    for (const auto& n : r.geometry.nodes) {
        CHECK(n.box.x >= -0.5);
        CHECK(n.box.y >= -0.5);
        CHECK(n.box.x + n.box.w <= r.geometry.bounds.w + 0.5);
        CHECK(n.box.y + n.box.h <= r.geometry.bounds.h + 0.5);
    }
    // The dormant forum is greyed, the others are not.
    CHECK(node(r.geometry, "F-GAMMAL")->greyed);
    CHECK_FALSE(node(r.geometry, "F-VERK")->greyed);
    // Colour by principal type: a municipal forum and a regional forum differ.
    CHECK(node(r.geometry, "F-VERK")->fill != node(r.geometry, "F-GAMMAL")->fill);
    CHECK_FALSE(r.geometry.legend.empty());
}

TEST_CASE("structure map of every bundled example keeps the tier order") {
    for (const auto& file : test::example_files()) {
        CAPTURE(file);
        const Model m = load_model_file(file);
        const auto r = layout_view(m, ViewSpec{}, nullptr);
        REQUIRE_MESSAGE(r.ok, r.error);
        check_bands(m, r.geometry);
    }
}

TEST_CASE("structure map of a synthetic county keeps the tier order") {
    SyntheticParams p;
    p.municipalities = 4;
    p.units = 120;
    p.flows = 200;
    const Model m = make_synthetic_county(p);
    const auto r = layout_view(m, ViewSpec{}, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    check_bands(m, r.geometry);
}

TEST_CASE("process map: lanes in model order, steps in process order within each lane") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Process;
    v.process = "P-SIP";
    const auto r = layout_view(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    const auto& p = m.processes[0];
    // Lanes: cluster boxes top-down in the order of Process.lanes.
    std::vector<const GeoCluster*> lanes;
    for (const auto& lane : p.lanes)
        for (const auto& c : r.geometry.clusters)
            if (c.element == lane) lanes.push_back(&c);
    REQUIRE(lanes.size() == p.lanes.size());
    for (std::size_t i = 0; i + 1 < lanes.size(); ++i)
        CHECK(lanes[i]->box.y + lanes[i]->box.h <= lanes[i + 1]->box.y);
    // Steps: each inside its lane, and left to right in process order within a lane.
    std::map<Id, double> last_x;
    for (const auto& s : p.steps) {
        const GeoNode* n = node(r.geometry, p.id + "." + s.id);
        REQUIRE_MESSAGE(n, s.id);
        if (s.lanes.empty()) continue;
        const Id lane = s.lanes[0];
        const auto* box = lanes[static_cast<std::size_t>(
            std::find(p.lanes.begin(), p.lanes.end(), lane) - p.lanes.begin())];
        CHECK(box->box.contains({n->box.x + n->box.w / 2, n->box.y + n->box.h / 2}));
        if (last_x.count(lane)) CHECK_MESSAGE(n->box.x > last_x[lane], s.id);
        last_x[lane] = n->box.x;
    }
    // Decision is a diamond; start and end are ovals told apart by colour, as the legend says.
    CHECK(node(r.geometry, "P-SIP.S4")->shape == NodeShape::Diamond);
    const GeoNode* start = node(r.geometry, "P-SIP.S0");
    const GeoNode* end = node(r.geometry, "P-SIP.S8");
    CHECK(start->shape == NodeShape::Ellipse);
    CHECK(end->shape == NodeShape::Ellipse);
    CHECK(start->fill != end->fill);
    int ovals = 0;
    for (const auto& e : r.geometry.legend)
        if (e.kind == LegendKind::Swatch && e.shape == NodeShape::Ellipse)
            ovals += e.fill == start->fill || e.fill == end->fill;
    CHECK(ovals == 2);
    // Every step is numbered on the map in process order.
    int number = 0;
    for (const auto& st : p.steps) {
        const GeoNode* n = node(r.geometry, p.id + "." + st.id);
        if (n->kind == NodeKind::Step && n->number > 0) CHECK(n->number > number);
        if (n->number > 0) number = n->number;
    }
    CHECK(number > 0);
}

TEST_CASE("escalation ladder: steps top-down in order, parallel targets side by side") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Escalation;
    const auto r = layout_view(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    const GeoNode* a = node(r.geometry, "F-VERK");
    const GeoNode* b = node(r.geometry, "F-GAMMAL");
    const GeoNode* c = node(r.geometry, "F-LEDN");
    const GeoNode* d = node(r.geometry, "F-NAMND");
    REQUIRE((a && b && c && d));
    CHECK(a->box.y == doctest::Approx(b->box.y).epsilon(0.05)); // one step, one row
    CHECK(a->box.y + a->box.h < c->box.y);
    CHECK(c->box.y + c->box.h < d->box.y);
    int routed = 0;
    for (const auto& e : r.geometry.edges)
        routed += e.kind == EdgeKind::Escalation && e.element == "E-TVIST" && e.spline.size() >= 4;
    CHECK(routed == 2 + 2 + 1); // initiator→2 targets, 2→1, 1→1
    // The initiator stands above the first step.
    const GeoNode* initiator = node(r.geometry, "U-SOC");
    REQUIRE(initiator);
    CHECK(initiator->box.y + initiator->box.h < a->box.y);
}

TEST_CASE("handoff map: feedback is dashed and points back to the sender") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Handoffs;
    const auto r = layout_view(m, v, nullptr);
    REQUIRE_MESSAGE(r.ok, r.error);
    const GeoEdge* fb = nullptr;
    for (const auto& e : r.geometry.edges)
        if (e.element == "FL-ATER") fb = &e;
    REQUIRE(fb);
    CHECK(fb->style == LineStyle::Dashed);
    CHECK(fb->from == "U-SOC");
    CHECK(fb->to == "U-SKOLA");
    // The arrow tip lies at the school (the sender of the report).
    const GeoNode* school = node(r.geometry, "U-SKOLA");
    REQUIRE(school);
    const Point tip = fb->arrow_at_start ? fb->arrow_start_tip : fb->arrow_end_tip;
    Rect near = school->box;
    near.x -= 6, near.y -= 6, near.w += 12, near.h += 12;
    CHECK(near.contains(tip));
    // The report carries its legal basis in the tooltip.
    for (const auto& e : r.geometry.edges)
        if (e.element == "FL-ANM") CHECK(e.tooltip.find("14 kap. 1 § SoL") != std::string::npos);
}

TEST_CASE("hit test finds nodes from the geometry") {
    const Model m = test::render_test_model();
    const auto r = layout_view(m, ViewSpec{}, nullptr);
    REQUIRE(r.ok);
    const GeoNode* n = node(r.geometry, "F-NAV");
    REQUIRE(n);
    CHECK(r.geometry.hit_test({n->box.x + n->box.w / 2, n->box.y + n->box.h / 2}) == "F-NAV");
}

TEST_CASE("structure map: link roles stand in their tier's band, joined to what they convene") {
    Model m = test::render_test_model();
    Role r;
    r.id = "R-KONTAKT";
    r.title = "Kontaktsocialsekreterare";
    r.unit = Id("U-SOC");
    r.tier = Tier::O;
    r.liaison = true;
    m.roles.push_back(r);
    Role plain = r;
    plain.id = "R-VANLIG";
    plain.liaison = false; // not a link role: not drawn
    m.roles.push_back(plain);
    m.forums[3].convener = Id("R-KONTAKT"); // Elevhälsoteam, on the operational level
    const auto res = layout_view(m, ViewSpec{}, nullptr);
    REQUIRE_MESSAGE(res.ok, res.error);
    const GeoNode* role = node(res.geometry, "R-KONTAKT");
    REQUIRE(role);
    // The role is an actor of its unit's principal in its tier's band ...
    const GeoNode* actor = nullptr;
    const GeoNode* chip = nullptr;
    for (const auto& n : res.geometry.nodes) {
        if (n.element == "R-KONTAKT" && n.kind == NodeKind::Actor) actor = &n;
        if (n.element == "R-KONTAKT" && n.kind == NodeKind::MemberChip) chip = &n;
        CHECK(n.element != "R-VANLIG"); // not a link role and in no forum: not drawn
    }
    REQUIRE(actor);
    CHECK(actor->band == "L-O");
    CHECK(actor->owner == "group:HM-K");
    const GeoNode* ind = node(res.geometry, "F-NAV");
    CHECK(actor->box.y > node(res.geometry, "F-LEDN")->box.y + 1);
    CHECK(actor->box.y + actor->box.h < ind->box.y);
    // ... and the forum it convenes shows it as a starred member chip inside the forum's box.
    REQUIRE(chip);
    CHECK(chip->owner == "F-ELEV");
    REQUIRE_FALSE(chip->label_lines.empty());
    CHECK(chip->label_lines[0].rfind("\xE2\x98\x85", 0) == 0); // ★
    const GeoNode* forum = node(res.geometry, "F-ELEV");
    CHECK(forum->box.contains({chip->box.x + chip->box.w / 2, chip->box.y + chip->box.h / 2}));
}
