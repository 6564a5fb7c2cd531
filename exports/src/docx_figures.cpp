// pandoc shrinks every picture wider than the text width of its own default page (about
// 14.8 cm) to that width, whatever the page the document will have: the report's 16 cm
// figures printed at 93 % (8 pt labels at 7.4 pt) and the 24.7 cm figures of landscape chapters
// at 60 %. The figures are drawn for their page at their real size, so we give each picture
// back the size it was drawn for: both extents of its drawing (the inline's and the shape's).
#include "docx_figures.hpp"

#include <cmath>

namespace skm::exports::docx {
namespace {

constexpr double kEmuPerCm = 360000;

// Replaces the cx/cy of the first `tag` element in [from, to) of `xml`.
void set_extent(std::string& xml, std::size_t from, std::size_t to, const char* tag, long cx,
                long cy) {
    const auto at = xml.find(tag, from);
    if (at == std::string::npos || at >= to) return;
    const auto end = xml.find("/>", at);
    if (end == std::string::npos || end >= to) return;
    xml.replace(at, end - at,
                std::string(tag) + "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) +
                    "\" ");
}

} // namespace

int size_figures(std::string& xml, const std::map<std::string, FigureSize>& sizes,
                 double portrait_cm, double landscape_cm) {
    int sized = 0;
    for (auto at = xml.find("<w:drawing>"); at != std::string::npos;
         at = xml.find("<w:drawing>", at + 1)) {
        const auto end = xml.find("</w:drawing>", at);
        if (end == std::string::npos) break;
        const auto name_at = xml.find("<pic:cNvPr descr=\"", at);
        if (name_at == std::string::npos || name_at > end) continue;
        const auto name_from = name_at + 18;
        const std::string name = xml.substr(name_from, xml.find('"', name_from) - name_from);
        const auto it = sizes.find(name);
        if (it == sizes.end() || it->second.width_cm <= 0 || it->second.height_cm <= 0) continue;
        // A template's narrower text shrinks a figure to fit it (a landscape page's figure is
        // the one wider than a portrait page's text).
        const FigureSize& f = it->second;
        const double room = f.width_cm > portrait_cm + 0.05 ? landscape_cm : portrait_cm;
        const double k = room > 0 && f.width_cm > room ? room / f.width_cm : 1.0;
        const long cx = std::lround(f.width_cm * k * kEmuPerCm),
                   cy = std::lround(f.height_cm * k * kEmuPerCm);
        // The shape's extent first: it lies after the inline's, so replacing it leaves the
        // inline's position as it was.
        set_extent(xml, at, xml.find("</w:drawing>", at), "<a:ext ", cx, cy);
        set_extent(xml, at, xml.find("</w:drawing>", at), "<wp:extent ", cx, cy);
        ++sized;
    }
    return sized;
}

} // namespace skm::exports::docx
