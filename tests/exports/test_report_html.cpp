// The HTML report as a document: self-contained, printable, ordered, deterministic, and robust
// when a diagram cannot be drawn.
#include "test_report_support.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

namespace {
std::string html_of(const Model& m, const ReportOptions& o) {
    return write_html(build_report(m, CheckResult{}, o));
}
} // namespace

TEST_CASE("report HTML: self-contained and printable") {
    const std::string html = html_of(report_model(), options());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<html lang=\"sv\">"));
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "break-before: page"));
    CHECK(contains(html, "thead { display: table-header-group; }"));
    // Nothing is fetched from outside the file.
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "@import"));
    CHECK_FALSE(contains(html, " src="));
    CHECK_FALSE(contains(html, "url(http"));
    CHECK(contains(html, "</html>\n"));
}

TEST_CASE("report HTML: chapters in order, names shown and ids in titles") {
    const std::string html = html_of(report_model(), options());
    std::size_t last = 0;
    for (const char* anchor :
         {"id=\"structure\"", "id=\"forums\"", "id=\"handoffs\"", "id=\"responsibilities\"",
          "id=\"grey-zones\"", "id=\"documents\"", "id=\"escalation\"", "id=\"processes\"",
          "id=\"gaps\"", "id=\"waivers\""}) {
        const std::size_t at = html.find(anchor);
        REQUIRE_MESSAGE(at != std::string::npos, anchor);
        CHECK_MESSAGE(at > last, anchor);
        last = at;
    }
    CHECK(contains(html, "<span title=\"id: R-CHEF\">Enhetschef IFO</span>"));
    CHECK(contains(html, "<h3 title=\"id: F-STYR\">Styrgruppen</h3>"));
}

TEST_CASE("report HTML: unknown and none are marked differently") {
    const std::string sv = html_of(report_model(), options());
    CHECK(contains(sv, "<span class=\"unknown\">uppgift saknas</span>"));
    CHECK(contains(sv, "<span class=\"none\">ingen</span>"));
    const std::string en = html_of(report_model(), options(Lang::En));
    CHECK(contains(en, "<span class=\"unknown\">not stated</span>"));
    CHECK(contains(en, "<span class=\"none\">none</span>"));
}

TEST_CASE("report HTML: Swedish by default, English on request") {
    const std::string sv = html_of(report_model(), options());
    const std::string en = html_of(report_model(), options(Lang::En));
    CHECK(contains(sv, "<h2>Forumförteckning</h2>"));
    CHECK(contains(sv, "<h2>Bristrapport</h2>"));
    CHECK(contains(en, "<html lang=\"en\">"));
    CHECK(contains(en, "<h2>Forum list</h2>"));
    CHECK(contains(en, "<h2>Gap report</h2>"));
    CHECK_FALSE(contains(en, "Forumförteckning"));
}

TEST_CASE("report HTML: the same model gives the same bytes") {
    const Model m = report_model();
    CHECK(html_of(m, options()) == html_of(m, options()));
    CHECK(write_markdown(build_report(m, CheckResult{}, options())) ==
          write_markdown(build_report(m, CheckResult{}, options())));
}

TEST_CASE("report HTML: diagrams are inline SVG, each with its own ids") {
    const std::string html = html_of(report_model(), options());
    CHECK(contains(html, "<figure class=\"diagram\""));
    CHECK(contains(html, "id=\"d-structure-graph0\""));
    CHECK(contains(html, "id=\"d-escalation-graph0\""));
    CHECK(contains(html, "id=\"d-process_3aP-ANM-graph0\""));
    CHECK_FALSE(contains(html, "<?xml"));
}

TEST_CASE("report HTML: a failing or throwing renderer becomes a note, not a crash") {
    ReportOptions failing = options();
    failing.diagrams = [](const Model&, const render::ViewSpec&) {
        ExportResult r;
        r.error = "layout failed";
        return r;
    };
    const std::string html = html_of(report_model(), failing);
    CHECK(contains(html, "<p class=\"note\">Diagrammet kunde inte ritas: layout failed."));
    CHECK_FALSE(contains(html, "<svg"));
    // The text alternative is still there.
    CHECK(contains(html, "Nivåer och forum"));

    ReportOptions throwing = options(Lang::En);
    throwing.diagrams = [](const Model&, const render::ViewSpec&) -> ExportResult {
        throw std::runtime_error("graphviz exploded");
    };
    CHECK(contains(html_of(report_model(), throwing),
                   "The diagram could not be drawn: graphviz exploded."));

    ReportOptions hostile = options();
    hostile.diagrams = [](const Model&, const render::ViewSpec&) {
        ExportResult r;
        r.ok = true;
        r.bytes = "<svg onload=\"alert(1)\"></svg>";
        return r;
    };
    const std::string safe = html_of(report_model(), hostile);
    CHECK_FALSE(contains(safe, "onload"));
    CHECK(contains(safe, "otillåtet innehåll"));
}

TEST_CASE("report HTML: the real diagram export, whatever its state, never breaks the report") {
    ReportOptions o;
    o.lang = Lang::Sv; // default_diagram_source(): Graphviz through export_diagram()
    const std::string html = html_of(report_model(), o);
    // Either a picture or a note for each of the three diagrams.
    std::size_t pictures = 0, notes = 0;
    for (auto p = html.find("<figure class=\"diagram\""); p != std::string::npos;
         p = html.find("<figure class=\"diagram\"", p + 1))
        ++pictures;
    for (auto p = html.find("Diagrammet kunde inte ritas"); p != std::string::npos;
         p = html.find("Diagrammet kunde inte ritas", p + 1))
        ++notes;
    CHECK(pictures + notes == 3);
    // A map split over several pages adds continued figures, each with a caption of its part.
    for (auto p = html.find("<figure class=\"diagram diagram-continued\""); p != std::string::npos;
         p = html.find("<figure class=\"diagram diagram-continued\"", p + 1))
        CHECK(html.find("<figcaption>", p) < html.find("</figure>", p));
    CHECK_FALSE(contains(html, "<script"));
}

TEST_CASE("report format follows the output file's extension") {
    ReportFormat f = ReportFormat::Html;
    CHECK(report_format_for_path("ut/rapport.md", f));
    CHECK(f == ReportFormat::Markdown);
    CHECK(report_format_for_path("rapport.HTML", f));
    CHECK(f == ReportFormat::Html);
    CHECK_FALSE(report_format_for_path("rapport.pdf", f));
    CHECK_FALSE(report_format_for_path("mapp.md/rapport", f));
}

TEST_CASE("report HTML: an empty model gives a complete report that says what is missing") {
    const Model empty;
    const ReportDocument doc = build_report(empty, CheckResult{}, options());
    for (const char* anchor : {"structure", "forums", "handoffs", "responsibilities", "documents",
                               "escalation", "processes", "gaps", "waivers"})
        CHECK_MESSAGE(doc.find(anchor) != nullptr, anchor);
    const std::string html = write_html(doc);
    CHECK(contains(html, "Modellen beskriver inga forum."));
    CHECK(contains(html, "Modellen beskriver inga flöden."));
    CHECK(contains(html, "Modellen beskriver ingen eskaleringsväg."));
    CHECK(contains(html, "Inga brister hittades."));
    CHECK(contains(html, "<h1>Samverkanskarta</h1>"));
}

TEST_CASE("report HTML: a renderer's long diagnostic is cut to its first line") {
    ReportOptions noisy = options();
    noisy.diagrams = [](const Model&, const render::ViewSpec&) {
        ExportResult r;
        r.error = "\n  worker failed: exit 23\n==4711== details with a process id\n";
        return r;
    };
    const std::string html = html_of(report_model(), noisy);
    CHECK(contains(html, "Diagrammet kunde inte ritas: worker failed: exit 23."));
    CHECK_FALSE(contains(html, "4711"));
}
