// PRC-02 Process map integrity.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Step step(const Id& id, StepType type, std::vector<Id> lanes, std::vector<Id> next) {
    Step s;
    s.id = id;
    s.name = "Steg " + id;
    s.type = type;
    s.lanes = std::move(lanes);
    s.next = std::move(next);
    return s;
}

Role role(const Id& id, const Id& unit) {
    Role r;
    r.id = id;
    r.title = id;
    r.unit = unit;
    return r;
}

// Start → school reports (handoff) → social services assesses → end.
Model prc02_model() {
    Model m = base_model();
    Unit skola;
    skola.id = "U-SKOLA";
    skola.name = "Skolan";
    m.units.push_back(skola);
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    m.units.push_back(ifo);
    m.roles.push_back(role("R-REKTOR", "U-SKOLA"));
    m.roles.push_back(role("R-SEKR", "U-IFO"));
    Flow f;
    f.id = "FL-ANM";
    f.type = FlowType::Anmalan;
    f.from = "R-REKTOR";
    f.to = "R-SEKR";
    m.flows.push_back(f);
    Process p;
    p.id = "P-ANM";
    p.name = "Anmälan";
    p.lanes = {"R-REKTOR", "R-SEKR"};
    p.steps = {step("S0", StepType::Start, {}, {"S1"}),
               step("S1", StepType::Aktivitet, {"R-REKTOR"}, {"S2"}),
               step("S2", StepType::Beslut, {"R-SEKR"}, {"SE"}),
               step("SE", StepType::Slut, {}, {})};
    p.steps[1].handoff = Id("FL-ANM");
    m.processes.push_back(p);
    return m;
}
} // namespace

TEST_CASE("PRC-02 is silent for a whole map, start and end events need no lane") {
    CHECK(run_rule(prc02_model(), "PRC-02").empty());
}

TEST_CASE("PRC-02a fires for a step without a performer") {
    Model m = prc02_model();
    m.processes[0].steps[2].lanes.clear();
    auto fs = run_rule(m, "PRC-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-02a", "P-ANM.S2", Severity::Error));
    CHECK(fs[0].message_sv.find("Steg S2") != std::string::npos);
}

TEST_CASE("PRC-02b fires for a dead end and for a map without an end step") {
    Model m = prc02_model();
    m.processes[0].steps[2].next.clear();
    auto fs = run_rule(m, "PRC-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-02b", "P-ANM.S2", Severity::Warning));

    m = prc02_model();
    m.processes[0].steps[3].type = StepType::Aktivitet;
    m.processes[0].steps[3].lanes = {"R-SEKR"};
    m.processes[0].steps[2].next = {"SE"};
    fs = run_rule(m, "PRC-02");
    CHECK(has_finding(fs, "PRC-02b", "P-ANM", Severity::Warning));
    CHECK(has_finding(fs, "PRC-02b", "P-ANM.SE", Severity::Warning)); // and SE now leads nowhere
}

TEST_CASE("PRC-02c fires for a lane change without a handoff on either step") {
    Model m = prc02_model();
    m.processes[0].steps[1].handoff.set_unknown();
    auto fs = run_rule(m, "PRC-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-02c", "P-ANM.S1", Severity::Warning));
    CHECK(fs[0].elements.at(1) == "P-ANM.S2");

    SUBCASE("a handoff on the receiving step also counts") {
        m.processes[0].steps[2].handoff = Id("FL-ANM");
        CHECK(run_rule(m, "PRC-02").empty());
    }
    SUBCASE("a shared lane is no change of hands") {
        m.processes[0].steps[2].lanes.push_back("R-REKTOR");
        CHECK(run_rule(m, "PRC-02").empty());
    }
}

TEST_CASE("PRC-02d fires only when mapping participants are given and miss a lane") {
    Model m = prc02_model();
    m.processes[0].mapping_participants = std::vector<Id>{"U-SKOLA"};
    auto fs = run_rule(m, "PRC-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-02d", "P-ANM", Severity::Info));
    CHECK(fs[0].elements ==
          std::vector<Id>{"P-ANM", "R-SEKR"}); // R-REKTOR is there through its unit
    m.processes[0].mapping_participants.value().push_back("R-SEKR");
    CHECK(run_rule(m, "PRC-02").empty());
}
