#include "registry_parts.hpp"

namespace skm {
void register_case_rules(std::vector<std::unique_ptr<Rule>>& out) { (void)out; }
} // namespace skm
