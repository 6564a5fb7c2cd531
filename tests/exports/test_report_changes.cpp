// "Förändringar sedan …": an edited copy of a bundled example against the example itself lists
// the added, removed and changed elements by name, per changed field before and after, grouped by
// kind, in Swedish and English and in every format; without an older version there is no section.
#include "exports/figure_test_support.hpp"
#include "exports/test_report_support.hpp"
#include "skm/commands.hpp"
#include "skm/field_labels.hpp"
#include "skm/model_file.hpp"
#include "skm/report.hpp"
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <memory>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

namespace {

const std::string kExample =
    std::string(SKM_SOURCE_DIR) + "/models/examples/goteborg_vastbus_2015.json";

struct Versions {
    Model old_version, edited;
    Id removed_flow;
};

// The Västbus example a year on: LGS got a convener and explicitly no chair, a unit was added, a
// flow nothing refers to was removed, a process step was renamed, and the snapshot moved.
Versions edited_example() {
    Versions v;
    v.old_version = load_model_file(kExample);
    Model& m = v.edited = v.old_version;
    Forum* lgs = find_by_id(m.forums, "F-LGS");
    REQUIRE(lgs != nullptr);
    REQUIRE(!lgs->convener.is_set());
    lgs->convener = Id("R-MOTESLEDARE");
    lgs->chair.set_none();
    lgs->mandate = Mandate::Beredning;
    Unit u;
    u.id = "U-ELEVHALSA";
    u.name = "Elevhälsan i Göteborg";
    u.principal = Id("HM-GBG");
    m.units.push_back(u);
    for (auto it = m.flows.rbegin(); it != m.flows.rend(); ++it)
        if (references_to(m, it->id).empty()) {
            v.removed_flow = it->id;
            m.flows.erase(std::next(it).base());
            break;
        }
    REQUIRE(!v.removed_flow.empty());
    REQUIRE(!m.processes.empty());
    Process& p = m.processes.front();
    REQUIRE(p.steps.size() > 1);
    p.steps[1].name = "Identifiera behovet tillsammans med familjen";
    m.info.snapshot = date("2016-06-01");
    return v;
}

ReportOptions since(const Versions& v, Lang lang = Lang::Sv) {
    ReportOptions o = options(lang);
    o.since = std::make_shared<const Model>(v.old_version);
    o.since_file = kExample;
    return o;
}

// The row of a change table whose field (column 2) is `field`, following an element's first row.
const std::vector<Cell>* field_row(const Table& t, const std::string& field) {
    for (const auto& row : t.rows)
        if (row.size() == 5 && cell_text(row[2]) == field) return &row;
    return nullptr;
}

} // namespace

TEST_CASE("report changes: added, removed and changed elements by name, per field, by kind") {
    const Versions v = edited_example();
    const ReportDocument doc = build_report(v.edited, run_rules(v.edited), since(v));
    const Section* s = doc.find("changes");
    REQUIRE(s != nullptr);
    CHECK(s->title == "Förändringar sedan 2015-06-01");
    const auto* intro = std::get_if<Paragraph>(&s->blocks.front());
    REQUIRE(intro != nullptr);
    CHECK(contains(intro->text, "goteborg_vastbus_2015.json"));
    CHECK(contains(intro->text, "Tillagda: 1. Borttagna: 1. Ändrade: 3."));

    // Forum: LGS changed, one row per field, the element named on its first row.
    const Section* forums = doc.find("changes-forums");
    REQUIRE(forums != nullptr);
    CHECK(forums->title == "Forum");
    const Table* ft = first_table(forums);
    REQUIRE(ft != nullptr);
    CHECK(ft->headers == std::vector<std::string>{"Ändring", "Element", "Fält", "Före", "Efter"});
    REQUIRE(ft->rows.size() == 3);
    CHECK(cell_text(ft->rows[0][0]) == "ändrad");
    CHECK(cell_text(ft->rows[0][1]) == "Ledningsgruppen för samverkan, LGS");
    CHECK(ft->rows[0][1].front().id == "F-LGS");
    CHECK(cell_text(ft->rows[1][1]).empty());
    const auto* convener = field_row(*ft, "Sammankallande");
    REQUIRE(convener != nullptr);
    CHECK(cell_text((*convener)[3]) == "uppgift saknas");
    CHECK((*convener)[3].front().state == CellState::Unknown);
    CHECK(cell_text((*convener)[4]) == "Mötesledare (initiativtagare eller oberoende part)");
    CHECK((*convener)[4].front().id == "R-MOTESLEDARE");
    CHECK(cell_text((*field_row(*ft, "Mandat"))[4]) == "beredning");
    const auto* chair = field_row(*ft, "Ordförande");
    REQUIRE(chair != nullptr);
    CHECK(cell_text((*chair)[4]) == "ingen");
    CHECK((*chair)[4].front().state == CellState::None);

    const Table* ut = first_table(doc.find("changes-units"));
    REQUIRE(ut != nullptr);
    REQUIRE(ut->rows.size() == 1);
    CHECK(cell_text(ut->rows[0][0]) == "tillagd");
    CHECK(cell_text(ut->rows[0][1]) == "Elevhälsan i Göteborg");

    const Table* flt = first_table(doc.find("changes-flows"));
    REQUIRE(flt != nullptr);
    REQUIRE(flt->rows.size() == 1);
    CHECK(cell_text(flt->rows[0][0]) == "borttagen");
    CHECK(flt->row_ids[0] == v.removed_flow);

    const Table* mt = first_table(doc.find("changes-model"));
    REQUIRE(mt != nullptr);
    const auto* snap = field_row(*mt, field_title("snapshot", Lang::Sv));
    REQUIRE(snap != nullptr);
    CHECK(cell_text((*snap)[3]) == "2015-06-01");
    CHECK(cell_text((*snap)[4]) == "2016-06-01");

    // A process's steps part by part: the renamed step, not the whole list of steps.
    const Table* pt = first_table(doc.find("changes-processes"));
    REQUIRE(pt != nullptr);
    REQUIRE(pt->rows.size() == 1);
    CHECK(cell_text(pt->rows[0][2]) ==
          "Steg \"Identifiera behovet tillsammans med familjen\": Namn");
    CHECK(cell_text(pt->rows[0][3]) ==
          "Identifiera behov (egen verksamhet kan inte ensam tillgodose behovet)");
    CHECK(cell_text(pt->rows[0][4]) == "Identifiera behovet tillsammans med familjen");

    // Kinds in file order: the header, then units before forums before flows.
    std::vector<std::string> order;
    for (const auto* p : parts_with_prefix(doc, "changes-"))
        order.push_back(p->anchor);
    CHECK(order == std::vector<std::string>{"changes-model", "changes-units", "changes-forums",
                                            "changes-flows", "changes-processes"});
}

TEST_CASE("report changes: English with --lang en") {
    const Versions v = edited_example();
    const ReportDocument doc = build_report(v.edited, run_rules(v.edited), since(v, Lang::En));
    const Section* s = doc.find("changes");
    REQUIRE(s != nullptr);
    CHECK(s->title == "Changes since 2015-06-01");
    const Table* ft = first_table(doc.find("changes-forums"));
    REQUIRE(ft != nullptr);
    CHECK(ft->headers == std::vector<std::string>{"Change", "Element", "Field", "Before", "After"});
    CHECK(doc.find("changes-forums")->title == "Forums");
    CHECK(cell_text(ft->rows[0][0]) == "changed");
    const auto* convener = field_row(*ft, "Convener");
    REQUIRE(convener != nullptr);
    CHECK(cell_text((*convener)[3]) == "not stated");
    CHECK(cell_text((*field_row(*ft, "Chair"))[4]) == "none");
    // The file's words in English, as elsewhere in the English report; names as written.
    CHECK(cell_text((*field_row(*ft, "Mandate"))[4]) == "preparation");
    CHECK(cell_text((*convener)[4]) == "Mötesledare (initiativtagare eller oberoende part)");
}

TEST_CASE("report changes: no older version, no section, the same version, no changes") {
    const Versions v = edited_example();
    const ReportDocument plain = build_report(v.edited, run_rules(v.edited), options());
    CHECK(plain.find("changes") == nullptr);
    CHECK(parts_with_prefix(plain, "changes-").empty());
    for (const auto& s : plain.sections)
        CHECK(!contains(s.title, "Förändringar sedan"));

    ReportOptions same = options();
    same.since = std::make_shared<const Model>(v.edited);
    same.since_file = "/tmp/karta-kopia.json";
    const ReportDocument none = build_report(v.edited, run_rules(v.edited), same);
    const Section* s = none.find("changes");
    REQUIRE(s != nullptr);
    // Same name, version and date: the file name tells the older version apart.
    CHECK(s->title == "Förändringar sedan karta-kopia.json");
    REQUIRE(s->blocks.size() == 1);
    CHECK(std::get<Paragraph>(s->blocks[0]).text == "Inga förändringar sedan karta-kopia.json.");
    CHECK(parts_with_prefix(none, "changes-").empty());
}

TEST_CASE("report changes: the older version is called by its version, else its other name") {
    Model now = report_model(), old = report_model();
    CHECK(since_name(now, old, "a/b/gammal.json") == "gammal.json");
    old.info.snapshot = date("2023-03-01");
    CHECK(since_name(now, old, "gammal.json") == "2023-03-01");
    old.info.name = "Lilla kommunen (förslag)";
    CHECK(since_name(now, old, "gammal.json") == "Lilla kommunen (förslag) (2023-03-01)");
    old.info.version = "2";
    now.info.version = "3";
    CHECK(since_name(now, old, "gammal.json") == "version 2 (2023-03-01)");
}

TEST_CASE("report changes: in HTML, Markdown, DOCX and XLSX, as tables") {
    const Versions v = edited_example();
    const ReportOptions o = since(v);
    const std::string html = make_report(v.edited, ReportFormat::Html, o);
    CHECK(contains(html, "id=\"changes\""));
    CHECK(contains(html, "Förändringar sedan 2015-06-01"));
    CHECK(contains(html, "Mötesledare (initiativtagare eller oberoende part)"));
    CHECK(contains(html, "Elevhälsan i Göteborg"));
    const std::string md = make_report(v.edited, ReportFormat::Markdown, o);
    CHECK(contains(md, "Förändringar sedan 2015-06-01"));
    CHECK(contains(md, "Sammankallande"));
    CHECK(contains(md, "Elevhälsan i Göteborg"));

    const std::string docx = scratch_path("changes.docx");
    std::ofstream(docx, std::ios::binary) << make_report(v.edited, ReportFormat::Docx, o);
    const std::string dtext = capture(
        "/usr/bin/python3 -c \"import docx,sys; d=docx.Document(sys.argv[1]); "
        "print('\\n'.join(p.text for p in d.paragraphs if p.style.name.startswith('Heading'))); "
        "print('\\n'.join(c.text for t in d.tables for r in t.rows for c in r.cells))\" '" +
        docx + "' 2>&1");
    CHECK(contains(dtext, "Förändringar sedan 2015-06-01"));
    CHECK(contains(dtext, "Sammankallande"));
    CHECK(contains(dtext, "Mötesledare (initiativtagare eller oberoende part)"));
    CHECK(contains(dtext, "Elevhälsan i Göteborg"));

    const std::string xlsx = scratch_path("changes.xlsx");
    std::ofstream(xlsx, std::ios::binary) << make_report(v.edited, ReportFormat::Xlsx, o);
    const std::string xtext = capture(
        "/usr/bin/python3 -c \"import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
        "print(wb.sheetnames); ws=[w for w in wb if w.title == 'Förändringar'][0]; "
        "print('\\n'.join('|'.join(str(c.value) for c in r) for r in ws.iter_rows()))\" '" +
        xlsx + "' 2>&1");
    CHECK(contains(xtext, "Slag|Ändring|Element|Id|Fält|Före|Efter"));
    CHECK(contains(xtext, "Forum|ändrad|Ledningsgruppen för samverkan, LGS|F-LGS|Sammankallande|"
                          "uppgift saknas|Mötesledare (initiativtagare eller oberoende part)"));
    CHECK(contains(xtext, "Verksamheter|tillagd|Elevhälsan i Göteborg|U-ELEVHALSA"));
    // The per-kind lists repeat the table of all changes: not sheets of their own.
    CHECK(!contains(xtext, "Förändringar: Forum"));
    std::remove(docx.c_str());
    std::remove(xlsx.c_str());
}

TEST_CASE("field titles: every key of the bundled examples has a word in both languages") {
    for (const char* name : {"goteborg_vastbus_2015", "orebro_lan_2009", "ostermalm_bus_2007",
                             "stromsund_ensamkommande"}) {
        const Model m =
            load_model_file(std::string(SKM_SOURCE_DIR) + "/models/examples/" + name + ".json");
        const std::string text = serialize_model(m);
        // Every "key": of the canonical text.
        for (std::size_t at = text.find("\": "); at != std::string::npos;
             at = text.find("\": ", at + 1)) {
            const std::size_t open = text.rfind('"', at - 1);
            const std::string key = text.substr(open + 1, at - open - 1);
            if (key == "format" || key == "schema_version") continue;
            CAPTURE(key);
            const bool collection = collection_title(key, Lang::Sv) != key;
            CHECK((collection || field_title(key, Lang::Sv) != key));
            CHECK((collection || field_title(key, Lang::En) != key));
        }
    }
}
