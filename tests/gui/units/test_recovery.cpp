#include "recovery.hpp"

#include "skm/commands.hpp"
#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

using namespace skm;
using namespace skm::gui;
namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const std::string& name) {
    const fs::path dir = fs::path(SKM_BINARY_DIR) / "tests" / "gui" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
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

    const auto offer = recovery_to_offer(path);
    REQUIRE(offer.has_value());
    const Model recovered = load_recovery(*offer);
    REQUIRE(recovered.forums.size() == 1);
    CHECK(recovered.forums[0].name == "Ny grupp för barn och unga");

    autosave.discard(path);
    CHECK_FALSE(recovery_to_offer(path).has_value());
}

TEST_CASE("recovery files of different maps with the same name do not collide") {
    const fs::path dir = fresh_dir("units-recovery-names");
    setenv("XDG_STATE_HOME", (dir / "state").c_str(), 1);
    const auto a = recovery_path_for((dir / "a" / "karta.json").string());
    const auto b = recovery_path_for((dir / "b" / "karta.json").string());
    CHECK(a != b);
    CHECK(a.parent_path() == dir / "state" / "samverkanskartan" / "recovery");
    CHECK(recovery_path_for("").filename() == "namnlos.json");
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
