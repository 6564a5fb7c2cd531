#pragma once
// Workshop mode: the map fullscreen in large type and high contrast for a steering group, revealed
// level by level, with a walk through the gaps and a meeting timer. Esc returns to editing.
#include "skm/model.hpp"

#include <chrono>
#include <set>

namespace skm::gui {

class App;

struct WorkshopState {
    int revealed = 0;   // number of levels shown (0 = all)
    int gap_index = -1; // current finding in the gap walk, -1 = none
    std::chrono::steady_clock::time_point started;
    std::set<Id> hidden_clusters;
    bool begun = false; // a meeting is under way (kept when leaving workshop mode to edit)
};

void draw_workshop(App& app);
void workshop_next_gap(App& app, int step);
void workshop_reveal(App& app, int step);

} // namespace skm::gui
