#pragma once
// Findings panel: live findings after each edit, filtered by severity; questions (what the map
// does not describe, marked "?") apart from gaps; a click focuses the element; waivers with a
// written justification; the action plan (owner, due date, status, note) per finding; per-rule
// severity overrides.
#include "skm/rules.hpp"

#include <cstdint>
#include <string>
#include <vector>

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
    // The filtered rows and the counts, rebuilt only when the findings or the filters change: a
    // 100,000-element model has tens of thousands of findings, and filtering them every frame
    // took most of the frame.
    struct Rows {
        std::uint64_t generation = 0;
        const Finding* data = nullptr;
        std::size_t size = 0;
        int filters = -1;
        std::vector<const Finding*> rows;
        // The first row about each element, by the element's slot (findings_element_slots).
        std::vector<std::uint32_t> first_row_of_slot;
        std::size_t counts[3] = {0, 0, 0};
    } rows;
};

void draw_findings(App& app);
void draw_findings_popups(App& app);
// Opens the waiver dialog for a finding (also from workshop mode).
void ask_waiver(App& app, const Finding& f);
// Opens the action dialog for a finding, filled with its current entry if it has one.
void ask_action(App& app, const Finding& f);

} // namespace skm::gui
