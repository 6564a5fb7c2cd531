#include "canvas.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace skm::gui {
namespace {

using render::GeoNode;
using render::LineStyle;
using render::NodeShape;

ImU32 col(render::Rgba c, bool greyed = false) {
    const unsigned a = greyed ? (c & 0xFF) / 3 : (c & 0xFF);
    return IM_COL32((c >> 24) & 0xFF, (c >> 16) & 0xFF, (c >> 8) & 0xFF, a);
}

ImU32 marker_col(render::Marker m) {
    switch (m) {
    case render::Marker::Error:
        return IM_COL32(210, 35, 30, 255);
    case render::Marker::Warning:
        return IM_COL32(235, 145, 10, 255);
    case render::Marker::Info:
        return IM_COL32(40, 120, 215, 255);
    case render::Marker::None:
        break;
    }
    return 0;
}

ImVec2 bezier(const ImVec2& p0, const ImVec2& p1, const ImVec2& p2, const ImVec2& p3, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return ImVec2(a * p0.x + b * p1.x + c * p2.x + d * p3.x,
                  a * p0.y + b * p1.y + c * p2.y + d * p3.y);
}

// Dashed and dotted lines: sample the curve and draw every other piece.
void styled_curve(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 c, float w,
                  LineStyle style) {
    for (std::size_t i = 0; i + 3 < pts.size(); i += 3) {
        if (style == LineStyle::Solid || style == LineStyle::Bold) {
            dl->AddBezierCubic(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], c, w);
            continue;
        }
        const int pieces = style == LineStyle::Dashed ? 16 : 30;
        ImVec2 prev = pts[i];
        for (int k = 1; k <= pieces; ++k) {
            const ImVec2 next =
                bezier(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], float(k) / pieces);
            if (k % 2) dl->AddLine(prev, next, c, w);
            prev = next;
        }
    }
}

void arrow(ImDrawList* dl, ImVec2 from, ImVec2 tip, ImU32 c, float size) {
    const float dx = tip.x - from.x, dy = tip.y - from.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 0.01f) return;
    const float ux = dx / len, uy = dy / len;
    const ImVec2 base(tip.x - ux * size, tip.y - uy * size);
    dl->AddTriangleFilled(tip, ImVec2(base.x - uy * size * 0.45f, base.y + ux * size * 0.45f),
                          ImVec2(base.x + uy * size * 0.45f, base.y - ux * size * 0.45f), c);
}

void ellipse_points(std::vector<ImVec2>& out, ImVec2 c, float rx, float ry) {
    out.clear();
    for (int i = 0; i < 40; ++i) {
        const float a = 6.2831853f * i / 40;
        out.emplace_back(c.x + rx * std::cos(a), c.y + ry * std::sin(a));
    }
}

void draw_node(ImDrawList* dl, const GeoNode& n, const CanvasTransform& t, float text_scale,
               bool selected, bool hovered, const CanvasColors& cc) {
    const ImVec2 a(t.sx(n.box.x), t.sy(n.box.y)),
        b(t.sx(n.box.x + n.box.w), t.sy(n.box.y + n.box.h));
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const ImU32 fill = col(n.fill, n.greyed), stroke = col(n.stroke, n.greyed);
    const float w = std::max(1.0f, t.zoom * (n.style == LineStyle::Bold ? 2.5f : 1.2f));
    static std::vector<ImVec2> pts;
    switch (n.shape) {
    case NodeShape::Plaintext:
        break;
    case NodeShape::Ellipse:
    case NodeShape::Circle:
    case NodeShape::DoubleCircle:
        ellipse_points(pts, c, (b.x - a.x) / 2, (b.y - a.y) / 2);
        dl->AddConvexPolyFilled(pts.data(), int(pts.size()), fill);
        dl->AddPolyline(pts.data(), int(pts.size()), stroke, ImDrawFlags_Closed, w);
        if (n.shape == NodeShape::DoubleCircle) {
            ellipse_points(pts, c, (b.x - a.x) / 2 - 4 * t.zoom, (b.y - a.y) / 2 - 4 * t.zoom);
            dl->AddPolyline(pts.data(), int(pts.size()), stroke, ImDrawFlags_Closed, w);
        }
        break;
    case NodeShape::Diamond: {
        const ImVec2 d[4] = {ImVec2(c.x, a.y), ImVec2(b.x, c.y), ImVec2(c.x, b.y),
                             ImVec2(a.x, c.y)};
        dl->AddConvexPolyFilled(d, 4, fill);
        dl->AddPolyline(d, 4, stroke, ImDrawFlags_Closed, w);
        break;
    }
    case NodeShape::RoundedBox:
        dl->AddRectFilled(a, b, fill, 8 * t.zoom);
        dl->AddRect(a, b, stroke, 8 * t.zoom, 0, w);
        break;
    case NodeShape::Note:
    case NodeShape::Box:
        dl->AddRectFilled(a, b, fill);
        dl->AddRect(a, b, stroke, 0, 0, w);
        break;
    }
    if (n.style == LineStyle::Dashed && n.shape != NodeShape::Plaintext)
        dl->AddRect(a, b, IM_COL32(255, 255, 255, 120), 0, 0, 1.0f);
    if (selected)
        dl->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), cc.selection, 4, 0, 3.5f);
    else if (hovered)
        dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), cc.hover, 3, 0, 2.0f);

    // Label lines, centred; Graphviz sized the box for this font at font_size points.
    const float size = static_cast<float>(n.font_size) * t.zoom * text_scale;
    if (size >= 4.0f) {
        ImFont* font = ImGui::GetFont();
        const float line_h = size * 1.15f;
        float y = c.y - line_h * n.label_lines.size() / 2.0f;
        for (const auto& line : n.label_lines) {
            const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, line.c_str());
            dl->AddText(font, size, ImVec2(c.x - ts.x / 2, y + (line_h - size) / 2),
                        col(n.text, n.greyed), line.c_str());
            y += line_h;
        }
    }
    if (n.marker != render::Marker::None) {
        const float r = std::max(5.0f, 7.0f * t.zoom * text_scale);
        const ImVec2 m(b.x - r * 0.4f, a.y + r * 0.4f);
        dl->AddCircleFilled(m, r, marker_col(n.marker));
        dl->AddCircle(m, r, IM_COL32(255, 255, 255, 255), 0, 1.5f);
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(r * 1.6f, FLT_MAX, 0, "!");
        dl->AddText(ImGui::GetFont(), r * 1.6f, ImVec2(m.x - ts.x / 2, m.y - ts.y / 2),
                    IM_COL32(255, 255, 255, 255), "!");
    }
}

bool cluster_hidden(const CanvasOptions& o, const Id& id) {
    return o.hidden_clusters && o.hidden_clusters->count(id);
}

// A node or edge end is hidden when it lies inside a hidden level band (workshop reveal).
bool point_hidden(const render::Geometry& g, const CanvasOptions& o, render::Point p) {
    if (!o.hidden_clusters || o.hidden_clusters->empty()) return false;
    for (const auto& c : g.clusters)
        if (cluster_hidden(o, c.element) && c.box.contains(p)) return true;
    return false;
}

render::Point centre(const render::Rect& r) {
    return {r.x + r.w / 2, r.y + r.h / 2};
}

// What a fit should show: the visible clusters, nodes and edges (the legend is drawn as an overlay,
// and in workshop mode levels not yet revealed are left out so the revealed ones fill the screen).
render::Rect content_bounds(const render::Geometry& g, const CanvasOptions& o) {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    auto add = [&](const render::Rect& r) {
        x0 = std::min(x0, r.x);
        y0 = std::min(y0, r.y);
        x1 = std::max(x1, r.x + r.w);
        y1 = std::max(y1, r.y + r.h);
    };
    for (const auto& c : g.clusters)
        if (!cluster_hidden(o, c.element)) add(c.box);
    for (const auto& n : g.nodes)
        if (!point_hidden(g, o, centre(n.box))) add(n.box);
    for (const auto& e : g.edges)
        if (!e.spline.empty() && !point_hidden(g, o, e.spline.front()) &&
            !point_hidden(g, o, e.spline.back()))
            for (const auto& p : e.spline)
                add({p.x, p.y, 0, 0});
    if (x1 < x0) return g.bounds;
    return {x0, y0, x1 - x0, y1 - y0};
}

} // namespace

void fit_view(CanvasState& s, const render::Rect& bounds, float w, float h) {
    if (bounds.w <= 0 || bounds.h <= 0 || w <= 0 || h <= 0) return;
    const float margin = 24;
    s.zoom =
        std::clamp(std::min((w - 2 * margin) / float(bounds.w), (h - 2 * margin) / float(bounds.h)),
                   0.05f, 4.0f);
    s.pan_x = (w - float(bounds.w) * s.zoom) / 2 - float(bounds.x) * s.zoom;
    s.pan_y = (h - float(bounds.h) * s.zoom) / 2 - float(bounds.y) * s.zoom;
}

void draw_canvas(App& app, const render::Geometry& g, const CanvasOptions& o) {
    CanvasState& s = app.canvas;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < 10 || avail.y < 10) return;
    const CanvasColors cc =
        canvas_colors(app.workshop ? Palette::HighContrast : palette_for(app.settings.theme));
    if (avail.x != s.last_w || avail.y != s.last_h) {
        if (!s.user_moved) s.fit_pending = true; // window resized, e.g. entering fullscreen
        s.last_w = avail.x;
        s.last_h = avail.y;
    }
    // The legend is an overlay in the lower left: a fit leaves its width free.
    float legend_w = 0;
    if (o.show_legend && !g.legend.empty()) {
        for (const auto& l : g.legend)
            legend_w = std::max(legend_w, ImGui::CalcTextSize(l.label.c_str()).x);
        legend_w += ImGui::GetTextLineHeight() * 2.5f + 24;
        if (legend_w > avail.x * 0.35f) legend_w = 0; // too narrow a canvas: overlap instead
    }
    if (s.fit_pending) {
        fit_view(s, content_bounds(g, o), avail.x - legend_w, avail.y);
        s.pan_x += legend_w;
        s.fit_pending = false;
        s.user_moved = false;
    }
    ImGui::InvisibleButton(o.id, avail,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    test_hooks::item(std::string("canvas:") + o.id);
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    CanvasTransform t{origin.x, origin.y, s.zoom, s.pan_x, s.pan_y};

    if (s.zoom_to) {
        for (const auto& n : g.nodes)
            if (n.element == *s.zoom_to && !point_hidden(g, o, centre(n.box))) {
                s.zoom = std::max(s.zoom, 0.8f);
                s.pan_x = avail.x / 2 - float(n.box.x + n.box.w / 2) * s.zoom;
                s.pan_y = avail.y / 2 - float(n.box.y + n.box.h / 2) * s.zoom;
            }
        s.zoom_to.reset();
        t = {origin.x, origin.y, s.zoom, s.pan_x, s.pan_y};
    }

    // Pan with a drag, zoom with the wheel around the cursor.
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
        s.pan_x += io.MouseDelta.x;
        s.pan_y += io.MouseDelta.y;
        s.user_moved = true;
    }
    if (hovered && io.MouseWheel != 0) {
        const double mx = t.mx(io.MousePos.x), my = t.my(io.MousePos.y);
        s.zoom = std::clamp(s.zoom * std::pow(1.15f, io.MouseWheel), 0.05f, 6.0f);
        s.pan_x = io.MousePos.x - origin.x - float(mx) * s.zoom;
        s.pan_y = io.MousePos.y - origin.y - float(my) * s.zoom;
        s.user_moved = true;
    }
    t = {origin.x, origin.y, s.zoom, s.pan_x, s.pan_y};

    s.hovered.clear();
    if (hovered) {
        const render::Point p{t.mx(io.MousePos.x), t.my(io.MousePos.y)};
        if (!point_hidden(g, o, p)) s.hovered = g.hit_test(p, 5.0 / s.zoom);
    }
    if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[0] < 9.0f && hovered) {
        if (!s.hovered.empty()) {
            if (kind_of(app.doc.model(), s.hovered) != 0) app.select(s.hovered, false);
        } else {
            app.doc.selection.clear();
        }
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 clip_b(origin.x + avail.x, origin.y + avail.y);
    dl->PushClipRect(origin, clip_b, true);
    dl->AddRectFilled(origin, clip_b, cc.background);
    auto visible = [&](const render::Rect& r) {
        return t.sx(r.x + r.w) >= origin.x && t.sx(r.x) <= clip_b.x &&
               t.sy(r.y + r.h) >= origin.y && t.sy(r.y) <= clip_b.y;
    };
    ImFont* font = ImGui::GetFont();

    for (const auto& c : g.clusters) {
        if (cluster_hidden(o, c.element) || !visible(c.box)) continue;
        const ImVec2 a(t.sx(c.box.x), t.sy(c.box.y)),
            b(t.sx(c.box.x + c.box.w), t.sy(c.box.y + c.box.h));
        dl->AddRectFilled(a, b, col(c.fill, c.greyed), 6 * t.zoom);
        dl->AddRect(a, b, col(c.stroke, c.greyed), 6 * t.zoom, 0, std::max(1.0f, 1.5f * t.zoom));
        const float size = 11.0f * t.zoom * o.text_scale;
        if (size >= 5.0f && c.label_drawn) {
            // Top-left inside the band, clipped to it, so it never spills over its neighbours.
            const ImVec4 clip(a.x, a.y, b.x, b.y);
            dl->AddText(font, size, ImVec2(a.x + 6 * t.zoom, a.y + 3 * t.zoom),
                        col(0x222222FF, c.greyed), c.label.c_str(), nullptr, 0.0f, &clip);
        }
    }

    std::vector<ImVec2> pts;
    for (const auto& e : g.edges) {
        if (e.spline.size() < 4) continue;
        if (point_hidden(g, o, e.spline.front()) || point_hidden(g, o, e.spline.back())) continue;
        pts.clear();
        for (const auto& p : e.spline)
            pts.emplace_back(t.sx(p.x), t.sy(p.y));
        const bool sel = !e.element.empty() && e.element == app.doc.selection;
        const bool hov = !e.element.empty() && e.element == s.hovered;
        const ImU32 c = sel ? cc.selection : hov ? cc.hover : col(e.color, e.greyed);
        const float w =
            std::max(1.0f, float(e.width) * t.zoom * (e.style == LineStyle::Bold ? 2.0f : 1.0f)) *
            (sel ? 2.5f : 1.0f);
        styled_curve(dl, pts, c, w, e.style);
        const float head = std::max(6.0f, 10.0f * t.zoom);
        if (e.arrow_at_end)
            arrow(dl, pts.back(), ImVec2(t.sx(e.arrow_end_tip.x), t.sy(e.arrow_end_tip.y)), c,
                  head);
        if (e.arrow_at_start)
            arrow(dl, pts.front(), ImVec2(t.sx(e.arrow_start_tip.x), t.sy(e.arrow_start_tip.y)), c,
                  head);
        if (!e.label.empty()) {
            const float size = 12.0f * t.zoom * o.text_scale;
            if (size >= 5.0f) {
                const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, e.label.c_str());
                const ImVec2 lp(t.sx(e.label_pos.x) - ts.x / 2, t.sy(e.label_pos.y) - ts.y / 2);
                dl->AddRectFilled(ImVec2(lp.x - 2, lp.y - 1),
                                  ImVec2(lp.x + ts.x + 2, lp.y + ts.y + 1),
                                  (cc.background & 0x00FFFFFF) | 0xD0000000);
                dl->AddText(font, size, lp, col(e.color, e.greyed), e.label.c_str());
            }
        }
        if (e.marker != render::Marker::None) {
            const ImVec2 m(t.sx(e.label_pos.x), t.sy(e.label_pos.y) - 12 * t.zoom);
            dl->AddCircleFilled(m, std::max(4.0f, 5.0f * t.zoom), marker_col(e.marker));
        }
    }

    for (const auto& n : g.nodes) {
        if (!visible(n.box) || point_hidden(g, o, centre(n.box))) continue;
        draw_node(dl, n, t, o.text_scale, n.element == app.doc.selection, n.element == s.hovered,
                  cc);
        if (test_hooks::enabled()) {
            const ImVec2 a(t.sx(n.box.x), t.sy(n.box.y)),
                b(t.sx(n.box.x + n.box.w), t.sy(n.box.y + n.box.h));
            ImGui::SetCursorScreenPos(ImVec2(std::max(a.x, origin.x), std::max(a.y, origin.y)));
            ImGui::Dummy(ImVec2(std::max(1.0f, std::min(b.x, clip_b.x) - std::max(a.x, origin.x)),
                                std::max(1.0f, std::min(b.y, clip_b.y) - std::max(a.y, origin.y))));
            test_hooks::item("map:" + n.element);
        }
    }

    if (o.show_legend && !g.legend.empty()) {
        const float lh = ImGui::GetTextLineHeight();
        float wmax = 0;
        for (const auto& l : g.legend)
            wmax = std::max(wmax, ImGui::CalcTextSize(l.label.c_str()).x);
        const ImVec2 a(origin.x + 8, clip_b.y - 8 - (lh + 4) * g.legend.size() - 8);
        dl->AddRectFilled(a, ImVec2(a.x + wmax + lh * 2.5f + 16, clip_b.y - 8),
                          IM_COL32(255, 255, 255, 225), 4);
        dl->AddRect(a, ImVec2(a.x + wmax + lh * 2.5f + 16, clip_b.y - 8),
                    IM_COL32(120, 120, 120, 255), 4);
        float y = a.y + 8;
        for (const auto& l : g.legend) {
            const ImVec2 sa(a.x + 8, y + 2), sb(a.x + 8 + lh * 1.6f, y + lh - 2);
            if (l.is_line)
                dl->AddLine(ImVec2(sa.x, (sa.y + sb.y) / 2), ImVec2(sb.x, (sa.y + sb.y) / 2),
                            col(l.stroke), 2.5f);
            else {
                dl->AddRectFilled(sa, sb, col(l.fill));
                dl->AddRect(sa, sb, col(l.stroke));
            }
            dl->AddText(ImVec2(sb.x + 8, y), IM_COL32(20, 20, 20, 255), l.label.c_str());
            y += lh + 4;
        }
    }
    dl->PopClipRect();

    if (!s.hovered.empty() && hovered) {
        std::string tip;
        for (const auto& n : g.nodes)
            if (n.element == s.hovered) tip = n.tooltip;
        for (const auto& e : g.edges)
            if (e.element == s.hovered && tip.empty()) tip = e.tooltip;
        if (tip.empty()) tip = display_name(app.doc.model(), s.hovered);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted(tip.c_str());
        ImGui::TextDisabled("%s", s.hovered.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

} // namespace skm::gui
