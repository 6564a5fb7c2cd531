// The report for Word, LibreOffice and Excel, checked with the tools municipalities' files meet:
// python-docx reads the DOCX, LibreOffice prints it, openpyxl reads the workbook.
#include "exports/figure_test_support.hpp"
#include "render/render_test_model.hpp"
#include "skm/model_file.hpp"
#include "skm/report.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

using namespace skm;
using namespace skm::exports;

namespace {

const std::string kTests = std::string(SKM_SOURCE_DIR) + "/tests/exports/";

Model ostermalm() {
    return load_model_file(std::string(SKM_SOURCE_DIR) +
                           "/models/examples/ostermalm_bus_2007.json");
}

std::string save(const std::string& name, const std::string& bytes) {
    const std::string p = test::scratch_path(name);
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string l; std::getline(ss, l);)
        out.push_back(l);
    return out;
}

const std::string& ostermalm_docx() {
    static const std::string bytes = [] {
        ReportOptions o;
        return make_report(ostermalm(), ReportFormat::Docx, o);
    }();
    return bytes;
}

} // namespace

TEST_CASE("report DOCX (Östermalm): tables, a figure per diagram section, landscape, headings") {
    const std::string path = save("ost.docx", ostermalm_docx());
    const auto facts =
        lines(test::capture("/usr/bin/python3 " + kTests + "inspect_docx.py '" + path + "' 2>&1"));
    std::remove(path.c_str());
    std::map<std::string, int> figures; // "chapter | part" → drawings
    int tables = 0, repeated = 0, landscape = 0, portrait = 0, sized = 0, figures_sized = 0,
        landscape_figures = 0;
    bool h1 = false, h2 = false, hyphenation = false;
    std::string lang;
    for (const auto& f : facts) {
        CAPTURE(f);
        if (f.rfind("tables ", 0) == 0) tables = std::stoi(f.substr(7));
        if (f.rfind("repeated-headers ", 0) == 0) repeated = std::stoi(f.substr(17));
        if (f.rfind("section landscape", 0) == 0) {
            ++landscape;
            CHECK(f == "section landscape 29.7 21.0"); // A4
        }
        if (f.rfind("section portrait", 0) == 0) {
            ++portrait;
            CHECK(f == "section portrait 21.0 29.7");
        }
        h1 = h1 || f == "style Heading 1";
        h2 = h2 || f == "style Heading 2";
        if (f.rfind("figures ", 0) == 0) {
            const auto sp = f.find(' ', 8);
            figures[f.substr(sp + 1)] += std::stoi(f.substr(8, sp - 8));
        }
        if (f.rfind("lang ", 0) == 0) lang = f.substr(5);
        if (f.rfind("table-width ", 0) == 0) {
            // As wide as its section's text (A4, 2.5 cm margins), in twips, the grid adding up
            // to it: LibreOffice drew pandoc's 5.5-inch grid and Word autofitted it.
            std::istringstream in(f.substr(12));
            std::string orientation, type;
            int width = 0, grid = 0, narrowest = 0, columns = 0;
            in >> orientation >> type >> width >> grid >> narrowest >> columns;
            CHECK(type == "dxa");
            CHECK(width == (orientation == "landscape" ? 14002 : 9070));
            CHECK(grid == width);
            CHECK(narrowest > 0);
            ++sized;
        }
        if (f.rfind("figure-size ", 0) == 0) {
            // Every figure fits its page's text area (A4, 2.5 cm margins) with room for its
            // caption: a portrait-shaped figure in a landscape chapter ran off its page and left
            // pages with only a caption.
            std::istringstream in(f.substr(12));
            std::string orientation;
            double w = 0, h = 0;
            in >> orientation >> w >> h;
            const bool wide = orientation == "landscape";
            CHECK(w <= (wide ? 24.7 : 16.0) + 0.01);
            // At the size it was drawn for (pandoc shrank them to its own 14.8 cm page).
            CHECK(w >= (wide ? 24.7 : 16.0) - 0.01);
            CHECK(h <= (wide ? 16.0 : 24.7) - 0.8);
            ++figures_sized;
            landscape_figures += wide ? 1 : 0;
        }
        hyphenation = hyphenation || f == "auto-hyphenation yes";
    }
    CHECK(sized == tables);
    CHECK(figures_sized >= 3);
    CHECK(landscape_figures >= 1); // the processes, in their landscape chapter
    CHECK(hyphenation);            // long compounds in narrow columns break as Swedish words do
    INFO(test::capture("true"));   // keeps CAPTURE output readable
    CHECK(tables >= 6);
    CHECK(repeated >= 6); // header rows repeat on every page
    CHECK(landscape >= 1);
    CHECK(portrait >= 1);
    CHECK(h1);
    CHECK(h2);
    CHECK(lang == "sv-SE");
    // The structure map, and each process in its own part.
    bool structure = false;
    for (const auto& [where, n] : figures)
        structure = structure || (where.rfind("Samverkansorganisation", 0) == 0 && n >= 1);
    CHECK(structure);
    const Model m = ostermalm();
    REQUIRE(!m.processes.empty());
    for (const auto& p : m.processes) {
        CAPTURE(p.name);
        bool found = false;
        for (const auto& [where, n] : figures)
            found = found || (where.find("| " + p.name) != std::string::npos && n >= 1);
        CHECK(found);
    }
}

TEST_CASE("report DOCX prints through LibreOffice with å, ä and ö intact") {
    const std::string dir = test::scratch_path("lo");
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/rapport.docx";
    std::ofstream(path, std::ios::binary) << ostermalm_docx();
    // A profile of its own, so the test never touches (or waits on) a user's LibreOffice.
    const std::string cmd = "soffice -env:UserInstallation=file://" + dir +
                            "/profile --headless --convert-to pdf --outdir '" + dir + "' '" + path +
                            "' >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    const std::string text = test::capture("pdftotext -q '" + dir + "/rapport.pdf' - 2>/dev/null");
    std::filesystem::remove_all(dir);
    CHECK(text.find("Östermalm") != std::string::npos);
    CHECK(text.find("Forumförteckning") != std::string::npos);
    CHECK(text.find("Överlämningsmatris") != std::string::npos);
    CHECK(text.find("Årshjul") != std::string::npos);
    CHECK(text.find("Ã") == std::string::npos); // no UTF-8 read as Latin-1
}

TEST_CASE("report DOCX takes a municipality's template: its page setup, turned for wide tables") {
    // python-docx's own default document is US Letter: a template that is clearly not ours.
    const std::string tmpl = test::scratch_path("their.docx");
    REQUIRE(test::capture("/usr/bin/python3 -c \"import docx; docx.Document().save('" + tmpl +
                          "'); print('ok')\"") == "ok\n");
    ReportOptions o;
    o.template_path = tmpl;
    const std::string path =
        save("their-report.docx", make_report(ostermalm(), ReportFormat::Docx, o));
    const std::string facts =
        test::capture("/usr/bin/python3 " + kTests + "inspect_docx.py '" + path + "' 2>&1");
    std::remove(path.c_str());
    std::remove(tmpl.c_str());
    CAPTURE(facts);
    CHECK(facts.find("section portrait 21.59 27.94") != std::string::npos);
    CHECK(facts.find("section landscape 27.94 21.59") != std::string::npos);
    CHECK(facts.find("section portrait 21.0 29.7") == std::string::npos);
    ReportOptions wrong;
    wrong.template_path = "/nonexistent/mall.docx";
    CHECK_THROWS_WITH_AS(make_report(ostermalm(), ReportFormat::Docx, wrong),
                         doctest::Contains("/nonexistent/mall.docx"), std::runtime_error);
}

TEST_CASE("report ODT is an OpenDocument text") {
    const std::string odt = make_report(test::render_test_model(), ReportFormat::Odt, {});
    REQUIRE(odt.size() > 1000);
    CHECK(odt.compare(0, 2, "PK") == 0);
    CHECK(odt.find("application/vnd.oasis.opendocument.text") != std::string::npos);
}

TEST_CASE("report XLSX: one sheet per table, header frozen, CSV of the same tables") {
    const Model m = ostermalm();
    const CheckResult findings = run_rules(m);
    const ReportDocument doc = build_report(m, findings, {});
    const auto expected = sheet_tables(doc);
    REQUIRE(expected.size() >= 7);
    const std::string path = save("ost.xlsx", write_xlsx(doc));
    const auto sheets =
        lines(test::capture("/usr/bin/python3 " + kTests + "inspect_xlsx.py '" + path + "' 2>&1"));
    std::remove(path.c_str());
    REQUIRE(sheets.size() == expected.size());
    std::set<std::string> kinds;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        CAPTURE(sheets[i]);
        const Table& t = *expected[i].second;
        kinds.insert(t.kind);
        CHECK(sheets[i].rfind("sheet " + expected[i].first + " \t A2 \t " +
                                  std::to_string(t.rows.size() + 1) + " \t " + t.headers[0],
                              0) == 0);
    }
    // The tables a steering group works with in Excel are all there.
    for (const char* k : {"forum-overview", "members", "handoffs", "responsibilities", "documents",
                          "contacts", "findings"}) {
        CAPTURE(k);
        CHECK(kinds.count(k) == 1);
    }
    const auto csv = write_csv_tables(doc);
    REQUIRE(csv.size() == expected.size());
    CHECK(csv[0].first.rfind("01-", 0) == 0);
    CHECK(csv[0].second.rfind("\xEF\xBB\xBF\"", 0) == 0);
    const Table& first = *expected[0].second;
    std::size_t rows = 0;
    for (char ch : csv[0].second)
        rows += ch == '\n';
    CHECK(rows >= first.rows.size() + 1); // cells may hold line breaks of their own
}
