// The Markdown report: the same tables as the HTML, as GitHub-flavoured Markdown.
#include "test_report_support.hpp"

#include <doctest/doctest.h>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

TEST_CASE("report Markdown: headings, tables and the unknown/none distinction") {
    const Model m = report_model();
    const std::string md = write_markdown(build_report(m, CheckResult{}, options()));
    CHECK(md.rfind("# Lilla kommunen\n", 0) == 0);
    CHECK(contains(md, "\n## Forumförteckning\n"));
    CHECK(contains(md, "\n### Styrgruppen\n"));
    CHECK(contains(md, "| Flöde | Från | Till | Typ | Kanal | Tidsgräns |"));
    CHECK(contains(md, "| Orosanmälan | Centralskolan | Individ- och familjeomsorgen | anmälan |"));
    CHECK(contains(md, "| Sekreterare | ingen |"));
    CHECK(contains(md, "| Ordförande | *uppgift saknas* |"));
    // Diagrams cannot travel in Markdown; the reader is told where they are.
    CHECK(contains(md, "bilden finns i HTML-versionen av rapporten"));
    for (const auto& f : m.forums)
        CHECK_MESSAGE(contains(md, "### " + escape_markdown(f.name) + "\n"), f.name);
}

TEST_CASE("report Markdown: English on request") {
    const std::string md =
        write_markdown(build_report(report_model(), CheckResult{}, options(Lang::En)));
    CHECK(contains(md, "\n## Forum list\n"));
    CHECK(contains(md, "| Secretary | none |"));
    CHECK(contains(md, "| Chair | *not stated* |"));
    CHECK_FALSE(contains(md, "Forumförteckning"));
}
