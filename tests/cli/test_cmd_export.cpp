// `modeller export`: writes each format, and names the problem (exit 2) for a bad view, process,
// format, paper, dpi or output path.
#include "cli_test_support.hpp"
#include "render/render_test_model.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using skm::test::run_cli;

namespace {

std::string model_file() {
    return skm::test::write_temp("export-model.json",
                                 skm::serialize_model(skm::test::render_test_model()));
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

TEST_CASE("export writes every view in every format") {
    const std::string file = model_file();
    for (const char* view : {"structure", "handoffs", "process:P-SIP", "escalation"})
        for (const char* format : {"svg", "pdf", "png", "dot"}) {
            CAPTURE(view);
            CAPTURE(format);
            const std::string out = skm::test::temp_path(std::string("out.") + format);
            std::remove(out.c_str());
            const auto r = run_cli(
                {"export", file, "--view", view, "--format", format, "-o", out, "--dpi", "72"});
            CHECK_MESSAGE(r.code == 0, r.err);
            // A map too large for one legible page is written as NAME-1, NAME-2 … (the help
            // says so); the first part then stands for the file.
            std::string bytes = read(out);
            if (bytes.empty()) {
                const std::string first = skm::test::temp_path(std::string("out-1.") + format);
                bytes = read(first);
                CHECK((r.out + r.err).find("1 av") != std::string::npos);
                std::remove(first.c_str());
            }
            REQUIRE(bytes.size() > 100);
            if (std::string(format) == "pdf") CHECK(bytes.compare(0, 5, "%PDF-") == 0);
            if (std::string(format) == "png") CHECK(bytes.compare(1, 3, "PNG") == 0);
            if (std::string(format) == "svg") CHECK(bytes.find("<svg") != std::string::npos);
            if (std::string(format) == "dot") CHECK(bytes.compare(0, 7, "digraph") == 0);
        }
}

TEST_CASE("export takes the format from the file name, and the options") {
    const std::string file = model_file();
    const std::string out = skm::test::temp_path("karta.svg");
    auto r = run_cli({"export", file, "--view", "structure", "-o", out, "--lang", "en",
                      "--no-findings", "--paper", "a3", "--portrait"});
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(read(out).find("Structure map") != std::string::npos);
    CHECK(read(out).find("Strukturkarta") == std::string::npos);
}

TEST_CASE("export errors name the problem and exit 2") {
    const std::string file = model_file();
    const std::string out = skm::test::temp_path("x.svg");
    struct Case {
        skm::cli::Args args;
        const char* says;
    };
    const Case cases[] = {
        {{"export", file, "--view", "organigram", "-o", out}, "organigram"},
        {{"export", file, "--view", "process:P-NEJ", "-o", out}, "P-NEJ"},
        {{"export", file, "--view", "process:P-NEJ", "-o", out}, "P-SIP"}, // lists the real ones
        {{"export", file, "--view", "structure", "--format", "gif", "-o", out}, "gif"},
        {{"export", file, "--view", "structure", "-o", skm::test::temp_path("x.bmp")}, "bmp"},
        {{"export", file, "--view", "structure", "-o", "/nonexistent-dir/karta.svg"},
         "/nonexistent-dir/karta.svg"},
        {{"export", file, "--view", "structure", "--paper", "a5", "-o", out}, "a5"},
        {{"export", file, "--view", "structure", "--dpi", "hög", "-o", out}, "hög"},
        {{"export", file, "--view", "structure", "--format", "png", "--dpi", "2", "-o", out},
         "dpi"},
        {{"export", file, "--view", "structure", "--lang", "de", "-o", out}, "de"},
        {{"export", file, "--view", "structure", "--bogus", "-o", out}, "--bogus"},
        {{"export", file, "--view", "structure"}, "usage"},
        {{"export", skm::test::temp_path("saknas.json"), "--view", "structure", "-o", out},
         "saknas.json"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.says);
        const auto r = run_cli(c.args);
        CHECK(r.code == 2);
        CHECK_MESSAGE(r.err.find(c.says) != std::string::npos, r.err);
    }
}

TEST_CASE("export never touches a model: the input, or any model file, is refused") {
    const std::string file = model_file();
    const std::string before = read(file);
    // The model itself, by name and through a symlink.
    auto r = run_cli({"export", file, "--view", "structure", "--format", "svg", "-o", file});
    CHECK(r.code == 2);
    CHECK(r.err.find(file) != std::string::npos);
    const std::string link = skm::test::temp_path("link-to-model.svg");
    std::remove(link.c_str());
    REQUIRE(symlink(file.c_str(), link.c_str()) == 0);
    r = run_cli({"export", file, "--view", "structure", "-o", link});
    CHECK(r.code == 2);
    // Another model file.
    const std::string other = skm::test::write_temp("other-model.json", before);
    r = run_cli({"export", file, "--view", "structure", "--format", "svg", "-o", other});
    CHECK(r.code == 2);
    CHECK(r.err.find("modellfil") != std::string::npos);
    CHECK(read(file) == before);
    CHECK(read(other) == before);
    std::remove(link.c_str());
}

TEST_CASE("export: -o - writes to standard output, devices and symlinks are written through") {
    const std::string file = model_file();
    auto r = run_cli({"export", file, "--view", "escalation", "--format", "svg", "-o", "-"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("<?xml", 0) == 0);
    CHECK(r.out.find("</svg>") != std::string::npos);
    // A device is written into, never replaced.
    r = run_cli({"export", file, "--view", "escalation", "--format", "svg", "-o", "/dev/null"});
    CHECK(r.code == 0);
    struct stat st {};
    REQUIRE(stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    // A symlink stays a symlink; its target gets the figure.
    const std::string target = skm::test::temp_path("target.svg");
    const std::string link = skm::test::temp_path("link.svg");
    std::remove(link.c_str());
    skm::test::write_temp("target.svg", "old");
    REQUIRE(symlink(target.c_str(), link.c_str()) == 0);
    r = run_cli({"export", file, "--view", "escalation", "-o", link});
    CHECK_MESSAGE(r.code == 0, r.err);
    REQUIRE(lstat(link.c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    CHECK(read(target).find("<svg") != std::string::npos);
    std::remove(link.c_str());
}

TEST_CASE("export: findings are off unless --findings, an empty view exits 2") {
    skm::Model m = skm::test::render_test_model();
    const std::string file = skm::test::write_temp("export-findings.json", skm::serialize_model(m));
    auto plain = run_cli({"export", file, "--view", "structure", "--format", "dot", "-o", "-"});
    auto marked = run_cli(
        {"export", file, "--view", "structure", "--format", "dot", "-o", "-", "--findings"});
    CHECK(plain.code == 0);
    CHECK(marked.code == 0);
    CHECK(plain.out != marked.out);
    m.escalations.clear();
    const std::string empty = skm::test::write_temp("export-empty.json", skm::serialize_model(m));
    const std::string out = skm::test::temp_path("empty.pdf");
    std::remove(out.c_str());
    auto r = run_cli({"export", empty, "--view", "escalation", "-o", out});
    CHECK(r.code == 2);
    CHECK_FALSE(r.err.empty());
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("export: the page options, and a large map on several numbered files") {
    const std::string file = model_file();
    for (const char* paper : {"a4", "a3", "text-width", "slide"})
        for (const char* shape : {"--portrait", "--landscape"}) {
            CAPTURE(paper);
            const std::string out = skm::test::temp_path(std::string("p-") + paper + ".pdf");
            const auto r = run_cli({"export", file, "--view", "structure", "-o", out, "--paper",
                                    paper, shape, "--no-heading"});
            CHECK_MESSAGE(r.code == 0, r.err);
            CHECK(read(out).compare(0, 5, "%PDF-") == 0);
        }
}
