// FOR-04 Forum charter incomplete.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for04_model() {
    Model m = base_model();
    Role r;
    r.id = "R-1";
    r.title = "Rektor";
    m.roles.push_back(r);
    Forum f;
    f.id = "F-1";
    f.name = "BUS-gruppen";
    f.purpose = std::string("Lösa samarbetet då det kört fast");
    f.members.push_back({"R-1", MemberMode::Ordinarie, {}, {}});
    m.forums.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FOR-04 is silent for a complete charter") {
    Model m = for04_model();
    m.forums[0].mandate = Mandate::Beslut;
    m.forums[0].documentation = Documentation::Protokoll;
    CHECK(run_rule(m, "FOR-04").empty());
}

TEST_CASE("FOR-04a fires without purpose") {
    Model m = for04_model();
    m.forums[0].purpose.set_none();
    auto fs = run_rule(m, "FOR-04");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-04a", "F-1", Severity::Warning));
}

TEST_CASE("FOR-04b fires for no members, members TBD, or a member in TBD mode") {
    Model m = for04_model();
    m.forums[0].members_tbd = true;
    CHECK(has_finding(run_rule(m, "FOR-04"), "FOR-04b", "F-1", Severity::Warning));
    m.forums[0].members_tbd = false;
    m.forums[0].members[0].mode = MemberMode::Tbd;
    CHECK(has_finding(run_rule(m, "FOR-04"), "FOR-04b", "F-1", Severity::Warning));
    m.forums[0].members.clear();
    auto fs = run_rule(m, "FOR-04");
    CHECK(count_sub(fs, "FOR-04b") == 1);
    // The nämnd's members are set by its own rules.
    m.forums[0].kind = ForumKind::PolitisktOrgan;
    CHECK(count_sub(run_rule(m, "FOR-04"), "FOR-04b") == 0);
}

TEST_CASE("FOR-04c fires for a decision-making forum without documentation") {
    Model m = for04_model();
    m.forums[0].cost_decisions = true;
    auto fs = run_rule(m, "FOR-04");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-04c", "F-1", Severity::Info));
    m.forums[0].cost_decisions = false;
    m.forums[0].mandate = Mandate::Radgivande; // advisory: no decisions to record
    CHECK(run_rule(m, "FOR-04").empty());
}

TEST_CASE("FOR-04 skips inactive forums") {
    Model m = for04_model();
    m.forums[0].purpose.set_unknown();
    m.forums[0].members.clear();
    m.forums[0].status = ElementStatus::Ended;
    CHECK(run_rule(m, "FOR-04").empty());
}
