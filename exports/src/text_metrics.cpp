#include "text_metrics.hpp"

#include <pango/pangocairo.h>

#include <memory>

namespace skm::exports::figure {
namespace {

// One pango context per thread (pango objects are not shared between threads); unhinted
// metrics, so widths scale linearly with the size like the vector output does.
PangoContext* context() {
    thread_local std::unique_ptr<PangoContext, void (*)(gpointer)> ctx(
        [] {
            PangoFontMap* map = pango_cairo_font_map_new();
            PangoContext* c = pango_font_map_create_context(map);
            g_object_unref(map);
            cairo_font_options_t* fo = cairo_font_options_create();
            cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
            cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
            pango_cairo_context_set_font_options(c, fo);
            cairo_font_options_destroy(fo);
            return c;
        }(),
        g_object_unref);
    return ctx.get();
}

} // namespace

double text_width(const std::string& utf8, double size, bool bold) {
    if (utf8.empty() || size <= 0) return 0;
    PangoLayout* layout = pango_layout_new(context());
    PangoFontDescription* fd = pango_font_description_from_string(kFontFamily);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout, fd);
    pango_layout_set_text(layout, utf8.c_str(), static_cast<int>(utf8.size()));
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    pango_font_description_free(fd);
    g_object_unref(layout);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

} // namespace skm::exports::figure
