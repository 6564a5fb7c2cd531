#include "gui_test_dirs.hpp"
#include "recovery.hpp"

#include "skm/commands.hpp"
#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace skm;
using namespace skm::gui;
namespace fs = std::filesystem;

namespace {
using test::fresh_dir;

} // namespace

TEST_CASE("autosave writes a recovery file while dirty and never touches the user's file") {
    const fs::path dir = fresh_dir("units-recovery");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    setenv("SKM_AUTOSAVE_SECONDS", "0.05", 1);
    const std::string path = (dir / "karta.json").string();
    MapDocument doc;
    save_model_file(doc.model(), path);
    doc.reset(load_model_file(path), path);
    const auto original = fs::last_write_time(path);

    Autosave autosave;
    CHECK(autosave.interval() == std::chrono::milliseconds(50));
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_FALSE(autosave.tick(doc, t0)); // clean: nothing to write
    CHECK_FALSE(recovery_to_offer(path).has_value());

    Forum f;
    f.id = "F-X";
    f.name = "Ny grupp för barn och unga";
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(f)));
    CHECK_FALSE(autosave.tick(doc, t0));                        // the interval has not passed yet
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // mtime granularity
    CHECK(autosave.tick(doc, t0 + std::chrono::milliseconds(60)));
    CHECK(fs::last_write_time(path) == original);

    // Our own, live file is not offered (to this or any other window) ...
    const fs::path mine = recovery_path_for(path);
    REQUIRE(fs::exists(mine));
    CHECK_FALSE(recovery_to_offer(path).has_value());
    // ... but once its editor is gone (here: the file renamed to a dead instance's name) it is.
    const fs::path crashed =
        mine.parent_path() / (mine.stem().stem().string() + ".999999999-1.json");
    fs::rename(mine, crashed);
    const auto offer = recovery_to_offer(path);
    REQUIRE(offer.has_value());
    CHECK(*offer == crashed);
    const Model recovered = load_recovery(*offer);
    REQUIRE(recovered.forums.size() == 1);
    CHECK(recovered.forums[0].name == "Ny grupp för barn och unga");

    autosave.discard(path);
    CHECK(recovery_to_offer(path).has_value()); // declining is a separate, explicit step
    autosave.discard(path, true);
    CHECK_FALSE(recovery_to_offer(path).has_value());
}

namespace {

// The instance id of another running process (pid 1), built the way instance_id() builds ours.
std::string live_instance() {
    std::ifstream in("/proc/1/stat");
    std::string line;
    std::getline(in, line);
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
    }
    return "1-" + field;
}

fs::path plant(const fs::path& own, const std::string& instance, const std::string& content) {
    const fs::path p = own.parent_path() / (own.stem().stem().string() + "." + instance + ".json");
    fs::create_directories(p.parent_path());
    std::ofstream(p) << content;
    return p;
}

} // namespace

TEST_CASE("recovery is offered whatever happened to the original: deleted, truncated, touched") {
    const fs::path dir = fresh_dir("units-recovery-orphans");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    const std::string path = (dir / "karta.json").string();
    MapDocument doc;
    save_model_file(doc.model(), path);
    const fs::path orphan =
        plant(recovery_path_for(path), "999999999-1", serialize_model(doc.model()));
    // Touched after the crash (newer than the recovery file).
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    fs::last_write_time(path, fs::file_time_type::clock::now());
    CHECK(recovery_to_offer(path) == orphan);
    // Truncated.
    std::ofstream(path, std::ios::trunc).close();
    CHECK(recovery_to_offer(path) == orphan);
    // Deleted.
    fs::remove(path);
    CHECK(recovery_to_offer(path) == orphan);
    // A recovery file that fails the reference check is refused like a bad map file.
    Model bad = doc.model();
    Forum f;
    f.id = "F-X";
    f.reports_to = std::string("F-SAKNAS");
    bad.forums.push_back(f);
    const fs::path broken = plant(recovery_path_for(path), "999999998-1", serialize_model(bad));
    CHECK_THROWS_AS(load_recovery(broken), ModelFileError);
}

TEST_CASE("a running editor's recovery file is never offered to another window, nor deleted") {
    const fs::path dir = fresh_dir("units-recovery-live");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    const std::string path = (dir / "karta.json").string();
    const fs::path live = plant(recovery_path_for(path), live_instance(), "{}");
    CHECK_FALSE(recovery_to_offer(path).has_value());
    Autosave autosave;
    autosave.discard(path, true);
    CHECK(fs::exists(live));
}

TEST_CASE("untitled maps of two editors get their own recovery files") {
    const fs::path dir = fresh_dir("units-recovery-untitled");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    const fs::path mine = recovery_path_for("");
    CHECK(mine.filename().string() == "namnlos." + instance_id() + ".json");
    const fs::path other = plant(mine, "999999999-1", serialize_model(MapDocument().model()));
    CHECK(other != mine);
    CHECK(recovery_to_offer("") == other);
    CHECK_FALSE(recovery_to_offer((dir / "annan.json").string()).has_value());
}

TEST_CASE("SIGTERM asks for a final autosave instead of ending at once") {
    const fs::path dir = fresh_dir("units-recovery-sigterm");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    setenv("SKM_AUTOSAVE_SECONDS", "600", 1);
    install_termination_handlers();
    CHECK(termination_requested() == 0);
    std::raise(SIGTERM); // would end the test program without the handler
    CHECK(termination_requested() == SIGTERM);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);

    MapDocument doc;
    Forum f;
    f.id = "F-SIST";
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(f)));
    Autosave autosave;
    CHECK_FALSE(autosave.tick(doc, std::chrono::steady_clock::now())); // 10 minutes to go
    CHECK(autosave.write_now(doc));
    CHECK(load_recovery(recovery_path_for("")).forums.back().id == "F-SIST");
    CHECK(autosave.last_error().empty());
    autosave.discard("");
    CHECK_FALSE(fs::exists(recovery_path_for("")));
}

TEST_CASE("recovery files of different maps with the same name do not collide") {
    const fs::path dir = fresh_dir("units-recovery-names");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    const auto a = recovery_path_for((dir / "a" / "karta.json").string());
    const auto b = recovery_path_for((dir / "b" / "karta.json").string());
    CHECK(a != b);
    CHECK(a.parent_path() == dir / "state" / "samverkanskartan" / "recovery");
    CHECK(recovery_path_for("").filename().string().rfind("namnlos.", 0) == 0);
}

TEST_CASE("undo back to the saved state makes the document clean again") {
    MapDocument doc;
    CHECK_FALSE(doc.dirty());
    Forum f;
    f.id = "F-Y";
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(f)));
    CHECK(doc.dirty());
    doc.undo();
    CHECK_FALSE(doc.dirty());
    CHECK_FALSE(doc.execute(std::make_unique<RemoveElement<Forum>>("F-FINNS-INTE")));
    CHECK_FALSE(doc.last_error().empty());
    doc.reset(doc.model(), "", true);
    CHECK(doc.dirty()); // a recovered map is unsaved until saved
}
