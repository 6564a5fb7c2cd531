#include "registry_parts.hpp"

namespace skm {

const std::vector<std::unique_ptr<Rule>>& all_rules() {
    static const std::vector<std::unique_ptr<Rule>> rules = [] {
        std::vector<std::unique_ptr<Rule>> v;
        register_structure_rules(v);
        register_case_rules(v);
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
