// IND-03 No coordinator / incomplete hub / unrouted trigger.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Role role(const Id& id, const std::string& title) {
    Role r;
    r.id = id;
    r.title = title;
    return r;
}

Model ind03_model() {
    Model m = base_model();
    m.roles.push_back(role("R-SEKR", "Socialsekreterare"));
    m.roles.push_back(role("R-GODMAN", "God man"));
    m.roles.push_back(role("R-HVB", "Kontaktperson HVB"));
    Flow f;
    f.id = "FL-AVSLAG";
    f.type = FlowType::Beslut;
    f.from = "R-GODMAN";
    f.to = "R-SEKR";
    m.flows.push_back(f);
    Process p;
    p.id = "P-NAV";
    p.name = "Navet";
    p.tier = Tier::I;
    p.coordination = true;
    p.coordinator = Id("R-SEKR");
    p.required_roles = {"R-SEKR", "R-GODMAN", "R-HVB"};
    p.lanes = {"R-SEKR", "R-GODMAN", "R-HVB"};
    p.triggers.push_back({"T-AVSLAG", "Avslagsbesked", {"R-SEKR"}, {"FL-AVSLAG"}, {}});
    m.processes.push_back(p);
    return m;
}
} // namespace

TEST_CASE("IND-03 is silent for a complete hub") {
    CHECK(run_rule(ind03_model(), "IND-03").empty());
}

TEST_CASE("IND-03a fires without coordinator and without an overall responsible in a plan") {
    Model m = ind03_model();
    m.processes[0].coordinator.set_unknown();
    auto fs = run_rule(m, "IND-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-03a", "P-NAV", Severity::Error));

    SUBCASE("a plan naming the overall responsible satisfies it") {
        Plan pl;
        pl.id = "PL-NAV";
        pl.process = Id("P-NAV");
        pl.overall_responsible = std::string("Socialtjänsten");
        m.plans.push_back(pl);
        CHECK(run_rule(m, "IND-03").empty());
    }
}

TEST_CASE("IND-03b fires when a required role is missing from the process or vacant") {
    Model m = ind03_model();
    m.processes[0].lanes = {"R-SEKR", "R-HVB"};
    auto fs = run_rule(m, "IND-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-03b", "P-NAV", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"P-NAV", "R-GODMAN"});
    CHECK(fs[0].message_sv.find("God man") != std::string::npos);

    m = ind03_model();
    m.roles[2].vacant = true;
    CHECK(has_finding(run_rule(m, "IND-03"), "IND-03b", "P-NAV", Severity::Warning));
}

TEST_CASE("IND-03c fires when a trigger has no route to its recipient") {
    Model m = ind03_model();
    m.processes[0].triggers[0].route.clear();
    auto fs = run_rule(m, "IND-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-03c", "P-NAV", Severity::Warning));
    CHECK(fs[0].message_en.find("Avslagsbesked") != std::string::npos);

    m = ind03_model();
    m.flows[0].to = "R-HVB"; // the route ends at the wrong person
    CHECK(has_finding(run_rule(m, "IND-03"), "IND-03c", "P-NAV", Severity::Warning));
}

TEST_CASE("IND-03 applies only to coordination processes") {
    Model m = ind03_model();
    m.processes[0].coordinator.set_unknown();
    m.processes[0].coordination = false;
    CHECK(run_rule(m, "IND-03").empty());
}
