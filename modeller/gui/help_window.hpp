#pragma once
// F1: every keyboard shortcut in one window.
namespace skm::gui {
class App;
void draw_help_window(App& app);
} // namespace skm::gui
