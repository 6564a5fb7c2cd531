#pragma once
// Which picture of a model to draw. Shared by the exports, the command line and the editor.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>

namespace skm::render {

enum class ViewKind { Structure, Handoffs, Process, Escalation };

struct ViewSpec {
    ViewKind kind = ViewKind::Structure;
    Id process; // for ViewKind::Process
    Lang lang = Lang::Sv;
    bool show_findings = true; // red/amber markers on elements with findings
    // Scoping, so large models stay readable and fast: empty = everything.
    Id only_level;        // one level band
    Id only_principal;    // one principal (municipality/region)
    Id focus;             // neighbourhood of one element …
    int focus_radius = 0; // … this many hops out (0 = no neighbourhood scoping)
    bool operator==(const ViewSpec&) const = default;
};

// "structure", "handoffs", "process:P-ID", "escalation". Returns false for anything else.
bool parse_view(const std::string& text, ViewSpec& out);
std::string view_name(const ViewSpec& v); // inverse of parse_view

// "Östermalm 2007 – Strukturkarta": the model's name and the view's, in the view's language.
std::string view_title(const Model& m, const ViewSpec& v);

} // namespace skm::render
