// The command line against hostile files (issue 11 §5, §8): devices and FIFOs refused within a
// second, no raw control character reaches the terminal, load warnings reported with exit 1.
#include "cli_test_support.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

using namespace skm;
using skm::test::run_cli;

namespace {

bool has_raw_control(const std::string& s) {
    for (unsigned char c : s)
        if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    return false;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

TEST_CASE("validate /dev/zero and a FIFO: refused within a second with a message") {
    auto t0 = std::chrono::steady_clock::now();
    auto r = run_cli({"validate", "/dev/zero"});
    CHECK(r.code == 2);
    CHECK(r.err.find("/dev/zero") != std::string::npos);
    CHECK(r.err.find("device") != std::string::npos);
    CHECK(seconds_since(t0) < 1.0);

    const std::string fifo = test::temp_path("pipe.json");
    ::unlink(fifo.c_str());
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    t0 = std::chrono::steady_clock::now();
    for (const char* cmd : {"validate", "check", "info"}) {
        r = run_cli({cmd, fifo});
        CAPTURE(cmd);
        CHECK(r.code == 2);
        CHECK(r.err.find("pipe") != std::string::npos);
    }
    CHECK(seconds_since(t0) < 1.0);
    ::unlink(fifo.c_str());
}

TEST_CASE("no raw control character from a file or its name reaches the terminal") {
    std::string s = serialize_model(make_synthetic_county({2, 20, 20, 1, 3}));
    s.insert(s.find('{') + 1, "\"\\u001b[2J\\u001b]0;x\\u0007\": 1,");
    const std::string bad = test::write_temp("esc\x1b[31m.json", s);
    for (const char* cmd : {"validate", "check", "info"}) {
        const auto r = run_cli({cmd, bad});
        CAPTURE(cmd);
        CHECK(r.code == 2);
        CHECK(r.err.find("unknown field") != std::string::npos);
        CHECK(r.err.find("\\x1b[2J") != std::string::npos);
        CHECK_FALSE(has_raw_control(r.err));
        CHECK_FALSE(has_raw_control(r.out));
    }
}

TEST_CASE("validate reports load warnings with the place and exits 1, check fails at warning") {
    Model m = make_synthetic_county({2, 60, 20, 1, 3});
    REQUIRE(m.roles.size() >= 1);
    m.roles[0].person = std::string("Anna 850101-1234");
    m.units[0].parent = m.units[1].id;
    m.units[1].parent = m.units[0].id;
    const std::string file = test::write_temp("warnings.json", serialize_model(m));
    auto r = run_cli({"validate", file});
    CHECK(r.code == 1);
    CHECK(r.out.find(": ok") != std::string::npos);
    CHECK(r.out.find("2 warnings") != std::string::npos);
    CHECK(r.err.find(file + ": roles[" + m.roles[0].id + "].person: warning:") !=
          std::string::npos);
    CHECK(r.err.find("personnummer") != std::string::npos);
    CHECK(r.err.find("forms a cycle") != std::string::npos);
    r = run_cli({"check", file, "--fail-on", "never"});
    CHECK(r.code == 0);
    CHECK(r.err.find("personnummer") != std::string::npos);
    r = run_cli({"check", file, "--fail-on", "warning"});
    CHECK(r.code == 1);
    // A clean file still validates with exit 0 and no warnings line.
    const std::string clean =
        test::write_temp("clean.json", serialize_model(make_synthetic_county({2, 20, 20, 1, 3})));
    r = run_cli({"validate", clean});
    CHECK(r.code == 0);
    CHECK(r.out.find("warning") == std::string::npos);
}

TEST_CASE("report and export --pseudonymise leave no name or personnummer in the output") {
    Model m = make_synthetic_county({2, 60, 20, 1, 3});
    REQUIRE(m.roles.size() >= 1);
    m.roles[0].person = std::string("Anna Berg");
    m.forums[0].purpose = std::string("Anna Berg samordnar, ärende 850101-1234");
    const std::string file = test::write_temp("named.json", serialize_model(m));
    const std::string md_out = test::temp_path("named.md");
    auto r = run_cli({"report", file, "-o", md_out});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::ifstream plain_in(md_out);
    const std::string plain((std::istreambuf_iterator<char>(plain_in)),
                            std::istreambuf_iterator<char>());
    CHECK(plain.find("Anna Berg") != std::string::npos); // the test can see a name when present
    r = run_cli({"report", file, "-o", md_out, "--pseudonymise"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::ifstream pseudo_in(md_out);
    const std::string pseudo((std::istreambuf_iterator<char>(pseudo_in)),
                             std::istreambuf_iterator<char>());
    CHECK(pseudo.find("Anna Berg") == std::string::npos);
    CHECK(pseudo.find("850101-1234") == std::string::npos);
    CHECK(pseudo.find("Person 1") != std::string::npos);
    // The export spelling of the issue is accepted too.
    r = run_cli(
        {"export", file, "--view", "structure", "--format", "dot", "-o", "-", "--pseudonymize"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("Anna Berg") == std::string::npos);
}
