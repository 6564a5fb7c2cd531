// FLO-01 Handoff without feedback path.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Flow flo01_flow(const Id& id, FlowType t, const Id& from, const Id& to) {
    Flow f;
    f.id = id;
    f.name = "Flöde " + id;
    f.type = t;
    f.from = from;
    f.to = to;
    return f;
}
Model flo01_model() {
    Model m = base_model();
    Unit skola;
    skola.id = "U-SKOLA";
    skola.name = "Skolan";
    skola.principal = Id("HM-K");
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "Familjeenheten";
    ifo.principal = Id("HM-K");
    m.units = {skola, ifo};
    return m;
}
} // namespace

TEST_CASE("FLO-01a fires for an anmälan without acknowledgement or feedback") {
    Model m = flo01_model();
    m.flows.push_back(flo01_flow("FL-ANM", FlowType::Anmalan, "U-SKOLA", "U-IFO"));
    // A reverse information flow is not feedback on the report.
    m.flows.push_back(flo01_flow("FL-INFO", FlowType::Information, "U-IFO", "U-SKOLA"));
    auto fs = run_rule(m, "FLO-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-01a", "FL-ANM", Severity::Error));
    CHECK(fs[0].message_sv.find("\"Skolan\"") != std::string::npos);

    Flow ack = flo01_flow("FL-BEK", FlowType::Bekraftelse, "U-IFO", "U-SKOLA");
    ack.responds_to = Id("FL-ANM");
    m.flows.push_back(ack);
    CHECK(run_rule(m, "FLO-01").empty());
}

TEST_CASE("FLO-01b fires for a referral without return flow, silent with one") {
    Model m = flo01_model();
    m.flows.push_back(flo01_flow("FL-REM", FlowType::Remiss, "U-SKOLA", "U-IFO"));
    CHECK(has_finding(run_rule(m, "FLO-01"), "FLO-01b", "FL-REM", Severity::Warning));

    m.flows.push_back(flo01_flow("FL-SVAR", FlowType::Information, "U-IFO", "U-SKOLA"));
    CHECK(run_rule(m, "FLO-01").empty());
}

TEST_CASE("FLO-01b covers asynchronous consultation only") {
    Model m = flo01_model();
    Flow k = flo01_flow("FL-KONS", FlowType::Konsultation, "U-SKOLA", "U-IFO");
    k.channel = Channel::Telefon;
    m.flows.push_back(k);
    CHECK(run_rule(m, "FLO-01").empty());
    m.flows[0].channel = Channel::Mail;
    CHECK(has_finding(run_rule(m, "FLO-01"), "FLO-01b", "FL-KONS", Severity::Warning));
    m.flows[0].status = ElementStatus::Ended;
    CHECK(run_rule(m, "FLO-01").empty());
}

TEST_CASE("FLO-01c fires for feedback without a responsible role") {
    Model m = flo01_model();
    m.flows.push_back(flo01_flow("FL-ANM", FlowType::Anmalan, "U-SKOLA", "U-IFO"));
    Flow fb = flo01_flow("FL-ATER", FlowType::Aterkoppling, "U-IFO", "U-SKOLA");
    fb.responds_to = Id("FL-ANM");
    m.flows.push_back(fb);
    auto fs = run_rule(m, "FLO-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-01c", "FL-ATER", Severity::Warning));

    Role r;
    r.id = "R-HANDL";
    r.title = "Ansvarig handläggare";
    m.roles.push_back(r);
    m.flows[1].responsible = Id("R-HANDL");
    CHECK(run_rule(m, "FLO-01").empty());
}
