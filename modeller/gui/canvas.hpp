#pragma once
// The map canvas: draws a laid-out view (render::Geometry) with ImDrawList, and handles
// selection (click), tooltips (hover), pan (drag), zoom (wheel, around the cursor) and fit (F).
#include "skm/geometry.hpp"

#include <optional>
#include <set>
#include <string>

namespace skm::gui {

class App;

struct CanvasState {
    float zoom = 1.0f;
    float pan_x = 0, pan_y = 0; // screen offset of geometry point (0,0) from the canvas corner
    bool fit_pending = true;
    bool fit_on_next_layout = true; // fit when the layout of the current model arrives
    std::optional<Id> zoom_to;      // centre on this element at the next frame
    Id hovered;
    bool user_moved = false; // after a pan or zoom, a resize keeps the user's view
    float last_w = 0, last_h = 0;
};

struct CanvasOptions {
    const char* id = "map";
    float text_scale = 1.0f;                       // workshop mode draws larger labels
    const std::set<Id>* hidden_clusters = nullptr; // workshop reveal: levels not yet shown
    bool show_legend = true;
};

// Draws into the remaining space of the current window.
void draw_canvas(App& app, const render::Geometry& g, const CanvasOptions& options);

// Map point → screen and back, for the current canvas state and origin.
struct CanvasTransform {
    float ox, oy, zoom, pan_x, pan_y;
    float sx(double x) const { return ox + pan_x + static_cast<float>(x) * zoom; }
    float sy(double y) const { return oy + pan_y + static_cast<float>(y) * zoom; }
    double mx(float x) const { return (x - ox - pan_x) / zoom; }
    double my(float y) const { return (y - oy - pan_y) / zoom; }
};

// The zoom and pan that fit `bounds` into a w×h canvas with a margin.
void fit_view(CanvasState& s, const render::Rect& bounds, float w, float h);

} // namespace skm::gui
