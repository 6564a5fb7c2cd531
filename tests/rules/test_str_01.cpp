// STR-01 Level without forum.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Date str01_date(const char* s) {
    Date d;
    REQUIRE(Date::parse(s, d));
    return d;
}
Level str01_level(const Id& id, Tier t, int order) {
    Level l;
    l.id = id;
    l.name = "Nivå " + id;
    l.tier = t;
    l.order = order;
    return l;
}
Forum str01_forum(const Id& id, const Id& level, ElementStatus st = ElementStatus::Active) {
    Forum f;
    f.id = id;
    f.name = "Forum " + id;
    f.level = level;
    f.status = st;
    return f;
}
} // namespace

TEST_CASE("STR-01 fires for a level whose only forum is dormant and names it") {
    Model m = base_model();
    m.levels.push_back(str01_level("L-S", Tier::S, 1));
    m.forums.push_back(str01_forum("F-S", "L-S", ElementStatus::Dormant));
    auto fs = run_rule(m, "STR-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "STR-01", "L-S", Severity::Error));
    CHECK(fs[0].elements == std::vector<Id>{"L-S", "F-S"});
    CHECK(fs[0].message_sv.find("Forum F-S") != std::string::npos);
    CHECK(fs[0].message_sv.find("Nivån \"Nivå L-S\"") != std::string::npos);
    CHECK(fs[0].message_en.find("Level \"Nivå L-S\"") != std::string::npos);
}

TEST_CASE("STR-01 fires for a level without any forum and when the forum's end date passed") {
    Model m = base_model();
    m.levels.push_back(str01_level("L-P", Tier::P, 1));
    m.levels.push_back(str01_level("L-O", Tier::O, 2));
    Forum f = str01_forum("F-O", "L-O");
    f.end = str01_date("2019-12-31"); // snapshot is 2020-01-01
    m.forums.push_back(f);
    auto fs = run_rule(m, "STR-01");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "STR-01", "L-P", Severity::Error));
    CHECK(has_finding(fs, "STR-01", "L-O", Severity::Error));
}

TEST_CASE("STR-01 is silent for levels with an active forum and for advisory levels") {
    Model m = base_model();
    m.levels.push_back(str01_level("L-S", Tier::S, 1));
    m.levels.push_back(str01_level("L-A", Tier::A, 2));
    m.forums.push_back(str01_forum("F-S-OLD", "L-S", ElementStatus::Ended));
    m.forums.push_back(str01_forum("F-S", "L-S"));
    CHECK(run_rule(m, "STR-01").empty());
}

TEST_CASE("STR-01 accepts a case-based process as the meeting place of the individual level") {
    Model m = base_model();
    m.levels.push_back(str01_level("L-I", Tier::I, 1));
    Process p;
    p.id = "P-NAV";
    p.name = "Navet";
    p.level = Id("L-I");
    p.case_based = false;
    m.processes.push_back(p);
    CHECK(count_sub(run_rule(m, "STR-01"), "STR-01") == 1); // not case-based: no help

    m.processes[0].case_based = true;
    CHECK(run_rule(m, "STR-01").empty());

    // A case-based process does not stand in for a forum on an operational level.
    m.levels.push_back(str01_level("L-O", Tier::O, 0));
    m.processes[0].level = Id("L-O");
    auto fs = run_rule(m, "STR-01");
    CHECK(has_finding(fs, "STR-01", "L-O", Severity::Error));
    CHECK(has_finding(fs, "STR-01", "L-I", Severity::Error));
}
