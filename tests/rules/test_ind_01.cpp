// IND-01 Child/family not participating.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model ind01_model() {
    Model m = base_model();
    m.citizens.push_back({"C-BARN", CitizenKind::Barn, {}});
    m.citizens.push_back({"C-VH", CitizenKind::Vardnadshavare, {}});
    Role voice;
    voice.id = "R-TALAN";
    voice.title = "För barnets talan";
    voice.child_voice = true;
    m.roles.push_back(voice);
    Role sekr;
    sekr.id = "R-SEKR";
    sekr.title = "Socialsekreterare";
    m.roles.push_back(sekr);
    Process p;
    p.id = "P-NAV";
    p.name = "Navmöte för ensamkommande";
    p.tier = Tier::I;
    p.case_based = true;
    p.lanes = {"R-SEKR", "C-VH", "C-BARN"};
    Step s;
    s.id = "S1";
    s.name = "Möte";
    s.lanes = {"R-SEKR"};
    s.participants = {"C-VH"};
    p.steps.push_back(s);
    m.processes.push_back(p);
    return m;
}
} // namespace

TEST_CASE("IND-01 is silent when child and family take part") {
    CHECK(run_rule(ind01_model(), "IND-01").empty());
}

TEST_CASE("IND-01a fires when neither child nor family takes part") {
    Model m = ind01_model();
    m.processes[0].lanes = {"R-SEKR"};
    m.processes[0].steps[0].participants.clear();
    auto fs = run_rule(m, "IND-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-01a", "P-NAV", Severity::Error));
    CHECK(fs[0].message_sv.find("Navmöte för ensamkommande") != std::string::npos);
}

TEST_CASE("IND-01a counts a step participant as taking part") {
    Model m = ind01_model();
    m.processes[0].lanes = {"R-SEKR"}; // the guardian still attends step S1
    auto fs = run_rule(m, "IND-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-01b", "P-NAV", Severity::Warning)); // but the child is absent
}

TEST_CASE("IND-01b fires when the child is absent and nobody speaks for the child") {
    Model m = ind01_model();
    m.processes[0].lanes = {"R-SEKR", "C-VH"};
    auto fs = run_rule(m, "IND-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-01b", "P-NAV", Severity::Warning));

    SUBCASE("a role with a child-voice duty satisfies it") {
        m.processes[0].steps[0].participants.push_back("R-TALAN");
        CHECK(run_rule(m, "IND-01").empty());
    }
    SUBCASE("a citizen who represents the child satisfies it") {
        m.citizens.push_back({"C-FOR", CitizenKind::Foretradare, {}});
        m.processes[0].lanes.push_back("C-FOR");
        CHECK(run_rule(m, "IND-01").empty());
    }
}

TEST_CASE("IND-01 applies only to case-based individual-level processes") {
    Model m = ind01_model();
    m.processes[0].lanes = {"R-SEKR"};
    m.processes[0].steps[0].participants.clear();
    m.processes[0].case_based = false;
    CHECK(run_rule(m, "IND-01").empty());
    m.processes[0].case_based = true;
    m.processes[0].tier = Tier::O;
    CHECK(run_rule(m, "IND-01").empty());
    SUBCASE("without a tier, the level decides") {
        m.processes[0].tier.set_unknown();
        m.levels.push_back({"L-IND", "Individnivå", Tier::I, {}, 3, false, {}, {}});
        m.processes[0].level = Id("L-IND");
        CHECK(has_finding(run_rule(m, "IND-01"), "IND-01a", "P-NAV", Severity::Error));
    }
}
