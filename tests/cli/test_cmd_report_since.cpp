// `modeller report FILE --since OLD.json`: the section "Förändringar sedan …" (English "Changes
// since …"), none without --since, and an older version that does not load named, exit 2.
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace skm;
using skm::test::run_cli;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

// The Östermalm example with its first forum renamed and a unit added, as a file.
std::string edited_copy(std::string& old_path, std::string& forum_name) {
    Model m = load_model_file(cli::examples_dir() + "/ostermalm_bus_2007.json");
    old_path = test::write_temp("ostermalm-2007.json", serialize_model(m));
    REQUIRE(!m.forums.empty());
    forum_name = m.forums.front().name;
    m.forums.front().name = forum_name + " (ny)";
    Unit u;
    u.id = "U-FAMILJECENTRAL";
    u.name = "Familjecentralen Östermalm";
    m.units.push_back(u);
    return test::write_temp("ostermalm-ny.json", serialize_model(m));
}

} // namespace

TEST_CASE("report --since: the changes since the older version, by name, old → new") {
    std::string old_path, forum;
    const std::string now = edited_copy(old_path, forum);
    const std::string out = test::temp_path("since.md");
    auto r = run_cli({"report", now, "--since", old_path, "-o", out});
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    const std::string md = read_text(out);
    CHECK(has(md, "## Förändringar sedan ostermalm-2007.json"));
    CHECK(has(md, "### Forum"));
    CHECK(has(md, "| ändrad | " + forum + " (ny) | Namn | " + forum + " | " + forum + " (ny) |"));
    CHECK(has(md, "| tillagd | Familjecentralen Östermalm |"));

    auto en = run_cli({"report", now, "--since", old_path, "--lang", "en", "-o", out});
    REQUIRE(en.code == 0);
    const std::string md_en = read_text(out);
    CHECK(has(md_en, "## Changes since ostermalm-2007.json"));
    CHECK(has(md_en, "| changed | " + forum + " (ny) | Name | " + forum + " | "));
    CHECK(!has(md_en, "Förändringar sedan"));
}

TEST_CASE("report without --since has no changes section") {
    std::string old_path, forum;
    const std::string now = edited_copy(old_path, forum);
    const std::string out = test::temp_path("no-since.html");
    auto r = run_cli({"report", now, "-o", out});
    REQUIRE(r.code == 0);
    const std::string html = read_text(out);
    CHECK(has(html, "Forumförteckning"));
    CHECK(!has(html, "Förändringar sedan"));
    CHECK(!has(html, "id=\"changes\""));
}

TEST_CASE("report --since with a file that does not load: named, exit 2, nothing written") {
    std::string old_path, forum;
    const std::string now = edited_copy(old_path, forum);
    const std::string out = test::temp_path("bad-since.html");
    std::filesystem::remove(out);

    const std::string broken = test::write_temp("trasig-version.json", "{ \"format\": ");
    auto r = run_cli({"report", now, "--since", broken, "-o", out});
    CHECK(r.code == 2);
    CHECK(has(r.err, "trasig-version.json"));
    CHECK(has(r.err, "--since"));
    CHECK(!std::filesystem::exists(out));

    const std::string missing = test::temp_path("finns-inte.json");
    auto m = run_cli({"report", now, "--since", missing, "-o", out});
    CHECK(m.code == 2);
    CHECK(has(m.err, "finns-inte.json"));
    CHECK(!std::filesystem::exists(out));

    auto bare = run_cli({"report", now, "-o", out, "--since"});
    CHECK(bare.code == 2);
    CHECK(has(bare.err, "--since"));
}
