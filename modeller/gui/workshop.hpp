#pragma once
// Workshop mode: the map fullscreen in large type and high contrast for a steering group, revealed
// level by level, with a walk through the findings and a meeting timer. Esc returns to editing.
// The walk takes the gaps (Brister: what the map describes as missing or wrong) first and then the
// mapping questions (Kartläggningsfrågor: what the map does not describe, with what to find out),
// each under its heading, as the findings panel and the report keep them apart.
#include "skm/model.hpp"
#include "skm/rules.hpp"

#include <chrono>
#include <set>
#include <vector>

namespace skm::gui {

class App;

struct WorkshopState {
    int revealed = 0;   // number of levels shown (0 = all)
    int gap_index = -1; // current finding in the gap walk, -1 = none
    std::chrono::steady_clock::time_point started;
    std::set<Id> hidden_clusters;
    int max_severity = 2;  // the walk shows findings up to this severity (0 errors … 2 info)
    bool by_rule = false;  // the walk goes rule by rule
    bool questions = true; // the walk goes on to the mapping questions after the gaps
    bool begun = false;    // a meeting is under way (kept when leaving workshop mode to edit)
};

void draw_workshop(App& app);
void workshop_next_gap(App& app, int step);
void workshop_reveal(App& app, int step);
// The findings the gap walk goes through: open, filtered by severity; the gaps first, then the
// questions (unless left out), each part optionally rule by rule.
std::vector<const Finding*> workshop_gaps(const App& app);

} // namespace skm::gui
