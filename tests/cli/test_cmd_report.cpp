// `modeller report`: exit codes, messages naming the file, and reproducible output.
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace skm;
using skm::test::run_cli;

namespace {

std::string example(const char* name) {
    return cli::examples_dir() + "/" + name;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("report writes an HTML file, Swedish by default, dated by the snapshot") {
    const std::string model = example("ostermalm_bus_2007.json");
    const std::string out = test::temp_path("ostermalm.html");
    std::filesystem::remove(out);
    auto r = run_cli({"report", model, "-o", out});
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    CHECK(contains(r.out, out));
    const std::string html = read_file(out);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "<h2>Forumförteckning</h2>"));
    const Model m = load_model_file(model);
    CHECK(contains(html, "<dt>Rapporten skapad</dt><dd>" + m.info.snapshot.str() + "</dd>"));
}

TEST_CASE("report: --lang en, --date and Markdown output") {
    const std::string model = example("goteborg_vastbus_2015.json");
    const std::string out = test::temp_path("vastbus.md");
    auto r = run_cli({"report", model, "--lang", "en", "--date", "2026-01-31", "-o", out});
    CAPTURE(r.err);
    REQUIRE(r.code == 0);
    const std::string md = read_file(out);
    CHECK(contains(md, "\n## Forum list\n"));
    CHECK(contains(md, "| Report date | 2026-01-31 |"));
    CHECK_FALSE(contains(md, "<!DOCTYPE"));
}

TEST_CASE("report: two runs give byte-identical files") {
    const std::string model = example("stromsund_ensamkommande.json");
    const std::string a = test::temp_path("a.html"), b = test::temp_path("b.html");
    REQUIRE(run_cli({"report", model, "-o", a}).code == 0);
    REQUIRE(run_cli({"report", model, "-o", b}).code == 0);
    const std::string first = read_file(a);
    CHECK(first.size() > 1000);
    CHECK(first == read_file(b));
}

TEST_CASE("report: wrong use exits 2 with a message saying what is wrong") {
    const std::string model = example("orebro_lan_2009.json");
    const std::string out = test::temp_path("x.html");
    const std::string en = "--lang", english = "en"; // messages in one language per run

    auto r = run_cli({"report", en, english});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "no model file given"));

    r = run_cli({"report", model, en, english});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "no output file given"));

    r = run_cli({"report", model, "-o", out, "--colour", "red", en, english});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "unknown option \"--colour\""));

    r = run_cli({"report", model, "-o", out, "--lang", "fi"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "okänt språk \"fi\"")); // an unknown language: the default's words

    r = run_cli({"report", model, "-o", out, "--date", "2024-13-01", en, english});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "\"2024-13-01\" is not a date"));

    r = run_cli({"report", model, "-o", test::temp_path("x.pdf"), en, english});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "x.pdf: the output must end in .html, .md, .docx, .odt or .xlsx"));

    r = run_cli({"report", model, en, english, "-o"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "-o needs a file name"));

    r = run_cli({"report", model, "-o", out});
    CHECK(r.code == 0);
    r = run_cli({"report", model, "-o", out, "--date", "2024-13-01"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "\"2024-13-01\" är inget datum")); // Swedish by default
}

TEST_CASE("report: a model that cannot be loaded exits 2 naming the file") {
    const std::string out = test::temp_path("y.html");
    const std::string missing = test::temp_path("finns-inte.json");
    auto r = run_cli({"report", missing, "-o", out});
    CHECK(r.code == 2);
    CHECK(r.err.rfind(missing + ":", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(out));

    const std::string broken = test::write_temp("trasig.json", "{\"format\": ");
    r = run_cli({"report", broken, "-o", out});
    CHECK(r.code == 2);
    CHECK(r.err.rfind(broken + ":", 0) == 0);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("report: an unwritable output exits 2 naming the path") {
    const std::string out = "/nonexistent-dir-skm/rapport.html";
    auto r = run_cli({"report", example("orebro_lan_2009.json"), "-o", out, "--lang", "en"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, out));
    CHECK(contains(r.err, "could not write"));
    // The model itself is never a report's output.
    const std::string model = test::write_temp("kopia.json", [] {
        std::ifstream in(example("orebro_lan_2009.json"), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }());
    r = run_cli({"report", model, "-o", model + ".html"});
    CHECK(r.code == 0);
    const std::string renamed = model.substr(0, model.size() - 5) + ".md";
    std::filesystem::copy_file(model, renamed, std::filesystem::copy_options::overwrite_existing);
    r = run_cli({"report", model, "-o", renamed});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "modellfil"));
}
