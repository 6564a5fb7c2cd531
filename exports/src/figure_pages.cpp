#include "figure_pages.hpp"

#include "text_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace skm::exports::figure {
namespace {

constexpr double kMm = 72.0 / 25.4;

void grow(Rect& r, bool& any, double x0, double y0, double x1, double y1) {
    if (!any) {
        r = {x0, y0, x1 - x0, y1 - y0};
        any = true;
        return;
    }
    const double rx1 = std::max(r.x + r.w, x1), ry1 = std::max(r.y + r.h, y1);
    r.x = std::min(r.x, x0);
    r.y = std::min(r.y, y0);
    r.w = rx1 - r.x;
    r.h = ry1 - r.y;
}

std::string tr(Lang l, const char* sv, const char* en) {
    return l == Lang::Sv ? sv : en;
}

// Is x free of node boxes (and edge labels) along the whole height? Then a page may end there.
bool free_cut(const render::Geometry& g, double x, bool vertical_cut) {
    const double pad = 4;
    for (const auto& n : g.nodes) {
        const double a = vertical_cut ? n.box.x : n.box.y;
        const double len = vertical_cut ? n.box.w : n.box.h;
        if (x > a - pad && x < a + len + pad) return false;
    }
    for (const auto& e : g.edges) {
        if (!e.label_box.empty()) {
            const double a = vertical_cut ? e.label_box.x : e.label_box.y;
            const double len = vertical_cut ? e.label_box.w : e.label_box.h;
            if (x > a - pad && x < a + len + pad) return false;
            continue;
        }
        if (e.label.empty()) continue;
        const double half = vertical_cut ? text_width(e.label, kEdgeLabelSize) / 2 + pad : 10;
        const double c = vertical_cut ? e.label_pos.x : e.label_pos.y;
        if (x > c - half && x < c + half) return false;
    }
    return true;
}

// Cuts [from, to] into pieces of at most `piece`, ending each piece between nodes when a free
// position lies in its last half.
std::vector<double> cuts(const render::Geometry& g, double from, double to, double piece,
                         bool vertical_cut) {
    std::vector<double> out{from};
    double left = from;
    while (to - left > piece + 0.5) {
        double cut = left + piece;
        for (double x = left + piece; x > left + piece * 0.5; x -= 2)
            if (free_cut(g, x, vertical_cut)) {
                cut = x;
                break;
            }
        out.push_back(cut);
        left = cut;
    }
    out.push_back(to);
    return out;
}

} // namespace

const render::GeoCluster* continued_band(const render::Geometry& g, double y) {
    // A band counts as cut when some of it lies above the page and a real part of it below
    // (not just its bottom padding).
    for (const auto& c : g.clusters)
        if (c.kind == render::ClusterKind::Band && c.box.y < y - 1 && c.box.y + c.box.h > y + 12)
            return &c;
    return nullptr;
}

PageFormat page_format(Paper paper, bool landscape, Format format, Lang lang) {
    PageFormat f;
    const bool sv = lang == Lang::Sv;
    auto sheet = [&](double w_mm, double h_mm, const char* name) {
        double w = w_mm * kMm, h = h_mm * kMm;
        if (landscape) std::swap(w, h);
        f.width = w;
        f.height = h;
        f.margin = 12 * kMm;
        f.crop = format != Format::Pdf; // a PDF is the printed sheet; SVG/PNG the figure on it
        f.name = std::string(name) +
                 (landscape ? (sv ? " liggande" : " landscape") : (sv ? " stående" : " portrait"));
    };
    switch (paper) {
    case Paper::A4:
        sheet(210, 297, "A4");
        break;
    case Paper::A3:
        sheet(297, 420, "A3");
        break;
    case Paper::TextWidth:
    case Paper::TextWidthLandscape: {
        // A figure placed across a Word page's text: 16 cm on portrait A4 with 2.5 cm margins,
        // 24.7 cm on landscape. It stays lower than the text area by a caption and a heading,
        // or Word and LibreOffice push it to the next page and leave the heading alone.
        const bool wide = paper == Paper::TextWidthLandscape;
        f.width = (wide ? 247 : 160) * kMm;
        f.height = (wide ? 148 : 225) * kMm;
        f.margin = 0;
        f.crop = true;
        f.fixed_width = true;
        f.name = wide ? (sv ? "textbredd 24,7 cm (liggande)" : "text width 24.7 cm (landscape)")
                      : (sv ? "textbredd 16 cm" : "text width 16 cm");
        break;
    }
    case Paper::Slide:
        // A 16:9 slide (13.33 × 7.5 in), read from the back of a meeting room.
        f.width = 960;
        f.height = 540;
        f.margin = 24;
        f.min_body = 10;
        f.min_text = 9;
        f.max_scale = 1.6;
        f.name = sv ? "bildspel 16:9" : "slide 16:9";
        break;
    }
    return f;
}

Rect content_bounds(const render::Geometry& g) {
    // The layout's own map box (without its legend, which each page draws at a fixed size).
    if (!g.map_bounds.empty()) return g.map_bounds;
    Rect r;
    bool any = false;
    for (const auto& c : g.clusters)
        grow(r, any, c.box.x, c.box.y, c.box.x + c.box.w, c.box.y + c.box.h);
    for (const auto& n : g.nodes)
        grow(r, any, n.box.x, n.box.y, n.box.x + n.box.w, n.box.y + n.box.h);
    for (const auto& e : g.edges) {
        for (const auto& p : e.spline)
            grow(r, any, p.x, p.y, p.x, p.y);
        if (!e.label.empty()) {
            const double hw = text_width(e.label, kEdgeLabelSize) / 2 + 3;
            grow(r, any, e.label_pos.x - hw, e.label_pos.y - 9, e.label_pos.x + hw,
                 e.label_pos.y + 9);
        }
    }
    if (!any) return g.bounds;
    const double pad = 4;
    return {r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad};
}

double min_legible_scale(const render::Geometry& g, const PageFormat& f) {
    double s = 0;
    // A node's first line is its name (a body label); further lines (kind, frequency, a
    // number) need only the general minimum.
    for (const auto& n : g.nodes) {
        for (std::size_t i = 0; i < n.texts.size(); ++i)
            if (n.texts[i].size > 0)
                s = std::max(s, (i == 0 ? f.min_body : f.min_text) / n.texts[i].size);
        if (n.texts.empty() && !n.label_lines.empty() && n.font_size > 0)
            s = std::max(s, f.min_body / n.font_size);
    }
    for (const auto& e : g.edges)
        for (const auto& t : e.label_texts)
            if (t.size > 0) s = std::max(s, f.min_text / t.size);
    for (const auto& c : g.clusters)
        for (const auto& t : c.texts)
            if (t.size > 0) s = std::max(s, f.min_text / t.size);
    for (const auto& e : g.edges)
        if (e.label_texts.empty() && !e.label.empty()) s = std::max(s, f.min_text / kEdgeLabelSize);
    for (const auto& c : g.clusters)
        if (c.texts.empty() && c.label_drawn && !c.label.empty())
            s = std::max(s, f.min_text / kClusterLabelSize);
    return s;
}

double legend_height(const std::vector<render::LegendEntry>& legend, double width) {
    if (legend.empty()) return 0;
    const double row = kLegendSize * 1.9;
    double x = 0;
    int rows = 1;
    for (const auto& e : legend) {
        const double w = 30 + text_width(e.label, kLegendSize) + 14;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * row + 6;
}

std::vector<std::string> heading_lines(const std::string& heading, double width) {
    std::vector<std::string> lines;
    std::string line, word;
    std::istringstream words(heading);
    while (words >> word) {
        const std::string wider = line.empty() ? word : line + " " + word;
        if (!line.empty() && text_width(wider, kHeadingSize, true) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = wider;
        }
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

Frame frame_for(const PageFormat& f, const Decor& d, double page_w, double page_h) {
    const double m = f.margin > 0 ? f.margin : 4;
    Frame fr;
    double top = m;
    if (!d.heading.empty())
        top += kHeadingSize * 1.25 *
                   static_cast<double>(heading_lines(d.heading, page_w - 2 * m).size()) +
               (d.subline.empty() ? 0 : kSublineSize * 1.4) + 8;
    double bottom = page_h - m;
    if (d.footer) {
        fr.footer_baseline = bottom - 2;
        bottom -= kNoteSize * 1.6;
    }
    const double lh = legend_height(d.legend, page_w - 2 * m);
    bottom -= lh;
    fr.legend_top = bottom + 4;
    fr.map = {m, top, page_w - 2 * m, std::max(10.0, bottom - top)};
    return fr;
}

bool is_empty_view(const render::Geometry& g, std::string* message) {
    if (!g.message.empty()) {
        if (message) *message = g.message;
        return true;
    }
    if (!g.clusters.empty() || !g.edges.empty()) return false;
    if (g.nodes.empty()) {
        if (message) message->clear();
        return true;
    }
    if (g.nodes.size() == 1 && g.nodes[0].element.empty() &&
        g.nodes[0].shape == render::NodeShape::Plaintext) {
        if (message) {
            message->clear();
            for (const auto& l : g.nodes[0].label_lines)
                *message += (message->empty() ? "" : " ") + l;
        }
        return true;
    }
    return false;
}

std::vector<PagePlan> plan_pages(const render::Geometry& g, const PageFormat& f, const Decor& d,
                                 Lang lang) {
    const Rect c = content_bounds(g);
    Decor one = d;
    one.footer = false;
    const Frame fr1 = frame_for(f, one, f.width, f.height);
    const double need = min_legible_scale(g, f);
    const double fit =
        std::min({fr1.map.w / std::max(c.w, 1.0), fr1.map.h / std::max(c.h, 1.0), f.max_scale});
    if (fit >= need - 1e-9) {
        PagePlan p;
        p.geo = &g;
        p.window = c;
        p.scale = fit;
        return {p};
    }

    // Several pages, each at least at the legible scale; grow the scale into the space the
    // whole number of pages leaves, but keep a little room for cutting between nodes.
    Decor many = d;
    many.footer = true;
    const Frame fr = frame_for(f, many, f.width, f.height);
    const int nx = std::max(1, static_cast<int>(std::ceil(c.w * need / fr.map.w - 1e-9)));
    const int ny = std::max(1, static_cast<int>(std::ceil(c.h * need / fr.map.h - 1e-9)));
    double s = std::min(nx * fr.map.w / c.w, ny * fr.map.h / c.h) * 0.9;
    s = std::clamp(s, need, std::max(need, f.max_scale));
    const std::vector<double> xs = cuts(g, c.x, c.x + c.w, fr.map.w / s, true);
    // Pages after the first of a top-down process repeat the lane names, and those of a map in
    // level bands the name of a band they continue: keep room for that strip.
    const bool banded = std::any_of(g.clusters.begin(), g.clusters.end(), [](const auto& cl) {
        return cl.kind == render::ClusterKind::Band;
    });
    const double strip = g.lanes_vertical || banded ? kLaneHeadStrip : 0;
    const std::vector<double> ys = cuts(g, c.y, c.y + c.h, (fr.map.h - strip) / s, false);
    const int cols = static_cast<int>(xs.size()) - 1, rows = static_cast<int>(ys.size()) - 1;

    std::vector<PagePlan> out;
    auto page_of = [&](int r, int col) { return r * cols + col + 1; };
    for (int r = 0; r < rows; ++r)
        for (int col = 0; col < cols; ++col) {
            PagePlan p;
            p.geo = &g;
            p.window = {xs[col], ys[r], xs[col + 1] - xs[col], ys[r + 1] - ys[r]};
            p.scale = s;
            p.lane_heads = g.lanes_vertical && r > 0;
            p.band_heads =
                banded && !g.lanes_vertical && r > 0 && continued_band(g, ys[r]) != nullptr;
            const int n = page_of(r, col);
            p.part = tr(lang, "Del ", "Part ") + std::to_string(n) + tr(lang, " av ", " of ") +
                     std::to_string(rows * cols);
            if (rows > 1 || cols > 1) {
                auto say = [&](const char* sv, const char* en, int page) {
                    p.notes.push_back(tr(lang, sv, en) + std::to_string(page));
                };
                if (col > 0)
                    say("← forts. från del ", "← continued from part ", page_of(r, col - 1));
                if (r > 0) say("↑ forts. från del ", "↑ continued from part ", page_of(r - 1, col));
                if (col + 1 < cols)
                    say("fortsätter till höger i del ", "continues right in part ",
                        page_of(r, col + 1));
                if (r + 1 < rows)
                    say("fortsätter nedåt i del ", "continues below in part ", page_of(r + 1, col));
            }
            out.push_back(std::move(p));
        }
    return out;
}

} // namespace skm::exports::figure
