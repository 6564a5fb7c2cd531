#include "cairo_writer.hpp"

#include "text_metrics.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace skm::exports::figure {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void set_colour(cairo_t* cr, Rgba c) {
    cairo_set_source_rgba(cr, ((c >> 24) & 0xFF) / 255.0, ((c >> 16) & 0xFF) / 255.0,
                          ((c >> 8) & 0xFF) / 255.0, (c & 0xFF) / 255.0);
}

void fill_and_stroke(cairo_t* cr, const Paint& p) {
    if (p.fill & 0xFF) {
        set_colour(cr, p.fill);
        if (p.stroke & 0xFF)
            cairo_fill_preserve(cr);
        else
            cairo_fill(cr);
    }
    if (p.stroke & 0xFF) {
        set_colour(cr, p.stroke);
        cairo_set_line_width(cr, p.width);
        if (p.style == LineStyle::Dashed) {
            const double d[] = {p.width * 4 + 2, p.width * 2.5 + 1.5};
            cairo_set_dash(cr, d, 2, 0);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        } else if (p.style == LineStyle::Dotted) {
            const double d[] = {0, p.width * 2 + 1};
            cairo_set_dash(cr, d, 2, 0);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        } else {
            cairo_set_dash(cr, nullptr, 0, 0);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        }
        cairo_stroke(cr);
    }
    cairo_new_path(cr);
}

void rounded_rect(cairo_t* cr, const Rect& r, double radius) {
    if (radius <= 0) {
        cairo_rectangle(cr, r.x, r.y, r.w, r.h);
        return;
    }
    const double k = std::min(radius, std::min(r.w, r.h) / 2);
    cairo_new_sub_path(cr);
    cairo_arc(cr, r.x + r.w - k, r.y + k, k, -M_PI / 2, 0);
    cairo_arc(cr, r.x + r.w - k, r.y + r.h - k, k, 0, M_PI / 2);
    cairo_arc(cr, r.x + k, r.y + r.h - k, k, M_PI / 2, M_PI);
    cairo_arc(cr, r.x + k, r.y + k, k, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

void draw_text(cairo_t* cr, const Item& it) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout), fo);
    cairo_font_options_destroy(fo);
    pango_layout_context_changed(layout);
    PangoFontDescription* fd = pango_font_description_from_string(kFontFamily);
    pango_font_description_set_absolute_size(fd, it.size * PANGO_SCALE);
    if (it.bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout, fd);
    pango_layout_set_text(layout, it.text.c_str(), static_cast<int>(it.text.size()));
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    const double w = static_cast<double>(logical.width) / PANGO_SCALE;
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    double x = it.pos.x;
    if (it.anchor == TextAnchor::Middle) x -= w / 2;
    if (it.anchor == TextAnchor::End) x -= w;
    set_colour(cr, it.paint.fill);
    cairo_move_to(cr, x, it.pos.y - baseline);
    pango_cairo_show_layout(cr, layout);
    cairo_new_path(cr);
    pango_font_description_free(fd);
    g_object_unref(layout);
}

void draw(cairo_t* cr, const Scene& sc) {
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const auto& it : sc.items) {
        switch (it.kind) {
        case Item::Kind::Begin:
        case Item::Kind::End:
            break;
        case Item::Kind::ClipBegin:
            cairo_save(cr);
            cairo_rectangle(cr, it.rect.x, it.rect.y, it.rect.w, it.rect.h);
            cairo_clip(cr);
            break;
        case Item::Kind::ClipEnd:
            cairo_restore(cr);
            break;
        case Item::Kind::Rect:
            rounded_rect(cr, it.rect, it.radius);
            fill_and_stroke(cr, it.paint);
            break;
        case Item::Kind::Ellipse:
            if (it.rect.w <= 0 || it.rect.h <= 0) break;
            cairo_save(cr);
            cairo_translate(cr, it.rect.x + it.rect.w / 2, it.rect.y + it.rect.h / 2);
            cairo_scale(cr, it.rect.w / 2, it.rect.h / 2);
            cairo_arc(cr, 0, 0, 1, 0, 2 * M_PI);
            cairo_restore(cr);
            fill_and_stroke(cr, it.paint);
            break;
        case Item::Kind::Polygon:
        case Item::Kind::Polyline:
            if (it.points.empty()) break;
            cairo_move_to(cr, it.points[0].x, it.points[0].y);
            for (std::size_t i = 1; i < it.points.size(); ++i)
                cairo_line_to(cr, it.points[i].x, it.points[i].y);
            if (it.kind == Item::Kind::Polygon) cairo_close_path(cr);
            fill_and_stroke(cr, it.paint);
            break;
        case Item::Kind::Bezier:
            if (it.points.empty()) break;
            cairo_move_to(cr, it.points[0].x, it.points[0].y);
            for (std::size_t i = 1; i + 2 < it.points.size(); i += 3)
                cairo_curve_to(cr, it.points[i].x, it.points[i].y, it.points[i + 1].x,
                               it.points[i + 1].y, it.points[i + 2].x, it.points[i + 2].y);
            fill_and_stroke(cr, it.paint);
            break;
        case Item::Kind::Text:
            draw_text(cr, it);
            break;
        }
    }
}

void put_u32(std::string& s, std::uint32_t v) {
    s += static_cast<char>((v >> 24) & 0xFF);
    s += static_cast<char>((v >> 16) & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
    s += static_cast<char>(v & 0xFF);
}

std::uint32_t get_u32(const std::string& s, std::size_t at) {
    return (std::uint32_t(static_cast<unsigned char>(s[at])) << 24) |
           (std::uint32_t(static_cast<unsigned char>(s[at + 1])) << 16) |
           (std::uint32_t(static_cast<unsigned char>(s[at + 2])) << 8) |
           std::uint32_t(static_cast<unsigned char>(s[at + 3]));
}

// A PDF string literal: only printable ASCII survives as is.
std::string pdf_string(const std::string& s) {
    std::string out = "(";
    for (unsigned char c : s) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        if (c >= 0x20 && c < 0x7F) out += static_cast<char>(c);
    }
    return out + ")";
}

} // namespace

std::string png_with_dpi(const std::string& png, int dpi) {
    // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC): pHYs goes right after.
    if (png.size() < 33 || png.compare(12, 4, "IHDR") != 0) return png;
    std::string out = png.substr(0, 33);
    const auto ppm = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
    std::string chunk = "pHYs";
    put_u32(chunk, ppm);
    put_u32(chunk, ppm);
    chunk += '\x01'; // unit: metre
    put_u32(out, 9);
    out += chunk;
    put_u32(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(chunk.data()),
                                                  static_cast<uInt>(chunk.size()))));
    // Copy the remaining chunks, dropping any pHYs already there.
    std::size_t at = 33;
    while (at + 12 <= png.size()) {
        const std::uint32_t len = get_u32(png, at);
        const std::size_t total = 12 + static_cast<std::size_t>(len);
        if (at + total > png.size()) break;
        if (png.compare(at + 4, 4, "pHYs") != 0) out.append(png, at, total);
        at += total;
    }
    return out;
}

std::string pdf_with_lang(const std::string& pdf, const std::string& lang) {
    // Appends an incremental update that redefines the catalogue with /Lang: offsets of the
    // original stay valid, and any PDF reader applies the newer object.
    const std::size_t sx = pdf.rfind("startxref");
    const std::size_t tr = pdf.rfind("trailer");
    const std::size_t root = pdf.find("/Root", tr == std::string::npos ? 0 : tr);
    if (sx == std::string::npos || tr == std::string::npos || root == std::string::npos) return pdf;
    int root_obj = 0, root_gen = 0, size = 0;
    long prev = 0;
    if (std::sscanf(pdf.c_str() + root, "/Root %d %d R", &root_obj, &root_gen) != 2) return pdf;
    const std::size_t sz = pdf.find("/Size", tr);
    if (sz == std::string::npos || std::sscanf(pdf.c_str() + sz, "/Size %d", &size) != 1)
        return pdf;
    if (std::sscanf(pdf.c_str() + sx, "startxref %ld", &prev) != 1) return pdf;
    const std::string head = std::to_string(root_obj) + " " + std::to_string(root_gen) + " obj";
    std::size_t obj = pdf.find("\n" + head);
    if (obj == std::string::npos) return pdf;
    ++obj;
    const std::size_t open = pdf.find("<<", obj), close = pdf.find("endobj", obj);
    if (open == std::string::npos || close == std::string::npos || open > close) return pdf;
    const std::size_t dict_end = pdf.rfind(">>", close);
    if (dict_end == std::string::npos || dict_end < open) return pdf;
    std::string dict = pdf.substr(open, dict_end - open); // "<< … " without the closing >>
    if (dict.find("/Lang") != std::string::npos) return pdf;

    std::string out = pdf;
    if (!out.empty() && out.back() != '\n') out += '\n';
    const std::size_t offset = out.size();
    out += head + "\n" + dict + " /Lang " + pdf_string(lang) + " >>\nendobj\n";
    const std::size_t xref = out.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu %05d n \n", offset, root_gen);
    out += "xref\n" + std::to_string(root_obj) + " 1\n" + entry;
    std::string info;
    if (const std::size_t i = pdf.find("/Info", tr); i != std::string::npos) {
        int io = 0, ig = 0;
        if (std::sscanf(pdf.c_str() + i, "/Info %d %d R", &io, &ig) == 2)
            info = " /Info " + std::to_string(io) + " " + std::to_string(ig) + " R";
    }
    out += "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(root_obj) +
           " " + std::to_string(root_gen) + " R" + info + " /Prev " + std::to_string(prev) +
           " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string write_pdf(const std::vector<Scene>& pages, const std::string& title,
                      const std::string& lang, std::string& error) {
    std::string bytes;
    if (pages.empty()) {
        error = "no pages";
        return {};
    }
    cairo_surface_t* s =
        cairo_pdf_surface_create_for_stream(append, &bytes, pages[0].width, pages[0].height);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "Samverkanskartan");
    cairo_t* cr = cairo_create(s);
    for (const auto& page : pages) {
        cairo_pdf_surface_set_size(s, page.width, page.height);
        draw(cr, page);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(s);
    const cairo_status_t st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(st);
        return {};
    }
    return pdf_with_lang(bytes, lang);
}

std::string write_png(const Scene& page, int dpi, std::string& error) {
    const double k = dpi / 72.0;
    const int w = std::max(1, static_cast<int>(std::ceil(page.width * k)));
    const int h = std::max(1, static_cast<int>(std::ceil(page.height * k)));
    if (static_cast<double>(w) * h > 400e6) {
        error =
            "the image would be too large (" + std::to_string(w) + "×" + std::to_string(h) + " px)";
        return {};
    }
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    cairo_t* cr = cairo_create(s);
    cairo_scale(cr, k, k);
    draw(cr, page);
    cairo_destroy(cr);
    std::string bytes;
    const cairo_status_t st = cairo_surface_write_to_png_stream(s, append, &bytes);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(st);
        return {};
    }
    return png_with_dpi(bytes, dpi);
}

} // namespace skm::exports::figure
