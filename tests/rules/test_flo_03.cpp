// FLO-03 Discharge without care planning.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model flo03_model() {
    Model m = base_model();
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.principal = Id("HM-K");
    m.units = {bup, ifo};
    Flow f;
    f.id = "FL-UTSKR";
    f.type = FlowType::Utskrivning;
    f.from = "U-BUP";
    f.to = "U-IFO";
    f.lead_time_days = 0;
    m.flows.push_back(f);
    return m;
}
} // namespace

TEST_CASE("FLO-03 fires for a same-day discharge without planning (VB-M10)") {
    Model m = flo03_model();
    auto fs = run_rule(m, "FLO-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FLO-03", "FL-UTSKR", Severity::Error));
    CHECK(fs[0].message_sv.find("samma dag") != std::string::npos);
    CHECK(fs[0].message_en.find("care planning") != std::string::npos);
}

TEST_CASE("FLO-03 fires when only one of planning and lead time is present") {
    Model m = flo03_model();
    m.flows[0].lead_time_days = 2;
    CHECK(has_finding(run_rule(m, "FLO-03"), "FLO-03", "FL-UTSKR", Severity::Error));

    Flow plan;
    plan.id = "FL-VP";
    plan.type = FlowType::Vardplanering;
    plan.from = "U-BUP";
    plan.to = "U-IFO";
    m.flows.push_back(plan);
    m.flows[0].preceded_by = {"FL-VP"};
    m.flows[0].lead_time_days.set_unknown();
    CHECK(has_finding(run_rule(m, "FLO-03"), "FLO-03", "FL-UTSKR", Severity::Error));

    m.flows[0].lead_time_days = 3;
    CHECK(run_rule(m, "FLO-03").empty());
}

TEST_CASE("FLO-03 does not accept an unrelated preceding flow but accepts a SIP plan") {
    Model m = flo03_model();
    m.flows[0].lead_time_days = 3;
    Flow info;
    info.id = "FL-INFO";
    info.type = FlowType::Information;
    info.from = "U-BUP";
    info.to = "U-IFO";
    m.flows.push_back(info);
    m.flows[0].preceded_by = {"FL-INFO"};
    CHECK(count_sub(run_rule(m, "FLO-03"), "FLO-03") == 1);
    m.flows[0].preceded_by = {"PL-SIP"};
    CHECK(run_rule(m, "FLO-03").empty());
}

TEST_CASE("FLO-03 only concerns discharges from a region to a municipality") {
    Model m = flo03_model();
    std::swap(m.flows[0].from, m.flows[0].to);
    CHECK(run_rule(m, "FLO-03").empty());
    m = flo03_model();
    m.flows[0].type = FlowType::Remiss;
    CHECK(run_rule(m, "FLO-03").empty());
}
