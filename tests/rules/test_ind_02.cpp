// IND-02 No consent before information sharing.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Step step(const Id& id, StepType type, std::vector<Id> next, bool shares = false) {
    Step s;
    s.id = id;
    s.name = "Steg " + id;
    s.type = type;
    s.lanes = {"R-INIT"};
    s.next = std::move(next);
    s.shares_info = shares;
    return s;
}

// Start → need → consent → summons (shares) → meeting (shares) → end.
Model ind02_model() {
    Model m = base_model();
    Role r;
    r.id = "R-INIT";
    r.title = "Initiativtagare";
    m.roles.push_back(r);
    Process p;
    p.id = "P-SIP";
    p.name = "SIP-processen";
    p.tier = Tier::I;
    p.case_based = true;
    p.lanes = {"R-INIT"};
    p.steps = {
        step("S0", StepType::Start, {"S1"}),      step("S1", StepType::Aktivitet, {"S2"}),
        step("S2", StepType::Samtycke, {"S3"}),   step("S3", StepType::Kallelse, {"S4"}, true),
        step("S4", StepType::Mote, {"SE"}, true), step("SE", StepType::Slut, {})};
    m.processes.push_back(p);
    return m;
}
} // namespace

TEST_CASE("IND-02 is silent when consent comes before the first sharing step") {
    CHECK(run_rule(ind02_model(), "IND-02").empty());
}

TEST_CASE("IND-02 fires at the first sharing step when consent comes after it") {
    Model m = ind02_model();
    auto& s = m.processes[0].steps;
    s[1].next = {"S3"}; // need → summons → consent → meeting
    s[3].next = {"S2"};
    s[2].next = {"S4"};
    auto fs = run_rule(m, "IND-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "IND-02", "P-SIP.S3", Severity::Error));
    CHECK(fs[0].elements.at(1) == "P-SIP");
    CHECK(fs[0].message_sv.find("Steg S3") != std::string::npos);
}

TEST_CASE("IND-02 fires when there is no consent step at all") {
    Model m = ind02_model();
    m.processes[0].steps[2].type = StepType::Aktivitet;
    CHECK(has_finding(run_rule(m, "IND-02"), "IND-02", "P-SIP.S3", Severity::Error));
}

TEST_CASE("IND-02 accepts an anonymised step or one with a legal basis") {
    Model m = ind02_model();
    m.processes[0].steps[2].type = StepType::Aktivitet;
    m.processes[0].steps[3].anonymised = true;
    m.processes[0].steps[4].legal_basis = std::string("14 kap. 1 § SoL");
    CHECK(run_rule(m, "IND-02").empty());
    SUBCASE("the first step without a basis is the one reported") {
        m.processes[0].steps[4].legal_basis.set_unknown();
        CHECK(has_finding(run_rule(m, "IND-02"), "IND-02", "P-SIP.S4", Severity::Error));
    }
}

TEST_CASE("IND-02 applies only to case-based individual-level processes") {
    Model m = ind02_model();
    m.processes[0].steps[2].type = StepType::Aktivitet;
    m.processes[0].case_based = false;
    CHECK(run_rule(m, "IND-02").empty());
}
