// DOC-02 Actor in process/flows not covered by any agreement.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model doc02_model() {
    Model m = base_model();
    Unit sf;
    sf.id = "U-SF";
    sf.name = "Socialförvaltningen";
    sf.principal = Id("HM-K");
    sf.kind = UnitKind::Organisation;
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.parent = Id("U-SF");
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    m.units = {sf, ifo, bup};
    Flow f;
    f.id = "FL-1";
    f.type = FlowType::Overlamning;
    f.from = "U-IFO";
    f.to = "U-BUP";
    m.flows.push_back(f);
    return m;
}
} // namespace

TEST_CASE("DOC-02 fires for each flow endpoint covered by no adopted written document") {
    Model m = doc02_model();
    auto fs = run_rule(m, "DOC-02");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "DOC-02", "U-IFO", Severity::Warning));
    CHECK(has_finding(fs, "DOC-02", "U-BUP", Severity::Warning));
}

TEST_CASE("DOC-02 coverage: covers_units of the unit or an ancestor, or the principal as party") {
    Model m = doc02_model();
    Document d;
    d.id = "D-RUTIN";
    d.type = DocType::Rutin;
    d.covers_units = {"U-SF"};
    m.documents.push_back(d);
    auto fs = run_rule(m, "DOC-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-02", "U-BUP", Severity::Warning));

    m.documents[0].parties = {"HM-R"};
    CHECK(run_rule(m, "DOC-02").empty());

    m.documents[0].status = DocStatus::Utkast; // a draft covers nobody
    CHECK(run_rule(m, "DOC-02").size() == 2);
}

TEST_CASE("DOC-02 checks process lanes, statutory flows are not enough to need an agreement") {
    Model m = doc02_model();
    m.flows[0].type = FlowType::Anmalan;
    CHECK(run_rule(m, "DOC-02").empty());
    Process p;
    p.id = "P-1";
    Step s;
    s.id = "S1";
    s.lanes = {"U-BUP"};
    p.steps.push_back(s);
    m.processes.push_back(p);
    auto fs = run_rule(m, "DOC-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-02", "U-BUP", Severity::Warning));
}
