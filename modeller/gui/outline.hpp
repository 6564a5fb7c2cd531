#pragma once
// The outline: every element of the map grouped by kind, with search, create, rename, duplicate
// and delete (delete first shows what refers to the element).
#include "skm/model.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace skm::gui {

class App;

struct OutlineState {
    std::string filter;
    Id rename_id; // element whose id is being changed
    std::string rename_to;
    bool rename_open = false;
    Id delete_id; // element waiting for delete confirmation
    bool delete_open = false;
    Id scroll_to; // bring this item into view (selection from the map)
    // What the filter lets through, per collection (indices into it), worked out once per change
    // of model or filter: walking a 100,000-element model every frame took a good part of it.
    struct Shown {
        std::uint64_t generation = 0;
        std::string needle;
        std::map<std::string, std::vector<std::size_t>, std::less<>> by_collection;
    } shown;
};

void draw_outline(App& app);
// Opens the delete confirmation for an element (also used by the Delete key).
void ask_delete(App& app, const Id& id);
void ask_rename(App& app, const Id& id);
// Draws the rename and delete popups (called once per frame from the main window).
void draw_outline_popups(App& app);

} // namespace skm::gui
