// Figures for print, Word and slides: every view of every bundled example on an A4 PDF, measured
// from the PDF's own text boxes, prints no text below 7 pt (several pages allowed); the report's
// figures (16 cm text width) likewise; the files carry what their users need (SVG ids, sizes and
// fonts; PNG DPI; PDF title and language).
#include "figure_test_support.hpp"
#include "render/render_test_model.hpp"
#include "skm/diagram_export.hpp"
#include "skm/model_file.hpp"
#include "skm/synthetic.hpp"

#include "../../exports/src/cairo_writer.hpp"
#include "../../exports/src/figure_pages.hpp"
#include "../../exports/src/figure_scene.hpp"
#include "../../exports/src/text_metrics.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <sstream>

using namespace skm;
using namespace skm::exports;
using render::ViewKind;
using render::ViewSpec;

namespace {

std::vector<ViewSpec> views_of(const Model& m) {
    std::vector<ViewSpec> views;
    for (auto k : {ViewKind::Structure, ViewKind::Handoffs, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = k;
        v.show_findings = false;
        views.push_back(v);
    }
    for (const auto& p : m.processes) {
        ViewSpec v;
        v.kind = ViewKind::Process;
        v.process = p.id;
        v.show_findings = false;
        views.push_back(v);
    }
    return views;
}

// pdftotext's box height for a word of DejaVu Sans at 1 pt, measured in this run from a PDF our
// own writer draws at known sizes, so the check does not depend on a constant of poppler's.
double box_per_point() {
    static const double ratio = [] {
        figure::Scene sc;
        sc.width = 300;
        sc.height = 200;
        sc.text("Kalibrering", {20, 50}, 10, 0x000000FF, figure::TextAnchor::Start);
        sc.text("Kalibrering", {20, 120}, 20, 0x000000FF, figure::TextAnchor::Start);
        std::string error;
        const auto words = test::pdf_words(figure::write_pdf({sc}, "k", "sv-SE", error));
        REQUIRE(words.size() == 2);
        const double r10 = words[0].height / 10, r20 = words[1].height / 20;
        CHECK(r10 == doctest::Approx(r20).epsilon(0.02)); // the box grows with the size
        return (r10 + r20) / 2;
    }();
    return ratio;
}

// The smallest text size (points) on any page of a PDF, from its word boxes.
double smallest_pdf_text(const std::string& pdf, int* pages = nullptr) {
    double smallest = 1e9;
    int last_page = 0;
    for (const auto& w : test::pdf_words(pdf)) {
        smallest = std::min(smallest, w.height / box_per_point());
        last_page = std::max(last_page, w.page);
    }
    if (pages) *pages = last_page;
    return smallest;
}

} // namespace

TEST_CASE("figures: every view of every bundled example on A4 prints no text below 7 pt") {
    const auto files = test::example_files();
    REQUIRE(files.size() >= 4);
    int views = 0, multi_page = 0;
    for (const auto& file : files) {
        const Model m = load_model_file(file);
        for (const auto& v : views_of(m)) {
            for (bool landscape : {true, false}) {
                CAPTURE(file);
                CAPTURE(render::view_name(v));
                CAPTURE(landscape);
                ExportOptions o;
                o.landscape = landscape;
                o.printed_date = "2026-01-01";
                const auto pdf = export_diagram(m, v, Format::Pdf, o);
                if (pdf.empty_view) continue; // checked below: an empty view is an error
                REQUIRE_MESSAGE(pdf.ok, pdf.error);
                int pages = 0;
                const double smallest = smallest_pdf_text(pdf.bytes, &pages);
                CHECK(smallest >= 6.95);
                CHECK(pdf.smallest_text_pt >= 6.95);
                CHECK(pages == pdf.page_count);
                ++views;
                multi_page += pdf.page_count > 1;
            }
        }
    }
    MESSAGE(views << " A4 exports checked, " << multi_page << " of them on several pages");
    CHECK(views >= 20);
}

TEST_CASE("figures: the report's figures (16 cm text width) print no text below 7 pt") {
    for (const auto& file : test::example_files()) {
        const Model m = load_model_file(file);
        for (const auto& v : views_of(m)) {
            CAPTURE(file);
            CAPTURE(render::view_name(v));
            ExportOptions o;
            o.paper = Paper::TextWidth;
            o.show_title_and_date = false;
            const auto pdf = export_diagram(m, v, Format::Pdf, o);
            if (pdf.empty_view) continue;
            REQUIRE_MESSAGE(pdf.ok, pdf.error);
            CHECK(smallest_pdf_text(pdf.bytes) >= 6.95);
            // Every page is exactly 16 cm wide.
            const auto svg = export_diagram(m, v, Format::Svg, o);
            REQUIRE(svg.ok);
            for (const auto& page : svg.pages)
                CHECK(page.find("width=\"160mm\"") != std::string::npos);
        }
    }
}

TEST_CASE("figures: a county-sized map is split into legible pages, never shrunk") {
    SyntheticParams p;
    p.municipalities = 4;
    p.units = 160;
    p.flows = 200;
    const Model m = make_synthetic_county(p);
    ViewSpec v;
    v.show_findings = false;
    ExportOptions o;
    o.printed_date = "2026-01-01";
    const auto pdf = export_diagram(m, v, Format::Pdf, o);
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    CHECK(pdf.page_count > 1);
    int pages = 0;
    CHECK(smallest_pdf_text(pdf.bytes, &pages) >= 6.95);
    CHECK(pages == pdf.page_count);
    // Each page says what it is and what continues where.
    for (const auto& part : pdf.page_parts)
        CHECK_FALSE(part.empty());
}

TEST_CASE("figures: sizes for where figures go") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.show_findings = false;
    struct Case {
        Paper paper;
        bool landscape;
        double w, h; // points
    };
    for (const Case& c :
         {Case{Paper::A4, true, 841.9, 595.3}, Case{Paper::A4, false, 595.3, 841.9},
          Case{Paper::A3, true, 1190.6, 841.9}, Case{Paper::A3, false, 841.9, 1190.6},
          Case{Paper::Slide, true, 960, 540}}) {
        ExportOptions o;
        o.paper = c.paper;
        o.landscape = c.landscape;
        const auto pdf = export_diagram(m, v, Format::Pdf, o);
        REQUIRE(pdf.ok);
        const std::string path = test::scratch_path("size.pdf");
        std::ofstream(path, std::ios::binary) << pdf.bytes;
        const std::string info = test::capture("pdfinfo '" + path + "' 2>/dev/null");
        std::remove(path.c_str());
        double w = 0, h = 0;
        const auto at = info.find("Page size:");
        REQUIRE(at != std::string::npos);
        std::sscanf(info.c_str() + at, "Page size: %lf x %lf", &w, &h);
        CHECK(w == doctest::Approx(c.w).epsilon(0.002));
        CHECK(h == doctest::Approx(c.h).epsilon(0.002));
    }
    // SVG and PNG on paper are the figure itself: no wider than the sheet's printable width.
    ExportOptions a4;
    const auto svg = export_diagram(m, v, Format::Svg, a4);
    REQUIRE(svg.ok);
    double mm = 0;
    std::sscanf(svg.bytes.c_str() + svg.bytes.find(" width=\"") + 8, "%lfmm", &mm);
    CHECK(mm > 50);
    CHECK(mm <= 297.5);
}

TEST_CASE("figures: the heading has one fixed size, and --no-heading leaves it out") {
    const Model m = test::render_test_model();
    ExportOptions o;
    o.printed_date = "2026-01-01";
    double heading = 0;
    for (auto kind : {ViewKind::Structure, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = kind;
        const auto pdf = export_diagram(m, v, Format::Pdf, o);
        REQUIRE(pdf.ok);
        for (const auto& w : test::pdf_words(pdf.bytes))
            if (w.word == "Testkommun") {
                const double size = w.height / box_per_point();
                if (heading == 0) heading = size;
                CHECK(size == doctest::Approx(heading).epsilon(0.02));
            }
    }
    CHECK(heading == doctest::Approx(14).epsilon(0.05));
    o.show_title_and_date = false;
    const auto bare = export_diagram(m, ViewSpec{}, Format::Svg, o);
    REQUIRE(bare.ok);
    CHECK(bare.bytes.find("Testkommun – samverkan kring barn") ==
          bare.bytes.rfind("Testkommun – samverkan kring barn")); // only in <title>
}

TEST_CASE("figures: SVG names elements, lists font fallbacks and keeps typed text exact") {
    Model m = test::render_test_model();
    m.forums[0].name = "Råd &amp; stöd <b>";
    ViewSpec v;
    v.show_findings = false;
    const auto svg = export_diagram(m, v, Format::Svg);
    REQUIRE(svg.ok);
    CHECK(svg.bytes.find("<g id=\"" + m.forums[0].id + "\" class=\"node\">") != std::string::npos);
    CHECK(svg.bytes.find("class=\"cluster\"") != std::string::npos);
    CHECK(svg.bytes.find("font-family=\"&#39;DejaVu Sans&#39;, Verdana") != std::string::npos);
    CHECK(svg.bytes.find("sans-serif") != std::string::npos);
    CHECK(svg.bytes.find("<title>") != std::string::npos);
    // What the user typed is what is shown: "&amp;" stays five characters.
    CHECK(svg.bytes.find("Råd &amp;amp; stöd &lt;b&gt;") != std::string::npos);
    // Well-formed XML, also for characters XML cannot hold.
    m.forums[1].name = std::string("Fel\x01 \xEF\xBF\xBE tecken \xC3");
    const auto odd = export_diagram(m, v, Format::Svg);
    REQUIRE(odd.ok);
    const std::string path = test::scratch_path("x.svg");
    std::ofstream(path, std::ios::binary) << odd.bytes;
    const std::string parsed = test::capture(
        "/usr/bin/python3 -c \"import sys,xml.dom.minidom as d; d.parse(sys.argv[1]); "
        "print('well-formed')\" '" +
        path + "' 2>&1");
    std::remove(path.c_str());
    CHECK(parsed == "well-formed\n");
}

TEST_CASE("figures: PNG states its DPI, PDF its title and language") {
    const Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Escalation;
    v.show_findings = false;
    for (int dpi : {150, 300}) {
        ExportOptions o;
        o.dpi = dpi;
        const auto png = export_diagram(m, v, Format::Png, o);
        REQUIRE(png.ok);
        const auto at = png.bytes.find("pHYs");
        REQUIRE(at != std::string::npos);
        CHECK(at == 37); // right after IHDR
        auto be32 = [&](std::size_t p) {
            return (unsigned(static_cast<unsigned char>(png.bytes[p])) << 24) |
                   (unsigned(static_cast<unsigned char>(png.bytes[p + 1])) << 16) |
                   (unsigned(static_cast<unsigned char>(png.bytes[p + 2])) << 8) |
                   unsigned(static_cast<unsigned char>(png.bytes[p + 3]));
        };
        CHECK(be32(at + 4) == static_cast<unsigned>(std::lround(dpi / 0.0254)));
        CHECK(png.bytes[at + 12] == 1); // per metre
        // identify (ImageMagick) reads the resolution back.
        const std::string path = test::scratch_path("d.png");
        std::ofstream(path, std::ios::binary) << png.bytes;
        const std::string res =
            test::capture("identify -units PixelsPerInch -format '%x' '" + path + "' 2>/dev/null");
        std::remove(path.c_str());
        CHECK(std::atof(res.c_str()) == doctest::Approx(dpi).epsilon(0.01));
    }
    ExportOptions o;
    o.printed_date = "2026-01-01";
    const auto pdf = export_diagram(m, v, Format::Pdf, o);
    REQUIRE(pdf.ok);
    const std::string path = test::scratch_path("t.pdf");
    std::ofstream(path, std::ios::binary) << pdf.bytes;
    const std::string info = test::capture("pdfinfo '" + path + "' 2>&1");
    const std::string fonts = test::capture("pdffonts '" + path + "' 2>&1");
    std::remove(path.c_str());
    const auto title = info.find("Title:");
    REQUIRE(title != std::string::npos);
    CHECK(info.find("Testkommun – samverkan kring barn – Eskaleringsvägar\n", title) !=
          std::string::npos);
    CHECK(info.find("Syntax Error") == std::string::npos);
    CHECK(pdf.bytes.find("/Lang (sv-SE)") != std::string::npos);
    CHECK(fonts.find("DejaVuSans") != std::string::npos);
    CHECK(fonts.find(" no ") == std::string::npos); // every font embedded ("emb" column yes)
}

TEST_CASE("figures: an empty view is an error that says so") {
    Model m = test::render_test_model();
    m.escalations.clear();
    ViewSpec v;
    v.kind = ViewKind::Escalation;
    const auto r = export_diagram(m, v, Format::Pdf);
    CHECK_FALSE(r.ok);
    CHECK(r.empty_view);
    CHECK_FALSE(r.error.empty());
}

TEST_CASE("figures: the same model gives the same SVG and PNG bytes") {
    const Model m = test::render_test_model();
    for (auto kind : {ViewKind::Structure, ViewKind::Handoffs}) {
        ViewSpec v;
        v.kind = kind;
        ExportOptions o;
        o.dpi = 72;
        CHECK(export_diagram(m, v, Format::Svg, o).bytes ==
              export_diagram(m, v, Format::Svg, o).bytes);
        CHECK(export_diagram(m, v, Format::Png, o).bytes ==
              export_diagram(m, v, Format::Png, o).bytes);
    }
}

TEST_CASE("figures: a structure map is laid out for its printed scale, so pages run down only") {
    // Member chips print at a larger scale than 12 pt names need; a layout made for the smaller
    // scale overflowed the page's width and was cut into columns of slivers (14 A4 pages for
    // Östermalm). Laid out for the real scale, the bands wrap to the page and pages only follow
    // downwards.
    const Model m = load_model_file(SKM_SOURCE_DIR "/models/examples/ostermalm_bus_2007.json");
    ViewSpec v;
    v.show_findings = false;
    for (const bool landscape : {true, false}) {
        CAPTURE(landscape);
        ExportOptions o;
        o.printed_date = "2026-01-01";
        o.landscape = landscape;
        const auto svg = export_diagram(m, v, Format::Svg, o);
        REQUIRE_MESSAGE(svg.ok, svg.error);
        CHECK(svg.page_count > 1);
        CHECK(svg.smallest_text_pt >= 6.95);
        for (const auto& page : svg.pages) {
            CHECK(page.find("fortsätter till höger") == std::string::npos);
            CHECK(page.find("← forts. från del") == std::string::npos);
        }
        CHECK(svg.page_count <= 9);
    }
}

TEST_CASE("figures: a page that continues a level band names that band at its top") {
    // At the report's 16 cm text width Östermalm's structure map runs down several pages; a page
    // that starts inside a band used to show its forums with no band name (it stayed on the page
    // before). Like a table's repeated header row, the page now names the band it continues.
    const Model m = load_model_file(SKM_SOURCE_DIR "/models/examples/ostermalm_bus_2007.json");
    for (const Lang lang : {Lang::Sv, Lang::En}) {
        CAPTURE(static_cast<int>(lang));
        ViewSpec v;
        v.show_findings = false;
        v.lang = lang;
        ExportOptions o;
        o.paper = Paper::TextWidth;
        o.show_title_and_date = false;
        const auto svg = export_diagram(m, v, Format::Svg, o);
        REQUIRE_MESSAGE(svg.ok, svg.error);
        REQUIRE(svg.page_count > 2);
        const std::string suffix = lang == Lang::Sv ? " (forts.)</text>" : " (cont.)</text>";
        CHECK(svg.pages[0].find(suffix) == std::string::npos);
        int named = 0;
        for (std::size_t i = 1; i < svg.pages.size(); ++i) {
            const auto at = svg.pages[i].find(suffix);
            if (at == std::string::npos) continue;
            const auto open = svg.pages[i].rfind('>', at);
            const std::string name = svg.pages[i].substr(open + 1, at - open - 1);
            CAPTURE(name);
            const bool is_level = std::any_of(m.levels.begin(), m.levels.end(),
                                              [&](const auto& l) { return l.name == name; });
            CHECK(is_level);
            ++named;
        }
        CHECK(named >= 2);
    }
}

TEST_CASE("figures: a long heading wraps to the page instead of running off it") {
    const std::string heading = "Samverkan förskola/skola och socialtjänst på Östermalm – "
                                "BUS-strukturen 2007 – Strukturkarta";
    const double width = 595.28 - 2 * 12 * 72 / 25.4; // A4 portrait between its margins
    const auto lines = skm::exports::figure::heading_lines(heading, width);
    CHECK(lines.size() == 2);
    std::string joined;
    for (const auto& l : lines) {
        CHECK(skm::exports::figure::text_width(l, skm::exports::figure::kHeadingSize, true) <=
              width);
        joined += (joined.empty() ? "" : " ") + l;
    }
    CHECK(joined == heading);
    CHECK(skm::exports::figure::heading_lines("Kort", width).size() == 1);
}

namespace {

// The centre of each node group of an SVG page (`<g id="…" class="node">` and its first shape),
// by element id; suffixed copies (share marks, "~2") are left out.
std::map<std::string, render::Point> svg_node_centres(const std::string& svg) {
    std::map<std::string, render::Point> out;
    const std::regex group(R"rx(<g id="([^"~]+)" class="node">)rx");
    const std::regex rect(
        R"rx(^[^<]*(?:<title>[^<]*</title>)?\s*<rect x="([-0-9.]+)" y="([-0-9.]+)" width="([0-9.]+)" height="([0-9.]+)")rx");
    const std::regex ellipse(
        R"rx(^[^<]*(?:<title>[^<]*</title>)?\s*<ellipse cx="([-0-9.]+)" cy="([-0-9.]+)")rx");
    const std::regex polygon(R"rx(^[^<]*(?:<title>[^<]*</title>)?\s*<polygon points="([^"]+)")rx");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), group);
         it != std::sregex_iterator(); ++it) {
        const std::string id = (*it)[1];
        const std::string rest =
            svg.substr(static_cast<std::size_t>(it->position() + it->length()), 800);
        std::smatch m;
        if (std::regex_search(rest, m, rect))
            out[id] = {std::stod(m[1]) + std::stod(m[3]) / 2,
                       std::stod(m[2]) + std::stod(m[4]) / 2};
        else if (std::regex_search(rest, m, ellipse))
            out[id] = {std::stod(m[1]), std::stod(m[2])};
        else if (std::regex_search(rest, m, polygon)) {
            std::istringstream pts(m[1].str());
            double x = 0, y = 0, sx = 0, sy = 0;
            char comma = 0;
            int n = 0;
            while (pts >> x >> comma >> y)
                sx += x, sy += y, ++n;
            if (n > 0) out[id] = {sx / n, sy / n};
        }
    }
    return out;
}

} // namespace

TEST_CASE("figures: in every bundled process map each step after another lies further on") {
    // Checked from the exported SVG, where nodes carry their element ids: a transition that is
    // not a loop back points right (lanes as rows) or down (lanes as columns).
    int checked = 0;
    for (const auto& file : test::example_files()) {
        const Model m = load_model_file(file);
        for (const auto& p : m.processes) {
            for (const bool landscape : {true, false}) {
                CAPTURE(file);
                CAPTURE(p.id);
                CAPTURE(landscape);
                ViewSpec v;
                v.kind = ViewKind::Process;
                v.process = p.id;
                v.show_findings = false;
                ExportOptions o;
                o.paper = Paper::A3;
                o.landscape = landscape;
                const auto svg = export_diagram(m, v, Format::Svg, o);
                REQUIRE_MESSAGE(svg.ok, svg.error);
                std::vector<std::map<std::string, render::Point>> pages;
                for (const auto& page : svg.pages)
                    pages.push_back(svg_node_centres(page));
                std::map<Id, std::size_t> order;
                for (std::size_t i = 0; i < p.steps.size(); ++i)
                    order[p.steps[i].id] = i;
                for (const auto& s : p.steps)
                    for (const auto& next : s.next) {
                        if (!order.count(next) || order[next] <= order[s.id]) continue; // a loop
                        const std::string a = p.id + "." + s.id, b = p.id + "." + next;
                        bool compared = false;
                        for (const auto& nodes : pages) {
                            if (!nodes.count(a) || !nodes.count(b)) continue;
                            const auto pa = nodes.at(a), pb = nodes.at(b);
                            CHECK_MESSAGE((pb.x > pa.x + 1 || pb.y > pa.y + 1), a << " → " << b);
                            compared = true;
                            break;
                        }
                        if (!compared) {
                            // On different pages: the successor's page comes later.
                            std::size_t pa = pages.size(), pb = pages.size();
                            for (std::size_t i = 0; i < pages.size(); ++i) {
                                if (pa == pages.size() && pages[i].count(a)) pa = i;
                                if (pb == pages.size() && pages[i].count(b)) pb = i;
                            }
                            REQUIRE_MESSAGE(pa < pages.size(), a);
                            REQUIRE_MESSAGE(pb < pages.size(), b);
                            CHECK_MESSAGE(pb > pa, a << " → " << b);
                        }
                        ++checked;
                    }
            }
        }
    }
    CHECK(checked > 20);
}

TEST_CASE("figures: a long process on A4 turns its lanes into columns and repeats their names") {
    // Göteborg's Västbus process (9 lanes) took 3 × 2 landscape pages with lanes as rows, half of
    // them nearly empty; as columns it runs down 3 pages, each naming the lanes at its top.
    const Model m = load_model_file(SKM_SOURCE_DIR "/models/examples/goteborg_vastbus_2015.json");
    ViewSpec v;
    v.kind = ViewKind::Process;
    v.process = "P-VASTBUS";
    v.show_findings = false;
    const auto svg = export_diagram(m, v, Format::Svg);
    REQUIRE_MESSAGE(svg.ok, svg.error);
    REQUIRE(svg.page_count > 1);
    CHECK(svg.page_count <= 4);
    CHECK(svg.smallest_text_pt >= 6.95);
    for (std::size_t i = 1; i < svg.pages.size(); ++i) {
        CAPTURE(i);
        CHECK(svg.pages[i].find(">Skola</text>") != std::string::npos);
        CHECK(svg.pages[i].find(">BUP</text>") != std::string::npos);
        CHECK(svg.pages[i].find("fortsätter till höger") == std::string::npos);
    }
}
