// The structure half of the rule registry (STR, FOR, ACT, RES, FLO, DOC), in catalogue order.
// Each factory lives next to its rule in models/rules/<family>_<name>.cpp.
#include "registry_parts.hpp"

namespace skm {

std::unique_ptr<Rule> make_level_without_forum_rule();
std::unique_ptr<Rule> make_missing_tier_rule();
std::unique_ptr<Rule> make_levels_not_linked_rule();
std::unique_ptr<Rule> make_forum_without_convener_rule();
std::unique_ptr<Rule> make_forum_without_frequency_rule();
std::unique_ptr<Rule> make_forum_without_mandate_rule();
std::unique_ptr<Rule> make_forum_charter_incomplete_rule();
std::unique_ptr<Rule> make_inactive_forum_relied_upon_rule();
std::unique_ptr<Rule> make_temporary_structure_rule();
std::unique_ptr<Rule> make_actor_in_no_forum_rule();
std::unique_ptr<Rule> make_school_not_in_collaboration_rule();
std::unique_ptr<Rule> make_single_person_dependency_rule();
std::unique_ptr<Rule> make_grey_zone_rule();
std::unique_ptr<Rule> make_handoff_without_feedback_rule();
std::unique_ptr<Rule> make_sharing_without_consent_rule();
std::unique_ptr<Rule> make_discharge_without_planning_rule();
std::unique_ptr<Rule> make_no_consultation_channel_rule();
std::unique_ptr<Rule> make_handoff_without_written_routine_rule();
std::unique_ptr<Rule> make_cross_principal_without_agreement_rule();
std::unique_ptr<Rule> make_actor_not_covered_rule();
std::unique_ptr<Rule> make_lifecycle_incomplete_rule();
std::unique_ptr<Rule> make_steering_hierarchy_incomplete_rule();

void register_structure_rules(std::vector<std::unique_ptr<Rule>>& out) {
    out.push_back(make_level_without_forum_rule());
    out.push_back(make_missing_tier_rule());
    out.push_back(make_levels_not_linked_rule());
    out.push_back(make_forum_without_convener_rule());
    out.push_back(make_forum_without_frequency_rule());
    out.push_back(make_forum_without_mandate_rule());
    out.push_back(make_forum_charter_incomplete_rule());
    out.push_back(make_inactive_forum_relied_upon_rule());
    out.push_back(make_temporary_structure_rule());
    out.push_back(make_actor_in_no_forum_rule());
    out.push_back(make_school_not_in_collaboration_rule());
    out.push_back(make_single_person_dependency_rule());
    out.push_back(make_grey_zone_rule());
    out.push_back(make_handoff_without_feedback_rule());
    out.push_back(make_sharing_without_consent_rule());
    out.push_back(make_discharge_without_planning_rule());
    out.push_back(make_no_consultation_channel_rule());
    out.push_back(make_handoff_without_written_routine_rule());
    out.push_back(make_cross_principal_without_agreement_rule());
    out.push_back(make_actor_not_covered_rule());
    out.push_back(make_lifecycle_incomplete_rule());
    out.push_back(make_steering_hierarchy_incomplete_rule());
}

} // namespace skm
