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

TEST_CASE("SIP-02..SIP-05 check SIP kinds, another plan kind only when a regime governs it") {
    Model m = sip04_model();
    m.plans[0].followup.set_none();
    m.plans[0].followup_motivation.set_none(); // known to be missing: a gap, not a question
    m.plans[0].kind = PlanKind::BusPlan;       // no regime named: the SIP law's rules do not apply
    for (const char* rule : {"SIP-02", "SIP-03", "SIP-04", "SIP-05"}) {
        CAPTURE(rule);
        CHECK(run_rule(m, rule).empty());
    }
    // With the model's regime named, that regime governs its BUS-plans.
    Regime r;
    r.id = "RG-BUS";
    r.name = "BUS Stockholm";
    m.regimes.push_back(r);
    m.info.regime = Id("RG-BUS");
    auto fs = run_rule(m, "SIP-04");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-04", "PL-SIP", Severity::Error)); // the catalogue's severity
    CHECK(fs[0].basis == Basis::Gap);
    // And every SIP kind is checked without a regime.
    m.regimes.clear();
    m.info.regime.set_unknown();
    for (PlanKind k : {PlanKind::Sip, PlanKind::VastbusSip, PlanKind::ISip}) {
        m.plans[0].kind = k;
        CHECK(run_rule(m, "SIP-04").size() == 1);
    }
}
