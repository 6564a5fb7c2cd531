// ACT-02 School/preschool not in structured collaboration.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Unit act02_unit(const Id& id, const char* principal, const char* parent, Sector s) {
    Unit u;
    u.id = id;
    u.name = id;
    if (principal) u.principal = Id(principal);
    if (parent) u.parent = Id(parent);
    u.sector = s;
    return u;
}
Model act02_model() {
    Model m = base_model();
    Level o;
    o.id = "L-O";
    o.tier = Tier::O;
    Level s;
    s.id = "L-S";
    s.tier = Tier::S;
    m.levels = {o, s};
    m.units.push_back(act02_unit("U-FSK", "HM-K", nullptr, Sector::Forskola));
    m.units.push_back(act02_unit("U-SKOLA", "HM-K", nullptr, Sector::Skola));
    m.units.push_back(act02_unit("U-EH", nullptr, "U-SKOLA", Sector::Elevhalsa));
    m.units.push_back(act02_unit("U-IFO", "HM-K", nullptr, Sector::Socialtjanst));
    m.units.push_back(act02_unit("U-BUP", "HM-R", nullptr, Sector::Bup));
    return m;
}
Forum act02_forum(const Id& id, const Id& level, std::vector<Id> members) {
    Forum f;
    f.id = id;
    f.level = level;
    for (auto& mm : members)
        f.members.push_back({mm, MemberMode::Ordinarie, {}, {}});
    return f;
}
} // namespace

TEST_CASE("ACT-02 warns per school and errs on the model when no school passes") {
    Model m = act02_model();
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 3);
    CHECK(has_finding(fs, "ACT-02", "U-FSK", Severity::Warning));
    CHECK(has_finding(fs, "ACT-02", "U-SKOLA", Severity::Warning));
    CHECK(has_finding(fs, "ACT-02", "model", Severity::Error));
}

TEST_CASE("ACT-02 accepts an O-tier forum spanning two sectors, including via elevhälsa") {
    Model m = act02_model();
    m.forums.push_back(act02_forum("F-EHT", "L-O", {"U-EH", "U-IFO"}));
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-02", "U-FSK", Severity::Warning));
}

TEST_CASE("ACT-02 does not count single-sector forums or strategic-tier forums") {
    Model m = act02_model();
    Unit other = act02_unit("U-SKOLA2", "HM-K", nullptr, Sector::Skola);
    other.name = "Skola 2";
    m.units.push_back(other);
    m.forums.push_back(act02_forum("F-REKTOR", "L-O", {"U-SKOLA", "U-SKOLA2"})); // one sector
    m.forums.push_back(act02_forum("F-LEDN", "L-S", {"U-FSK", "U-BUP"}));        // tier S
    auto fs = run_rule(m, "ACT-02");
    CHECK(count_sub(fs, "ACT-02") == 4);
    CHECK(has_finding(fs, "ACT-02", "model", Severity::Error));
}

TEST_CASE("ACT-02 accepts a coordination process and a cross-principal forum") {
    Model m = act02_model();
    Process p;
    p.id = "P-SIP";
    p.coordination = true;
    p.lanes = {"U-SKOLA"};
    m.processes.push_back(p);
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-02", "U-FSK", Severity::Warning));

    Unit fsk2 = act02_unit("U-FSK-R", "HM-R", nullptr, Sector::Forskola);
    m.units.push_back(fsk2);
    m.forums.push_back(act02_forum("F-FSK", "L-O", {"U-FSK", "U-FSK-R"})); // two principals
    CHECK(run_rule(m, "ACT-02").empty());
}

TEST_CASE("ACT-02 does not treat an administration with sector skola as a school") {
    Model m = act02_model();
    m.units[1].kind = UnitKind::Organisation; // U-SKOLA becomes "Utbildningsförvaltningen"
    m.units[0].parent = Id("U-SKOLA");
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "ACT-02", "U-FSK", Severity::Warning));
    CHECK_FALSE(has_finding(fs, "ACT-02", "U-SKOLA", Severity::Warning));
}

TEST_CASE(
    "ACT-02: a school's own sub-unit is represented by its school, not by an administration") {
    Model m = act02_model();
    Unit osis = act02_unit("U-OSIS", nullptr, "U-SKOLA", Sector::Skola);
    osis.temporary = true;
    m.units.push_back(osis);
    m.forums.push_back(act02_forum("F-SKOLGRUPP", "L-O", {"U-SKOLA", "U-IFO"}));
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-02", "U-FSK", Severity::Warning));

    // Under an administration that sits in the forum, the preschool is still not represented.
    Unit utbf = act02_unit("U-UTBF", "HM-K", nullptr, Sector::Skola);
    utbf.kind = UnitKind::Organisation;
    m.units.push_back(utbf);
    m.units[0].principal.set_unknown();
    m.units[0].parent = Id("U-UTBF");
    m.forums.back().members.push_back({"U-UTBF", MemberMode::Ordinarie, {}, {}});
    CHECK(has_finding(run_rule(m, "ACT-02"), "ACT-02", "U-FSK", Severity::Warning));
}

TEST_CASE("ACT-02 errs on a model without any school") {
    Model m = base_model();
    auto fs = run_rule(m, "ACT-02");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-02", "model", Severity::Error));
}
