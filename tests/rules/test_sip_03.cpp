// SIP-03 SIP meeting roles undefined.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model sip03_model() {
    Model m = base_model();
    Role chair;
    chair.id = "R-LEDARE";
    chair.title = "Mötesledare";
    m.roles.push_back(chair);
    Role doc;
    doc.id = "R-DOK";
    doc.title = "Dokumenterande";
    m.roles.push_back(doc);
    Plan pl;
    pl.id = "PL-SIP";
    pl.name = "Mötesmall";
    pl.chair = Id("R-LEDARE");
    pl.documenter = Id("R-DOK");
    pl.consent = PlanConsent{{}, std::string("SIP-samverkan"), std::string("ett år")};
    m.plans.push_back(pl);
    return m;
}
} // namespace

TEST_CASE("SIP-03 is silent when chair, documenter and consent are defined") {
    CHECK(run_rule(sip03_model(), "SIP-03").empty());
}

TEST_CASE("SIP-03a and SIP-03b fire without chair and documenter") {
    Model m = sip03_model();
    m.plans[0].chair.set_unknown();
    auto fs = run_rule(m, "SIP-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-03a", "PL-SIP", Severity::Warning));
    m.plans[0].documenter.set_none();
    fs = run_rule(m, "SIP-03");
    REQUIRE(fs.size() == 2);
    CHECK(has_finding(fs, "SIP-03b", "PL-SIP", Severity::Warning));
    CHECK(fs[1].message_sv.find("Mötesmall") != std::string::npos);
}

TEST_CASE("SIP-03c fires for a consent without time limit or scope, or no consent") {
    Model m = sip03_model();
    m.plans[0].consent.value().time_limit.set_unknown();
    auto fs = run_rule(m, "SIP-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-03c", "PL-SIP", Severity::Info));

    m = sip03_model();
    m.plans[0].consent.value().scope.set_none();
    CHECK(has_finding(run_rule(m, "SIP-03"), "SIP-03c", "PL-SIP", Severity::Info));

    m = sip03_model();
    m.plans[0].consent.set_unknown();
    CHECK(has_finding(run_rule(m, "SIP-03"), "SIP-03c", "PL-SIP", Severity::Info));
}
