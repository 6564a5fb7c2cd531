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

TEST_CASE("FOR-01 is a gap when convener and chair are both described as none") {
    Model m = for01_model();
    m.forums[0].convener.set_none();
    m.forums[0].chair.set_none();
    auto fs = run_rule(m, "FOR-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-01", "F-GRP", Severity::Error));
    CHECK(fs[0].basis == Basis::Gap);
    CHECK(fs[0].message_sv ==
          "Forumet \"Samverkansgruppen\" har varken sammankallande eller ordförande.");
    CHECK(fs[0].message_en.find("neither a convener nor a chair") != std::string::npos);
}

TEST_CASE("FOR-01 is a question when convener or chair is not described") {
    Model m = for01_model(); // both unknown
    auto fs = run_rule(m, "FOR-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-01", "F-GRP", Severity::Error));
    CHECK(fs[0].basis == Basis::Unknown);
    CHECK(fs[0].message_sv == "Det framgår inte vem som är sammankallande eller ordförande i "
                              "forumet \"Samverkansgruppen\".");
    // One of them explicitly none, the other not described: still a question.
    m.forums[0].chair.set_none();
    fs = run_rule(m, "FOR-01");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].basis == Basis::Unknown);
    CHECK(find_out(fs[0], Lang::Sv) == "vem som kallar till och leder forumets möten");
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
