// DOC-03 Agreement lifecycle incomplete.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Date doc03_date(const char* s) {
    Date d;
    REQUIRE(Date::parse(s, d));
    return d;
}
Model doc03_model() {
    Model m = base_model(); // snapshot 2020-01-01
    Role r;
    r.id = "R-AGARE";
    r.title = "Verksamhetschef";
    m.roles.push_back(r);
    Document d;
    d.id = "D-BUS";
    d.title = "BUS-överenskommelse";
    d.owner = Id("R-AGARE");
    d.valid_to = doc03_date("2021-12-31");
    m.documents.push_back(d);
    return m;
}
} // namespace

TEST_CASE("DOC-03 is silent for an owned document with validity in the future") {
    CHECK(run_rule(doc03_model(), "DOC-03").empty());
}

TEST_CASE("DOC-03a and 03b fire for a document without owner or review point") {
    Model m = doc03_model();
    m.documents[0].owner.set_unknown();
    m.documents[0].valid_to.set_unknown();
    auto fs = run_rule(m, "DOC-03");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "DOC-03a", "D-BUS", Severity::Warning));
    CHECK(has_finding(fs, "DOC-03b", "D-BUS", Severity::Warning));

    m.documents[0].review_cycle_months = 24; // a cycle is a review point
    CHECK(count_sub(run_rule(m, "DOC-03"), "DOC-03b") == 0);
}

TEST_CASE("DOC-03c fires when validity or the review date has passed") {
    Model m = doc03_model();
    m.documents[0].valid_to = doc03_date("2008-12-31"); // "löper till 31/12 2008"
    auto fs = run_rule(m, "DOC-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-03c", "D-BUS", Severity::Error));
    CHECK(fs[0].message_sv.find("2008-12-31") != std::string::npos);

    m.documents[0].valid_to.set_unknown();
    m.documents[0].review_date = doc03_date("2019-06-01");
    CHECK(has_finding(run_rule(m, "DOC-03"), "DOC-03c", "D-BUS", Severity::Error));

    // Only a cycle: due one cycle after adoption.
    m.documents[0].review_date.set_unknown();
    m.documents[0].review_cycle_months = 12;
    m.documents[0].adopted = doc03_date("2018-03-01");
    CHECK(has_finding(run_rule(m, "DOC-03"), "DOC-03c", "D-BUS", Severity::Error));
    m.documents[0].adopted = doc03_date("2019-03-01");
    CHECK(run_rule(m, "DOC-03").empty());
}

TEST_CASE("DOC-03d fires for a draft that flows or processes rely on") {
    Model m = doc03_model();
    m.documents[0].status = DocStatus::UnderBearbetning;
    CHECK(run_rule(m, "DOC-03").empty()); // nobody relies on it yet
    Process p;
    p.id = "P-ANM";
    p.governed_by = {"D-BUS"};
    m.processes.push_back(p);
    auto fs = run_rule(m, "DOC-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-03d", "D-BUS", Severity::Info));
}

TEST_CASE("DOC-03 skips ended documents") {
    Model m = doc03_model();
    m.documents[0].owner.set_unknown();
    m.documents[0].valid_to = doc03_date("2008-12-31");
    m.documents[0].status = DocStatus::Upphord;
    CHECK(run_rule(m, "DOC-03").empty());
}
