#pragma once
// Findings panel: live findings after each edit, filtered by severity; questions (what the map
// does not describe, marked "?") apart from gaps; a click focuses the element; waivers with a
// written justification; the action plan (owner, due date, status, note) per finding; per-rule
// severity overrides.
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
    bool show_questions = true;
    // The action dialog: one finding's åtgärd being edited.
    bool action_open = false;
    std::string act_rule, act_element, act_due, act_note, act_error;
    Id act_owner;
    int act_status = 0; // ActionStatus
    bool act_exists = false;
    Id scroll_to; // bring the first finding about this element into view
};

void draw_findings(App& app);
void draw_findings_popups(App& app);
// Opens the waiver dialog for a finding (also from workshop mode).
void ask_waiver(App& app, const Finding& f);
// Opens the action dialog for a finding, filled with its current entry if it has one.
void ask_action(App& app, const Finding& f);

} // namespace skm::gui
