// Escaping of user text in the report: hostile names stay text in HTML and in Markdown.
#include "test_report_support.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

namespace {

// A model whose every name tries to break out of the markup it is written into.
Model hostile_model() {
    Model m = report_model();
    m.info.name = "<script>alert(1)</script> & \"Kommun\" 'x'";
    m.forums[1].name = "# Rubrik | kolumn `kod` *fet* <img src=x onerror=alert(2)>";
    m.forums[1].purpose = std::string("rad ett\nrad två | med pipa");
    m.units[1].name = "Skola\" onmouseover=\"alert(3)";
    m.flows[0].name = "1. Lista | [länk](javascript:alert(4))";
    return m;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("escape_html escapes the five markup characters and drops stray controls") {
    CHECK(escape_html("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(escape_html("åäö ÅÄÖ") == "åäö ÅÄÖ");
    CHECK(escape_html(std::string("x\x01y")) == "x y");
}

TEST_CASE("escape_markdown neutralises Markdown syntax and HTML") {
    CHECK(escape_markdown("a | b") == "a \\| b");
    CHECK(escape_markdown("rad\nrad") == "rad<br>rad");
    CHECK(escape_markdown("# rubrik") == "\\# rubrik");
    CHECK(escape_markdown("- punkt") == "\\- punkt");
    CHECK(escape_markdown("12. punkt") == "12\\. punkt");
    CHECK(escape_markdown("`kod` *fet* _kursiv_ [l](u)") ==
          "\\`kod\\` \\*fet\\* \\_kursiv\\_ \\[l\\](u)");
    CHECK(escape_markdown("<b>&") == "&lt;b&gt;&amp;");
    CHECK(escape_markdown("    indraget") == "indraget");
    CHECK(escape_markdown("a\\b") == "a\\\\b");
    CHECK(escape_markdown("Östermalm 2007-05-25") == "Östermalm 2007-05-25");
}

TEST_CASE("report HTML: hostile names cannot inject markup or script") {
    const std::string html = write_html(build_report(hostile_model(), CheckResult{}, options()));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "\" onmouseover"));
    CHECK(contains(html,
                   "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kommun&quot; &#39;x&#39;"));
    CHECK(contains(html, "Skola&quot; onmouseover=&quot;alert(3)"));
    CHECK(contains(html, "rad ett<br>rad två | med pipa"));
}

TEST_CASE("report HTML: hostile ids stay inside their title attribute") {
    Model m = report_model();
    const Id evil = "R-\"><b>x";
    for (auto& r : m.roles)
        if (r.id == "R-CHEF") r.id = evil;
    m.forums[1].chair = evil;
    const std::string html = write_html(build_report(m, CheckResult{}, options()));
    CHECK_FALSE(contains(html, "<b>x"));
    CHECK(contains(html, "title=\"id: R-&quot;&gt;&lt;b&gt;x\""));
}

TEST_CASE("report Markdown: hostile names do not add columns, headings or HTML") {
    const std::string md = write_markdown(build_report(hostile_model(), CheckResult{}, options()));
    CHECK_FALSE(contains(md, "<script"));
    CHECK_FALSE(contains(md, "<img"));
    CHECK_FALSE(contains(md, "\n# Rubrik"));
    CHECK(contains(md, "### \\# Rubrik \\| kolumn \\`kod\\` \\*fet\\* &lt;img"));
    CHECK(contains(md, "rad ett<br>rad två \\| med pipa"));
    // Every table row has as many unescaped pipes as its header row.
    std::size_t header_pipes = 0;
    std::istringstream lines(md);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] != '|') {
            header_pipes = 0;
            continue;
        }
        const std::size_t pipes = count(line, "|") - count(line, "\\|");
        if (header_pipes == 0) header_pipes = pipes;
        CHECK_MESSAGE(pipes == header_pipes, line);
        ++rows;
    }
    CHECK(rows > 20);
}

TEST_CASE("report: anchors built from hostile ids hold only safe characters") {
    Model m = report_model();
    m.forums[0].id = "F \"x\" <y>_z";
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    bool found = false;
    for (const auto& s : doc.sections) {
        if (s.element != m.forums[0].id) continue;
        found = true;
        CHECK(s.anchor == "forum-F_20_22x_22_20_3cy_3e_5fz");
    }
    CHECK(found);
}
