// Word and OpenDocument reports through pandoc, a well-kept converter packaged by Debian (see
// docs/report.md for why pandoc and not LibreOffice or our own OOXML). We hand pandoc the
// report as its JSON AST with the figures as 300-dpi PNG files; for DOCX we then set the page
// setup of the sections (A4, or the template's own, portrait or landscape) and, without a
// template, give tables grid lines — the only edits to pandoc's output, done with libzip.
#include "docx_figures.hpp"
#include "docx_tables.hpp"
#include "pandoc_ast.hpp"
#include "process_run.hpp"
#include "skm/diagram_export.hpp"
#include "skm/report.hpp"
#include "table_widths.hpp"

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace skm::exports {
namespace {

namespace fs = std::filesystem;

std::string t(Lang l, const char* sv, const char* en) {
    return l == Lang::Sv ? sv : en;
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "skm-report-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp: " + tmpl);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The PNG's size in pixels (IHDR).
bool png_size(const std::string& png, int& w, int& h) {
    if (png.size() < 24) return false;
    auto u32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) |
               (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) |
               static_cast<unsigned char>(png[at + 3]);
    };
    w = static_cast<int>(u32(16));
    h = static_cast<int>(u32(20));
    return w > 0 && h > 0;
}

// ---- post-processing the DOCX (word/document.xml, word/styles.xml) ----

std::string zip_read(zip_t* z, const char* name) {
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0) return {};
    zip_file_t* f = zip_fopen(z, name, 0);
    if (!f) return {};
    std::string out(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_fread(f, out.data(), st.size);
    zip_fclose(f);
    if (n < 0) return {};
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool zip_write(zip_t* z, const char* name, const std::string& content) {
    // libzip keeps the buffer until zip_close; it is copied so `content` may go.
    void* copy = std::malloc(content.size() ? content.size() : 1);
    if (!copy) return false;
    std::memcpy(copy, content.data(), content.size());
    zip_source_t* src = zip_source_buffer(z, copy, content.size(), 1);
    if (!src) {
        std::free(copy);
        return false;
    }
    if (zip_file_add(z, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(src);
        return false;
    }
    return true;
}

std::string attr_value(const std::string& tag, const std::string& name) {
    const auto at = tag.find(name + "=\"");
    if (at == std::string::npos) return {};
    const auto end = tag.find('"', at + name.size() + 2);
    return tag.substr(at + name.size() + 2, end - at - name.size() - 2);
}

// A section's page setup turned to the other orientation: width and height swapped.
std::string oriented(const std::string& sect, bool landscape) {
    const auto a = sect.find("<w:pgSz");
    if (a == std::string::npos) return sect;
    const auto b = sect.find("/>", a);
    const std::string tag = sect.substr(a, b + 2 - a);
    int w = std::atoi(attr_value(tag, "w:w").c_str()),
        h = std::atoi(attr_value(tag, "w:h").c_str());
    if (w <= 0 || h <= 0) return sect;
    if ((w > h) != landscape) std::swap(w, h);
    const std::string fresh = "<w:pgSz w:w=\"" + std::to_string(w) + "\" w:h=\"" +
                              std::to_string(h) + "\"" +
                              (landscape ? " w:orient=\"landscape\"" : "") + "/>";
    return sect.substr(0, a) + fresh + sect.substr(b + 2);
}

// A4 with 2.5 cm margins: a 16 cm text width, as the figures are drawn for.
const char* kA4 = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" "
                  "w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" "
                  "w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>";

void set_page_setup(std::string& xml, bool own_setup,
                    const std::map<std::string, docx::FigureSize>& figures) {
    const auto body_end = xml.rfind("</w:body>");
    if (body_end == std::string::npos) return;
    auto sect = xml.rfind("<w:sectPr", body_end);
    // The body's own sectPr is the last one, after the last paragraph.
    if (sect == std::string::npos || xml.rfind("</w:p>", body_end) > sect) sect = body_end;
    std::string body_sect = xml.substr(sect, body_end - sect);
    if (own_setup || body_sect.find("<w:pgSz") == std::string::npos) body_sect = kA4;
    const std::string portrait = oriented(body_sect, false), landscape = oriented(body_sect, true);
    const bool ends_landscape =
        xml.find(std::string("<!--") + docx::kEndsLandscape + "-->") != std::string::npos;
    xml = xml.substr(0, sect) + (ends_landscape ? landscape : portrait) + xml.substr(body_end);
    docx::fit_tables(xml, docx::text_width_twips(portrait), docx::text_width_twips(landscape));
    constexpr double kTwipsPerCm = 1440 / 2.54;
    docx::size_figures(xml, figures, docx::text_width_twips(portrait) / kTwipsPerCm,
                       docx::text_width_twips(landscape) / kTwipsPerCm);
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (auto p = xml.find(from); p != std::string::npos; p = xml.find(from, p + to.size()))
            xml.replace(p, from.size(), to);
    };
    replace_all(std::string("<w:sectPr>") + docx::kPortraitBreak + "</w:sectPr>", portrait);
    replace_all(std::string("<w:sectPr>") + docx::kLandscapeBreak + "</w:sectPr>", landscape);
    replace_all(std::string("<!--") + docx::kEndsLandscape + "-->", "");
}

// Our own look when no template is given: thin grid lines, a shaded bold header row.
void style_tables(std::string& styles) {
    const auto at = styles.find("w:styleId=\"Table\"");
    if (at == std::string::npos) return;
    // Tables at 10 pt (the body stays 12 pt): nine columns of a handoff table at 12 pt broke
    // every other word. Run properties come before the table properties in a style.
    const auto tbl_pr = styles.find("<w:tblPr>", at);
    if (tbl_pr == std::string::npos) return;
    const std::string size = std::to_string(static_cast<int>(docx::kTableTextPt * 2));
    styles.insert(tbl_pr,
                  "<w:rPr><w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>");
    const auto ind = styles.find("<w:tblInd", at);
    const auto ind_end = ind == std::string::npos ? ind : styles.find("/>", ind);
    if (ind_end == std::string::npos) return;
    const std::string border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"";
    styles.insert(ind_end + 2, "<w:tblBorders><w:top " + border + "/><w:left " + border +
                                   "/><w:bottom " + border + "/><w:right " + border +
                                   "/><w:insideH " + border + "/><w:insideV " + border +
                                   "/></w:tblBorders>");
    const auto first = styles.find("w:type=\"firstRow\"", at);
    const auto tcpr = first == std::string::npos ? first : styles.find("<w:tcPr>", first);
    if (tcpr != std::string::npos) {
        styles.insert(tcpr + 8, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E3EAF2\"/>");
        styles.insert(tcpr, "<w:rPr><w:b/></w:rPr>");
    }
}

// Automatic hyphenation in the document's language (sv-SE: Word's own Swedish patterns,
// LibreOffice's hyphen-sv): a long compound in a narrow column breaks as "Handläg-gande", not
// "Handläggand" / "e". Word wants it right after the default tab stop.
void hyphenate(std::string& settings) {
    if (settings.find("<w:autoHyphenation") != std::string::npos) return;
    const auto tab = settings.find("<w:defaultTabStop");
    if (tab == std::string::npos) return;
    const auto end = settings.find("/>", tab);
    if (end == std::string::npos) return;
    settings.insert(end + 2, "<w:autoHyphenation/>");
}

void post_process(const fs::path& docx, bool own_setup, Lang l,
                  const std::map<std::string, docx::FigureSize>& figures) {
    int err = 0;
    zip_t* z = zip_open(docx.c_str(), 0, &err);
    if (!z)
        throw std::runtime_error(
            t(l, "kunde inte öppna pandocs DOCX", "could not open pandoc's DOCX"));
    std::string doc = zip_read(z, "word/document.xml");
    std::string styles = zip_read(z, "word/styles.xml");
    bool ok = !doc.empty();
    if (ok) {
        set_page_setup(doc, own_setup, figures);
        ok = zip_write(z, "word/document.xml", doc);
    }
    if (ok && own_setup && !styles.empty()) {
        style_tables(styles);
        ok = zip_write(z, "word/styles.xml", styles);
    }
    std::string settings = own_setup ? zip_read(z, "word/settings.xml") : std::string();
    if (ok && !settings.empty()) {
        hyphenate(settings);
        ok = zip_write(z, "word/settings.xml", settings);
    }
    if (!ok || zip_close(z) != 0) {
        zip_discard(z); // on failure zip_close leaves the archive open and unchanged
        throw std::runtime_error(
            t(l, "kunde inte efterbehandla DOCX-filen", "could not post-process the DOCX file"));
    }
}

} // namespace

std::string write_docx(const Model& m, const ReportDocument& doc, const ReportOptions& o,
                       bool odt) {
    const Lang l = doc.lang;
    if (!o.template_path.empty()) {
        std::error_code ec;
        if (!fs::is_regular_file(o.template_path, ec))
            throw std::runtime_error(o.template_path +
                                     t(l, ": mallen finns inte eller är ingen fil",
                                       ": the template does not exist or is not a file"));
        const std::string ext = fs::path(o.template_path).extension().string();
        if (ext != (odt ? ".odt" : ".docx"))
            throw std::runtime_error(o.template_path +
                                     t(l, ": mallen ska vara samma format som rapporten (",
                                       ": the template must be of the report's format (") +
                                     (odt ? ".odt" : ".docx") + ")");
    }
    TempDir tmp;
    // Every diagram again, as PNG pages at 16 cm: crisp in print, placed by their physical size.
    std::vector<std::vector<docx::FigureFile>> figures;
    // DOCX prints wide chapters on landscape pages; ODT (no section breaks) stays portrait.
    const std::vector<bool> landscape = docx::landscape_diagrams(doc);
    int serial = 0;
    for (const auto& s : doc.sections)
        for (const auto& b : s.blocks) {
            const auto* d = std::get_if<Diagram>(&b);
            if (!d) continue;
            figures.emplace_back();
            if (d->svg.empty()) continue;
            ExportOptions eo;
            const std::size_t index = figures.size() - 1;
            eo.paper = !odt && index < landscape.size() && landscape[index]
                           ? Paper::TextWidthLandscape
                           : Paper::TextWidth;
            eo.show_title_and_date = false;
            eo.dpi = o.figure_dpi;
            const ExportResult r = export_diagram(m, d->view, Format::Png, eo);
            if (!r.ok) continue;
            for (std::size_t i = 0; i < r.pages.size(); ++i) {
                docx::FigureFile f;
                f.file = "figur-" + std::to_string(++serial) + ".png";
                std::ofstream(tmp.path / f.file, std::ios::binary) << r.pages[i];
                int pw = 0, ph = 0;
                if (png_size(r.pages[i], pw, ph)) {
                    f.width_cm = pw * 2.54 / eo.dpi;
                    f.height_cm = ph * 2.54 / eo.dpi;
                }
                f.caption = d->title;
                if (r.pages.size() > 1 && i < r.page_parts.size() && !r.page_parts[i].empty())
                    f.caption += " – " + r.page_parts[i];
                figures.back().push_back(f);
            }
        }
    const std::string json = docx::pandoc_json(doc, figures, !odt);
    const fs::path out = tmp.path / (odt ? "rapport.odt" : "rapport.docx");
    std::vector<std::string> args = {"pandoc", "--from=json", odt ? "--to=odt" : "--to=docx",
                                     "--resource-path=" + tmp.path.string(),
                                     "--output=" + out.string()};
    if (!o.template_path.empty()) args.push_back("--reference-doc=" + o.template_path);
    const ProcessResult pr = run_process(args, json, 120);
    if (!pr.started)
        throw std::runtime_error(t(l,
                                   "pandoc hittades inte – installera Debian-paketet pandoc för "
                                   "rapporter i Word- och OpenDocument-format",
                                   "pandoc was not found – install the Debian package pandoc for "
                                   "Word and OpenDocument reports"));
    if (pr.exit_code != 0)
        throw std::runtime_error("pandoc: " + (pr.err.empty()
                                                   ? t(l, "avslutades med fel", "failed")
                                                   : pr.err.substr(0, pr.err.find('\n'))));
    if (!odt) {
        std::map<std::string, docx::FigureSize> sizes;
        for (const auto& pages : figures)
            for (const auto& f : pages)
                sizes[f.file] = {f.width_cm, f.height_cm};
        post_process(out, o.template_path.empty(), l, sizes);
    }
    const std::string bytes = read_file(out);
    if (bytes.empty())
        throw std::runtime_error(t(l, "pandoc skrev ingen fil", "pandoc wrote no file"));
    return bytes;
}

} // namespace skm::exports
