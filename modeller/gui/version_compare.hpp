#pragma once
// Arkiv → Jämför med… (issue 10 §3): another version of the map compared with the open one
// (skm/versions.hpp). Elements added since that version are outlined green on the map, changed ones
// amber, and the window "Jämförelse" lists them all, the removed ones too (they are not on this
// map); a click on an entry selects and centres its element. The comparison is view state only:
// it never edits the model, and it follows the open map's edits.
#include "file_dialog.hpp"
#include "skm/versions.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct ImDrawList;

namespace skm::render {
struct Geometry;
}

namespace skm::gui {

class App;
struct CanvasTransform;

struct VersionCompareState {
    bool active = false;      // a comparison is shown
    bool window_open = false; // the list window "Jämförelse"
    std::string path;         // the other version's file
    std::shared_ptr<const Model> other;
    std::vector<ElementChange> changes;      // from the other version to the open map
    std::map<Id, ElementChange::Kind> marks; // elements of the open map that are added or changed
    std::uint64_t generation = 0;            // the open map's generation the changes are for
    FileDialog dialog;
    bool choosing = false;
};

// The File menu's items: "Jämför med…" and "Avsluta jämförelsen".
void version_compare_menu_items(App& app);
// Loads `path` and compares it with the open map; false (and an error message) when it does not
// load.
bool compare_with(App& app, const std::string& path);
void stop_version_compare(App& app);
// Every frame, outside other windows: the file dialog and the window "Jämförelse".
void draw_version_compare(App& app);
// On the canvas, over the nodes and edges: green and amber outlines of added and changed
// elements. Nothing when no comparison is shown.
void draw_version_overlay(const App& app, const render::Geometry& g, const CanvasTransform& t,
                          ImDrawList* dl);

} // namespace skm::gui
