#pragma once
// Which picture of a model to draw. Shared by the exports, the command line and the editor.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <vector>

namespace skm::render {

enum class ViewKind { Structure, Handoffs, Process, Escalation };

// Level of detail for principal groups ("group:<principal-id>"): a principal's units on the
// structure map drawn one by one, or collapsed into one node with a count.
enum class Detail {
    Full,    // every group expanded, except those in ViewSpec::collapsed_groups
    Grouped, // every group collapsed, except those in ViewSpec::expanded_groups
    Auto,    // collapsed as far as needed to keep text readable in ViewSpec::fit_* (see
             // groups_to_collapse in layout.hpp), except expanded_groups; plus collapsed_groups
};

// Which way a process map reads.
enum class LaneFlow {
    Auto,        // left to right, or top to bottom when the page hint is portrait
    LeftToRight, // lanes are rows, steps advance to the right
    TopToBottom, // lanes are columns, steps advance downwards (for portrait pages)
};

struct ViewSpec {
    ViewKind kind = ViewKind::Structure;
    Id process; // for ViewKind::Process
    Lang lang = Lang::Sv;
    // Finding badges on elements. The editor keeps them on; document exports turn them off.
    bool show_findings = true;
    // Scoping, so large models stay readable and fast: empty = everything.
    Id only_level;        // one level band
    Id only_principal;    // one principal (municipality/region)
    Id focus;             // neighbourhood of one element …
    int focus_radius = 0; // … this many hops out (0 = no neighbourhood scoping)

    // Level of detail (structure map).
    Detail detail = Detail::Full;
    std::vector<Id> expanded_groups;  // "group:<principal-id>" shown unit by unit
    std::vector<Id> collapsed_groups; // "group:<principal-id>" collapsed into one node
    // Detail::Auto: the canvas the whole map is fitted into (any unit, e.g. pixels) and the
    // smallest text height allowed there (same unit). 0 = no limit (nothing collapses).
    double fit_width = 0, fit_height = 0, min_text = 0;

    // Structure map: one column per principal (joint forums in a column of their own).
    bool principal_columns = false;
    // Process map direction.
    LaneFlow lanes = LaneFlow::Auto;
    // Page-shape hint (points, at the scale the map will be printed): rows of a band wrap to
    // this width, and a portrait shape turns process lanes top-to-bottom (LaneFlow::Auto).
    // 0 = the default width for a screen or landscape page.
    double page_width = 0, page_height = 0;

    bool operator==(const ViewSpec&) const = default;
};

// "structure", "handoffs", "process:P-ID", "escalation". Returns false for anything else.
bool parse_view(const std::string& text, ViewSpec& out);
std::string view_name(const ViewSpec& v); // inverse of parse_view

// "Östermalm 2007 – Strukturkarta": the model's name and the view's, in the view's language.
std::string view_title(const Model& m, const ViewSpec& v);

// The synthetic element id of a principal's group, and back ("" when `element` is none).
Id group_id(const Id& principal);
Id group_principal(const Id& element);

} // namespace skm::render
