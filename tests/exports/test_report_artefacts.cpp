// The governing-document artefacts added to the report: contact list per function, annual
// cycle (and its calendar), level mapping, template register.
#include "exports/test_report_support.hpp"
#include "render/render_test_model.hpp"
#include "skm/model_file.hpp"

#include "../../exports/src/annual_cycle.hpp"

#include <doctest/doctest.h>

using namespace skm;
using namespace skm::exports;

namespace {

const Table* first_table(const ReportDocument& doc, const std::string& anchor) {
    const Section* s = doc.find(anchor);
    if (!s) return nullptr;
    for (const auto& b : s->blocks)
        if (const auto* t = std::get_if<Table>(&b)) return t;
    return nullptr;
}

ReportDocument report_of(const Model& m, Lang l = Lang::Sv) {
    ReportOptions o;
    o.lang = l;
    o.diagrams = [](const Model&, const render::ViewSpec&) { return ExportResult{}; };
    return build_report(m, run_rules(m), o);
}

} // namespace

TEST_CASE("artefacts: the contact list has each liaison and coordinator role with its substitute") {
    Model m = test::render_test_model();
    Role a;
    a.id = "R-KONTAKT";
    a.title = "Kontaktsocialsekreterare";
    a.unit = Id("U-SOC");
    a.liaison = true;
    a.person = std::string("Anna Andersson");
    Role b;
    b.id = "R-ERS";
    b.title = "Biträdande enhetschef";
    b.unit = Id("U-SOC");
    a.substitute = Id("R-ERS");
    m.roles.push_back(a);
    m.roles.push_back(b);
    const auto doc = report_of(m);
    const Table* t = first_table(doc, "contacts");
    REQUIRE(t);
    bool found = false;
    for (std::size_t i = 0; i < t->rows.size(); ++i) {
        if (t->row_ids[i] != "R-KONTAKT") continue;
        found = true;
        CHECK(t->rows[i][0][0].text == "Socialtjänsten – barn och unga");
        CHECK(t->rows[i][3][0].text == "kontaktperson");
        CHECK(t->rows[i][4][0].text == "Biträdande enhetschef");
    }
    CHECK(found);
    // By function: the person's name is not printed.
    for (const auto& row : t->rows)
        for (const auto& cell : row)
            for (const auto& item : cell)
                CHECK(item.text.find("Anna") == std::string::npos);
    for (std::size_t i = 0; i < t->rows.size(); ++i)
        CHECK(t->row_ids[i] != "R-ERS");
}

TEST_CASE("artefacts: the annual cycle has twelve months, meetings by frequency, and a calendar") {
    Model m = test::render_test_model();
    Forum& f = m.forums[0];
    f.status = ElementStatus::Active;
    f.frequency = Frequency{Frequency::Kind::Count, 2, FrequencyPer::Manad};
    Document d;
    d.id = "D-REV";
    d.title = "Överenskommelse om samverkan";
    d.review_date = Date{2026, 9, 30};
    d.valid_to = Date{2027, 3, 31}; // after the twelve months
    m.documents.push_back(d);
    Change c;
    c.id = "C-1";
    c.date = Date{2026, 7, 1};
    c.description = "Ny organisation";
    m.changes.push_back(c);
    const auto events = annual_cycle(m, Lang::Sv);
    int meetings = 0;
    for (const auto& e : events) {
        CHECK(e.date >= Date{2026, 1, 1});
        CHECK(e.date < Date{2027, 1, 1});
        if (e.element == f.id) ++meetings;
    }
    CHECK(meetings == 24);
    const auto doc = report_of(m);
    const Table* t = first_table(doc, "annual-cycle");
    REQUIRE(t);
    REQUIRE(t->rows.size() == 12);
    CHECK(t->rows[0][0][0].text == "januari 2026");
    CHECK(t->rows[8][3][0].text == "2026-09-30 Revidering: Överenskommelse om samverkan");
    CHECK(t->rows[6][4][0].text == "2026-07-01 Förändring: Ny organisation");
    for (const auto& row : t->rows) {
        bool has = false;
        for (const auto& it : row[1])
            has = has || it.text == f.name + " (2 möten)";
        CHECK(has);
    }
    const std::string ics = write_ics(m, Lang::Sv);
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    CHECK(ics.find("END:VCALENDAR\r\n") == ics.size() - 15);
    std::size_t n = 0;
    for (auto p = ics.find("BEGIN:VEVENT"); p != std::string::npos;
         p = ics.find("BEGIN:VEVENT", p + 1))
        ++n;
    CHECK(n == events.size());
    CHECK(ics.find("DTSTART;VALUE=DATE:20260930") != std::string::npos);
    // Lines fold at 75 octets.
    std::size_t start = 0;
    for (auto p = ics.find("\r\n"); p != std::string::npos; p = ics.find("\r\n", start)) {
        CHECK(p - start <= 75);
        start = p + 2;
    }
    // Meetings never fall on a weekend.
    for (const auto& e : events) {
        const int dow = ((e.date.days_since_epoch() % 7) + 11) % 7;
        CHECK(dow < 5);
    }
}

TEST_CASE("artefacts: level mapping and template register on the bundled examples") {
    for (const auto& file : test::example_files()) {
        CAPTURE(file);
        const Model m = load_model_file(file);
        const auto doc = report_of(m, Lang::En);
        const Table* levels = first_table(doc, "level-mapping");
        REQUIRE(levels);
        CHECK(levels->rows.size() >= 1);
        CHECK(levels->headers[3] == "Regional counterpart");
        const Section* tpl = doc.find("templates");
        REQUIRE(tpl);
        std::size_t templates = 0;
        for (const auto& d : m.documents)
            templates += d.type == DocType::Mall || d.type == DocType::Checklista ||
                         d.type == DocType::Lathund;
        const Table* t = first_table(doc, "templates");
        CHECK((t ? t->rows.size() : 0) == templates);
    }
}
