// The advisory lock on an open map (issue 11 §1): a second editor learns who has the map open; a
// lock left by a dead editor is taken over; only our own lock is removed.
#include "gui_test_dirs.hpp"
#include "map_lock.hpp"
#include "recovery.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace skm::gui;
namespace fs = std::filesystem;

namespace {

using test::fresh_dir;

std::string read_all(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A lock as another editor would write it: pid 1 with its real start time is alive.
std::string other_live_lock(const std::string& host) {
    std::ifstream in("/proc/1/stat");
    std::string line;
    std::getline(in, line);
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
    }
    return "user=anna\nhost=" + host + "\ninstance=1-" + field + "\n";
}

std::string this_host() {
    return parse_lock(lock_text_for_this_editor())->host;
}

} // namespace

TEST_CASE("the first editor takes the lock and removes it when done") {
    const fs::path dir = fresh_dir("units-lock-first");
    const std::string map = (dir / "karta.json").string();
    std::ofstream(map) << "{}";
    const fs::path lock = lock_path_for(map);
    CHECK(lock.filename() == ".karta.json.skm-lock");
    {
        MapLock l;
        CHECK_FALSE(l.acquire(map).has_value());
        REQUIRE(fs::exists(lock));
        const auto h = parse_lock(read_all(lock));
        REQUIRE(h);
        CHECK(h->instance == instance_id());
        CHECK_FALSE(h->host.empty());
    }
    CHECK_FALSE(fs::exists(lock)); // released with the editor
}

TEST_CASE("a second editor is told who holds the map, the holder's lock stays") {
    const fs::path dir = fresh_dir("units-lock-second");
    const std::string map = (dir / "karta.json").string();
    std::ofstream(map) << "{}";
    const fs::path lock = lock_path_for(map);
    for (const std::string& host : {this_host(), std::string("kontor-3.example")}) {
        std::ofstream(lock) << other_live_lock(host);
        MapLock l;
        const auto holder = l.acquire(map);
        REQUIRE(holder.has_value());
        CHECK(holder->user == "anna");
        CHECK(holder->host == host);
        l.release();
        CHECK(fs::exists(lock)); // not ours to remove
        CHECK(read_all(lock) == other_live_lock(host));
    }
}

TEST_CASE("a lock left by an editor that died on this machine is taken over") {
    const fs::path dir = fresh_dir("units-lock-stale");
    const std::string map = (dir / "karta.json").string();
    std::ofstream(map) << "{}";
    const fs::path lock = lock_path_for(map);
    std::ofstream(lock) << "user=bo\nhost=" + this_host() + "\ninstance=999999999-1\n";
    MapLock l;
    CHECK_FALSE(l.acquire(map).has_value());
    CHECK(parse_lock(read_all(lock))->instance == instance_id());
}

TEST_CASE("other_lock_holder names another running editor without taking or dropping a lock") {
    const fs::path dir = fresh_dir("units-lock-peek");
    const std::string map = (dir / "karta.json").string(), mine = (dir / "egen.json").string();
    std::ofstream(map) << "{}";
    std::ofstream(mine) << "{}";
    CHECK_FALSE(other_lock_holder(map).has_value()); // no lock at all
    MapLock l;
    CHECK_FALSE(l.acquire(mine).has_value());
    CHECK_FALSE(other_lock_holder(mine).has_value()); // our own lock
    std::ofstream(lock_path_for(map)) << other_live_lock("kontor-3.example");
    const auto holder = other_lock_holder(map);
    REQUIRE(holder.has_value());
    CHECK(holder->user == "anna");
    CHECK(holder->host == "kontor-3.example");
    CHECK(l.held_path() == lock_path_for(mine)); // asking did not release ours
    CHECK(fs::exists(lock_path_for(mine)));
    // Left by an editor that died here: nobody holds it.
    std::ofstream(lock_path_for(map))
        << "user=bo\nhost=" + this_host() + "\ninstance=999999999-1\n";
    CHECK_FALSE(other_lock_holder(map).has_value());
}
