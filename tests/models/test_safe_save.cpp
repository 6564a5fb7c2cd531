// Safe saving and safe reading (issue 11 §4, §5): unpredictable exclusive temp files, permissions
// and group kept, read-only refused, symlinks written through, .bak only from a good copy, stale
// temp files cleaned; folders, FIFOs, devices and oversized files refused before reading.
#include "skm/model_file.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace skm;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_raw(const fs::path& p, const std::string& s) {
    std::ofstream(p, std::ios::binary) << s;
}

// A fresh folder per test case, removed afterwards.
struct TempDir {
    fs::path dir;
    TempDir() {
        static int n = 0;
        dir = fs::temp_directory_path() /
              ("skm-safe-save-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(dir, ec);
    }
    fs::path operator/(const std::string& s) const { return dir / s; }
};

// A map without individual-level content (no citizens, no individual tier, no named persons).
Model plain_model() {
    Model m = make_synthetic_county({2, 6, 8, 1, 3});
    m.citizens.clear();
    for (auto& l : m.levels)
        if (l.tier == Tier::I) l.tier = Tier::O;
    for (auto& l : m.levels) {
        l.key_persons.clear();
        l.geography.set_unknown();
    }
    for (auto& r : m.roles)
        r.person.set_unknown();
    return m;
}

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::lstat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

int count_temp_files(const fs::path& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find("skm-tmp-") != std::string::npos ||
            e.path().filename().string().find(".tmp-") != std::string::npos)
            ++n;
    return n;
}

void set_old_mtime(const fs::path& p) {
    struct timeval tv[2] = {{std::time(nullptr) - 3600, 0}, {std::time(nullptr) - 3600, 0}};
    REQUIRE(::lutimes(p.c_str(), tv) == 0);
}

} // namespace

TEST_CASE("a planted symlink at the old predictable temp name is never written through") {
    TempDir t;
    const fs::path model = t / "karta.json", victim = t / "victim.txt";
    write_raw(victim, "precious");
    save_model_file(make_synthetic_county({1, 4, 4, 1, 2}), model.string());
    // The first release wrote "karta.json.tmp-<pid>" with O_TRUNC and followed links there.
    const fs::path planted = t / ("karta.json.tmp-" + std::to_string(::getpid()));
    fs::create_symlink(victim, planted);
    save_model_file(make_synthetic_county({1, 5, 4, 1, 2}), model.string());
    CHECK(read_all(victim) == "precious");
    CHECK(fs::is_symlink(planted)); // not ours: left alone, not removed as a stale temp file
    CHECK(load_model_file(model.string()).units.size() > 0);
}

TEST_CASE("temp names are unpredictable and none are left after a save") {
    TempDir t;
    const fs::path model = t / "karta.json";
    for (int i = 0; i < 3; ++i)
        save_model_file(make_synthetic_county({1, 4 + i, 4, 1, 2}), model.string());
    CHECK(count_temp_files(t.dir) == 0);
    // Only the model and its backup remain in the folder.
    int files = 0;
    for (const auto& e : fs::directory_iterator(t.dir)) {
        (void)e;
        ++files;
    }
    CHECK(files == 2);
}

TEST_CASE("a save keeps the mode and group of the file it replaces, and the .bak gets them too") {
    TempDir t;
    const fs::path model = t / "karta.json";
    save_model_file(plain_model(), model.string());
    REQUIRE(::chmod(model.c_str(), 0640) == 0);
    const bool can_chgrp = ::chown(model.c_str(), static_cast<uid_t>(-1), 1) == 0;
    save_model_file(make_synthetic_county({1, 5, 4, 1, 2}), model.string());
    CHECK(mode_of(model) == 0640);
    CHECK(mode_of(t / "karta.json.bak") == 0640);
    if (can_chgrp) {
        struct stat st {};
        REQUIRE(::stat(model.c_str(), &st) == 0);
        CHECK(st.st_gid == 1);
        REQUIRE(::stat((t / "karta.json.bak").c_str(), &st) == 0);
        CHECK(st.st_gid == 1);
    }
    REQUIRE(::chmod(model.c_str(), 0600) == 0);
    save_model_file(make_synthetic_county({1, 6, 4, 1, 2}), model.string());
    CHECK(mode_of(model) == 0600); // a private map never becomes world-readable by saving
}

TEST_CASE("new files: 0600 for a map with individual-level content, else 0666 less the umask") {
    TempDir t;
    const mode_t old = ::umask(022);
    Model individual = plain_model();
    individual.roles[0].person = std::string("Anna Andersson");
    CHECK(has_individual_content(individual));
    CHECK_FALSE(has_individual_content(plain_model()));
    save_model_file(individual, (t / "individ.json").string());
    save_model_file(plain_model(), (t / "plain.json").string());
    ::umask(old);
    CHECK(mode_of(t / "individ.json") == 0600);
    CHECK(mode_of(t / "plain.json") == 0644);
}

TEST_CASE("a read-only file is refused with a message and left as it was") {
    TempDir t;
    const fs::path model = t / "karta.json";
    save_model_file(plain_model(), model.string());
    const std::string before = read_all(model);
    REQUIRE(::chmod(model.c_str(), 0444) == 0);
    std::string msg;
    try {
        save_model_file(make_synthetic_county({1, 9, 4, 1, 2}), model.string());
    } catch (const std::exception& e) {
        msg = e.what();
    }
    CHECK(msg.find("read-only") != std::string::npos);
    CHECK(msg.find("karta.json") != std::string::npos);
    CHECK(read_all(model) == before);
    CHECK(mode_of(model) == 0444);
    CHECK(count_temp_files(t.dir) == 0);
}

TEST_CASE("saving through a symlink writes its target and keeps the link") {
    TempDir t;
    fs::create_directories(t / "real");
    const fs::path real = t / "real/karta.json", link = t / "link.json";
    save_model_file(plain_model(), real.string());
    fs::create_symlink("real/karta.json", link); // relative, as users make them
    Model changed = plain_model();
    changed.info.name = "Ändrad genom länken";
    save_model_file(changed, link.string());
    CHECK(fs::is_symlink(link));
    CHECK(load_model_file(real.string()).info.name == "Ändrad genom länken");
    CHECK(fs::exists(t / "real/karta.json.bak")); // the backup sits beside the real file
    CHECK_FALSE(fs::exists(t / "link.json.bak"));
}

TEST_CASE("a link planted at the .bak name is replaced, not followed") {
    TempDir t;
    const fs::path model = t / "karta.json", victim = t / "victim.txt";
    write_raw(victim, "precious");
    save_model_file(plain_model(), model.string());
    fs::create_symlink(victim, t / "karta.json.bak");
    save_model_file(make_synthetic_county({1, 5, 4, 1, 2}), model.string());
    CHECK(read_all(victim) == "precious");
    CHECK_FALSE(fs::is_symlink(t / "karta.json.bak"));
    CHECK_NOTHROW(parse_model(read_all(t / "karta.json.bak"), "bak"));
}

TEST_CASE(".bak is only replaced by a copy that still reads as a model") {
    TempDir t;
    const fs::path model = t / "karta.json", bak = t / "karta.json.bak";
    Model first = plain_model();
    first.info.name = "Första";
    Model second = plain_model();
    second.info.name = "Andra";
    save_model_file(first, model.string());
    save_model_file(second, model.string()); // .bak = first
    REQUIRE(parse_model(read_all(bak), "bak").info.name == "Första");
    // The file on disk is emptied (a crashed tool, a full disk); the next save must not copy
    // the empty file over the good backup.
    write_raw(model, "");
    save_model_file(second, model.string());
    CHECK(parse_model(read_all(bak), "bak").info.name == "Första");
    // Truncated mid-way: same.
    const std::string good = read_all(model);
    write_raw(model, good.substr(0, good.size() / 2));
    save_model_file(second, model.string());
    CHECK(parse_model(read_all(bak), "bak").info.name == "Första");
    CHECK(load_model_file(model.string()).info.name == "Andra");
    // A good file on disk does become the backup.
    save_model_file(first, model.string());
    CHECK(parse_model(read_all(bak), "bak").info.name == "Andra");
}

TEST_CASE("stale temp files of killed saves are cleaned, fresh ones and foreign files stay") {
    TempDir t;
    const fs::path model = t / "karta.json";
    save_model_file(plain_model(), model.string());
    const fs::path stale = t / ".karta.json.skm-tmp-0123456789abcdef";
    const fs::path fresh = t / ".karta.json.skm-tmp-fedcba9876543210";
    const fs::path legacy = t / "karta.json.tmp-999999999"; // no such process
    const fs::path other = t / ".annan.json.skm-tmp-0123456789abcdef";
    for (const auto& p : {stale, fresh, legacy, other})
        write_raw(p, "{half a save");
    for (const auto& p : {stale, legacy, other})
        set_old_mtime(p);
    save_model_file(plain_model(), model.string());
    CHECK_FALSE(fs::exists(stale));
    CHECK_FALSE(fs::exists(legacy));
    CHECK(fs::exists(fresh)); // perhaps another editor saving right now
    CHECK(fs::exists(other)); // belongs to another file
    CHECK(clean_stale_temp_files(model.string(), 0) == 1);
    CHECK_FALSE(fs::exists(fresh));
}

TEST_CASE("saving over a device or a folder is refused, and the device is untouched") {
    TempDir t;
    CHECK_THROWS_WITH_AS(save_model_file(plain_model(), "/dev/null"),
                         doctest::Contains("not a regular file"), std::runtime_error);
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    fs::create_directories(t / "mapp.json");
    CHECK_THROWS_WITH_AS(save_model_file(plain_model(), (t / "mapp.json").string()),
                         doctest::Contains("folder"), std::runtime_error);
}

TEST_CASE("write_file_atomically: a new file follows the umask or the mode asked for") {
    TempDir t;
    const mode_t old = ::umask(027);
    write_file_atomically((t / "a.txt").string(), "a");
    WriteOptions o;
    o.new_file_mode = 0600;
    write_file_atomically((t / "b.txt").string(), "b", o);
    ::umask(old);
    CHECK(mode_of(t / "a.txt") == 0640);
    CHECK(mode_of(t / "b.txt") == 0600);
    CHECK(read_all(t / "b.txt") == "b");
}

TEST_CASE("reading: /dev/zero, a FIFO, a folder and a huge sparse file are refused at once") {
    TempDir t;
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH_AS(load_model_file("/dev/zero"), doctest::Contains("device"), ModelFileError);
    const fs::path fifo = t / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH_AS(load_model_file(fifo.string()), doctest::Contains("pipe"), ModelFileError);
    CHECK_THROWS_WITH_AS(load_model_file(t.dir.string()), doctest::Contains("folder"),
                         ModelFileError);
    const fs::path huge = t / "huge.json";
    write_raw(huge, "{");
    fs::resize_file(huge, 200ull << 20); // sparse: no disk used, 200 MiB of zeros if read
    CHECK_THROWS_WITH_AS(load_model_file(huge.string()), doctest::Contains("larger than 64 MiB"),
                         ModelFileError);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(seconds < 1.0);
    // The limit applies to the bytes read, not only to the size reported.
    write_raw(t / "small.json", std::string(2000, ' '));
    CHECK_THROWS_WITH_AS(read_model_text((t / "small.json").string(), 1000),
                         doctest::Contains("larger than"), ModelFileError);
    CHECK(read_model_text((t / "small.json").string(), 2000).size() == 2000);
}

TEST_CASE("a save with the loaded stamp refuses a file changed on disk and accepts a touched one") {
    TempDir t;
    const fs::path model = t / "karta.json";
    save_model_file(plain_model(), model.string());
    FileStamp stamp;
    Model mine = load_model_file(model.string(), stamp);
    CHECK(stamp.exists);
    CHECK(stamp == file_stamp(model.string()));
    mine.info.name = "Mina ändringar";

    // Only touched (a backup tool, `touch`): same bytes, so the save goes ahead.
    struct timeval tv[2] = {{std::time(nullptr) - 100, 0}, {std::time(nullptr) - 100, 0}};
    REQUIRE(::utimes(model.c_str(), tv) == 0);
    CHECK_FALSE(content_changed(stamp, file_stamp(model.string())));
    stamp = save_model_file(mine, model.string(), stamp);
    CHECK(load_model_file(model.string()).info.name == "Mina ändringar");

    // Replaced by a colleague (same size even): refused, their version kept, no temp files.
    Model theirs = mine;
    theirs.info.name = "Deras ändring";
    theirs.info.name.resize(mine.info.name.size(), 'x');
    write_raw(model, serialize_model(theirs));
    const std::string on_disk = read_all(model);
    mine.info.name = "Mina nya ändringar";
    CHECK_THROWS_WITH_AS(save_model_file(mine, model.string(), stamp),
                         doctest::Contains("changed on disk"), FileChangedError);
    CHECK(read_all(model) == on_disk);
    CHECK(count_temp_files(t.dir) == 0);

    // Removed since: written anew (nobody's work is overwritten).
    fs::remove(model);
    stamp = save_model_file(mine, model.string(), stamp);
    CHECK(load_model_file(model.string()).info.name == "Mina nya ändringar");
    CHECK(stamp == file_stamp(model.string()));

    // A map never saved: a file that appeared at its path meanwhile is not overwritten.
    const fs::path fresh = t / "ny.json";
    write_raw(fresh, "someone else's file");
    CHECK_THROWS_AS(save_model_file(mine, fresh.string(), FileStamp{}), FileChangedError);
    CHECK(read_all(fresh) == "someone else's file");
}
