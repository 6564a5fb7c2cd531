// SIP-01 SIP missing or without overall responsibility.
#include "rule_test_support.hpp"
#include "skm/regime_presets.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Unit unit(const Id& id, const std::string& name, const Id& principal) {
    Unit u;
    u.id = id;
    u.name = name;
    u.principal = principal;
    return u;
}

// Snapshot 2020; IFO (kommun) and BUP (region) both provide interventions in P-SIP, which has a
// joint SIP with an overall responsible.
Model sip01_model() {
    Model m = base_model();
    m.units.push_back(unit("U-IFO", "IFO", "HM-K"));
    m.units.push_back(unit("U-BUP", "BUP", "HM-R"));
    Process p;
    p.id = "P-SIP";
    p.name = "Samordnad individuell plan";
    p.tier = Tier::I;
    p.case_based = true;
    p.intervention_providers = {"U-IFO", "U-BUP"};
    m.processes.push_back(p);
    Plan pl;
    pl.id = "PL-SIP";
    pl.name = "SIP-mall";
    pl.kind = PlanKind::Sip;
    pl.process = Id("P-SIP");
    pl.overall_responsible = std::string("anges i planen");
    m.plans.push_back(pl);
    return m;
}
} // namespace

TEST_CASE("SIP-01 is silent for a joint SIP with an overall responsible") {
    CHECK(run_rule(sip01_model(), "SIP-01").empty());
}

TEST_CASE("SIP-01a fires for a SIP, Västbus-SIP or I-SIP without overall responsibility") {
    for (PlanKind k : {PlanKind::Sip, PlanKind::VastbusSip, PlanKind::ISip}) {
        Model m = sip01_model();
        m.plans[0].kind = k;
        m.plans[0].overall_responsible.set_unknown();
        auto fs = run_rule(m, "SIP-01");
        CHECK(has_finding(fs, "SIP-01a", "PL-SIP", Severity::Error));
        CHECK(fs[0].message_sv.find("SIP-mall") != std::string::npos);
    }
    Model m = sip01_model();
    m.plans[0].kind =
        PlanKind::Norrbus; // not a SIP kind: the overall responsible is not required here
    m.plans[0].overall_responsible.set_none();
    // No SIP-01a; but the Norrbus plan is no joint SIP either, so the process gets SIP-01b.
    auto fs = run_rule(m, "SIP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-01b", "P-SIP", Severity::Warning));
}

TEST_CASE("SIP-01b fires when municipality and region both provide but there is no joint SIP") {
    Model m = sip01_model();
    m.plans.clear();
    auto fs = run_rule(m, "SIP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-01b", "P-SIP", Severity::Warning));

    SUBCASE("an internal I-SIP does not count as joint") {
        m = sip01_model();
        m.plans[0].kind = PlanKind::ISip;
        CHECK(has_finding(run_rule(m, "SIP-01"), "SIP-01b", "P-SIP", Severity::Warning));
    }
    SUBCASE("only one principal providing needs no joint SIP") {
        m.processes[0].intervention_providers = {"U-IFO"};
        CHECK(run_rule(m, "SIP-01").empty());
    }
}

TEST_CASE("SIP-01b reads the activation date from the regime") {
    Model m = sip01_model();
    m.plans.clear();
    Date::parse("2009-06-01", m.info.snapshot); // before the national SIP law
    CHECK(run_rule(m, "SIP-01").empty());

    Regime late = find_regime_preset("norrbus")->regime;
    late.sip_active_from = Date{2021, 1, 1};
    m.regimes.push_back(late);
    m.info.regime = Id("norrbus");
    Date::parse("2020-06-01", m.info.snapshot);
    CHECK(run_rule(m, "SIP-01").empty());
    Date::parse("2021-06-01", m.info.snapshot);
    CHECK(has_finding(run_rule(m, "SIP-01"), "SIP-01b", "P-SIP", Severity::Warning));
}

TEST_CASE("SIP-01b: a regional plan of another kind (BUS-plan, Norrbus) is not a joint SIP") {
    for (PlanKind k : {PlanKind::BusPlan, PlanKind::Norrbus}) {
        CAPTURE(std::string(to_word(k)));
        Model m = sip01_model();
        m.plans[0].kind = k;
        auto fs = run_rule(m, "SIP-01");
        REQUIRE(fs.size() == 1);
        CHECK(has_finding(fs, "SIP-01b", "P-SIP", Severity::Warning));
        CHECK(fs[0].message_sv == "I Samordnad individuell plan ger både kommun och region "
                                  "insatser, men ingen gemensam SIP är kopplad till processen.");
    }
    // A Västbus-SIP is a joint SIP.
    Model m = sip01_model();
    m.plans[0].kind = PlanKind::VastbusSip;
    CHECK(run_rule(m, "SIP-01").empty());
}
