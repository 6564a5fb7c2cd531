// SIP-05 Regime rules violated.
#include "rule_test_support.hpp"
#include "skm/regime_presets.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model sip05_model(const Id& regime_id) {
    Model m = base_model();
    m.regimes.push_back(find_regime_preset(regime_id)->regime);
    m.info.regime = regime_id;
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    m.units.push_back(bup);
    Plan pl;
    pl.id = "PL-SIP";
    pl.name = "Västbusmall";
    pl.time_to_meeting_days = 21;
    pl.closure = Closure{true, true, true, {}};
    m.plans.push_back(pl);
    return m;
}
} // namespace

TEST_CASE("SIP-05 is silent for a plan that keeps the Västbus rules") {
    CHECK(run_rule(sip05_model("vastbus-vgr-2012"), "SIP-05").empty());
}

TEST_CASE("SIP-05a fires when the time to meeting exceeds the regime deadline or is unknown") {
    Model m = sip05_model("vastbus-vgr-2012");
    m.plans[0].time_to_meeting_days = 28;
    auto fs = run_rule(m, "SIP-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-05a", "PL-SIP", Severity::Warning));
    CHECK(fs[0].message_sv.find("28") != std::string::npos);
    m.plans[0].time_to_meeting_days.set_unknown();
    CHECK(has_finding(run_rule(m, "SIP-05"), "SIP-05a", "PL-SIP", Severity::Warning));
}

TEST_CASE("SIP-05a is silent under a regime without deadline") {
    Model m = sip05_model("sip-nationell");
    m.plans[0].time_to_meeting_days = 60;
    CHECK(run_rule(m, "SIP-05").empty());
}

TEST_CASE("SIP-05b follows the regime's refusal policy") {
    SUBCASE("Västbus forbids declining: error even with a motivation") {
        Model m = sip05_model("vastbus-vgr-2012");
        m.plans[0].refusals.push_back({"U-BUP", true});
        auto fs = run_rule(m, "SIP-05");
        REQUIRE(fs.size() == 1);
        CHECK(has_finding(fs, "SIP-05b", "PL-SIP", Severity::Error));
        CHECK(fs[0].elements.at(1) == "U-BUP");
    }
    SUBCASE("the national law requires a motivation: warning without one") {
        Model m = sip05_model("sip-nationell");
        m.plans[0].refusals.push_back({"U-BUP", false});
        auto fs = run_rule(m, "SIP-05");
        REQUIRE(fs.size() == 1);
        CHECK(has_finding(fs, "SIP-05b", "PL-SIP", Severity::Warning));
        m.plans[0].refusals[0].motivated = true;
        CHECK(run_rule(m, "SIP-05").empty());
    }
    SUBCASE("a model without regime falls back to the national law") {
        Model m = sip05_model("sip-nationell");
        m.info.regime.set_unknown();
        m.regimes.clear();
        m.plans[0].refusals.push_back({"U-BUP", false});
        CHECK(has_finding(run_rule(m, "SIP-05"), "SIP-05b", "PL-SIP", Severity::Warning));
    }
    SUBCASE("a regime that allows declining is silent") {
        Model m = sip05_model("sip-nationell");
        m.regimes[0].refusal_allowed = RefusalPolicy::Ja;
        m.plans[0].refusals.push_back({"U-BUP", false});
        CHECK(run_rule(m, "SIP-05").empty());
    }
}

TEST_CASE("SIP-05c fires for closure without family consent, joint decision or documentation") {
    Model m = sip05_model("vastbus-vgr-2012");
    m.plans[0].closure.value().family_consent = false;
    auto fs = run_rule(m, "SIP-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-05c", "PL-SIP", Severity::Warning));

    m = sip05_model("vastbus-vgr-2012");
    m.plans[0].closure.value().documented.set_unknown();
    CHECK(has_finding(run_rule(m, "SIP-05"), "SIP-05c", "PL-SIP", Severity::Warning));

    m = sip05_model("vastbus-vgr-2012");
    m.plans[0].closure.set_unknown();
    CHECK(has_finding(run_rule(m, "SIP-05"), "SIP-05c", "PL-SIP", Severity::Warning));
}
