// Diagram exports of every view of every bundled example: valid files, Swedish text intact,
// deterministic SVG and DOT, paper sizes, hostile names.
#include "render/render_test_model.hpp"
#include "skm/diagram_export.hpp"
#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace skm;
using namespace skm::exports;
using render::ViewKind;
using render::ViewSpec;

namespace {

std::vector<ViewSpec> all_views(const Model& m) {
    std::vector<ViewSpec> views;
    for (auto k : {ViewKind::Structure, ViewKind::Handoffs, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = k;
        views.push_back(v);
    }
    for (const auto& p : m.processes) {
        ViewSpec v;
        v.kind = ViewKind::Process;
        v.process = p.id;
        views.push_back(v);
    }
    return views;
}

std::string temp_path(const std::string& name) {
    return std::string(SKM_BINARY_DIR) + "/diagram-test-" + std::to_string(getpid()) + "-" + name;
}

std::string run_capture(const std::string& cmd) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    pclose(p);
    return out;
}

// The text pdftotext finds, with line breaks and hyphen-less wraps joined by spaces.
std::string pdf_text(const std::string& pdf) {
    const std::string path = temp_path("x.pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    std::string text = run_capture("pdftotext -q '" + path + "' - 2>/dev/null");
    std::remove(path.c_str());
    for (auto& c : text)
        if (c == '\n') c = ' ';
    return text;
}

void check_svg(const std::string& svg) {
    REQUIRE(svg.find("<svg") != std::string::npos);
    CHECK(svg.rfind("</svg>") != std::string::npos);
    CHECK(svg.find("<?xml") == 0);
    // Balanced elements, roughly: every <g opened is closed.
    std::size_t open = 0, close = 0;
    for (std::size_t p = svg.find("<g"); p != std::string::npos; p = svg.find("<g", p + 2))
        open += svg[p + 2] == ' ' || svg[p + 2] == '>';
    for (std::size_t p = svg.find("</g>"); p != std::string::npos; p = svg.find("</g>", p + 4))
        ++close;
    CHECK(open == close);
}

bool is_png(const std::string& b) {
    return b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0;
}

} // namespace

TEST_CASE("every view of every bundled example exports to SVG, PDF, PNG and DOT") {
    const auto files = test::example_files();
    REQUIRE(!files.empty());
    for (const auto& file : files) {
        const Model m = load_model_file(file);
        const CheckResult findings = run_rules(m);
        for (const auto& v : all_views(m)) {
            CAPTURE(file);
            CAPTURE(render::view_name(v));
            const auto svg = export_diagram(m, v, Format::Svg, {}, &findings);
            if (svg.empty_view) continue; // a model without escalation paths: an error, exit 2
            REQUIRE_MESSAGE(svg.ok, svg.error);
            check_svg(svg.bytes);
            const auto dot = export_diagram(m, v, Format::Dot, {}, &findings);
            REQUIRE(dot.ok);
            CHECK(dot.bytes.find("digraph") == 0);
            // Deterministic: the same model gives the same bytes.
            CHECK(export_diagram(m, v, Format::Svg, {}, &findings).bytes == svg.bytes);
            CHECK(export_diagram(m, v, Format::Dot, {}, &findings).bytes == dot.bytes);
            ExportOptions small;
            small.dpi = 72; // keeps the test quick; 300 is checked below
            const auto png = export_diagram(m, v, Format::Png, small, &findings);
            REQUIRE_MESSAGE(png.ok, png.error);
            CHECK(is_png(png.bytes));
            const auto pdf = export_diagram(m, v, Format::Pdf, {}, &findings);
            REQUIRE_MESSAGE(pdf.ok, pdf.error);
            CHECK(pdf.bytes.compare(0, 5, "%PDF-") == 0);
            // The model's name (with its å, ä, ö) is in the PDF's text.
            const std::string text = pdf_text(pdf.bytes);
            CHECK(text.find(m.info.name.substr(0, 12)) != std::string::npos);
        }
    }
}

TEST_CASE("Swedish names come through in SVG and PDF text") {
    const Model m = test::render_test_model();
    const auto svg = export_diagram(m, ViewSpec{}, Format::Svg);
    REQUIRE(svg.ok);
    for (const char* name : {"Övergripande nivå", "Elevhälsoteam Öjeskolan", "Samverkansgrupp"})
        CHECK(svg.bytes.find(name) != std::string::npos);
    const auto pdf = export_diagram(m, ViewSpec{}, Format::Pdf);
    REQUIRE(pdf.ok);
    const std::string text = pdf_text(pdf.bytes);
    CHECK(text.find("Övergripande nivå") != std::string::npos);
    CHECK(text.find("Elevhälsoteam") != std::string::npos);
    CHECK(text.find("Testkommun – samverkan kring barn") != std::string::npos);
    CHECK(text.find("nuläge 2026-01-15") != std::string::npos);
    CHECK(text.find("utskrift ") != std::string::npos);
}

TEST_CASE("PNG at 300 dpi by default: the figure at its printed size") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Escalation;
    const auto png = export_diagram(m, v, Format::Png);
    REQUIRE(png.ok);
    REQUIRE(is_png(png.bytes));
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(png.bytes[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(png.bytes[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(png.bytes[at + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(png.bytes[at + 3]));
    };
    // No wider or taller than an A4 landscape sheet at 300 dpi, and not a thumbnail either.
    const unsigned width = be32(16), height = be32(20);
    CHECK(width <= 11.70 * 300);
    CHECK(height <= 8.28 * 300);
    CHECK(width > 3 * 300);
    ExportOptions bad;
    bad.dpi = 5;
    const auto r = export_diagram(m, v, Format::Png, bad);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("dpi") != std::string::npos);
}

TEST_CASE("hostile names cannot inject into the SVG") {
    Model m = test::render_test_model();
    m.forums[0].name = "<script>alert('x')</script>";
    m.forums[1].name = "<a href=\"javascript:alert(1)\">klick</a>";
    m.forums[2].name = "<IMG SRC=\"/etc/passwd\"/> \\";
    m.forums[3].name = "]]> <!-- & \" ' \x01";
    m.levels[0].name = "Slutar med \\";
    m.info.name = "Titel med \"citat\" och \\";
    for (auto kind : {ViewKind::Structure, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = kind;
        const auto svg = export_diagram(m, v, Format::Svg);
        REQUIRE_MESSAGE(svg.ok, svg.error);
        check_svg(svg.bytes);
        CHECK(svg.bytes.find("<script") == std::string::npos);
        CHECK(svg.bytes.find("<a href=\"javascript") == std::string::npos);
        CHECK(svg.bytes.find("xlink:href=\"javascript") == std::string::npos);
        CHECK(svg.bytes.find("<IMG") == std::string::npos);
        CHECK(svg.bytes.find("<image") == std::string::npos);
        CHECK(svg.bytes.find("&lt;script&gt;") != std::string::npos); // shown as text
        const auto pdf = export_diagram(m, v, Format::Pdf);
        REQUIRE(pdf.ok);
    }
}

TEST_CASE("an unknown process and an unwritable path are errors that say what is wrong") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Process;
    v.process = "P-FINNS-INTE";
    const auto r = export_diagram(m, v, Format::Svg);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("P-FINNS-INTE") != std::string::npos);
    const auto w = export_diagram_to_file(m, ViewSpec{}, Format::Svg, "/nonexistent-dir/x.svg");
    CHECK_FALSE(w.ok);
    CHECK(w.error.find("/nonexistent-dir/x.svg") != std::string::npos);
    const std::string ok_path = temp_path("ok.svg");
    const auto ok = export_diagram_to_file(m, ViewSpec{}, Format::Svg, ok_path);
    REQUIRE(ok.ok);
    std::ifstream in(ok_path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str() == ok.bytes);
    std::remove(ok_path.c_str());
}

TEST_CASE("without in-process Graphviz, a missing worker is an error naming it") {
    const Model m = test::render_test_model();
    setenv("SKM_LAYOUT_WORKER", "/nonexistent/skm-layout-worker", 1);
    ExportOptions o;
    o.allow_in_process = false;
    const auto r = export_diagram(m, ViewSpec{}, Format::Svg, o);
    // With it allowed, the same export falls back to Graphviz in this process.
    o.allow_in_process = true;
    const auto fallback = export_diagram(m, ViewSpec{}, Format::Svg, o);
    unsetenv("SKM_LAYOUT_WORKER");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("/nonexistent/skm-layout-worker") != std::string::npos);
    REQUIRE(fallback.ok);
    // Not byte-compared: Graphviz orders clusters by the addresses of their name strings, so
    // output in a long-lived process can differ in order (never in content) from a fresh worker.
    CHECK(fallback.bytes.find("<svg") != std::string::npos);
    CHECK(fallback.bytes.find("Övergripande nivå") != std::string::npos);
}
