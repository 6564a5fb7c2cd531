#pragma once
// The edits the canvas and the quick-add palette make, as commands built from names and ids the
// user picked (never typed ids). Pure model code: no ImGui, so the unit tests drive it directly.
// Every function returns nullptr when the edit makes no sense (unknown id, nothing to change);
// otherwise a command whose apply() leaves every reference pointing at an existing element.
#include "skm/commands.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace skm::gui {

// An id for a new element from its name: prefix + the name's letters ("U-BUP", "F-SAMVERKANSGR"),
// unique in the model.
Id id_from_name(const Model& m, const std::string& prefix, const std::string& name);

// Process steps are addressed "P-ID.STEP-ID" on the map and in references.
struct StepRef {
    const Process* process = nullptr;
    const Step* step = nullptr;
};
StepRef find_step(const Model& m, const Id& step_ref);
std::string step_ref(const Id& process, const Id& step);

// The shown name of any element, steps included.
std::string caption_of(const Model& m, const Id& id);

struct Created {
    std::unique_ptr<Command> cmd;
    Id id; // the new (or changed) element, to select and bring into view
};

// Next level order after the existing ones (a new level goes last).
int next_level_order(const Model& m);
Created add_level(const Model& m, const std::string& name, Tier tier);
Created add_principal(const Model& m, const std::string& name, PrincipalType type);
// A unit on `level` ("" = unknown) under `principal` ("" = unknown).
Created add_unit(const Model& m, const std::string& name, const Id& level, const Id& principal);
Created add_forum(const Model& m, const std::string& name, const Id& level);
// A handoff; with_feedback adds the återkoppling back (responds_to the handoff) in the same step.
Created add_flow(const Model& m, const Id& from, const Id& to, FlowType type, bool with_feedback);
Created add_member(const Model& m, const Id& forum, const Id& member);
Created remove_member(const Model& m, const Id& forum, const Id& member);
Created set_convener(const Model& m, const Id& forum, const Id& who);
Created set_level(const Model& m, const Id& element, const Id& level);
Created rename(const Model& m, const Id& element, const std::string& name);
Created set_flow_type(const Model& m, const Id& flow, FlowType type);

Created add_process(const Model& m, const std::string& name, const Id& level);
Created add_lane(const Model& m, const Id& process, const Id& actor);
// A step in `lane` (added to the process lanes if missing). `after` ("P.S" or "") is linked to
// it; with no `after`, the process's last step is (when it has no next step yet). `before`
// links the new step to that one instead (add a step before it).
Created add_step(const Model& m, const Id& process, const std::string& name, const Id& lane,
                 const Id& after = {}, const Id& before = {});
Created connect_steps(const Model& m, const Id& from_ref, const Id& to_ref);
// Deletes a step and every reference to it (other steps' next, flows' step and preceded_by).
Created delete_step(const Model& m, const Id& step_ref);

// Lower case for ASCII and the Latin-1 letters (Å Ä Ö É …), enough for Swedish names.
std::string lower_sv(const std::string& s);

// Words for tiers as the user reads them ("övergripande", "verksamhet", …).
const char* tier_words(Tier t, Lang lang);
std::optional<Tier> tier_from_word(const std::string& word);
// The handoff types the canvas offers first, in the order shown.
const std::vector<FlowType>& frequent_flow_types();

} // namespace skm::gui
