// DOC-01 Cross-principal collaboration without agreement.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Unit doc01_unit(const Id& id, const Id& principal) {
    Unit u;
    u.id = id;
    u.name = id;
    u.principal = principal;
    return u;
}
Flow doc01_flow(const Id& id, FlowType t, const Id& from, const Id& to) {
    Flow f;
    f.id = id;
    f.type = t;
    f.from = from;
    f.to = to;
    return f;
}
Model doc01_model() {
    Model m = base_model();
    m.principals.push_back({"HM-IDEELL", "Föreningen", PrincipalType::Ideell, {}});
    m.units = {doc01_unit("U-IFO", "HM-K"), doc01_unit("U-BUP", "HM-R"),
               doc01_unit("U-FOR", "HM-IDEELL")};
    m.flows.push_back(doc01_flow("FL-REM", FlowType::Remiss, "U-IFO", "U-BUP"));
    return m;
}
Document doc01_agreement(std::vector<Id> parties) {
    Document d;
    d.id = "D-AVTAL";
    d.type = DocType::Overenskommelse;
    d.parties = std::move(parties);
    d.form = DocForm::Skriftlig;
    return d;
}
} // namespace

TEST_CASE("DOC-01 is an error for kommun and region without agreement, named on the principals") {
    Model m = doc01_model();
    auto fs = run_rule(m, "DOC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-01", "HM-K", Severity::Error));
    CHECK(fs[0].elements == std::vector<Id>{"HM-K", "HM-R", "FL-REM"});
    CHECK(fs[0].message_sv.find("\"Kommunen\" och \"Regionen\"") != std::string::npos);
}

TEST_CASE("DOC-01 is a warning when one party is not a public principal") {
    Model m = doc01_model();
    m.flows.push_back(doc01_flow("FL-INFO", FlowType::Information, "U-FOR", "U-IFO"));
    auto fs = run_rule(m, "DOC-01");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "DOC-01", "HM-IDEELL", Severity::Warning));
}

TEST_CASE("DOC-01 is satisfied by an adopted, written collaboration agreement with both parties") {
    Model m = doc01_model();
    m.documents.push_back(doc01_agreement({"HM-K", "HM-R"}));
    CHECK(run_rule(m, "DOC-01").empty());

    m.documents[0].status = DocStatus::Forslag;
    CHECK(count_sub(run_rule(m, "DOC-01"), "DOC-01") == 1);
    m.documents[0].status = DocStatus::Antagen;
    m.documents[0].form = DocForm::Muntlig;
    CHECK(count_sub(run_rule(m, "DOC-01"), "DOC-01") == 1);
    m.documents[0].form = DocForm::Skriftlig;
    m.documents[0].scope = {DocScope::Utredningsuppdrag};
    CHECK(count_sub(run_rule(m, "DOC-01"), "DOC-01") == 1);
    m.documents[0].scope = {DocScope::Samverkan};
    m.documents[0].parties = {"HM-K", "HM-IDEELL"};
    CHECK(count_sub(run_rule(m, "DOC-01"), "DOC-01") == 1);
}

TEST_CASE("DOC-01 ignores statutory flows and flows within one principal") {
    Model m = doc01_model();
    m.flows[0].type = FlowType::Anmalan;
    CHECK(run_rule(m, "DOC-01").empty());
    m = doc01_model();
    m.flows[0].to = "U-IFO";
    CHECK(run_rule(m, "DOC-01").empty());
}
