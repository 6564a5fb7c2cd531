// The registry is the single list of rules; every rule must be complete, tested and documented.
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace skm;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
// "FLO-01" → tests/rules/test_flo_01.cpp
fs::path test_file_for(const std::string& id) {
    std::string name = "test_";
    for (char c : id)
        name += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return fs::path(SKM_SOURCE_DIR) / "tests/rules" / (name + ".cpp");
}
} // namespace

TEST_CASE("the registry holds the whole catalogue: 35 rules in 12 families") {
    const auto& rules = all_rules();
    std::set<std::string> ids, families;
    for (const auto& r : rules) {
        CHECK(ids.insert(r->info().id).second);
        families.insert(r->info().family);
    }
    CHECK(rules.size() == 35);
    CHECK(families == std::set<std::string>{"STR", "FOR", "ACT", "RES", "FLO", "DOC", "ESC", "IND",
                                            "SIP", "PRC", "FUP", "CHG"});
}

TEST_CASE("every rule has texts in both languages, a source, an action and sub-rules") {
    for (const auto& r : all_rules()) {
        const RuleInfo& i = r->info();
        CAPTURE(i.id);
        CHECK(i.id.rfind(i.family + "-", 0) == 0);
        CHECK(!i.title_sv.empty());
        CHECK(!i.title_en.empty());
        CHECK(!i.rationale_sv.empty());
        CHECK(!i.rationale_en.empty());
        CHECK(!i.source.empty());
        CHECK(!i.action_sv.empty());
        CHECK(!i.action_en.empty());
        REQUIRE(!i.subs.empty());
        for (const auto& s : i.subs) {
            CHECK(s.id.rfind(i.id, 0) == 0);
            CHECK(!s.title_sv.empty());
            CHECK(!s.title_en.empty());
        }
    }
}

TEST_CASE("every rule has its own test file and a bilingual document") {
    for (const auto& r : all_rules()) {
        const std::string& id = r->info().id;
        CAPTURE(id);
        CHECK(fs::exists(test_file_for(id)));
        const fs::path doc = fs::path(SKM_SOURCE_DIR) / "docs/rules" / (id + ".md");
        REQUIRE(fs::exists(doc));
        const std::string text = slurp(doc);
        CHECK(text.find("## Svenska") != std::string::npos);
        CHECK(text.find("## English") != std::string::npos);
        for (const auto& s : r->info().subs)
            CHECK(text.find(s.id) != std::string::npos);
    }
}

TEST_CASE("find_rule finds rules by id and by sub-id") {
    for (const auto& r : all_rules()) {
        CHECK(find_rule(r->info().id) == r.get());
        for (const auto& s : r->info().subs)
            CHECK(find_rule(s.id) == r.get());
    }
    CHECK(find_rule("XYZ-99") == nullptr);
}
