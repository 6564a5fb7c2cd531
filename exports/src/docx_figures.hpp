#pragma once
// Figure sizes in pandoc's DOCX (see docx_figures.cpp).
#include <map>
#include <string>

namespace skm::exports::docx {

struct FigureSize {
    double width_cm = 0, height_cm = 0;
};

// Sets each picture whose file name (pandoc's cNvPr descr) is in `sizes` to that size, shrunk
// to the text width of its page (`portrait_cm`, or `landscape_cm` for a figure wider than a
// portrait page's text) when that is narrower. Returns how many pictures were sized.
int size_figures(std::string& xml, const std::map<std::string, FigureSize>& sizes,
                 double portrait_cm, double landscape_cm);

} // namespace skm::exports::docx
