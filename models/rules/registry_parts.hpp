#pragma once
// The registry is split in two halves so that the rule families can be maintained side by side;
// registry.cpp joins them in catalogue order.
#include "skm/rules.hpp"

namespace skm {
// STR, FOR, ACT, RES, FLO, DOC
void register_structure_rules(std::vector<std::unique_ptr<Rule>>& out);
// ESC, IND, SIP, PRC, FUP, CHG
void register_case_rules(std::vector<std::unique_ptr<Rule>>& out);
} // namespace skm
