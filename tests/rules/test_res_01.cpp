// RES-01 Grey zone, including projected findings at planned change dates.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Date res01_date(const char* s) {
    Date d;
    REQUIRE(Date::parse(s, d));
    return d;
}
Model res01_model() {
    Model m = base_model(); // snapshot 2020-01-01, horizon 12 months
    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "IFO";
    ifo.principal = Id("HM-K");
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP";
    bup.principal = Id("HM-R");
    m.units = {ifo, bup};
    Responsibility r;
    r.id = "A-BEH";
    r.name = "Behandling vid psykisk ohälsa";
    m.responsibilities.push_back(r);
    return m;
}
std::vector<Finding> res01_all(const Model& m) {
    std::vector<Finding> out;
    for (auto& f : run_rules(m).findings)
        if (f.rule == "RES-01") out.push_back(f);
    return out;
}
} // namespace

TEST_CASE("RES-01a fires for a responsibility without owner") {
    Model m = res01_model();
    auto fs = run_rule(m, "RES-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "RES-01a", "A-BEH", Severity::Error));
    CHECK(fs[0].message_sv.find("Behandling vid psykisk ohälsa") != std::string::npos);
}

TEST_CASE("RES-01 is silent for one owner, consulted parties and expired periods do not own") {
    Model m = res01_model();
    m.responsibilities[0].owners.push_back({"U-BUP", Raci::Ansvarar, {}, {}});
    m.responsibilities[0].owners.push_back({"U-IFO", Raci::Konsulteras, {}, {}});
    CHECK(run_rule(m, "RES-01").empty());

    m.responsibilities[0].owners[0].to = res01_date("2019-12-31");
    auto fs = run_rule(m, "RES-01");
    CHECK(has_finding(fs, "RES-01a", "A-BEH", Severity::Error));
    CHECK(fs[0].elements == std::vector<Id>{"A-BEH", "U-BUP"});

    m.responsibilities[0].owners[0].to.set_unknown();
    m.responsibilities[0].owners[0].from = res01_date("2020-03-01"); // not yet
    CHECK(count_sub(run_rule(m, "RES-01"), "RES-01a") == 1);
}

TEST_CASE("RES-01b fires for two owners without lead, silent with a lead or one accountable") {
    Model m = res01_model();
    m.responsibilities[0].owners.push_back({"U-BUP", {}, {}, {}});
    m.responsibilities[0].owners.push_back({"U-IFO", {}, {}, {}});
    auto fs = run_rule(m, "RES-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "RES-01b", "A-BEH", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"A-BEH", "U-BUP", "U-IFO"});

    m.responsibilities[0].lead = Id("U-IFO");
    CHECK(run_rule(m, "RES-01").empty());

    m.responsibilities[0].lead.set_unknown();
    m.responsibilities[0].owners[0].raci = Raci::Ansvarar;
    m.responsibilities[0].owners[1].raci = Raci::Utfor;
    CHECK(run_rule(m, "RES-01").empty());
}

TEST_CASE("RES-01 projects: a planned change ending the only owner gives a projected 01a") {
    Model m = res01_model();
    m.responsibilities[0].owners.push_back({"U-BUP", Raci::Ansvarar, {}, {}});
    Change c;
    c.id = "CH-1";
    c.date = res01_date("2020-07-01");
    c.description = "BUP omorganiseras";
    c.ends = {"U-BUP"};
    m.changes.push_back(c);

    CHECK(run_rule(m, "RES-01").empty()); // at the snapshot BUP still owns it
    auto fs = res01_all(m);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sub == "RES-01a");
    CHECK(fs[0].element() == "A-BEH");
    CHECK(fs[0].severity == Severity::Error);
    CHECK(fs[0].projected);
    REQUIRE(fs[0].at.is_set());
    CHECK(fs[0].at.value() == res01_date("2020-07-01"));
    CHECK(fs[0].message_sv.find("2020-07-01") != std::string::npos);

    // Beyond the planning horizon the change is not projected.
    m.changes[0].date = res01_date("2021-06-01");
    CHECK(res01_all(m).empty());
}

TEST_CASE("RES-01 projects a lost lead and a role whose unit ends") {
    Model m = res01_model();
    Role r;
    r.id = "R-SAMORD";
    r.title = "Samordnare";
    r.unit = Id("U-IFO");
    m.roles.push_back(r);
    m.responsibilities[0].owners.push_back({"U-BUP", {}, {}, {}});
    m.responsibilities[0].owners.push_back({"R-SAMORD", {}, {}, {}});
    m.responsibilities[0].owners.push_back({"HM-K", {}, {}, {}});
    m.responsibilities[0].lead = Id("R-SAMORD");
    Change c;
    c.id = "CH-1";
    c.date = res01_date("2020-03-01");
    c.ends = {"U-IFO"};
    m.changes.push_back(c);
    auto fs = res01_all(m);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sub == "RES-01b");
    CHECK(fs[0].projected);
    CHECK(fs[0].elements == std::vector<Id>{"A-BEH", "U-BUP", "HM-K"});
}
