// STR-03 Levels not linked / operational level not bridging.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Level str03_level(const Id& id, Tier t, int order, bool branch = false) {
    Level l;
    l.id = id;
    l.name = id;
    l.tier = t;
    l.order = order;
    l.branch = branch;
    return l;
}
Forum str03_forum(const Id& id, const Id& level) {
    Forum f;
    f.id = id;
    f.name = id;
    f.level = level;
    return f;
}
// S(1) — O(2) — I(3), with a forum on each level and nothing linking them.
Model str03_chain() {
    Model m = base_model();
    m.levels.push_back(str03_level("L-I", Tier::I, 3)); // out of order on purpose
    m.levels.push_back(str03_level("L-S", Tier::S, 1));
    m.levels.push_back(str03_level("L-O", Tier::O, 2));
    m.forums.push_back(str03_forum("F-S", "L-S"));
    m.forums.push_back(str03_forum("F-O", "L-O"));
    m.forums.push_back(str03_forum("F-I", "L-I"));
    return m;
}
} // namespace

TEST_CASE("STR-03a fires for an isolated operational level, and its pairs are not repeated") {
    Model m = str03_chain();
    auto fs = run_rule(m, "STR-03");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "STR-03a", "L-O", Severity::Error));
}

TEST_CASE("STR-03b fires for consecutive levels not linked, reported on the lower level") {
    Model m = str03_chain();
    m.level_links.push_back({"LL-1", "L-S", "L-O", {LevelLinkType::Samrad}});
    auto fs = run_rule(m, "STR-03");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "STR-03b", "L-I", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"L-I", "L-O"});
}

TEST_CASE("STR-03 counts reports_to, forum-to-forum flows and shared roles as links") {
    Model m = str03_chain();
    m.forums[1].reports_to = Id("F-S"); // O -> S
    Flow fl;
    fl.id = "FL-1";
    fl.from = "F-I";
    fl.to = "F-O";
    m.flows.push_back(fl);
    CHECK(run_rule(m, "STR-03").empty());

    m.flows.clear();
    CHECK(count_sub(run_rule(m, "STR-03"), "STR-03b") == 1);
    Role r;
    r.id = "R-ENHC";
    r.title = "Enhetschef";
    m.roles.push_back(r);
    m.forums[1].convener = Id("R-ENHC");                                      // convenes on O
    m.forums[2].members.push_back({"R-ENHC", MemberMode::Ordinarie, {}, {}}); // member on I
    CHECK(run_rule(m, "STR-03").empty());
}

TEST_CASE("STR-03b fires for a branch level linked to nothing, and not for a linked one") {
    Model m = str03_chain();
    m.level_links.push_back({"LL-1", "L-S", "L-O", {}});
    m.level_links.push_back({"LL-2", "L-O", "L-I", {}});
    m.levels.push_back(str03_level("L-NOSAM", Tier::O, 4, true));
    auto fs = run_rule(m, "STR-03");
    CHECK(fs.size() == 1);
    CHECK(has_finding(fs, "STR-03b", "L-NOSAM", Severity::Warning));
    CHECK(count_sub(fs, "STR-03a") == 0); // branch levels are checked separately

    m.level_links.push_back({"LL-3", "L-NOSAM", "L-S", {}});
    CHECK(run_rule(m, "STR-03").empty());
}

TEST_CASE("STR-03a needs a level on both sides: an operational level at the bottom is 03b") {
    Model m = base_model();
    m.levels.push_back(str03_level("L-S", Tier::S, 1));
    m.levels.push_back(str03_level("L-O", Tier::O, 2)); // bottom of the chain, no level below
    m.forums.push_back(str03_forum("F-S", "L-S"));
    m.forums.push_back(str03_forum("F-O", "L-O"));
    auto fs = run_rule(m, "STR-03");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "STR-03b", "L-O", Severity::Warning));
    CHECK(fs[0].elements == std::vector<Id>{"L-O", "L-S"});
    CHECK(count_sub(fs, "STR-03a") == 0);
}
