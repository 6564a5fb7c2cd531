#include "settings.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace skm::gui;
namespace fs = std::filesystem;

TEST_CASE("settings survive a save and load, including Swedish paths") {
    const fs::path dir = fs::path(SKM_BINARY_DIR) / "tests" / "gui" / "units-settings";
    fs::remove_all(dir);
    Settings s;
    s.window_width = 1234;
    s.window_height = 777;
    s.lang = skm::Lang::En;
    s.theme = Theme::Dark;
    s.author = "Åsa Öberg";
    s.add_recent("/tmp/a.json");
    s.add_recent("/tmp/Västbus/b.json");
    s.add_recent("/tmp/a.json"); // moves to the front, no duplicate
    REQUIRE(save_settings(s, dir / "settings.ini"));
    const Settings back = load_settings(dir / "settings.ini");
    CHECK(back.window_width == 1234);
    CHECK(back.window_height == 777);
    CHECK(back.lang == skm::Lang::En);
    CHECK(back.theme == Theme::Dark);
    CHECK(back.author == "Åsa Öberg");
    REQUIRE(back.recent.size() == 2);
    CHECK(back.recent[0] == "/tmp/a.json");
    CHECK(back.recent[1] == "/tmp/Västbus/b.json");
}

TEST_CASE("a damaged settings file keeps the defaults") {
    const fs::path dir = fs::path(SKM_BINARY_DIR) / "tests" / "gui" / "units-settings-bad";
    fs::create_directories(dir);
    std::ofstream(dir / "settings.ini") << "window_width=bred\nlanguage=klingon\nnonsense\n";
    const Settings s = load_settings(dir / "settings.ini");
    CHECK(s.window_width == Settings{}.window_width);
    CHECK(s.lang == skm::Lang::Sv);
}

TEST_CASE("the recent list is capped") {
    Settings s;
    for (int i = 0; i < 25; ++i)
        s.add_recent("/tmp/" + std::to_string(i) + ".json");
    CHECK(s.recent.size() == Settings::kMaxRecent);
    CHECK(s.recent.front() == "/tmp/24.json");
}
