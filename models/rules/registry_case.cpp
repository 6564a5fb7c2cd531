// The case-level half of the registry (ESC, IND, SIP, PRC, FUP, CHG), in catalogue order.
#include "registry_parts.hpp"

namespace skm {

// Each factory lives in the rule's own file (models/rules/<family>_<name>.cpp).
std::unique_ptr<Rule> make_escalation_path_rule();
std::unique_ptr<Rule> make_child_participation_rule();
std::unique_ptr<Rule> make_consent_before_sharing_rule();
std::unique_ptr<Rule> make_coordination_hub_rule();
std::unique_ptr<Rule> make_overall_responsibility_rule();
std::unique_ptr<Rule> make_plan_content_rule();
std::unique_ptr<Rule> make_meeting_roles_rule();
std::unique_ptr<Rule> make_no_follow_up_rule();
std::unique_ptr<Rule> make_regime_rules_rule();
std::unique_ptr<Rule> make_process_owner_rule();
std::unique_ptr<Rule> make_process_map_integrity_rule();
std::unique_ptr<Rule> make_follow_up_rule();
std::unique_ptr<Rule> make_change_notification_rule();

void register_case_rules(std::vector<std::unique_ptr<Rule>>& out) {
    out.push_back(make_escalation_path_rule());        // ESC-01
    out.push_back(make_child_participation_rule());    // IND-01
    out.push_back(make_consent_before_sharing_rule()); // IND-02
    out.push_back(make_coordination_hub_rule());       // IND-03
    out.push_back(make_overall_responsibility_rule()); // SIP-01
    out.push_back(make_plan_content_rule());           // SIP-02
    out.push_back(make_meeting_roles_rule());          // SIP-03
    out.push_back(make_no_follow_up_rule());           // SIP-04
    out.push_back(make_regime_rules_rule());           // SIP-05
    out.push_back(make_process_owner_rule());          // PRC-01
    out.push_back(make_process_map_integrity_rule());  // PRC-02
    out.push_back(make_follow_up_rule());              // FUP-01
    out.push_back(make_change_notification_rule());    // CHG-01
}

} // namespace skm
