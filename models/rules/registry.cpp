// The explicit registry of all rules, in catalogue order (shared/domain.md §2). Each factory
// lives in its rule's own file, models/rules/<family>_<nn>_<name>.cpp.
#include "skm/rules.hpp"

namespace skm {

std::unique_ptr<Rule> make_level_without_forum_rule();               // STR-01
std::unique_ptr<Rule> make_missing_tier_rule();                      // STR-02
std::unique_ptr<Rule> make_levels_not_linked_rule();                 // STR-03
std::unique_ptr<Rule> make_forum_without_convener_rule();            // FOR-01
std::unique_ptr<Rule> make_forum_without_frequency_rule();           // FOR-02
std::unique_ptr<Rule> make_forum_without_mandate_rule();             // FOR-03
std::unique_ptr<Rule> make_forum_charter_incomplete_rule();          // FOR-04
std::unique_ptr<Rule> make_inactive_forum_relied_upon_rule();        // FOR-05
std::unique_ptr<Rule> make_temporary_structure_rule();               // FOR-06
std::unique_ptr<Rule> make_actor_in_no_forum_rule();                 // ACT-01
std::unique_ptr<Rule> make_school_not_in_collaboration_rule();       // ACT-02
std::unique_ptr<Rule> make_single_person_dependency_rule();          // ACT-03
std::unique_ptr<Rule> make_grey_zone_rule();                         // RES-01
std::unique_ptr<Rule> make_handoff_without_feedback_rule();          // FLO-01
std::unique_ptr<Rule> make_sharing_without_consent_rule();           // FLO-02
std::unique_ptr<Rule> make_discharge_without_planning_rule();        // FLO-03
std::unique_ptr<Rule> make_no_consultation_channel_rule();           // FLO-04
std::unique_ptr<Rule> make_handoff_without_written_routine_rule();   // FLO-05
std::unique_ptr<Rule> make_cross_principal_without_agreement_rule(); // DOC-01
std::unique_ptr<Rule> make_actor_not_covered_rule();                 // DOC-02
std::unique_ptr<Rule> make_lifecycle_incomplete_rule();              // DOC-03
std::unique_ptr<Rule> make_steering_hierarchy_incomplete_rule();     // DOC-04
std::unique_ptr<Rule> make_escalation_path_rule();                   // ESC-01
std::unique_ptr<Rule> make_child_participation_rule();               // IND-01
std::unique_ptr<Rule> make_consent_before_sharing_rule();            // IND-02
std::unique_ptr<Rule> make_coordination_hub_rule();                  // IND-03
std::unique_ptr<Rule> make_overall_responsibility_rule();            // SIP-01
std::unique_ptr<Rule> make_plan_content_rule();                      // SIP-02
std::unique_ptr<Rule> make_meeting_roles_rule();                     // SIP-03
std::unique_ptr<Rule> make_no_follow_up_rule();                      // SIP-04
std::unique_ptr<Rule> make_regime_rules_rule();                      // SIP-05
std::unique_ptr<Rule> make_process_owner_rule();                     // PRC-01
std::unique_ptr<Rule> make_process_map_integrity_rule();             // PRC-02
std::unique_ptr<Rule> make_follow_up_rule();                         // FUP-01
std::unique_ptr<Rule> make_change_notification_rule();               // CHG-01

const std::vector<std::unique_ptr<Rule>>& all_rules() {
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> v;
        v.push_back(make_level_without_forum_rule());
        v.push_back(make_missing_tier_rule());
        v.push_back(make_levels_not_linked_rule());
        v.push_back(make_forum_without_convener_rule());
        v.push_back(make_forum_without_frequency_rule());
        v.push_back(make_forum_without_mandate_rule());
        v.push_back(make_forum_charter_incomplete_rule());
        v.push_back(make_inactive_forum_relied_upon_rule());
        v.push_back(make_temporary_structure_rule());
        v.push_back(make_actor_in_no_forum_rule());
        v.push_back(make_school_not_in_collaboration_rule());
        v.push_back(make_single_person_dependency_rule());
        v.push_back(make_grey_zone_rule());
        v.push_back(make_handoff_without_feedback_rule());
        v.push_back(make_sharing_without_consent_rule());
        v.push_back(make_discharge_without_planning_rule());
        v.push_back(make_no_consultation_channel_rule());
        v.push_back(make_handoff_without_written_routine_rule());
        v.push_back(make_cross_principal_without_agreement_rule());
        v.push_back(make_actor_not_covered_rule());
        v.push_back(make_lifecycle_incomplete_rule());
        v.push_back(make_steering_hierarchy_incomplete_rule());
        v.push_back(make_escalation_path_rule());
        v.push_back(make_child_participation_rule());
        v.push_back(make_consent_before_sharing_rule());
        v.push_back(make_coordination_hub_rule());
        v.push_back(make_overall_responsibility_rule());
        v.push_back(make_plan_content_rule());
        v.push_back(make_meeting_roles_rule());
        v.push_back(make_no_follow_up_rule());
        v.push_back(make_regime_rules_rule());
        v.push_back(make_process_owner_rule());
        v.push_back(make_process_map_integrity_rule());
        v.push_back(make_follow_up_rule());
        v.push_back(make_change_notification_rule());
        return v;
    }();
    return rules;
}

const Rule* find_rule(const std::string& id) {
    for (const auto& r : all_rules()) {
        if (r->info().id == id) return r.get();
        for (const auto& s : r->info().subs)
            if (s.id == id) return r.get();
    }
    return nullptr;
}

} // namespace skm
