// pandoc writes each table at 100 % width but with grid columns summed to its own assumed text
// width (5.5 in) and empty cell properties. Word then autofits; LibreOffice keeps the grid, so
// the Östermalm report's tables used half of the page and broke "Familjeenheten" inside the
// word. We give every table its section's real text width (portrait or landscape), in the
// proportions pandoc_ast chose from the column contents.
#include "docx_tables.hpp"

#include "pandoc_ast.hpp"

#include <cmath>
#include <cstdlib>
#include <vector>

namespace skm::exports::docx {
namespace {

int attr_int(const std::string& tag, const char* name) {
    const std::string key = std::string(name) + "=\"";
    const auto at = tag.find(key);
    if (at == std::string::npos) return 0;
    return std::atoi(tag.c_str() + at + key.size());
}

std::string tag_at(const std::string& xml, std::size_t at) {
    const auto end = xml.find('>', at);
    return end == std::string::npos ? std::string() : xml.substr(at, end + 1 - at);
}

// Is the section the table at `at` lies in landscape? Its section ends at the next section
// marker; after the last marker, the document's own end decides.
bool in_landscape(const std::string& xml, std::size_t at) {
    const auto p = xml.find(kPortraitBreak, at), l = xml.find(kLandscapeBreak, at);
    if (p == std::string::npos && l == std::string::npos)
        return xml.find(std::string("<!--") + kEndsLandscape + "-->") != std::string::npos;
    return l < p;
}

// The table's own grid, scaled to `width`; the cells' widths in column order.
std::string fitted_table(const std::string& tbl, int width) {
    const auto grid_at = tbl.find("<w:tblGrid>"), grid_end = tbl.find("</w:tblGrid>");
    if (grid_at == std::string::npos || grid_end == std::string::npos) return tbl;
    std::vector<double> cols;
    for (auto p = tbl.find("<w:gridCol", grid_at); p != std::string::npos && p < grid_end;
         p = tbl.find("<w:gridCol", p + 1))
        cols.push_back(attr_int(tag_at(tbl, p), "w:w"));
    double sum = 0;
    for (double c : cols)
        sum += c;
    if (cols.empty() || sum <= 0) return tbl;
    std::vector<int> twips;
    int used = 0;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        // The last column takes the rounding rest, so the columns add up to the text width.
        const int w = i + 1 == cols.size() ? width - used
                                           : static_cast<int>(std::lround(cols[i] / sum * width));
        twips.push_back(w);
        used += w;
    }
    std::string grid = "<w:tblGrid>";
    for (int w : twips)
        grid += "<w:gridCol w:w=\"" + std::to_string(w) + "\" />";
    std::string out = tbl.substr(0, grid_at) + grid + tbl.substr(grid_end);

    // Fixed layout and a width in twips instead of pandoc's percentage.
    const auto pr_end = out.find("</w:tblPr>");
    if (pr_end != std::string::npos && out.find("<w:tblLayout") > pr_end) {
        const auto tw = out.find("<w:tblW ");
        if (tw != std::string::npos && tw < pr_end) {
            const auto tw_end = out.find("/>", tw);
            out.replace(tw, tw_end + 2 - tw,
                        "<w:tblW w:type=\"dxa\" w:w=\"" + std::to_string(width) +
                            "\" /><w:tblLayout w:type=\"fixed\" />");
        }
    }
    // Cells in column order (a merged cell spans its columns' widths).
    const bool merged = out.find("<w:gridSpan") != std::string::npos;
    if (merged) return out;
    std::string cells;
    cells.reserve(out.size() + 64 * twips.size());
    std::size_t from = 0, col = 0;
    for (auto p = out.find("<w:t", from); p != std::string::npos; p = out.find("<w:t", from)) {
        const std::string tag = tag_at(out, p);
        if (tag.rfind("<w:tr>", 0) == 0 || tag.rfind("<w:tr ", 0) == 0) {
            col = 0;
        } else if ((tag == "<w:tc>" || tag.rfind("<w:tc ", 0) == 0) && col < twips.size()) {
            const auto pr = out.find("<w:tcPr", p);
            if (pr != std::string::npos && pr == p + tag.size()) {
                const std::string pr_tag = tag_at(out, pr);
                const std::string width_tag =
                    "<w:tcW w:w=\"" + std::to_string(twips[col]) + "\" w:type=\"dxa\" />";
                cells.append(out, from, pr - from);
                if (pr_tag == "<w:tcPr />" || pr_tag == "<w:tcPr/>")
                    cells += "<w:tcPr>" + width_tag + "</w:tcPr>";
                else if (pr_tag == "<w:tcPr>" && out.compare(pr + pr_tag.size(), 6, "<w:tcW") != 0)
                    cells += pr_tag + width_tag;
                else
                    cells += pr_tag; // a width of its own stays
                from = pr + pr_tag.size();
                ++col;
                continue;
            }
            ++col;
        }
        cells.append(out, from, p + 1 - from);
        from = p + 1;
    }
    cells.append(out, from, std::string::npos);
    return cells;
}

} // namespace

int text_width_twips(const std::string& sect) {
    const auto sz = sect.find("<w:pgSz"), mar = sect.find("<w:pgMar");
    if (sz == std::string::npos) return 0;
    const int w = attr_int(tag_at(sect, sz), "w:w");
    const std::string m = mar == std::string::npos ? std::string() : tag_at(sect, mar);
    const int width = w - attr_int(m, "w:left") - attr_int(m, "w:right");
    return width > 0 ? width : 0;
}

void fit_tables(std::string& xml, int portrait_width, int landscape_width) {
    if (portrait_width <= 0 || landscape_width <= 0) return;
    std::string out;
    out.reserve(xml.size() + xml.size() / 8);
    std::size_t from = 0;
    for (auto at = xml.find("<w:tbl>"); at != std::string::npos; at = xml.find("<w:tbl>", from)) {
        const auto end = xml.find("</w:tbl>", at);
        if (end == std::string::npos) break;
        // pandoc does not nest tables in ours; a nested one would end the outer table early,
        // and is then left as pandoc wrote it.
        const std::string tbl = xml.substr(at, end + 8 - at);
        const bool nested = tbl.find("<w:tbl>", 7) != std::string::npos;
        out.append(xml, from, at - from);
        out += nested
                   ? tbl
                   : fitted_table(tbl, in_landscape(xml, end) ? landscape_width : portrait_width);
        from = end + 8;
    }
    out.append(xml, from, std::string::npos);
    xml = std::move(out);
}

} // namespace skm::exports::docx
