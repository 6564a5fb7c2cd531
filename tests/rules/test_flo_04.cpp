// FLO-04 No consultation channel.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model flo04_model() {
    Model m = base_model();
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    Unit sf;
    sf.id = "U-SF";
    sf.name = "Socialförvaltningen";
    sf.principal = Id("HM-K");
    sf.kind = UnitKind::Organisation;
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.parent = Id("U-SF");
    m.units = {bup, sf, ifo};
    Role r;
    r.id = "R-BUP-LAK";
    r.title = "Läkare";
    r.unit = Id("U-BUP");
    m.roles.push_back(r);
    Flow f;
    f.id = "FL-ANM";
    f.type = FlowType::Anmalan;
    f.from = "R-BUP-LAK";
    f.to = "U-IFO";
    m.flows.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FLO-04 fires for units exchanging reports with no consultation channel") {
    Model m = flo04_model();
    Flow back;
    back.id = "FL-REM";
    back.type = FlowType::Remiss;
    back.from = "U-IFO";
    back.to = "U-BUP";
    m.flows.push_back(back);
    auto fs = run_rule(m, "FLO-04");
    REQUIRE(fs.size() == 1); // one finding per pair of units
    CHECK(has_finding(fs, "FLO-04", "U-BUP", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"U-BUP", "U-IFO", "FL-ANM", "FL-REM"});
}

TEST_CASE("FLO-04 is silent with a consultation flow in either direction") {
    Model m = flo04_model();
    Flow k;
    k.id = "FL-KONS";
    k.type = FlowType::Konsultation;
    k.from = "U-IFO";
    k.to = "R-BUP-LAK";
    m.flows.push_back(k);
    CHECK(run_rule(m, "FLO-04").empty());
}

TEST_CASE("FLO-04 is silent with a shared active forum that covers consultation") {
    Model m = flo04_model();
    Forum f;
    f.id = "F-GSO";
    f.name = "Gemensamt samarbetsorgan";
    f.members = {{"R-BUP-LAK", MemberMode::Ordinarie, {}, {}},
                 {"U-SF", MemberMode::Ordinarie, {}, {}}}; // IFO through its parent
    f.covers = {ForumCovers::AllmannaFragor};
    m.forums.push_back(f);
    CHECK(count_sub(run_rule(m, "FLO-04"), "FLO-04") == 1); // does not take consultations

    m.forums[0].covers.push_back(ForumCovers::Konsultation);
    CHECK(run_rule(m, "FLO-04").empty());

    m.forums[0].status = ElementStatus::Dormant;
    CHECK(count_sub(run_rule(m, "FLO-04"), "FLO-04") == 1);
}

TEST_CASE("FLO-04 ignores other flow types and flows within one unit") {
    Model m = flo04_model();
    m.flows[0].type = FlowType::Information;
    CHECK(run_rule(m, "FLO-04").empty());
    m = flo04_model();
    m.flows[0].to = "U-BUP";
    CHECK(run_rule(m, "FLO-04").empty());
}
