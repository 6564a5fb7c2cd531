// FLO-02 Information sharing without consent or legal basis.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model flo02_model() {
    Model m = base_model();
    Unit skola;
    skola.id = "U-SKOLA";
    skola.name = "Skolan";
    skola.principal = Id("HM-K");
    skola.sector = Sector::Skola;
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.principal = Id("HM-K");
    ifo.sector = Sector::Socialtjanst;
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    bup.sector = Sector::Bup;
    m.units = {skola, ifo, bup};
    Flow f;
    f.id = "FL-1";
    f.type = FlowType::Information;
    f.from = "U-BUP";
    f.to = "U-IFO";
    f.tier = Tier::I;
    f.personal_data = true;
    m.flows.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FLO-02 fires for personal data across principals without consent or legal basis") {
    Model m = flo02_model();
    auto fs = run_rule(m, "FLO-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-02", "FL-1", Severity::Error));
    CHECK(fs[0].message_en.find("between principals") != std::string::npos);
}

TEST_CASE("FLO-02 fires across sectors within one principal, and when personal data is unknown") {
    Model m = flo02_model();
    m.flows[0].from = "U-SKOLA";
    m.flows[0].personal_data.set_unknown();
    auto fs = run_rule(m, "FLO-02");
    CHECK(has_finding(fs, "FLO-02", "FL-1", Severity::Error));
    CHECK(fs[0].message_en.find("between sectors") != std::string::npos);
}

TEST_CASE("FLO-02 is silent with consent, legal basis, anonymisation, or no personal data") {
    Model m = flo02_model();
    m.flows[0].consent = Id("SAM-1");
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].legal_basis = std::string("12 kap. 10 § OSL");
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].anonymised = true;
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].personal_data = false;
    CHECK(run_rule(m, "FLO-02").empty());
}

TEST_CASE("FLO-02 skips statutory types, other tiers, step-bound flows and same-unit sharing") {
    Model m = flo02_model();
    m.flows[0].type = FlowType::Anmalan;
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].tier = Tier::O;
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].step = Id("P-SIP.S4"); // IND-02 checks consent on the process path
    CHECK(run_rule(m, "FLO-02").empty());
    m = flo02_model();
    m.flows[0].from = "U-IFO";
    CHECK(run_rule(m, "FLO-02").empty());
}
