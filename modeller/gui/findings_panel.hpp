#pragma once
// Findings panel: live findings after each edit, filtered by severity; a click focuses the
// element; waivers with a written justification; per-rule severity overrides.
#include "skm/rules.hpp"

#include <string>

namespace skm::gui {

class App;

struct FindingsState {
    bool show[3] = {true, true, true}; // error, warning, info
    bool show_waived = false;
    bool waive_open = false;
    std::string waive_rule, waive_element, justification, author, waive_error;
    bool rules_open = false;
    Id scroll_to; // bring the first finding about this element into view
};

void draw_findings(App& app);
void draw_findings_popups(App& app);
// Opens the waiver dialog for a finding (also from workshop mode).
void ask_waiver(App& app, const Finding& f);

} // namespace skm::gui
