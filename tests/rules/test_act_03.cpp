// ACT-03 Single-person dependency.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Role act03_role(const Id& id) {
    Role r;
    r.id = id;
    r.title = "Funktion " + id;
    return r;
}
} // namespace

TEST_CASE("ACT-03 is silent for function-bound link roles with substitutes") {
    Model m = base_model();
    Role a = act03_role("R-KONTAKT");
    a.liaison = true;
    a.capacity = 1;
    a.substitute = Id("R-ERS");
    m.roles.push_back(a);
    m.roles.push_back(act03_role("R-ERS"));
    Forum f;
    f.id = "F-1";
    f.convener = Id("R-ERS");
    m.forums.push_back(f);
    CHECK(run_rule(m, "ACT-03").empty());
}

TEST_CASE("ACT-03 fires for a convener tied to a named person") {
    Model m = base_model();
    Role r = act03_role("R-SAMM");
    r.person = std::string("Margareta");
    m.roles.push_back(r);
    Forum f;
    f.id = "F-ENG";
    f.name = "Engelbrektsgruppen";
    f.convener = Id("R-SAMM");
    m.forums.push_back(f);
    auto fs = run_rule(m, "ACT-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-03", "R-SAMM", Severity::Warning));
    CHECK(fs[0].message_sv.find("Engelbrektsgruppen") != std::string::npos);
}

TEST_CASE("ACT-03 fires for a single holder without substitute and for a vacant liaison") {
    Model m = base_model();
    Role a = act03_role("R-SAMORD");
    a.coordinator = true;
    a.capacity = 1;
    Role b = act03_role("R-KONTAKT");
    b.liaison = true;
    b.vacant = true;
    Role c = act03_role("R-PLAIN"); // not a link role: capacity 1 and vacant do not matter
    c.capacity = 1;
    c.vacant = true;
    m.roles = {a, b, c};
    auto fs = run_rule(m, "ACT-03");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "ACT-03", "R-SAMORD", Severity::Warning));
    CHECK(has_finding(fs, "ACT-03", "R-KONTAKT", Severity::Warning));
}

TEST_CASE("ACT-03 fires when one person holds two link roles, not for anonymous markers") {
    Model m = base_model();
    Role a = act03_role("R-A");
    a.liaison = true;
    a.person = std::string("Margareta Sarberg");
    Role b = act03_role("R-B");
    b.coordinator = true;
    b.person = std::string("Margareta Sarberg");
    m.roles = {a, b};
    auto fs = run_rule(m, "ACT-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-03", "R-A", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"R-A", "R-B"});

    m.roles[0].person = std::string("namngiven");
    m.roles[1].person = std::string("namngiven");
    CHECK(run_rule(m, "ACT-03").empty());
}

TEST_CASE("ACT-03 counts a vacant convener also when its forum is dormant because of it") {
    Model m = base_model();
    Role r = act03_role("R-SAMM");
    r.vacant = true;
    m.roles.push_back(r);
    Forum f;
    f.id = "F-VILANDE";
    f.name = "Samrådsgruppen";
    f.convener = Id("R-SAMM");
    f.status = ElementStatus::Dormant;
    m.forums.push_back(f);
    auto fs = run_rule(m, "ACT-03");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sub == "ACT-03");
    CHECK(fs[0].element() == "R-SAMM");
    CHECK(fs[0].message_sv == "Länkfunktionen \"Funktion R-SAMM\" är vakant.");
    // An ended forum does not wait for its convener: no finding.
    m.forums[0].status = ElementStatus::Ended;
    CHECK(run_rule(m, "ACT-03").empty());
}

TEST_CASE("ACT-03 single holder: a question when the substitute is not described, else a gap") {
    Model m = base_model();
    Role a = act03_role("R-KONTAKT");
    a.liaison = true;
    a.capacity = 1;
    m.roles.push_back(a);
    auto fs = run_rule(m, "ACT-03");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].basis == Basis::Unknown);
    m.roles[0].substitute.set_none();
    fs = run_rule(m, "ACT-03");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].basis == Basis::Gap);
}
