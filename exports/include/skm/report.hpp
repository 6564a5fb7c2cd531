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
};

// An inline SVG, or the reason there is none. The SVG has passed sanitize_svg().
struct Diagram {
    std::string title;
    std::string svg;
    std::string note; // when svg is empty: why
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
};

// SVG through export_diagram(), cleaned by sanitize_svg().
DiagramSource default_diagram_source();

ReportDocument build_report(const Model& m, const CheckResult& findings, const ReportOptions& o);

std::string write_html(const ReportDocument& doc);
std::string write_markdown(const ReportDocument& doc);

enum class ReportFormat { Html, Markdown };
// From the output file's extension: .html/.htm or .md/.markdown. False for anything else.
bool report_format_for_path(const std::string& path, ReportFormat& out);

// Runs the rules and writes the whole report in one call.
std::string make_report(const Model& m, ReportFormat format, const ReportOptions& o);

// Escaping, public so it can be tested on its own.
std::string escape_html(std::string_view text);     // & < > " '
std::string escape_markdown(std::string_view text); // Markdown syntax and HTML, single line
// Keeps only the <svg> element; returns "" when it holds anything that could run or load
// something (script, foreignObject, event handlers, javascript: or external references).
// Every id and local reference gets `id_prefix`, so several SVGs can share one HTML page.
std::string sanitize_svg(std::string_view svg, std::string_view id_prefix = {});

} // namespace skm::exports
