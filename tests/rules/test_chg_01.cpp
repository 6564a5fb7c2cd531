// CHG-01 Planned change without notification/reassignment.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
// The schools leave the district administration on 2020-07-01; the region is party to the
// district's agreement and the schools sit in the joint group.
Model chg01_model() {
    Model m = base_model();
    Unit skolor;
    skolor.id = "U-SKOLOR";
    skolor.name = "Stadsdelens skolor";
    skolor.principal = Id("HM-K");
    m.units.push_back(skolor);
    Forum f;
    f.id = "F-GEM";
    f.name = "Gemensamma gruppen";
    f.members = {{"U-SKOLOR", MemberMode::Ordinarie, {}, {}}};
    m.forums.push_back(f);
    Document d;
    d.id = "D-BUS";
    d.title = "BUS-överenskommelse";
    d.parties = {"HM-K", "HM-R"};
    m.documents.push_back(d);
    Change c;
    c.id = "CH-SKOLOR";
    Date::parse("2020-07-01", c.date);
    c.description = "Skolorna går till utbildningsförvaltningen";
    c.affected = {"U-SKOLOR"};
    c.notified = {"HM-R"};
    c.representation_reassigned = true;
    m.changes.push_back(c);
    return m;
}
} // namespace

TEST_CASE("CHG-01 looks ahead to planned change dates") {
    CHECK(find_rule("CHG-01")->projects());
}

TEST_CASE("CHG-01 is silent when partners are notified and representation reassigned") {
    CHECK(run_rule(chg01_model(), "CHG-01").empty());
}

TEST_CASE("CHG-01a fires when a partner principal is not notified") {
    Model m = chg01_model();
    m.changes[0].notified.clear();
    auto fs = run_rule(m, "CHG-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "CHG-01a", "CH-SKOLOR", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"CH-SKOLOR", "HM-R"});
    CHECK(fs[0].message_sv.find("Regionen") != std::string::npos);

    SUBCASE("an agreement that covers the unit counts as well") {
        m.documents[0].parties = {"HM-R"};
        m.documents[0].covers_units = {"U-SKOLOR"};
        CHECK(has_finding(run_rule(m, "CHG-01"), "CHG-01a", "CH-SKOLOR", Severity::Warning));
    }
    SUBCASE("changes already past at the snapshot are not planned changes") {
        Date::parse("2019-01-01", m.changes[0].date);
        CHECK(run_rule(m, "CHG-01").empty());
    }
}

TEST_CASE("CHG-01b fires when forum representation is not reassigned") {
    Model m = chg01_model();
    m.changes[0].representation_reassigned.set_unknown();
    auto fs = run_rule(m, "CHG-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "CHG-01b", "CH-SKOLOR", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"CH-SKOLOR", "F-GEM"});

    SUBCASE("a role of the affected unit holds a seat too") {
        m.forums[0].members.clear();
        Role r;
        r.id = "R-REKTOR";
        r.title = "Rektor";
        r.unit = Id("U-SKOLOR");
        m.roles.push_back(r);
        m.forums[0].convener = Id("R-REKTOR");
        CHECK(has_finding(run_rule(m, "CHG-01"), "CHG-01b", "CH-SKOLOR", Severity::Warning));
    }
    SUBCASE("no forum seat, nothing to reassign") {
        m.forums[0].members.clear();
        CHECK(run_rule(m, "CHG-01").empty());
    }
}

TEST_CASE("CHG-01 findings appear in run_rules for a change inside the horizon") {
    Model m = chg01_model();
    m.changes[0].notified.clear();
    const auto result = run_rules(m);
    CHECK(std::any_of(result.findings.begin(), result.findings.end(), [](const Finding& f) {
        return f.sub == "CHG-01a" && f.element() == "CH-SKOLOR";
    }));
}

TEST_CASE("CHG-01 leaves out what ends as planned and seats in forums the change closes") {
    Model m = chg01_model();
    m.changes[0].notified.clear();
    m.changes[0].representation_reassigned.set_unknown();
    m.units[0].temporary = true; // a project unit ending on its own planned end date
    m.units[0].end = m.changes[0].date;
    m.forums[0].temporary = true;
    m.forums[0].end = m.changes[0].date;
    CHECK(run_rule(m, "CHG-01").empty());

    SUBCASE("a forum the change ends needs no reassigned seat") {
        m.forums[0].temporary = false;
        m.forums[0].end.set_unknown();
        CHECK(has_finding(run_rule(m, "CHG-01"), "CHG-01b", "CH-SKOLOR", Severity::Warning));
        m.changes[0].ends = {"F-GEM"};
        CHECK(run_rule(m, "CHG-01").empty());
    }
}

TEST_CASE("CHG-01a: a document with a coverage list concerns only what it covers") {
    Model m = chg01_model();
    m.changes[0].notified.clear();
    Unit other;
    other.id = "U-ANNAN";
    other.name = "Annan enhet";
    other.principal = Id("HM-K");
    m.units.push_back(other);
    m.documents[0].covers_units = {"U-ANNAN"};
    CHECK(run_rule(m, "CHG-01").empty());
    m.documents[0].covers_units.clear(); // no coverage: binds the parties as a whole
    CHECK(has_finding(run_rule(m, "CHG-01"), "CHG-01a", "CH-SKOLOR", Severity::Warning));
}
