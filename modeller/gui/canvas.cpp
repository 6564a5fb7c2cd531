#include "canvas.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace skm::gui {
namespace {

using render::GeoEdge;
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

    // The label as the layout placed it (each line's box and size, the same as the exports
    // draw): centring label_lines instead put a forum's name under its member chips.
    if (!n.texts.empty()) {
        ImFont* font = ImGui::GetFont();
        for (const auto& line : n.texts) {
            const float size = static_cast<float>(line.size) * t.zoom;
            if (size < 4.0f) continue;
            const float top =
                t.sy(line.box.y) + (static_cast<float>(line.box.h) * t.zoom - size) / 2;
            dl->AddText(font, size, ImVec2(t.sx(line.box.x), top), col(line.color, n.greyed),
                        line.text.c_str());
        }
    }
    // Without placed texts: label lines, centred, at font_size points.
    const float size = static_cast<float>(n.font_size) * t.zoom * text_scale;
    if (n.texts.empty() && size >= 4.0f) {
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

// An edge is hidden with a hidden level: an end inside it, or (a level link in the gutter) an
// end that is the level itself.
bool edge_hidden(const render::Geometry& g, const CanvasOptions& o, const render::GeoEdge& e) {
    if (e.spline.empty()) return true;
    if (o.hidden_clusters && (o.hidden_clusters->count(e.from) || o.hidden_clusters->count(e.to)))
        return true;
    return point_hidden(g, o, e.spline.front()) || point_hidden(g, o, e.spline.back());
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
        if (!cluster_hidden(o, c.element) &&
            (c.kind == render::ClusterKind::Band || !point_hidden(g, o, centre(c.box))))
            add(c.box); // a principal group inside a hidden band is hidden with it
    for (const auto& n : g.nodes)
        if (!point_hidden(g, o, centre(n.box))) add(n.box);
    for (const auto& e : g.edges)
        if (!edge_hidden(g, o, e))
            for (const auto& p : e.spline)
                add({p.x, p.y, 0, 0});
    if (x1 < x0) return g.bounds;
    return {x0, y0, x1 - x0, y1 - y0};
}

// The topmost node under a map-space point (nodes later in the list are drawn on top), skipping
// the empty-view message.
const GeoNode* node_at(const render::Geometry& g, render::Point p) {
    for (auto it = g.nodes.rbegin(); it != g.nodes.rend(); ++it)
        if (it->kind != render::NodeKind::Message && it->box.contains(p)) return &*it;
    return nullptr;
}

const GeoNode* node_of(const render::Geometry& g, const Id& id) {
    const GeoNode* chip = nullptr;
    for (const auto& n : g.nodes) {
        if (n.element != id) continue;
        if (n.kind != render::NodeKind::MemberChip && n.kind != render::NodeKind::StepShare)
            return &n;
        if (!chip) chip = &n;
    }
    return chip;
}

// Nodes a drag can start from: the things a handoff, membership, level change or transition can
// be about. Headers, groups and the message stay put (a drag there pans).
bool draggable(render::NodeKind k) {
    using K = render::NodeKind;
    return k == K::Actor || k == K::Forum || k == K::MemberChip || k == K::Step;
}

// The level or lane band of a node, or of a map point.
Id band_of_point(const render::Geometry& g, render::Point p) {
    const auto* c = g.band_at(p);
    return c ? c->element : Id{};
}

Id group_at(const render::Geometry& g, render::Point p) {
    for (const auto& c : g.clusters)
        if (c.kind == render::ClusterKind::PrincipalGroup && c.box.contains(p))
            return render::group_principal(c.element);
    return {};
}

// A free spot in a band (map space): right of the last node on the band's middle line, or any
// grid point not covered by a node. For test scripts, which double-click "empty space".
std::optional<render::Point> free_spot(const render::Geometry& g, const render::GeoCluster& c,
                                       double x_min, double x_max) {
    const double right = std::min(c.box.x + c.box.w - 20, x_max - 20);
    const double left = std::max(c.box.x + 20, x_min + 20);
    for (double fy : {0.5, 0.3, 0.7, 0.15, 0.85})
        for (double x = right; x > left; x -= 12) {
            const render::Point p{x, c.box.y + c.box.h * fy};
            bool covered = false;
            for (const auto& n : g.nodes) {
                const render::Rect r{n.box.x - 6, n.box.y - 6, n.box.w + 12, n.box.h + 12};
                if (n.kind != render::NodeKind::Message && r.contains(p)) covered = true;
            }
            for (const auto& k : g.clusters)
                if (k.kind == render::ClusterKind::PrincipalGroup && k.box.contains(p))
                    covered = true;
            if (!covered) return p;
        }
    return std::nullopt;
}

// The zoom at which the map's typical node text is 11 px (at UI scale 1): the median of the
// main text sizes of actors, forums, groups and steps.
float legible_zoom(const render::Geometry& g, float scale) {
    std::vector<double> sizes;
    for (const auto& n : g.nodes)
        if (n.kind == render::NodeKind::Actor || n.kind == render::NodeKind::Forum ||
            n.kind == render::NodeKind::Group || n.kind == render::NodeKind::Step)
            sizes.push_back(n.font_size);
    if (sizes.empty()) return 0;
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    const double median = sizes[sizes.size() / 2];
    return median > 0 ? static_cast<float>(11.0 * scale / median) : 0.0f;
}

} // namespace

void fit_view(CanvasState& s, const render::Rect& bounds, float w, float h, float max_zoom) {
    if (bounds.w <= 0 || bounds.h <= 0 || w <= 0 || h <= 0) return;
    const float margin = 24;
    s.zoom =
        std::clamp(std::min((w - 2 * margin) / float(bounds.w), (h - 2 * margin) / float(bounds.h)),
                   0.05f, max_zoom); // 1.0 (editing) shows text at its laid-out size
    s.pan_x = (w - float(bounds.w) * s.zoom) / 2 - float(bounds.x) * s.zoom;
    s.pan_y = (h - float(bounds.h) * s.zoom) / 2 - float(bounds.y) * s.zoom;
}

void canvas_follow(CanvasState& s, const Id& id) {
    if (id.empty()) return;
    s.reveal = id;
    s.highlight = id;
    s.highlight_until = std::chrono::steady_clock::now() + std::chrono::milliseconds(1800);
}

std::vector<CanvasIntent> draw_canvas(App& app, const render::Geometry& g, const CanvasOptions& o) {
    std::vector<CanvasIntent> intents;
    CanvasState& s = app.canvas;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < 10 || avail.y < 10) return intents;
    const CanvasColors cc =
        canvas_colors(app.workshop ? Palette::HighContrast : palette_for(app.settings.theme));
    if (avail.x != s.last_w || avail.y != s.last_h) {
        if (!s.user_moved) s.fit_pending = true; // window resized, e.g. entering fullscreen
        s.last_w = avail.x;
        s.last_h = avail.y;
    }
    // The first map after an empty one ("nothing to show yet") is fitted: there is no view yet
    // that the user could lose.
    if (!g.message.empty()) {
        s.showed_message = true;
    } else if (s.showed_message) {
        s.showed_message = false;
        s.fit_pending = true;
    }
    if (s.fit_pending) {
        const render::Rect b = content_bounds(g, o);
        fit_view(s, b, avail.x, avail.y, o.max_fit_zoom);
        // Legible at fit: the map's main text never below about 11 px. A structure map was laid
        // out with groups collapsed to fit already; a map that still cannot be shown whole that
        // large is shown from its start (top left), and the user pans to the rest.
        const float floor = legible_zoom(g, app.scale / o.text_scale);
        if (s.zoom < floor) {
            s.zoom = floor;
            s.pan_x = 24 - float(b.x) * s.zoom;
            s.pan_y = 24 - float(b.y) * s.zoom;
        }
        s.fit_pending = false;
        s.user_moved = false;
    }
    ImGui::InvisibleButton(o.id, avail,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    ImGui::SetItemAllowOverlap(); // the in-place rename field lies on top of the canvas
    test_hooks::item(std::string("canvas:") + o.id);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const bool activated = ImGui::IsItemActivated();
    const bool deactivated = ImGui::IsItemDeactivated();
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 clip_b(origin.x + avail.x, origin.y + avail.y);
    CanvasTransform t{origin.x, origin.y, s.zoom, s.pan_x, s.pan_y};

    // Bring an element into view: centre it when asked (zoom_to: selection from a list), or pan
    // just enough to show it after an edit (reveal), so the rest of the map keeps its place.
    if (s.zoom_to) {
        const GeoNode* n = node_of(g, *s.zoom_to);
        const GeoEdge* e = nullptr;
        if (!n)
            for (const auto& x : g.edges)
                if (x.element == *s.zoom_to && !x.spline.empty()) e = &x;
        if (n || e) {
            const render::Point c = n ? centre(n->box) : e->label_pos;
            if (!point_hidden(g, o, c)) {
                // Close enough to read; in workshop mode (large fits) large enough for a room.
                s.zoom = std::max(s.zoom, o.max_fit_zoom > 1.0f ? 1.6f : 0.8f);
                s.pan_x = avail.x / 2 - float(c.x) * s.zoom;
                s.pan_y = avail.y / 2 - float(c.y) * s.zoom;
                s.highlight = *s.zoom_to;
                s.highlight_until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
            }
            s.zoom_to.reset();
        } else if (--s.zoom_to_frames <= 0) {
            s.zoom_to.reset(); // not on this map (a model-wide finding, a document …)
        }
    }
    // A new layout (after an edit) keeps the zoom and the pan; only when part of the map would
    // now lie outside the canvas although the whole map fits at this zoom, it is pulled in by the
    // smallest shift, so a growing map is never clipped and nothing else moves.
    if (!(g.map_bounds == s.last_bounds)) {
        s.last_bounds = g.map_bounds;
        const render::Rect b = content_bounds(g, o);
        const float m = 16;
        auto pull = [&](float lo, float hi, float size, float& pan) {
            if (hi - lo > size - 2 * m) return; // does not fit: leave it to the user (and reveal)
            if (lo < m)
                pan += m - lo;
            else if (hi > size - m)
                pan -= hi - (size - m);
        };
        pull(float(b.x) * s.zoom + s.pan_x, float(b.x + b.w) * s.zoom + s.pan_x, avail.x, s.pan_x);
        pull(float(b.y) * s.zoom + s.pan_y, float(b.y + b.h) * s.zoom + s.pan_y, avail.y, s.pan_y);
    }
    if (s.reveal) {
        if (const GeoNode* n = node_of(g, *s.reveal)) {
            const float m = 30;
            const float x0 = float(n->box.x) * s.zoom + s.pan_x,
                        x1 = float(n->box.x + n->box.w) * s.zoom + s.pan_x;
            const float y0 = float(n->box.y) * s.zoom + s.pan_y,
                        y1 = float(n->box.y + n->box.h) * s.zoom + s.pan_y;
            if (x0 < m)
                s.pan_x += m - x0;
            else if (x1 > avail.x - m)
                s.pan_x -= std::min(x1 - (avail.x - m), x0 - m);
            if (y0 < m)
                s.pan_y += m - y0;
            else if (y1 > avail.y - m)
                s.pan_y -= std::min(y1 - (avail.y - m), y0 - m);
            s.reveal.reset();
        }
    }
    t = {origin.x, origin.y, s.zoom, s.pan_x, s.pan_y};

    // The legend: a small button in the top-right corner, opened into a movable box. Its own
    // gestures come before the map's, so a click on it never selects or pans.
    const float lh = ImGui::GetTextLineHeight();
    const std::string legend_title = tr(Str::Legend);
    float legend_w = ImGui::CalcTextSize(legend_title.c_str()).x + lh * 2;
    if (s.legend_open)
        for (const auto& l : g.legend)
            legend_w = std::max(legend_w, ImGui::CalcTextSize(l.label.c_str()).x + lh * 2.5f + 16);
    const float legend_h =
        lh + 8 + (s.legend_open ? (lh + 4) * static_cast<float>(g.legend.size()) + 4 : 0);
    const bool has_legend = o.show_legend && !g.legend.empty();
    // legend_x is measured from the canvas's right edge, so the legend stays in its corner when
    // the canvas changes size (workshop mode, a panel hidden); it is kept inside the canvas.
    if (s.legend_x < 0 || s.legend_y < 0) {
        s.legend_x = 8; // default: the top-right corner
        s.legend_y = 8;
    }
    s.legend_x = std::clamp(s.legend_x, 4.0f, std::max(4.0f, avail.x - legend_w));
    s.legend_y = std::clamp(s.legend_y, 0.0f, std::max(0.0f, avail.y - legend_h - 4));
    const ImVec2 la(origin.x + avail.x - legend_w - s.legend_x, origin.y + s.legend_y);
    const ImVec2 lb(la.x + legend_w, la.y + legend_h);
    const bool on_legend = has_legend && io.MousePos.x >= la.x && io.MousePos.x <= lb.x &&
                           io.MousePos.y >= la.y && io.MousePos.y <= la.y + lh + 8;

    const render::Point mouse_map{t.mx(io.MousePos.x), t.my(io.MousePos.y)};
    const GeoNode* under = nullptr;
    s.hovered.clear();
    if (hovered && !on_legend && !point_hidden(g, o, mouse_map)) {
        under = node_at(g, mouse_map);
        s.hovered = under ? under->element : g.hit_test(mouse_map, 5.0 / s.zoom);
    }

    if (activated && io.MouseClicked[0]) {
        s.drag_from.clear();
        s.panning = false;
        s.legend_dragging = on_legend;
        if (!on_legend && o.editable && under && draggable(under->kind)) {
            s.drag_from = under->element;
            s.drag_kind = under->kind;
            s.drag_band = under->band.empty() ? band_of_point(g, centre(under->box)) : under->band;
        } else if (!on_legend) {
            s.panning = true;
        }
    }
    const bool dragging = active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f);
    if (dragging && s.legend_dragging) {
        s.legend_x -= io.MouseDelta.x;
        s.legend_y += io.MouseDelta.y;
    } else if (dragging && s.panning) {
        s.pan_x += io.MouseDelta.x;
        s.pan_y += io.MouseDelta.y;
        s.user_moved = true;
    }
    if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 3.0f)) {
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

    auto intent = [&](CanvasIntent::Kind k) {
        CanvasIntent in;
        in.kind = k;
        in.screen_x = io.MousePos.x;
        in.screen_y = io.MousePos.y;
        intents.push_back(in);
        return &intents.back();
    };
    // The drop target of a node drag: another node, else the band under the cursor.
    const GeoNode* drop_node = !s.drag_from.empty() && under && under->element != s.drag_from &&
                                       under->kind != render::NodeKind::Header &&
                                       under->kind != render::NodeKind::Message
                                   ? under
                                   : nullptr;
    const Id drop_band = band_of_point(g, mouse_map);
    const bool click = io.MouseDragMaxDistanceSqr[0] < 9.0f;

    if (deactivated && io.MouseReleased[0]) {
        if (s.legend_dragging && click && hovered) {
            s.legend_open = !s.legend_open;
        } else if (!s.legend_dragging && click && hovered) {
            if (!s.hovered.empty()) {
                auto* in = intent(CanvasIntent::Kind::Select);
                in->element = s.hovered;
                in->node_kind = under ? under->kind : render::NodeKind::Other;
                in->target = under ? under->owner : Id{};
            } else {
                intent(CanvasIntent::Kind::ClearSelection);
            }
        } else if (!s.drag_from.empty() && !click) {
            if (drop_node) {
                auto* in = intent(CanvasIntent::Kind::Connect);
                in->element = s.drag_from;
                in->node_kind = s.drag_kind;
                in->target = drop_node->kind == render::NodeKind::MemberChip ? drop_node->owner
                                                                             : drop_node->element;
            } else if (drop_band != s.drag_band && !drop_band.empty() &&
                       s.drag_kind != render::NodeKind::Step) {
                auto* in = intent(CanvasIntent::Kind::MoveToBand);
                in->element = s.drag_from;
                in->node_kind = s.drag_kind;
                in->band = drop_band;
            }
        }
        s.drag_from.clear();
        s.panning = false;
        s.legend_dragging = false;
    }
    if (o.editable && hovered && !on_legend && ImGui::IsMouseDoubleClicked(0)) {
        if (under && under->kind != render::NodeKind::Message &&
            under->kind != render::NodeKind::Group) {
            auto* in = intent(CanvasIntent::Kind::StartRename);
            in->element = under->element;
            in->node_kind = under->kind;
        } else if (!under && s.hovered.empty()) {
            auto* in = intent(CanvasIntent::Kind::Create);
            in->band = drop_band;
            in->group = group_at(g, mouse_map);
            const auto* c = g.band_at(mouse_map);
            in->node_kind = c && c->kind == render::ClusterKind::Lane ? render::NodeKind::Step
                                                                      : render::NodeKind::Other;
        }
    }
    if (o.editable && hovered && !on_legend && ImGui::IsMouseReleased(1) &&
        io.MouseDragMaxDistanceSqr[1] < 9.0f) {
        auto* in = intent(CanvasIntent::Kind::ContextMenu);
        in->element = s.hovered;
        in->node_kind = under ? under->kind : render::NodeKind::Other;
        in->target = under ? under->owner : Id{};
        in->band = drop_band;
        in->group = group_at(g, mouse_map);
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, clip_b, true);
    dl->AddRectFilled(origin, clip_b, cc.background);
    auto visible = [&](const render::Rect& r) {
        return t.sx(r.x + r.w) >= origin.x && t.sx(r.x) <= clip_b.x &&
               t.sy(r.y + r.h) >= origin.y && t.sy(r.y) <= clip_b.y;
    };
    auto screen_rect = [&](const render::Rect& r) {
        return std::pair{ImVec2(t.sx(r.x), t.sy(r.y)), ImVec2(t.sx(r.x + r.w), t.sy(r.y + r.h))};
    };
    ImFont* font = ImGui::GetFont();
    const bool highlight_on =
        !s.highlight.empty() && std::chrono::steady_clock::now() < s.highlight_until;

    for (const auto& c : g.clusters) {
        if (cluster_hidden(o, c.element) || !visible(c.box) ||
            (c.kind != render::ClusterKind::Band && point_hidden(g, o, centre(c.box))))
            continue;
        const auto [a, b] = screen_rect(c.box);
        dl->AddRectFilled(a, b, col(c.fill, c.greyed), 6 * t.zoom);
        const bool drop_here = !s.drag_from.empty() && !drop_node &&
                               (c.kind == render::ClusterKind::Band) && c.element == drop_band &&
                               drop_band != s.drag_band;
        dl->AddRect(a, b, drop_here ? cc.hover : col(c.stroke, c.greyed), 6 * t.zoom, 0,
                    drop_here ? 3.0f : std::max(1.0f, 1.5f * t.zoom));
        const float size = 11.0f * t.zoom * o.text_scale;
        if (size >= 5.0f && c.label_drawn) {
            // Top-left inside the band, clipped to it, so it never spills over its neighbours.
            const ImVec4 clip(a.x, a.y, b.x, b.y);
            dl->AddText(font, size, ImVec2(a.x + 6 * t.zoom, a.y + 3 * t.zoom),
                        col(0x222222FF, c.greyed), c.label.c_str(), nullptr, 0.0f, &clip);
        }
        if (test_hooks::enabled() &&
            (c.kind == render::ClusterKind::Band || c.kind == render::ClusterKind::Lane)) {
            const std::string kind = c.kind == render::ClusterKind::Band ? "band" : "lane";
            if (auto p = free_spot(g, c, t.mx(origin.x), t.mx(clip_b.x))) {
                const ImVec2 q(t.sx(p->x), t.sy(p->y));
                if (q.x > origin.x && q.y > origin.y && q.x < clip_b.x && q.y < clip_b.y) {
                    ImGui::SetCursorScreenPos(ImVec2(q.x - 1, q.y - 1));
                    ImGui::Dummy(ImVec2(2, 2));
                    test_hooks::item(kind + "-empty:" + c.element);
                }
            }
        }
    }

    std::vector<ImVec2> pts;
    for (const auto& e : g.edges) {
        if (e.spline.size() < 4) continue;
        if (edge_hidden(g, o, e)) continue;
        pts.clear();
        for (const auto& p : e.spline)
            pts.emplace_back(t.sx(p.x), t.sy(p.y));
        const bool sel = !e.element.empty() && e.element == app.doc.selection;
        const bool hov = !e.element.empty() && e.element == s.hovered;
        const bool hl = highlight_on && !e.element.empty() && e.element == s.highlight;
        const ImU32 c = sel || hl ? cc.selection : hov ? cc.hover : col(e.color, e.greyed);
        const float w =
            std::max(1.0f, float(e.width) * t.zoom * (e.style == LineStyle::Bold ? 2.0f : 1.0f)) *
            (sel || hl ? 2.5f : 1.0f);
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
        if (test_hooks::enabled() && !e.element.empty()) {
            // The middle of the route, where a right-click or click finds the edge.
            const auto& mid = e.spline[e.spline.size() / 2];
            const ImVec2 q(t.sx(mid.x), t.sy(mid.y));
            if (q.x > origin.x && q.y > origin.y && q.x < clip_b.x && q.y < clip_b.y) {
                ImGui::SetCursorScreenPos(ImVec2(q.x - 1, q.y - 1));
                ImGui::Dummy(ImVec2(2, 2));
                test_hooks::item("edge:" + e.element);
            }
        }
    }

    for (const auto& n : g.nodes) {
        if (!visible(n.box) || point_hidden(g, o, centre(n.box))) continue;
        const bool hl =
            highlight_on && n.element == s.highlight && n.kind != render::NodeKind::MemberChip;
        draw_node(dl, n, t, o.text_scale, n.element == app.doc.selection || hl,
                  n.element == s.hovered || (drop_node && drop_node == &n), cc);
        if (test_hooks::enabled()) {
            const auto [a, b] = screen_rect(n.box);
            ImGui::SetCursorScreenPos(ImVec2(std::max(a.x, origin.x), std::max(a.y, origin.y)));
            ImGui::Dummy(ImVec2(std::max(1.0f, std::min(b.x, clip_b.x) - std::max(a.x, origin.x)),
                                std::max(1.0f, std::min(b.y, clip_b.y) - std::max(a.y, origin.y))));
            // Chips are named after their forum too: "chip:F-ID:U-ID".
            if (n.kind == render::NodeKind::MemberChip)
                test_hooks::item("chip:" + n.owner + ":" + n.element);
            else if (n.kind != render::NodeKind::StepShare)
                test_hooks::item("map:" + n.element);
            if (n.kind == render::NodeKind::Forum) {
                // The forum's own strip above its chips, where a click means the forum itself.
                ImGui::SetCursorScreenPos(ImVec2(std::max(a.x, origin.x) + 2, a.y + 2));
                ImGui::Dummy(ImVec2(std::max(1.0f, std::min(b.x, clip_b.x) - a.x - 4), 4.0f));
                test_hooks::item("map-top:" + n.element);
            }
        }
    }

    draw_version_overlay(app, g, t, dl); // Jämför med…: added and changed elements outlined

    // The rubber band of a node drag, to the node or band it would land on.
    if (!s.drag_from.empty() && dragging) {
        if (const GeoNode* from = node_of(g, s.drag_from)) {
            const auto [a, b] = screen_rect(from->box);
            const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
            dl->AddLine(c, io.MousePos, cc.selection, 2.5f);
            arrow(dl, c, io.MousePos, cc.selection, 12.0f);
        }
        if (drop_node) {
            const auto [a, b] = screen_rect(drop_node->box);
            dl->AddRect(ImVec2(a.x - 4, a.y - 4), ImVec2(b.x + 4, b.y + 4), cc.hover, 4, 0, 3.5f);
        }
    }

    if (has_legend) {
        dl->AddRectFilled(la, lb, IM_COL32(255, 255, 255, 235), 4);
        dl->AddRect(la, lb, IM_COL32(120, 120, 120, 255), 4);
        const std::string head = std::string(s.legend_open ? "▾ " : "▸ ") + legend_title;
        dl->AddText(ImVec2(la.x + 8, la.y + 4), IM_COL32(20, 20, 20, 255), head.c_str());
        if (test_hooks::enabled()) {
            ImGui::SetCursorScreenPos(la);
            ImGui::Dummy(ImVec2(legend_w, lh + 8));
            test_hooks::item("legend:toggle");
        }
        if (s.legend_open) {
            float y = la.y + lh + 10;
            for (const auto& l : g.legend) {
                const ImVec2 sa(la.x + 8, y + 2), sb(la.x + 8 + lh * 1.6f, y + lh - 2);
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
    }
    // An empty map says how to start: the ways to add without the outline.
    if (!g.message.empty() && o.editable) {
        const char* hint = tr(Str::EmptyMapHint);
        const ImVec2 ts = ImGui::CalcTextSize(hint);
        dl->AddText(ImVec2(origin.x + (avail.x - ts.x) / 2, clip_b.y - ts.y - 16),
                    IM_COL32(90, 90, 90, 255), hint);
    }
    dl->PopClipRect();

    // In-place rename: a text field over the node; Enter commits, Escape or a click away cancels.
    if (!s.renaming.empty()) {
        if (const GeoNode* n = node_of(g, s.renaming)) {
            const auto [a, b] = screen_rect(n->box);
            const float w = std::max(b.x - a.x, 200.0f);
            ImGui::SetCursorScreenPos(
                ImVec2(std::clamp(a.x, origin.x, clip_b.x - w),
                       std::clamp((a.y + b.y) / 2 - lh / 2 - 4, origin.y, clip_b.y - lh - 8)));
            ImGui::SetNextItemWidth(w);
            if (s.rename_focus) ImGui::SetKeyboardFocusHere();
            const bool enter = ImGui::InputText("##rename", &s.rename_text,
                                                ImGuiInputTextFlags_EnterReturnsTrue |
                                                    ImGuiInputTextFlags_AutoSelectAll);
            test_hooks::item("canvas:rename");
            const bool focus_now = s.rename_focus;
            s.rename_focus = false;
            if (enter) {
                auto* in = intent(CanvasIntent::Kind::Rename);
                in->element = s.renaming;
                in->text = s.rename_text;
                s.renaming.clear();
            } else if (!focus_now &&
                       (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) ||
                        !ImGui::IsItemActive())) {
                s.renaming.clear();
            }
        }
    }

    if (!s.hovered.empty() && hovered && s.drag_from.empty()) {
        std::string tip;
        if (under) tip = under->tooltip;
        for (const auto& e : g.edges)
            if (e.element == s.hovered && tip.empty()) tip = e.tooltip;
        if (tip.empty()) tip = app.doc.name_of(s.hovered);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted(tip.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return intents;
}

} // namespace skm::gui
