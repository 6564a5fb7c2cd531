// DOC-04 Steering hierarchy incomplete.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Document doc04_doc(const Id& id, DocType t, Maybe<Tier> tier) {
    Document d;
    d.id = id;
    d.title = id;
    d.type = t;
    d.tier = tier;
    d.form = DocForm::Skriftlig;
    d.scope = {DocScope::Samverkan};
    return d;
}
// An overarching agreement that embeds its routines: nothing to report.
Model doc04_model() {
    Model m = base_model();
    Document d = doc04_doc("D-OK", DocType::Overenskommelse, Tier::S);
    d.parties = {"HM-K", "HM-R"};
    d.contains_routines = true;
    m.documents.push_back(d);
    return m;
}
} // namespace

TEST_CASE("DOC-04 is silent for an adopted strategic agreement with routines") {
    CHECK(run_rule(doc04_model(), "DOC-04").empty());
}

TEST_CASE("DOC-04a fires without an adopted written P/S collaboration document") {
    Model m = doc04_model();
    m.documents[0].tier = Tier::O;
    auto fs = run_rule(m, "DOC-04");
    CHECK(has_finding(fs, "DOC-04a", "model", Severity::Error));

    m.documents[0].tier.set_unknown();
    Unit nmd;
    nmd.id = "U-NMD";
    nmd.name = "Socialnämnden";
    nmd.principal = Id("HM-K");
    nmd.kind = UnitKind::PoliticalBody;
    m.units.push_back(nmd);
    m.documents[0].adopted_by = Id("U-NMD"); // adopted by a nämnd: a political decision
    CHECK(count_sub(run_rule(m, "DOC-04"), "DOC-04a") == 0);

    m.documents[0].status = DocStatus::Forslag;
    CHECK(count_sub(run_rule(m, "DOC-04"), "DOC-04a") == 1);
}

TEST_CASE("DOC-04b fires for a strategic agreement with neither routines nor an O/I child") {
    Model m = doc04_model();
    m.documents[0].contains_routines.set_unknown();
    auto fs = run_rule(m, "DOC-04");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-04b", "D-OK", Severity::Warning));

    Document child = doc04_doc("D-RUTIN", DocType::Rutin, Tier::S); // still strategic
    child.parent = Id("D-OK");
    m.documents.push_back(child);
    CHECK(count_sub(run_rule(m, "DOC-04"), "DOC-04b") == 1);
    m.documents[1].tier = Tier::O;
    CHECK(run_rule(m, "DOC-04").empty());
}

TEST_CASE("DOC-04b does not concern guidelines and routines") {
    Model m = doc04_model();
    m.documents[0].type = DocType::Riktlinje;
    m.documents[0].contains_routines = false;
    CHECK(run_rule(m, "DOC-04").empty());
}

TEST_CASE("DOC-04c fires for a cross-principal agreement owned or adopted at tier O/I") {
    Model m = doc04_model();
    Role r;
    r.id = "R-ENHC";
    r.title = "Enhetschef";
    r.tier = Tier::O;
    m.roles.push_back(r);
    Document d = doc04_doc("D-LOKAL", DocType::Samverkansavtal, Tier::O);
    d.parties = {"HM-K", "HM-R"};
    d.owner = Id("R-ENHC");
    m.documents.push_back(d);
    auto fs = run_rule(m, "DOC-04");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "DOC-04c", "D-LOKAL", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"D-LOKAL", "R-ENHC"});

    m.documents[1].parties = {"HM-K"}; // one principal: an internal matter
    CHECK(run_rule(m, "DOC-04").empty());
}
