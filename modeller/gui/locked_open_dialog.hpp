#pragma once
// Opening a map that another running editor has open (issue 11 §1): the holder's name and
// computer, and the choice to open it read-only or not at all. Read-only: edits and Save are
// refused, the title says "(skrivskyddad)", Save as… writes a copy of one's own.
#include "map_lock.hpp"

#include <string>

namespace skm::gui {

class App;

struct LockedOpenState {
    bool open_request = false;
    std::string path;
    LockHolder holder;
};

void ask_open_locked(App& app, const std::string& path, const LockHolder& holder);
void draw_locked_open(App& app);

} // namespace skm::gui
