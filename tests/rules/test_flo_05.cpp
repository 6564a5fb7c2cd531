// FLO-05 Handoff not governed by a written routine.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Document flo05_doc(const Id& id, Maybe<DocForm> form) {
    Document d;
    d.id = id;
    d.title = "Rutin " + id;
    d.type = DocType::Rutin;
    d.form = form;
    return d;
}
Model flo05_model() {
    Model m = base_model();
    Unit skola;
    skola.id = "U-SKOLA";
    skola.name = "Skolan";
    skola.principal = Id("HM-K");
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.principal = Id("HM-K");
    m.units = {skola, ifo};
    Flow f;
    f.id = "FL-1";
    f.type = FlowType::Overlamning;
    f.from = "U-SKOLA";
    f.to = "U-IFO";
    m.flows.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FLO-05a fires without a governing document, beslut is exempt") {
    Model m = flo05_model();
    auto fs = run_rule(m, "FLO-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-05a", "FL-1", Severity::Warning));
    m.flows[0].type = FlowType::Beslut;
    CHECK(run_rule(m, "FLO-05").empty());
}

TEST_CASE("FLO-05a: a flow bound to a process step inherits the process's documents") {
    Model m = flo05_model();
    m.documents.push_back(flo05_doc("D-SIP", DocForm::Skriftlig));
    Process p;
    p.id = "P-SIP";
    p.governed_by = {"D-SIP"};
    m.processes.push_back(p);
    m.flows[0].step = Id("P-SIP.S4");
    CHECK(run_rule(m, "FLO-05").empty());
    m.documents[0].status = DocStatus::Upphord; // an ended routine governs nothing
    CHECK(has_finding(run_rule(m, "FLO-05"), "FLO-05a", "FL-1", Severity::Warning));
}

TEST_CASE("FLO-05b fires when all governing documents are oral") {
    Model m = flo05_model();
    m.documents.push_back(flo05_doc("D-MUNTLIG", DocForm::Muntlig));
    m.flows[0].governed_by = {"D-MUNTLIG"};
    auto fs = run_rule(m, "FLO-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-05b", "FL-1", Severity::Warning));

    m.documents.push_back(flo05_doc("D-SKRIFTLIG", Maybe<DocForm>()));
    m.flows[0].governed_by.push_back("D-SKRIFTLIG");
    CHECK(run_rule(m, "FLO-05").empty());
}

TEST_CASE("FLO-05c fires for a verbal anmälan without written completion") {
    Model m = flo05_model();
    m.documents.push_back(flo05_doc("D-ANM", DocForm::Skriftlig));
    m.flows[0].governed_by = {"D-ANM"};
    m.flows[0].type = FlowType::Anmalan;
    m.flows[0].channel = Channel::Telefon;
    auto fs = run_rule(m, "FLO-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-05c", "FL-1", Severity::Warning));
    CHECK(fs[0].message_sv.find("telefon") != std::string::npos);

    m.flows[0].written_completion = true;
    CHECK(run_rule(m, "FLO-05").empty());
    m.flows[0].written_completion.set_unknown();
    m.flows[0].channel = Channel::Skriftlig;
    CHECK(run_rule(m, "FLO-05").empty());
}
