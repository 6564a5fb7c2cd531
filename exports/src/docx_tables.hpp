#pragma once
// Table widths in pandoc's DOCX (see docx_tables.cpp).
#include <string>

namespace skm::exports::docx {

// The text width (twips) of a section whose page setup is `sect` (a <w:sectPr> element): the
// page's width less its left and right margins; 0 when it says neither.
int text_width_twips(const std::string& sect);

// Every table in `xml` (word/document.xml, with the section markers of pandoc_ast still in
// place) is made as wide as the text of its section: its grid columns are scaled to that
// width, each cell gets its column's width, and the layout is fixed so that Word and
// LibreOffice both keep our column proportions.
void fit_tables(std::string& xml, int portrait_width, int landscape_width);

} // namespace skm::exports::docx
