// FOR-06 Temporary (project) structure carries a permanent function.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for06_model() {
    Model m = base_model();
    Level l;
    l.id = "L-O";
    l.name = "Verksamhetsnivå";
    m.levels.push_back(l);
    Forum proj;
    proj.id = "F-PROJ";
    proj.name = "Projektgruppen";
    proj.level = Id("L-O");
    proj.temporary = true;
    Forum perm;
    perm.id = "F-PERM";
    perm.name = "Samverkansgruppen";
    perm.level = Id("L-O");
    m.forums.push_back(proj);
    m.forums.push_back(perm);
    return m;
}
} // namespace

TEST_CASE("FOR-06 is silent for a temporary forum beside a standing one") {
    CHECK(run_rule(for06_model(), "FOR-06").empty());
}

TEST_CASE("FOR-06 fires when the temporary forum is the only active forum on its level") {
    Model m = for06_model();
    m.forums[1].status = ElementStatus::Dormant;
    auto fs = run_rule(m, "FOR-06");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-06", "F-PROJ", Severity::Warning));
    CHECK(fs[0].message_en.find("only active forum") != std::string::npos);
}

TEST_CASE(
    "FOR-06 fires when forums report to it, it owns a document, or it is an escalation step") {
    Model m = for06_model();
    m.forums[1].reports_to = Id("F-PROJ");
    CHECK(has_finding(run_rule(m, "FOR-06"), "FOR-06", "F-PROJ", Severity::Warning));

    m = for06_model();
    Document d;
    d.id = "D-RUTIN";
    d.owner = Id("F-PROJ");
    m.documents.push_back(d);
    auto fs = run_rule(m, "FOR-06");
    CHECK(has_finding(fs, "FOR-06", "F-PROJ", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"F-PROJ", "D-RUTIN"});

    m = for06_model();
    Escalation e;
    e.id = "E-1";
    EscalationStep s;
    s.targets = {"F-PROJ"};
    e.steps.push_back(s);
    m.escalations.push_back(e);
    CHECK(has_finding(run_rule(m, "FOR-06"), "FOR-06", "F-PROJ", Severity::Warning));
}

TEST_CASE("FOR-06 applies to temporary units that own a follow-up") {
    Model m = for06_model();
    Unit u;
    u.id = "U-RADSTOD";
    u.name = "Råd och stöd";
    u.temporary = true;
    m.units.push_back(u);
    FollowUp fu;
    fu.id = "FU-1";
    fu.owner = Id("U-RADSTOD");
    m.followups.push_back(fu);
    auto fs = run_rule(m, "FOR-06");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-06", "U-RADSTOD", Severity::Warning));

    m.units[0].temporary = false;
    CHECK(run_rule(m, "FOR-06").empty());
}
