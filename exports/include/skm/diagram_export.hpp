#pragma once
// Diagram exports of one view of a model: SVG, PDF and PNG drawn by our own writers from the
// laid-out render::Geometry (the same geometry the editor draws), and DOT. Figures are sized for
// where they go (A4/A3 in either orientation, a 16 cm text width, a 16:9 slide); no text is ever
// printed below a legible size: a map that cannot fit is split into several pages.
#include "skm/export_format.hpp"
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <string>
#include <vector>

namespace skm::exports {

// TextWidth: a figure across a portrait Word page's text (16 cm); TextWidthLandscape: across a
// landscape page's (24.7 cm), for the report's wide chapters.
enum class Paper { A4, A3, TextWidth, TextWidthLandscape, Slide };
// "a4", "a3", "text-width" (also "textwidth"), "slide". False for anything else.
bool parse_paper(const std::string& s, Paper& out);

struct ExportOptions {
    Paper paper = Paper::A4;
    bool landscape = true;           // A4/A3 only; text width and slide have one shape
    int dpi = 300;                   // PNG
    std::string title;               // empty: the model name and the view's name
    bool show_title_and_date = true; // the heading (fixed size); false = --no-heading
    // The "printed" date in a PDF heading; empty: today. (SVG and PNG carry no printing date, so
    // the same model gives the same bytes.)
    std::string printed_date;
    // Layout runs in the skm-layout-worker process when it can be found, otherwise in this
    // process. The editor sets this to false: then a missing worker is an error instead of
    // Graphviz running (and possibly crashing) inside it.
    bool allow_in_process = true;
    double timeout_seconds = 60;
};

struct ExportResult {
    bool ok = false;
    std::string error;       // when !ok
    bool empty_view = false; // !ok because the view has nothing to draw (the CLI exits 2)
    std::string bytes;       // the file: the whole PDF; SVG/PNG: the first page
    // SVG and PNG: one file per page (pages[0] == bytes). PDF and DOT: just `bytes`.
    std::vector<std::string> pages;
    int page_count = 0;
    std::vector<std::string> page_parts; // per page: "Del 2 av 4", "Nivå: …", or ""
    double smallest_text_pt = 0;         // the smallest text drawn on any page, in printed points
};

ExportResult export_diagram(const Model& m, const render::ViewSpec& view, Format format,
                            const ExportOptions& options = {},
                            const CheckResult* findings = nullptr);

// Writes the export to `path` (see write_output: refuses a model file, writes devices and
// symlink targets in place). Several pages of SVG/PNG go to NAME-1.svg, NAME-2.svg, …
ExportResult export_diagram_to_file(const Model& m, const render::ViewSpec& view, Format format,
                                    const std::string& path, const ExportOptions& options = {},
                                    const CheckResult* findings = nullptr);

// The file names export_diagram_to_file writes for `pages` pages of `path`.
std::vector<std::string> page_file_names(const std::string& path, int pages);

} // namespace skm::exports
