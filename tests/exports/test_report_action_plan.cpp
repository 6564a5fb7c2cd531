// The report's åtgärdsplan and kartläggningsfrågor: gaps and questions apart, each action with
// owner, due date, status and note, overdue flagged and a vanished finding shown as resolved, in
// HTML, Markdown, DOCX and XLSX.
#include "exports/figure_test_support.hpp"
#include "exports/test_report_support.hpp"
#include "skm/report.hpp"
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

namespace {

// The report model with two actions: one on a finding that is there (FOR-01 on a forum with
// convener and chair explicitly none), one on a finding that is gone.
Model planned_model() {
    Model m = report_model();
    Role r;
    r.id = "R-AGARE";
    r.title = "Utvecklingsledare";
    m.roles.push_back(r);
    Forum f;
    f.id = "F-NY";
    f.name = "Nätverket för skolnära samverkan";
    f.convener.set_none();
    f.chair.set_none();
    f.kind = ForumKind::Natverk;
    m.forums.push_back(f);
    FindingAction open;
    open.rule = "FOR-01";
    open.element = "F-NY";
    open.owner = Id("R-AGARE");
    open.due = date("2024-03-31");
    open.note = std::string("Förslag till styrgruppen i mars");
    m.rules.actions.push_back(open);
    FindingAction gone;
    gone.rule = "FOR-01";
    gone.element = "F-FINNS-INTE-MER";
    gone.status = ActionStatus::Pagar;
    m.rules.actions.push_back(gone);
    return m;
}

ReportOptions dated(const char* day) {
    ReportOptions o = options();
    o.date = date(day);
    return o;
}

std::string row_text(const std::vector<Cell>& row) {
    std::string s;
    for (const auto& c : row)
        s += cell_text(c) + " | ";
    return s;
}

} // namespace

TEST_CASE("report: the åtgärdsplan lists owner, due date, status and note, overdue is flagged") {
    const Model m = planned_model();
    const CheckResult r = run_rules(m);
    const ReportDocument doc = build_report(m, r, dated("2024-05-01"));
    const Section* s = doc.find("actions");
    REQUIRE(s != nullptr);
    CHECK(s->title == "Åtgärdsplan");
    const Table* t = first_table(s);
    REQUIRE(t != nullptr);
    CHECK(t->headers == std::vector<std::string>{"Regel", "Element", "Brist", "Ansvarig",
                                                 "Klart senast", "Status", "Anteckning"});
    REQUIRE(t->rows.size() == 2);
    CHECK(row_text(t->rows[0]) ==
          "FOR-01 | Nätverket för skolnära samverkan | Forumet \"Nätverket för skolnära "
          "samverkan\" har varken sammankallande eller ordförande. | Utvecklingsledare | "
          "2024-03-31 | öppen – försenad | Förslag till styrgruppen i mars | ");
    CHECK(cell_text(t->rows[1][2]) == "Bristen finns inte längre.");
    CHECK(cell_text(t->rows[1][5]) == "åtgärdad (bristen finns inte längre)");

    // Before the due date it is not overdue.
    const ReportDocument early = build_report(m, r, dated("2024-03-01"));
    CHECK(cell_text(first_table(early.find("actions"))->rows[0][5]) == "öppen");
}

TEST_CASE("report: questions are listed apart from the gaps, with what to find out") {
    Model m = planned_model();
    m.forums.back().convener.set_unknown(); // FOR-01 becomes a question
    const CheckResult r = run_rules(m);
    const ReportDocument doc = build_report(m, r, options());
    for (const auto* part : parts_with_prefix(doc, "gap-FOR-01"))
        for (const auto& row : std::get<Table>(part->blocks.back()).rows)
            CHECK(row_text(row).find("Nätverket för skolnära samverkan") == std::string::npos);
    const Table* q = first_table(doc.find("questions"));
    REQUIRE(q != nullptr);
    bool found = false;
    for (const auto& row : q->rows)
        if (cell_text(row[1]) == "Nätverket för skolnära samverkan" &&
            cell_text(row[0]) == "FOR-01") {
            found = true;
            CHECK(cell_text(row[3]) == "vem som kallar till och leder forumets möten");
        }
    CHECK(found);
}

TEST_CASE("report: the åtgärdsplan reaches HTML, Markdown, DOCX and XLSX") {
    const Model m = planned_model();
    ReportOptions o = dated("2024-05-01");
    const std::string html = make_report(m, ReportFormat::Html, o);
    CHECK(contains(html, "id=\"actions\""));
    CHECK(contains(html, "öppen – försenad"));
    CHECK(contains(html, "Förslag till styrgruppen i mars"));
    const std::string md = make_report(m, ReportFormat::Markdown, o);
    CHECK(contains(md, "Åtgärdsplan"));
    CHECK(contains(md, "åtgärdad (bristen finns inte längre)"));

    const std::string docx = scratch_path("plan.docx");
    std::ofstream(docx, std::ios::binary) << make_report(m, ReportFormat::Docx, o);
    const std::string dtext =
        capture("/usr/bin/python3 -c \"import docx,sys; d=docx.Document(sys.argv[1]); "
                "print('\\n'.join(c.text for t in d.tables for r in t.rows for c in r.cells))\" '" +
                docx + "' 2>&1");
    CHECK(contains(dtext, "öppen – försenad"));
    CHECK(contains(dtext, "Utvecklingsledare"));

    const std::string xlsx = scratch_path("plan.xlsx");
    std::ofstream(xlsx, std::ios::binary) << make_report(m, ReportFormat::Xlsx, o);
    const std::string xtext = capture(
        "/usr/bin/python3 -c \"import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
        "print(wb.sheetnames); ws=[w for w in wb if w.title.startswith('Åtgärdsplan')][0]; "
        "print('\\n'.join(str(c.value) for r in ws.iter_rows() for c in r))\" '" +
        xlsx + "' 2>&1");
    CHECK(contains(xtext, "öppen – försenad"));
    CHECK(contains(xtext, "Förslag till styrgruppen i mars"));
    std::remove(docx.c_str());
    std::remove(xlsx.c_str());
}
