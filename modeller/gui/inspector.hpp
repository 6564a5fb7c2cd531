#pragma once
// The inspector: edits every attribute of the selected element with one generic visitor over the
// element's visit() field list. Edits are made on a working copy and committed as one
// ReplaceElement (or SetModelInfo) when a field is finished, so each field edit is one undo step.
#include "ref_catalog.hpp"
#include "skm/model.hpp"

#include <cstdint>
#include <optional>
#include <variant>

namespace skm::gui {

class App;

using ElementCopy = std::variant<std::monostate, ModelInfo, Regime, Principal, Unit, Role, Citizen,
                                 Level, LevelLink, Forum, Consent, Flow, skm::Document,
                                 Responsibility, Process, Escalation, Plan, FollowUp, Change>;

struct InspectorState {
    Id editing;                   // id of the element in `work`
    std::uint64_t generation = 0; // document generation `work` was copied at
    ElementCopy work;
    std::optional<Step> step_work; // a selected process step ("P-ID.S-ID")
    RefChoiceCache choices;        // the pickers' lists, once per generation
};

void draw_inspector(App& app);

} // namespace skm::gui
