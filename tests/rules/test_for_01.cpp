// FOR-01 Forum without convener.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for01_model() {
    Model m = base_model();
    Role r;
    r.id = "R-CHEF";
    r.title = "Enhetschef";
    m.roles.push_back(r);
    Forum f;
    f.id = "F-GRP";
    f.name = "Samverkansgruppen";
    m.forums.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FOR-01 fires for an active forum with neither convener nor chair") {
    Model m = for01_model();
    auto fs = run_rule(m, "FOR-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-01", "F-GRP", Severity::Error));
    CHECK(fs[0].message_sv.find("\"Samverkansgruppen\"") != std::string::npos);
    CHECK(fs[0].message_en.find("neither a convener nor a chair") != std::string::npos);
}

TEST_CASE("FOR-01 is satisfied by a convener or a chair") {
    Model m = for01_model();
    m.forums[0].convener = Id("R-CHEF");
    CHECK(run_rule(m, "FOR-01").empty());
    m.forums[0].convener.set_unknown();
    m.forums[0].chair = Id("R-CHEF");
    CHECK(run_rule(m, "FOR-01").empty());
}

TEST_CASE("FOR-01 exempts the nämnd and inactive forums") {
    Model m = for01_model();
    m.forums[0].kind = ForumKind::PolitisktOrgan;
    CHECK(run_rule(m, "FOR-01").empty());
    m.forums[0].kind = ForumKind::Styrgrupp;
    m.forums[0].status = ElementStatus::Dormant;
    CHECK(run_rule(m, "FOR-01").empty());
}
