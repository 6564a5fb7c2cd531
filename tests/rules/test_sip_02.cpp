// SIP-02 SIP content incomplete.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model sip02_model() {
    Model m = base_model();
    m.principals.push_back({"HM-P", "Privat skola AB", PrincipalType::Privat, {}});
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.principal = Id("HM-K");
    m.units.push_back(ifo);
    Unit priv;
    priv.id = "U-FRISKOLA";
    priv.name = "Friskolan";
    priv.principal = Id("HM-P");
    m.units.push_back(priv);
    Plan pl;
    pl.id = "PL-SIP";
    pl.name = "Planmall";
    pl.participants = {"U-IFO"};
    pl.interventions = {{"Familjebehandling", std::string("U-IFO")}};
    pl.goals = {{"Går i skolan", std::string("vecka 10"), std::string("närvaro")}};
    m.plans.push_back(pl);
    return m;
}
} // namespace

TEST_CASE("SIP-02 is silent for complete content") {
    CHECK(run_rule(sip02_model(), "SIP-02").empty());
}

TEST_CASE("SIP-02a fires for an intervention without a provider") {
    Model m = sip02_model();
    m.plans[0].interventions.push_back({"Läxhjälp", {}});
    auto fs = run_rule(m, "SIP-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-02a", "PL-SIP", Severity::Error));
    CHECK(fs[0].message_sv.find("Läxhjälp") != std::string::npos);
}

TEST_CASE("SIP-02b fires for outside participants without actions by others") {
    Model m = sip02_model();
    m.plans[0].participants.push_back("U-FRISKOLA");
    auto fs = run_rule(m, "SIP-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-02b", "PL-SIP", Severity::Warning));

    SUBCASE("the family counts as outside") {
        m = sip02_model();
        m.citizens.push_back({"C-VH", CitizenKind::Vardnadshavare, {}});
        m.plans[0].participants.push_back("C-VH");
        CHECK(has_finding(run_rule(m, "SIP-02"), "SIP-02b", "PL-SIP", Severity::Warning));
    }
    SUBCASE("described actions satisfy it") {
        m.plans[0].others_actions = std::string("Skolan ger anpassad studiegång");
        CHECK(run_rule(m, "SIP-02").empty());
    }
}

TEST_CASE("SIP-02c fires for a goal without due date or measure") {
    Model m = sip02_model();
    m.plans[0].goals[0].measure.set_unknown();
    auto fs = run_rule(m, "SIP-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "SIP-02c", "PL-SIP", Severity::Info));
    m = sip02_model();
    m.plans[0].goals[0].due.set_none();
    CHECK(has_finding(run_rule(m, "SIP-02"), "SIP-02c", "PL-SIP", Severity::Info));
}
