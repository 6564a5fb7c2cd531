#pragma once
// "Kartan kunde inte sparas" (issue 11 §1): a save refused because the file changed on disk since
// it was loaded, or because another editor holds its lock. Never a dead end: Läs in igen (the
// version on disk replaces the editor's, as one undo step), Jämför (the semantic diff from the
// file on disk to the map in the editor), Spara som… and Avbryt.
#include "disk_version.hpp"
#include "map_lock.hpp"

#include <optional>
#include <string>
#include <vector>

namespace skm::gui {

class App;

struct SaveConflictState {
    bool open_request = false;
    std::string path;                 // the file the save was for
    std::optional<LockHolder> holder; // refused for another editor's lock (else: changed)
    // Jämför: the version on disk and its differences, loaded when asked for.
    bool comparing = false;
    std::optional<DiskVersion> disk;
    std::vector<ElementChange> diff;
};

// Shows the dialog for a refused save of `path`.
void report_save_conflict(App& app, const std::string& path, std::optional<LockHolder> holder);
void draw_save_conflict(App& app);
// Läs in igen: the version on disk replaces the model as one undo step and becomes the saved
// state. False (with a message) when the file cannot be read as a map.
bool reload_from_disk(App& app);

} // namespace skm::gui
