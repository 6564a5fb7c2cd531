#pragma once
// Where the editor keeps its own files, following the XDG base directory rules so tests can
// isolate themselves with XDG_CONFIG_HOME / XDG_STATE_HOME.
#include <filesystem>

namespace skm::gui {

std::filesystem::path config_dir();   // $XDG_CONFIG_HOME/samverkanskartan or ~/.config/…
std::filesystem::path state_dir();    // $XDG_STATE_HOME/samverkanskartan or ~/.local/state/…
std::filesystem::path examples_dir(); // the bundled example maps

} // namespace skm::gui
