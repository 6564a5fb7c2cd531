#pragma once
// The governing-document report (domain.md §4.2): the artefacts a municipality puts into its
// samverkansöverenskommelse, as one printable HTML document or as Markdown.
//
// The report is built in two steps. build_report() turns a model and its findings into a
// format-neutral ReportDocument (sections, tables, diagrams), and the writers turn that into
// HTML or Markdown. Tests check the document's rows directly, and both writers escape every piece
// of user text in one place.
#include "skm/diagram_export.hpp"
#include "skm/lang.hpp"
#include "skm/model.hpp"
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace skm::exports {

// Unknown ("uppgift saknas") and explicitly none ("ingen") must look different to a reader:
// the first is a documentation gap, the second a decision.
enum class CellState { Value, Unknown, None };

// One line of a table cell. `id` is the element the text names (shown as a tooltip in HTML).
struct Item {
    std::string text;
    Id id;
    CellState state = CellState::Value;
};
using Cell = std::vector<Item>; // one item per line

struct Paragraph {
    std::string text;
    bool note = false; // a remark about the report itself (e.g. a diagram that could not be drawn)
};

struct Table {
    std::string caption;
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;
    std::vector<Id> row_ids; // the element each row is about ("" for none), parallel to rows
    bool key_value = false;  // a two-column field/value table describing one element
    std::string kind;        // what the table is, for styling: "findings", "handoffs", …
    bool sheet_only = false; // only in the spreadsheet and CSV exports (e.g. one row per member)
    bool wide = false;       // prints on a landscape page (Word, OpenDocument, HTML print)
};

// An inline SVG, or the reason there is none. The SVG has passed sanitize_svg(). A map too large
// for one legible page comes in several parts (`more`), each with its own note of what continues
// where.
struct Diagram {
    std::string title;
    std::string svg;
    std::string note;               // when svg is empty: why
    std::vector<std::string> more;  // pages 2, 3, … (sanitized SVG)
    std::vector<std::string> parts; // per page: "Del 2 av 4", "Nivå: …", or ""
    render::ViewSpec view;          // what was drawn (the Word writer draws it again as PNG)
};

using Block = std::variant<Paragraph, Table, Diagram>;

struct Section {
    int level = 2;      // 2 = a chapter, 3 = a part of one
    std::string anchor; // stable, unique in the document: "forums", "forum-F-LGS"
    std::string title;
    Id element; // the element a level-3 section describes, if any
    std::vector<Block> blocks;
};

struct ReportDocument {
    Lang lang = Lang::Sv;
    std::string title;
    std::vector<std::pair<std::string, Cell>> facts; // title-page facts: label → value
    std::vector<Section> sections;                   // in reading order
    const Section* find(const std::string& anchor) const;
};

// Draws one view as SVG. Injected so a missing or failing renderer shows as a note in the report.
using DiagramSource = std::function<ExportResult(const Model&, const render::ViewSpec&)>;

struct ReportOptions {
    Lang lang = Lang::Sv;
    // The "generated" date on the title page. Unknown: the model's snapshot date, so the same
    // model always gives the same bytes.
    Maybe<Date> date;
    DiagramSource diagrams; // empty: default_diagram_source()
    // Word/OpenDocument: a reference document whose styles, page setup, headers and footers the
    // report takes over (pandoc's --reference-doc). Empty: our own A4 setup.
    std::string template_path;
    int figure_dpi = 300; // Word/OpenDocument figures (PNG, 16 cm wide)
    // "Förändringar sedan …": an older version of the map to compare with (skm/versions.hpp),
    // and the file it came from, which names it when its title and date do not tell it apart.
    // Null: the report has no such section.
    std::shared_ptr<const Model> since;
    std::string since_file;
};

// What "Förändringar sedan …" calls the older version: "version 2 (2014-06-01)" when its version
// differs, else a different name with its date, else its date when that differs, else the name of
// its file.
std::string since_name(const Model& now, const Model& since, const std::string& since_file);

// SVG through export_diagram(), cleaned by sanitize_svg().
DiagramSource default_diagram_source();

ReportDocument build_report(const Model& m, const CheckResult& findings, const ReportOptions& o);

std::string write_html(const ReportDocument& doc);
std::string write_markdown(const ReportDocument& doc);

enum class ReportFormat { Html, Markdown, Docx, Odt, Xlsx };
// From the output file's extension: .html/.htm, .md/.markdown, .docx, .odt or .xlsx. False for
// anything else.
bool report_format_for_path(const std::string& path, ReportFormat& out);

// Word and OpenDocument through pandoc (a Debian package, run as a separate program): heading
// styles, real tables with repeated header rows, landscape sections for wide tables, captioned
// figures, Swedish language. Throws std::runtime_error naming what failed (pandoc missing …).
std::string write_docx(const Model& m, const ReportDocument& doc, const ReportOptions& o,
                       bool odt = false);

// Every table of the report as a sheet (libxlsxwriter): header row frozen, widths set.
// Throws std::runtime_error when the workbook cannot be written.
std::string write_xlsx(const ReportDocument& doc);

// The same tables as CSV (UTF-8 with a byte order mark, so Excel reads å, ä, ö): file name →
// content, names numbered in report order ("01-forum.csv").
std::vector<std::pair<std::string, std::string>> write_csv_tables(const ReportDocument& doc);

// The tables a spreadsheet gets, with unique sheet names (at most 31 characters).
std::vector<std::pair<std::string, const Table*>> sheet_tables(const ReportDocument& doc);

// The annual cycle (årshjul) as an iCalendar file: forum meetings by frequency, follow-ups,
// reviews, validity ends and planned changes over twelve months from the snapshot date.
std::string write_ics(const Model& m, Lang lang);

// Runs the rules and writes the whole report in one call (any format; DOCX/ODT/XLSX are bytes).
std::string make_report(const Model& m, ReportFormat format, const ReportOptions& o);

// Escaping, public so it can be tested on its own.
std::string escape_html(std::string_view text);     // & < > " '
std::string escape_markdown(std::string_view text); // Markdown syntax and HTML, single line
// Keeps only the <svg> element; returns "" when it holds anything that could run or load
// something (script, foreignObject, event handlers, javascript: or external references).
// Every id and local reference gets `id_prefix`, so several SVGs can share one HTML page.
std::string sanitize_svg(std::string_view svg, std::string_view id_prefix = {});

} // namespace skm::exports
