// `modeller diff` and `modeller merge`: edits to every bundled example are named, a file equals
// itself, independent edits merge, a field changed on both sides is refused by name, and the
// merge works as a git merge driver in a real repository.
#include "cli_test_support.hpp"
#include "skm/commands.hpp"
#include "skm/versions.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

using namespace skm;
using skm::test::run_cli;

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> examples() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(fs::path(SKM_SOURCE_DIR) / "models/examples"))
        if (e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

int sh(const std::string& cmd) {
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

} // namespace

TEST_CASE("diff: a file against itself is the same (exit 0)") {
    for (const auto& e : examples()) {
        CAPTURE(e.string());
        auto r = run_cli({"diff", e.string(), e.string()});
        CHECK(r.code == 0);
        CHECK(r.out == "Inga skillnader.\n");
    }
}

TEST_CASE("diff: edits to every bundled example are named per element and field") {
    for (const auto& e : examples()) {
        CAPTURE(e.string());
        const Model a = load_model_file(e.string());
        Model b = a;
        REQUIRE(!b.forums.empty());
        REQUIRE(!b.flows.empty());
        Forum& f = b.forums.front();
        const bool was_preparation = f.mandate.is_set() && f.mandate.value() == Mandate::Beredning;
        f.mandate = was_preparation ? Mandate::Information : Mandate::Beredning; // one field
        // A removed element: a flow or document nothing refers to, so the file stays valid.
        std::string removed_kind;
        Id removed_id;
        auto remove_one = [&](auto& items, const char* kind) {
            for (auto it = items.rbegin(); it != items.rend() && removed_id.empty(); ++it)
                if (references_to(b, it->id).empty()) {
                    removed_kind = kind;
                    removed_id = it->id;
                    items.erase(std::next(it).base());
                    return;
                }
        };
        remove_one(b.flows, "flows");
        remove_one(b.documents, "documents");
        remove_one(b.responsibilities, "responsibilities");
        REQUIRE(!removed_id.empty());
        Role added;
        added.id = "R-TEST-NY";
        added.title = "Ny samordnare";
        b.roles.push_back(added); // an added element
        const std::string pb = test::temp_path("edited-" + e.filename().string());
        save_model_file(b, pb);

        auto r = run_cli({"diff", e.string(), pb});
        CHECK(r.code == 1);
        CHECK(has(r.out, "ändrad  forums " + f.id + " \"" + f.name + "\""));
        CHECK(has(r.out, "      mandate: "));
        CHECK(has(r.out, was_preparation ? " → \"information\"" : " → \"beredning\""));
        CHECK(has(r.out, "borttagen  " + removed_kind + " " + removed_id));
        CHECK(has(r.out, "tillagd  roles R-TEST-NY \"Ny samordnare\""));
        // Exactly these three, whatever the example.
        const auto changes = diff_models(a, b);
        REQUIRE(changes.size() == 3);
        CHECK(changes[0].collection == "roles");
        CHECK(changes[0].kind == ElementChange::Kind::Added);
        CHECK(changes[1].collection == "forums");
        REQUIRE(changes[1].fields.size() == 1);
        CHECK(changes[1].fields[0].field == "mandate");
        CHECK(changes[2].collection == removed_kind);
        CHECK(changes[2].id == removed_id);
        CHECK(changes[2].kind == ElementChange::Kind::Removed);

        auto j = run_cli({"diff", e.string(), pb, "--format", "json"});
        CHECK(j.code == 1);
        CHECK(has(j.out, "\"format\": \"samverkanskartan-diff\""));
        CHECK(has(j.out, "\"kind\": \"removed\""));
        CHECK(has(j.out, "\"name\": \"Ny samordnare\""));
    }
}

TEST_CASE("diff: usage errors and unreadable files exit 2") {
    const std::string e = examples().front().string();
    CHECK(run_cli({"diff", e}).code == 2);
    CHECK(run_cli({"diff", e, "/no/such.json"}).code == 2);
    CHECK(run_cli({"diff", e, e, "--format", "xml"}).code == 2);
}

namespace {

struct Versions {
    std::string base, ours, theirs, conflict;
    Id ours_forum, theirs_forum;
};

// Base = the Västbus example; ours sets one forum's purpose, theirs another forum's mandate and
// adds a unit; "conflict" sets ours' forum purpose to something else.
Versions versions(const std::string& tag) {
    const std::string src =
        (fs::path(SKM_SOURCE_DIR) / "models/examples/goteborg_vastbus_2015.json").string();
    const Model base = load_model_file(src);
    Versions v;
    v.base = test::temp_path(tag + "-base.json");
    v.ours = test::temp_path(tag + "-ours.json");
    v.theirs = test::temp_path(tag + "-theirs.json");
    v.conflict = test::temp_path(tag + "-conflict.json");
    save_model_file(base, v.base);
    Model ours = base, theirs = base, conflict = base;
    v.ours_forum = ours.forums[0].id;
    v.theirs_forum = theirs.forums[1].id;
    ours.forums[0].purpose = std::string("Samordna insatser för barn och unga");
    theirs.forums[1].mandate = Mandate::Beslut;
    Unit u = theirs.units.front();
    u.id = "U-NY-ENHET";
    u.name = "Nya enheten";
    theirs.units.push_back(u);
    conflict.forums[0].purpose = std::string("Ett annat syfte");
    save_model_file(ours, v.ours);
    save_model_file(theirs, v.theirs);
    save_model_file(conflict, v.conflict);
    return v;
}

} // namespace

TEST_CASE("merge: independent edits merge, a field changed on both sides is refused by name") {
    const Versions v = versions("merge");
    const std::string out = test::temp_path("merged.json");
    fs::remove(out);
    auto r = run_cli({"merge", v.base, v.ours, v.theirs, "-o", out});
    CHECK(r.code == 0);
    REQUIRE(fs::exists(out));
    const Model m = load_model_file(out);
    CHECK(find_by_id(m.forums, v.ours_forum)->purpose.value() ==
          "Samordna insatser för barn och unga");
    CHECK(find_by_id(m.forums, v.theirs_forum)->mandate.value() == Mandate::Beslut);
    CHECK(find_by_id(m.units, Id("U-NY-ENHET")) != nullptr);

    const std::string out2 = test::temp_path("merged-conflict.json");
    fs::remove(out2);
    auto c = run_cli({"merge", v.base, v.ours, v.conflict, "-o", out2});
    CHECK(c.code == 1);
    CHECK_FALSE(fs::exists(out2)); // nothing silently chosen
    const Model base = load_model_file(v.base);
    const Forum& f = base.forums[0];
    CHECK(has(c.err, "forums " + f.id + " \"" + f.name + "\".purpose"));
    CHECK(has(c.err, "\"Samordna insatser för barn och unga\""));
    CHECK(has(c.err, "\"Ett annat syfte\""));

    // Removed on one side, changed on the other: a conflict too.
    const std::string pr = test::temp_path("merge-removed.json");
    // Remove the references to the forum as well, so the version itself is valid.
    History h;
    Model del = base;
    h.execute(del, std::make_unique<DeleteElement>(f.id));
    save_model_file(del, pr);
    auto d = run_cli({"merge", v.base, v.ours, pr, "-o", out2});
    CHECK(d.code == 1);
    CHECK(has(d.err, "borttagen på ena sidan, ändrad på den andra"));
    CHECK(run_cli({"merge", v.base, v.ours, "-o", out2}).code == 2);
}

TEST_CASE("merge works as a git merge driver in a temporary repository") {
    if (sh("git --version >/dev/null 2>&1") != 0) {
        MESSAGE("git is not installed; skipping");
        return;
    }
    const Versions v = versions("git");
    const fs::path repo = fs::path(test::temp_path("git-repo"));
    fs::remove_all(repo);
    fs::create_directories(repo);
    const std::string modeller = std::string(SKM_BINARY_DIR) + "/modeller/modeller";
    REQUIRE(fs::exists(modeller));
    const std::string r = "cd '" + repo.string() + "' && ";
    const std::string quiet = " >/dev/null 2>&1";
    REQUIRE(sh(r +
               "git init -q -b main && git config user.name Test && git config user.email "
               "t@example.org && git config commit.gpgsign false" +
               quiet) == 0);
    REQUIRE(sh(r +
               "git config merge.samverkanskartan.name 'Samverkanskartan' && git config "
               "merge.samverkanskartan.driver '" +
               modeller + " merge %O %A %B -o %A'") == 0);
    std::ofstream(repo / ".gitattributes") << "*.json merge=samverkanskartan\n";
    fs::copy_file(v.base, repo / "karta.json");
    REQUIRE(sh(r + "git add . && git commit -qm bas" + quiet) == 0);
    REQUIRE(sh(r + "git checkout -qb kommun-a" + quiet) == 0);
    fs::copy_file(v.theirs, repo / "karta.json", fs::copy_options::overwrite_existing);
    REQUIRE(sh(r + "git commit -qam 'kommun A: mandat och ny enhet'" + quiet) == 0);
    REQUIRE(sh(r + "git checkout -q main" + quiet) == 0);
    fs::copy_file(v.ours, repo / "karta.json", fs::copy_options::overwrite_existing);
    REQUIRE(sh(r + "git commit -qam 'länet: syfte'" + quiet) == 0);
    // A text merge would conflict or interleave lines; the driver merges per element and field.
    CHECK(sh(r + "git merge -q --no-edit kommun-a" + quiet) == 0);
    const Model merged = load_model_file((repo / "karta.json").string());
    CHECK(find_by_id(merged.forums, v.ours_forum)->purpose.value() ==
          "Samordna insatser för barn och unga");
    CHECK(find_by_id(merged.forums, v.theirs_forum)->mandate.value() == Mandate::Beslut);
    CHECK(find_by_id(merged.units, Id("U-NY-ENHET")) != nullptr);

    // A conflicting edit: git reports the conflict and the file keeps our version.
    REQUIRE(sh(r + "git checkout -qb kommun-b HEAD~2" + quiet) == 0);
    fs::copy_file(v.conflict, repo / "karta.json", fs::copy_options::overwrite_existing);
    REQUIRE(sh(r + "git commit -qam 'kommun B: annat syfte'" + quiet) == 0);
    REQUIRE(sh(r + "git checkout -q main" + quiet) == 0);
    const std::string before = read((repo / "karta.json").string());
    CHECK(sh(r + "git merge -q --no-edit kommun-b" + quiet) != 0);
    CHECK(read((repo / "karta.json").string()) == before);
    CHECK(sh(r + "git diff --name-only --diff-filter=U | grep -qx karta.json") == 0);
    fs::remove_all(repo);
}

TEST_CASE("merge: waivers and actions added on both sides merge entry by entry") {
    const Model base = load_model_file(
        (fs::path(SKM_SOURCE_DIR) / "models/examples/goteborg_vastbus_2015.json").string());
    Date d;
    Date::parse("2015-08-01", d);
    Model ours = base, theirs = base;
    ours.rules.waivers.push_back(
        {"FOR-02", "F-NOSAM", "Möts efter behov i varje område", "Styrgruppen", d});
    FindingAction a;
    a.rule = "FOR-01";
    a.element = "F-LGS";
    a.note = std::string("Utse ordförande");
    theirs.rules.actions.push_back(a);
    theirs.rules.waivers.push_back({"FOR-03", "F-LGS", "Mandat i reglementet", "Länet", d});
    const MergeResult r = merge_models(base, ours, theirs);
    REQUIRE(r.conflicts.empty());
    REQUIRE(r.ok);
    CHECK(r.merged.rules.waivers.size() == base.rules.waivers.size() + 2);
    REQUIRE(r.merged.rules.actions.size() == base.rules.actions.size() + 1);
    CHECK(r.merged.rules.actions.back().note.value() == "Utse ordförande");

    // The same finding's action set differently on both sides is a conflict, named.
    Model ours2 = theirs;
    ours2.rules.actions.back().note = std::string("Utse sammankallande");
    Model theirs2 = theirs;
    theirs2.rules.actions.back().status = ActionStatus::Pagar;
    theirs2.rules.actions.back().note = std::string("Ordförande utses i höst");
    const MergeResult c = merge_models(theirs, ours2, theirs2);
    REQUIRE(c.conflicts.size() == 1);
    CHECK(c.conflicts[0].collection == "rule_settings.actions");
    CHECK(c.conflicts[0].id == "FOR-01 F-LGS");
    CHECK(c.conflicts[0].field == "note");
    CHECK_FALSE(c.ok);
}
