// STR-02 Missing tier.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Level str02_level(const Id& id, Tier t) {
    Level l;
    l.id = id;
    l.name = id;
    l.tier = t;
    return l;
}
} // namespace

TEST_CASE("STR-02 reports all three gaps on an empty structure") {
    Model m = base_model();
    auto fs = run_rule(m, "STR-02");
    CHECK(fs.size() == 3);
    CHECK(has_finding(fs, "STR-02a", "model", Severity::Error));
    CHECK(has_finding(fs, "STR-02b", "model", Severity::Error));
    CHECK(has_finding(fs, "STR-02c", "model", Severity::Warning));
}

TEST_CASE("STR-02a is satisfied by a tier-I level or a tier-I process, 02b by a tier-S level") {
    Model m = base_model();
    m.levels.push_back(str02_level("L-S", Tier::S));
    auto fs = run_rule(m, "STR-02");
    CHECK(count_sub(fs, "STR-02b") == 0);
    CHECK(count_sub(fs, "STR-02a") == 1);

    Process p;
    p.id = "P-SIP";
    p.tier = Tier::I;
    m.processes.push_back(p);
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02a") == 0);

    m.processes.clear();
    m.levels.push_back(str02_level("L-I", Tier::I));
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02a") == 0);
}

TEST_CASE("STR-02c is satisfied by an active political forum") {
    Model m = base_model();
    m.levels.push_back(str02_level("L-P", Tier::P));
    Forum f;
    f.id = "F-POL";
    f.level = Id("L-P");
    f.status = ElementStatus::Dormant;
    m.forums.push_back(f);
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 1); // dormant does not anchor

    m.forums[0].status = ElementStatus::Active;
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 0);

    // A politiskt samverkansorgan anchors even without a P level.
    m.forums[0].level.set_unknown();
    m.forums[0].kind = ForumKind::PolitisktSamverkansorgan;
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 0);
}

TEST_CASE("STR-02c is satisfied by an adopted document adopted by a political body") {
    Model m = base_model();
    Unit hsn;
    hsn.id = "U-HSN";
    hsn.name = "HSN";
    hsn.principal = Id("HM-R");
    hsn.kind = UnitKind::PoliticalBody;
    m.units.push_back(hsn);
    Document d;
    d.id = "D-AVTAL";
    d.tier = Tier::S;
    d.adopted_by = Id("U-HSN");
    d.status = DocStatus::Forslag;
    m.documents.push_back(d);
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 1); // only a proposal

    m.documents[0].status = DocStatus::Antagen;
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 0);

    // Adopted by an administration (not political) at tier S does not anchor politically...
    m.units[0].kind = UnitKind::Organisation;
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 1);
    // ...but a tier-P document does.
    m.documents[0].tier = Tier::P;
    CHECK(count_sub(run_rule(m, "STR-02"), "STR-02c") == 0);
}
