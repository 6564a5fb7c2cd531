// SIP-04 No follow-up.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model sip04_model() {
    Model m = base_model();
    Plan pl;
    pl.id = "PL-SIP";
    pl.name = "Plan för uppföljning";
    pl.followup = std::string("bokas vid mötet");
    m.plans.push_back(pl);
    return m;
}
} // namespace

TEST_CASE("SIP-04 is silent with a booked follow-up or a motivation") {
    Model m = sip04_model();
    CHECK(run_rule(m, "SIP-04").empty());
    m.plans[0].followup.set_unknown();
    m.plans[0].followup_motivation = std::string("motiveras i planen");
    CHECK(run_rule(m, "SIP-04").empty());
}

TEST_CASE("SIP-04 fires with neither a follow-up nor a motivation") {
    Model m = sip04_model();
    m.plans[0].followup.set_none();
    auto fs = run_rule(m, "SIP-04");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-04", "PL-SIP", Severity::Error));
    CHECK(fs[0].message_sv.find("Plan för uppföljning") != std::string::npos);
    CHECK(fs[0].message_en.find("no follow-up") != std::string::npos);
}
