#pragma once
// The main menu bar (Arkiv, Redigera, Visa, Exportera, Hjälp) and the map's view switch.
namespace skm::gui {

class App;

// Draws the menu bar; returns its height.
float draw_main_menu(App& app);
// Struktur / Överlämningar / Process (+ which) / Eskalering, above the map.
void draw_view_switch(App& app);

} // namespace skm::gui
