#pragma once
// The map canvas: draws a laid-out view (render::Geometry) with ImDrawList and turns the user's
// gestures into intents. It never edits the model itself: the app turns each intent into a
// command (canvas_edit.hpp), so undo/redo, autosave and the findings follow every canvas edit
// exactly as they follow an inspector edit (the imnodes / imgui-node-editor pattern).
//
// Coordinate spaces (kept apart on purpose; every variable says which one it is in):
//   map space    — render::Geometry's points (1/72 inch), origin at the layout's top-left,
//                  y grows downwards. Node boxes, bands and splines are stored in it.
//   canvas space — pixels relative to the canvas's top-left corner: c = m * zoom + pan.
//                  CanvasState::pan_x/pan_y and zoom are in this space; they survive a move of the
//                  panel because they do not contain the panel's position.
//   screen space — ImGui pixels (io.MousePos, ImDrawList): s = origin + c, where origin is the
//                  canvas's top-left corner on screen this frame.
// CanvasTransform converts map ↔ screen (sx/sy and mx/my); nothing else mixes the spaces.
//
// Gestures: click selects; drag on empty space pans, drag from a node draws a rubber band and
// drops it on another node (Connect) or into another band (MoveToBand); double-click on empty space
// creates there (Create), on a node renames it in place; right-click opens the context menu of the
// node, edge or empty spot; the wheel zooms around the cursor; F fits (only F and opening do).
#include "skm/geometry.hpp"

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

struct ImVec2;

namespace skm::gui {

class App;

// What the user asked the map to do; applied by apply_canvas_intents (canvas_edit.hpp).
struct CanvasIntent {
    enum class Kind {
        Select,         // element: a node or edge was clicked
        ClearSelection, // a click on empty space
        Create,         // double-click on empty space: band = level or lane id, group = principal
        Connect,        // a drag from `element` dropped on `target`
        MoveToBand,     // a drag from `element` dropped into band `band` (another level)
        StartRename,    // double-click on a node (or F2): rename it in place
        Rename,         // the in-place rename was committed with `text`
        ContextMenu,    // right-click: on `element` (node or edge) or on empty space in `band`
    };
    Kind kind = Kind::Select;
    Id element, target, band, group;
    render::NodeKind node_kind = render::NodeKind::Other;
    std::string text;
    float screen_x = 0, screen_y = 0; // where it happened (screen space), for popups
};

struct CanvasState {
    float zoom = 1.0f;
    float pan_x = 0, pan_y = 0; // canvas space: where map point (0,0) lies
    bool fit_pending = true;
    bool fit_on_next_layout = true; // fit when the layout of the current model arrives
    std::optional<Id> zoom_to;      // centre on this element once the map shows it …
    int zoom_to_frames = 0;         // … waiting at most this many frames (a view switch)
    std::optional<Id> reveal;       // bring this element into view (no zoom change) when laid out
    Id highlight;                   // briefly highlighted after an edit (new or changed element)
    std::chrono::steady_clock::time_point highlight_until{};
    Id hovered;
    render::Rect last_bounds;    // map bounds of the layout drawn last (to notice a new one)
    bool showed_message = false; // the last frame drew an empty view's message
    bool user_moved = false;     // after a pan or zoom, a resize keeps the user's view
    float last_w = 0, last_h = 0;
    // A drag that started on a node (map-space anchor of its start).
    Id drag_from;
    render::NodeKind drag_kind = render::NodeKind::Other;
    Id drag_band;
    bool panning = false;
    // In-place rename.
    Id renaming;
    std::string rename_text;
    bool rename_focus = false;
    // Legend: collapsed to a button, and where it sits (canvas space: x from the right edge to its
    // right side, y from the top; <0 = default).
    bool legend_open = false; // collapsed by default, so it never covers the map
    float legend_x = -1, legend_y = -1;
    bool legend_dragging = false;
};

struct CanvasOptions {
    const char* id = "map";
    float text_scale = 1.0f;                       // workshop mode draws larger labels
    const std::set<Id>* hidden_clusters = nullptr; // workshop reveal: levels not yet shown
    bool show_legend = true;
    bool editable = true;      // false: gestures only select, pan and zoom
    float max_fit_zoom = 1.0f; // a fit never enlarges beyond this (workshop: large for a projector)
};

// Draws into the remaining space of the current window and returns what the user asked for.
std::vector<CanvasIntent> draw_canvas(App& app, const render::Geometry& g,
                                      const CanvasOptions& options);

// Map space → screen space and back, for the current canvas state and origin.
struct CanvasTransform {
    float ox, oy, zoom, pan_x, pan_y; // origin (screen), zoom and pan (canvas space)
    float sx(double x) const { return ox + pan_x + static_cast<float>(x) * zoom; }
    float sy(double y) const { return oy + pan_y + static_cast<float>(y) * zoom; }
    double mx(float x) const { return (x - ox - pan_x) / zoom; }
    double my(float y) const { return (y - oy - pan_y) / zoom; }
};

// The zoom and pan that fit `bounds` (map space) into a w×h canvas with a margin.
void fit_view(CanvasState& s, const render::Rect& bounds, float w, float h, float max_zoom = 1.0f);

// Marks `id` to be brought into view and highlighted once the map shows it (after an edit).
void canvas_follow(CanvasState& s, const Id& id);

} // namespace skm::gui
