// The report as one self-contained, printable HTML file: inline CSS and SVG, no external
// resources, every piece of user text escaped.
#include "report_labels.hpp"
#include "skm/report.hpp"

#include <cstdlib>
#include <sstream>

namespace skm::exports {
namespace {

using report::tr;

const char* const kStyle = R"css(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.4; color: #1b1f24; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 22pt; margin: 0 0 .8rem; }
h2 { font-size: 15pt; border-bottom: 2px solid #2d4f7c; padding-bottom: 2px; margin-top: 2rem; }
h3 { font-size: 12pt; margin: 1.4rem 0 .4rem; }
.doc-kind { text-transform: uppercase; letter-spacing: .08em; color: #2d4f7c; font-size: 9pt; margin-top: 3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 1rem 0 2rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
nav.toc ol { padding-left: 1.4rem; }
nav.toc a { color: #1b1f24; }
p.legend { font-size: 9pt; color: #444; border-top: 1px solid #ccc; padding-top: .5rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1.2rem; font-size: 9pt; }
table.wide { font-size: 8pt; }
caption { text-align: left; font-weight: bold; padding: 2px 0 4px; }
th, td { border: 1px solid #b5bac3; padding: 3px 5px; vertical-align: top; text-align: left;
         overflow-wrap: break-word; hyphens: auto; }
thead th { background: #e4e9f1; }
table.t-findings td:first-child { white-space: nowrap; }
table.kv th { width: 30%; background: #f3f5f8; font-weight: normal; }
.unknown { color: #8a4a00; font-style: italic; }
.none { color: #4a5058; }
p.note { border-left: 4px solid #c77800; background: #fff5e3; padding: .4rem .6rem; }
figure.diagram { margin: .6rem 0 1rem; }
figure.diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figure.diagram figcaption { font-size: 9pt; color: #444; text-align: center; }
@page { size: A4; margin: 15mm 13mm; }
@page wide { size: A4 landscape; margin: 12mm 13mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  header.title-page { break-after: page; page-break-after: always; }
  section.chapter { break-before: page; page-break-before: always; }
  section.chapter.landscape { page: wide; }
  section.part.keep { break-inside: avoid; page-break-inside: avoid; }
  thead, caption { break-after: avoid; page-break-after: avoid; }
  tbody tr:first-child { break-before: avoid; page-break-before: avoid; }
  thead { display: table-header-group; }
  tr, figure.diagram { break-inside: avoid; page-break-inside: avoid; }
  table.kv { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  figure.diagram svg { max-height: 21cm; }
  section.chapter.landscape figure.diagram svg { max-height: 13.5cm; }
  nav.toc a { text-decoration: none; }
}
)css";

// User text; a line break in it stays a line break.
std::string text(std::string_view t) {
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = t.find('\n', start);
        out += escape_html(
            t.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) break;
        out += "<br>";
        start = nl + 1;
    }
    return out;
}

std::string item_html(const Item& it) {
    std::string cls;
    if (it.state == CellState::Unknown)
        cls = "unknown";
    else if (it.state == CellState::None)
        cls = "none";
    if (cls.empty() && it.id.empty()) return text(it.text);
    std::string out = "<span";
    if (!cls.empty()) out += " class=\"" + cls + "\"";
    if (!it.id.empty()) out += " title=\"id: " + escape_html(it.id) + "\"";
    return out + ">" + text(it.text) + "</span>";
}

std::string cell_html(const Cell& cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (i) out += "<br>";
        out += item_html(cell[i]);
    }
    return out;
}

void write_table(std::ostream& os, const Table& t) {
    os << "<table class=\"" << (t.key_value ? "kv" : t.headers.size() > 6 ? "grid wide" : "grid");
    if (!t.kind.empty()) os << " t-" << escape_html(t.kind);
    os << "\">\n";
    // A key/value table sits under the heading that names its element; a caption would repeat it.
    if (!t.caption.empty() && !t.key_value) os << "<caption>" << text(t.caption) << "</caption>\n";
    if (!t.key_value) {
        os << "<thead><tr>";
        for (const auto& h : t.headers)
            os << "<th scope=\"col\">" << text(h) << "</th>";
        os << "</tr></thead>\n";
    }
    os << "<tbody>\n";
    for (const auto& row : t.rows) {
        os << "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool head = t.key_value && i == 0;
            os << (head ? "<th scope=\"row\">" : "<td>") << cell_html(row[i])
               << (head ? "</th>" : "</td>");
        }
        os << "</tr>\n";
    }
    os << "</tbody>\n</table>\n";
}

void write_block(std::ostream& os, const Block& b) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
        os << (p->note ? "<p class=\"note\">" : "<p>") << text(p->text) << "</p>\n";
    } else if (const auto* t = std::get_if<Table>(&b)) {
        if (!t->sheet_only) write_table(os, *t);
    } else if (const auto* d = std::get_if<Diagram>(&b)) {
        if (d->svg.empty()) {
            os << "<p class=\"note\">" << text(d->note) << "</p>\n";
        } else {
            // The SVGs passed sanitize_svg(); they are markup by design, so they are not escaped.
            const std::size_t pages = 1 + d->more.size();
            for (std::size_t i = 0; i < pages; ++i) {
                std::string caption = d->title;
                if (pages > 1 && i < d->parts.size() && !d->parts[i].empty())
                    caption += " – " + d->parts[i];
                // A continued page is its own figure, marked so it is not counted as a diagram.
                os << (i == 0 ? "<figure class=\"diagram\""
                              : "<figure class=\"diagram diagram-continued\"")
                   << " role=\"group\" aria-label=\"" << escape_html(caption) << "\">\n"
                   << (i == 0 ? d->svg : d->more[i - 1]) << "\n<figcaption>" << text(caption)
                   << "</figcaption>\n</figure>\n";
            }
        }
    }
}

// The number in an SVG length such as "412pt"; 0 when there is none.
double svg_length(const std::string& svg, const std::string& attr) {
    const std::size_t tag_end = svg.find('>');
    const std::size_t at = svg.find(" " + attr + "=\"");
    if (at == std::string::npos || at > tag_end) return 0;
    return std::atof(svg.c_str() + at + attr.size() + 3);
}

// Wide tables and wide pictures print on landscape pages.
bool needs_landscape(const Block& b) {
    if (const auto* t = std::get_if<Table>(&b))
        return !t->sheet_only && !t->key_value && (t->wide || t->headers.size() >= 6);
    if (const auto* d = std::get_if<Diagram>(&b); d && !d->svg.empty())
        return svg_length(d->svg, "width") > 1.2 * svg_length(d->svg, "height");
    return false;
}

void write_title_page(std::ostream& os, const ReportDocument& doc) {
    const Lang l = doc.lang;
    os << "<header class=\"title-page\">\n<p class=\"doc-kind\">"
       << tr(l, "Samverkanskarta – underlag till styrdokument",
             "Collaboration map – material for governing documents")
       << "</p>\n<h1>" << text(doc.title) << "</h1>\n<dl class=\"facts\">\n";
    for (const auto& [label, value] : doc.facts)
        os << "<dt>" << text(label) << "</dt><dd>" << cell_html(value) << "</dd>\n";
    os << "</dl>\n<nav class=\"toc\" aria-label=\"" << tr(l, "Innehåll", "Contents") << "\">\n<h2>"
       << tr(l, "Innehåll", "Contents") << "</h2>\n<ol>\n";
    for (const auto& s : doc.sections)
        if (s.level == 2)
            os << "<li><a href=\"#" << escape_html(s.anchor) << "\">" << text(s.title)
               << "</a></li>\n";
    os << "</ol>\n</nav>\n<p class=\"legend\">"
       << tr(l,
             "<span class=\"unknown\">uppgift saknas</span> betyder att modellen inte säger något "
             "om saken – en dokumentationsbrist. <span class=\"none\">ingen</span> eller "
             "<span class=\"none\">inget</span> betyder att det är beskrivet att den saknas. "
             "Håll muspekaren över ett namn för att se elementets id.",
             "<span class=\"unknown\">not stated</span> means the model says nothing about it – a "
             "documentation gap. <span class=\"none\">none</span> means it is described as absent. "
             "Hover over a name to see the element's id.")
       << "</p>\n</header>\n";
}

} // namespace

std::string write_html(const ReportDocument& doc) {
    std::ostringstream os;
    const Lang l = doc.lang;
    os << "<!DOCTYPE html>\n<html lang=\"" << (l == Lang::Sv ? "sv" : "en") << "\">\n<head>\n"
       << "<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<meta name=\"generator\" content=\"Samverkanskartan\">\n"
       << "<title>" << text(doc.title) << " – "
       << tr(l, "samverkansrapport", "collaboration report") << "</title>\n<style>" << kStyle
       << "</style>\n</head>\n<body>\n";
    write_title_page(os, doc);
    const auto& secs = doc.sections;
    for (std::size_t i = 0; i < secs.size();) {
        // A chapter is its level-2 section and the parts up to the next chapter.
        std::size_t end = i + 1;
        while (end < secs.size() && secs[end].level > 2)
            ++end;
        bool landscape = false;
        for (std::size_t k = i; k < end; ++k)
            for (const auto& b : secs[k].blocks)
                landscape = landscape || needs_landscape(b);
        os << "<section class=\"chapter" << (landscape ? " landscape" : "") << "\" id=\""
           << escape_html(secs[i].anchor) << "\">\n<h2>" << text(secs[i].title) << "</h2>\n";
        for (const auto& b : secs[i].blocks)
            write_block(os, b);
        for (std::size_t k = i + 1; k < end; ++k) {
            bool keep = true; // a short part stays on one page; one with a picture may not fit
            for (const auto& b : secs[k].blocks)
                keep = keep && !std::holds_alternative<Diagram>(b);
            os << "<section class=\"part" << (keep ? " keep" : "") << "\" id=\""
               << escape_html(secs[k].anchor) << "\">\n<h3";
            if (!secs[k].element.empty())
                os << " title=\"id: " << escape_html(secs[k].element) << "\"";
            os << ">" << text(secs[k].title) << "</h3>\n";
            for (const auto& b : secs[k].blocks)
                write_block(os, b);
            os << "</section>\n";
        }
        os << "</section>\n";
        i = end;
    }
    os << "</body>\n</html>\n";
    return os.str();
}

} // namespace skm::exports
