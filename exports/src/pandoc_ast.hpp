#pragma once
// The report as a pandoc document (pandoc's JSON AST, API 1.22 as in Debian 12's pandoc 2.17):
// real headings, tables with header rows, captioned figures and raw OpenXML section breaks.
// Pandoc turns it into DOCX or ODT; we never write OOXML ourselves beyond the section breaks.
#include "skm/report.hpp"

#include <string>
#include <vector>

namespace skm::exports::docx {

// A figure page already drawn as a PNG file in pandoc's resource folder.
struct FigureFile {
    std::string file; // name within the resource folder
    double width_cm = 16, height_cm = 10;
    std::string caption;
};

// Placeholders the post-processing replaces with the template's own page setup, turned to
// portrait or landscape: each ends the section before it.
inline constexpr const char* kPortraitBreak = "SKM-SECTION-PORTRAIT";
inline constexpr const char* kLandscapeBreak = "SKM-SECTION-LANDSCAPE";
inline constexpr const char* kEndsLandscape = "SKM-ENDS-LANDSCAPE";

// `figures[i]` are the pages of the i-th diagram in reading order. `landscape_breaks` adds the
// OpenXML section breaks (DOCX only; ODT has no such raw blocks).
std::string pandoc_json(const ReportDocument& doc,
                        const std::vector<std::vector<FigureFile>>& figures, bool landscape_breaks);

// Wide tables print on a landscape page.
bool is_wide(const Table& t);

// For each diagram in reading order: does it print in a landscape chapter (so its figure is
// drawn for the landscape text area)?
std::vector<bool> landscape_diagrams(const ReportDocument& doc);

} // namespace skm::exports::docx
