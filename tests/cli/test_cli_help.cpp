// The command line as a whole: every command answers --help, --version exists, and messages
// come in one language per run.
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

#include <cctype>

using skm::test::run_cli;

TEST_CASE("cli: every command answers --help with exit 0 and its usage") {
    for (const char* cmd : {"validate", "info", "check", "export", "report", "examples"}) {
        CAPTURE(cmd);
        for (const char* flag : {"--help", "-h"}) {
            const auto r = run_cli({cmd, flag});
            CHECK(r.code == 0);
            CHECK(r.out.find(std::string("modeller ") + cmd) != std::string::npos);
            CHECK(r.err.empty());
        }
    }
    const auto top = run_cli({"--help"});
    CHECK(top.code == 0);
    for (const char* cmd : {"validate", "info", "check", "export", "report", "examples"})
        CHECK(top.out.find(cmd) != std::string::npos);
    CHECK(run_cli({"help", "export"}).out.find("--paper") != std::string::npos);
}

TEST_CASE("cli: --version prints the program's version") {
    const auto r = run_cli({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("modeller (Samverkanskartan) ", 0) == 0);
    const std::string v = r.out.substr(28);
    CHECK(!v.empty());
    CHECK(std::isdigit(static_cast<unsigned char>(v[0])));
    CHECK(v.find('.') != std::string::npos);
}

TEST_CASE("cli: messages follow --lang, Swedish by default") {
    const auto sv = run_cli({"export", "x.json", "--view", "nonsense", "-o", "y.svg"});
    CHECK(sv.code == 2);
    CHECK(sv.err.find("okänd vy") != std::string::npos);
    const auto en =
        run_cli({"export", "x.json", "--view", "nonsense", "-o", "y.svg", "--lang", "en"});
    CHECK(en.code == 2);
    CHECK(en.err.find("unknown view") != std::string::npos);
    CHECK(en.err.find("okänd") == std::string::npos);
    const auto unknown = run_cli({"bogus", "--lang", "en"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("unknown command") != std::string::npos);
    const auto help_en = run_cli({"report", "--help", "--lang", "en"});
    CHECK(help_en.out.find("Writes the governing-document report") != std::string::npos);
    const auto help_sv = run_cli({"report", "--help"});
    CHECK(help_sv.out.find("Skriver rapporten") != std::string::npos);
}
