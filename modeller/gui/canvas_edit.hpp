#pragma once
// Turns the canvas's intents into commands (through MapDocument::execute, so undo, autosave and
// the findings follow), and draws the small popups a gesture needs: the create popup (kind and
// name), the connect popup (handoff type or membership) and the context menus.
#include "canvas.hpp"
#include "edit_ops.hpp"

#include <vector>

namespace skm::gui {

class App;

struct CanvasEditState {
    // Create popup (double-click on empty space).
    bool create_request = false;
    Id create_band, create_principal;
    bool create_step = false; // in a process lane: a new step
    int create_kind = 0;      // 0 actor (unit), 1 forum
    std::string create_name;
    bool create_refocus = false;
    // Connect popup (a drag from node to node).
    bool connect_request = false;
    Id connect_from, connect_to;
    bool connect_feedback = true; // an anmälan adds its återkoppling in the same step
    // Context menu (right-click).
    bool context_request = false;
    CanvasIntent context;
    float popup_x = 0, popup_y = 0;
};

void apply_canvas_intents(App& app, const std::vector<CanvasIntent>& intents);
void draw_canvas_popups(App& app);
// Expands or collapses a principal's group ("group:<principal-id>") on the structure map.
void toggle_group(App& app, const Id& group, bool expand);
// F2: rename the selected element in place on the map.
void start_rename(App& app, const Id& id);
// Runs a created command, selects its element and brings it into view; false (with a message
// box) when the edit was refused.
bool run_edit(App& app, Created&& c);

} // namespace skm::gui
