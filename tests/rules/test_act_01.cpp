// ACT-01 Actor in no forum.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Unit act01_unit(const Id& id, UnitKind k, const char* principal, const char* parent,
                Maybe<Sector> sector) {
    Unit u;
    u.id = id;
    u.name = "Enhet " + id;
    u.kind = k;
    if (principal) u.principal = Id(principal);
    if (parent) u.parent = Id(parent);
    u.sector = sector;
    return u;
}
// A förvaltning with IFO, funktionsstöd and a school (with elevhälsa); BUP and BVC in the region.
Model act01_model() {
    Model m = base_model();
    m.units.push_back(act01_unit("U-SN", UnitKind::PoliticalBody, "HM-K", nullptr, {}));
    m.units.push_back(act01_unit("U-SF", UnitKind::Organisation, "HM-K", nullptr, {}));
    m.units.push_back(act01_unit("U-IFO", UnitKind::Unit, nullptr, "U-SF", Sector::Socialtjanst));
    m.units.push_back(act01_unit("U-LSS", UnitKind::Unit, nullptr, "U-SF", Sector::Funktionsstod));
    m.units.push_back(act01_unit("U-SKOLA", UnitKind::Unit, nullptr, "U-SF", Sector::Skola));
    m.units.push_back(act01_unit("U-EH", UnitKind::Unit, nullptr, "U-SKOLA", Sector::Elevhalsa));
    m.units.push_back(act01_unit("U-BUP", UnitKind::Unit, "HM-R", nullptr, Sector::Bup));
    m.units.push_back(act01_unit("U-BVC", UnitKind::Unit, "HM-R", nullptr, Sector::Bvc));
    return m;
}
} // namespace

TEST_CASE("ACT-01 fires for every plain unit outside forums and processes, not for bodies or "
          "schools") {
    Model m = act01_model();
    auto fs = run_rule(m, "ACT-01");
    CHECK(fs.size() == 5);
    CHECK(has_finding(fs, "ACT-01", "U-IFO", Severity::Warning));
    CHECK(has_finding(fs, "ACT-01", "U-BUP", Severity::Warning));
    CHECK(has_finding(fs, "ACT-01", "U-LSS", Severity::Warning));
    CHECK(has_finding(fs, "ACT-01", "U-EH", Severity::Warning)); // elevhälsa is not a school
    CHECK(has_finding(fs, "ACT-01", "U-BVC", Severity::Warning));
    CHECK_FALSE(has_finding(fs, "ACT-01", "U-SKOLA", Severity::Warning));
}

TEST_CASE("ACT-01 counts forum membership directly, via a role, and via parent or child unit") {
    Model m = act01_model();
    Role r;
    r.id = "R-BUP-OVERL";
    r.title = "Överläkare";
    r.unit = Id("U-BUP");
    m.roles.push_back(r);
    Forum f;
    f.id = "F-1";
    f.members = {{"R-BUP-OVERL", MemberMode::Ordinarie, {}, {}},
                 {"U-EH", MemberMode::VidBehov, {}, {}},
                 {"U-SF", MemberMode::Ordinarie, {}, {}}};
    m.forums.push_back(f);
    auto fs = run_rule(m, "ACT-01");
    // U-BUP via its role, U-EH directly, U-IFO and U-LSS via their parent U-SF.
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "ACT-01", "U-BVC", Severity::Warning));

    m.forums[0].status = ElementStatus::Dormant; // a dormant forum does not count
    CHECK(run_rule(m, "ACT-01").size() == 5);
}

TEST_CASE("ACT-01 counts lanes and providers of an individual-level coordination process") {
    Model m = act01_model();
    Process p;
    p.id = "P-SIP";
    p.tier = Tier::I;
    p.case_based = true;
    p.lanes = {"U-SKOLA", "U-IFO"};
    p.intervention_providers = {"U-BUP"};
    m.processes.push_back(p);
    auto fs = run_rule(m, "ACT-01");
    CHECK(fs.size() == 2); // U-EH is represented through its parent school
    CHECK(has_finding(fs, "ACT-01", "U-LSS", Severity::Warning));
    CHECK(has_finding(fs, "ACT-01", "U-BVC", Severity::Warning));

    m.processes[0].tier = Tier::S; // not individual-level: no longer counts
    CHECK(run_rule(m, "ACT-01").size() == 5);
}

TEST_CASE("ACT-01 skips inactive units") {
    Model m = act01_model();
    for (auto& u : m.units)
        u.status = ElementStatus::Ended;
    CHECK(run_rule(m, "ACT-01").empty());
}

TEST_CASE("ACT-01/ACT-02: a role a process only requires does not make its unit take part") {
    Model m = act01_model();
    Role bup, skola;
    bup.id = "R-BUP";
    bup.title = "BUP-läkare";
    bup.unit = Id("U-BUP");
    skola.id = "R-SKOLA";
    skola.title = "Mentor";
    skola.unit = Id("U-SKOLA");
    m.roles.push_back(bup);
    m.roles.push_back(skola);
    Process p;
    p.id = "P-SAMORD";
    p.name = "Samordning kring barnet";
    p.tier = Tier::I;
    p.coordination = true;
    p.case_based = true;
    p.required_roles = {"R-BUP", "R-SKOLA"};
    m.processes.push_back(p);
    // Required only: both units are still outside (ACT-01, ACT-02), and IND-03b names the roles.
    CHECK(has_finding(run_rule(m, "ACT-01"), "ACT-01", "U-BUP", Severity::Warning));
    CHECK(has_finding(run_rule(m, "ACT-02"), "ACT-02", "U-SKOLA", Severity::Warning));
    auto ind = run_rule(m, "IND-03");
    CHECK(std::any_of(ind.begin(), ind.end(), [](const Finding& f) {
        return f.sub == "IND-03b" && f.elements == std::vector<Id>{"P-SAMORD", "R-BUP", "R-SKOLA"};
    }));
    // Filled by a lane, the same roles take part, and both rules agree.
    m.processes[0].lanes = {"R-BUP", "R-SKOLA"};
    CHECK_FALSE(has_finding(run_rule(m, "ACT-01"), "ACT-01", "U-BUP", Severity::Warning));
    CHECK_FALSE(has_finding(run_rule(m, "ACT-02"), "ACT-02", "U-SKOLA", Severity::Warning));
}
