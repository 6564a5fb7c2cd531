#pragma once
// Quick add (Ctrl+K): one line of text creates one element, with names instead of ids and
// sensible defaults. "forum Samverkansgrupp BUP", "aktör BVC region", "överlämning Skolan →
// Socialtjänsten anmälan", "nivå Övergripande nivå", "huvudman Strömsunds kommun",
// "process Mottagande", "steg Utredning i Socialtjänsten", "simbana Grundskolan".
// The parser is UI-free so the unit tests check it; the panel shows its preview as you type.
#include "edit_ops.hpp"
#include "skm/view.hpp"

#include <optional>
#include <string>

namespace skm::gui {

class App;

struct QuickAddContext {
    Id level;   // the level a new actor or forum goes on when the line names none
    Id process; // the process a new step or lane belongs to
    Lang lang = Lang::Sv;
};

struct QuickAdd {
    Created created;     // empty cmd when the line cannot be carried out
    std::string preview; // what Enter will do, in words
    std::string error;   // why not
    Id show_process;     // switch the map to this process (a new process or step)
};

QuickAdd parse_quick_add(const Model& m, const std::string& line, const QuickAddContext& ctx);

// The element a typed name refers to: exact name first, then a unique name containing it, then a
// unique name with a word starting with it (case-insensitive). "" when none or ambiguous.
Id match_name(const Model& m, const std::string& text, std::uint32_t mask);

struct PaletteState {
    bool open_request = false;
    bool cursor_to_end = false;
    std::string prefill; // the line to open with ("nivå " from the map's menu)
    std::string text;
    Id last_level; // where the previous quick add put things
};

void draw_palette(App& app);

} // namespace skm::gui
