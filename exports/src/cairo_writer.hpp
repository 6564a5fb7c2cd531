#pragma once
// Draws figure scenes through cairo: a PDF (one page per scene, fonts embedded, title and
// language in the document) and a PNG at a given resolution that says its DPI (a pHYs chunk).
#include "figure_scene.hpp"

#include <string>
#include <vector>

namespace skm::exports::figure {

// Empty string on failure, with `error` set.
std::string write_pdf(const std::vector<Scene>& pages, const std::string& title,
                      const std::string& lang, std::string& error);
std::string write_png(const Scene& page, int dpi, std::string& error);

// File-format details, public for their tests.
std::string png_with_dpi(const std::string& png, int dpi); // inserts or replaces pHYs
std::string pdf_with_lang(const std::string& pdf, const std::string& lang); // incremental update

} // namespace skm::exports::figure
