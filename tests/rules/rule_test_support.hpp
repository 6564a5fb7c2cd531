#pragma once
// Helpers for the focused rule tests: run one rule on a small model and look for findings.
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace skm::test {

// Runs only `rule_id` (e.g. "FOR-04") at the model's snapshot date, without overrides or waivers.
using skm::run_rule;

inline bool has_finding(const std::vector<Finding>& fs, const std::string& sub, const Id& element,
                        Severity severity) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) {
        return f.sub == sub && f.element() == element && f.severity == severity;
    });
}

inline std::size_t count_sub(const std::vector<Finding>& fs, const std::string& sub) {
    return static_cast<std::size_t>(
        std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.sub == sub; }));
}

// A minimal, gap-free-ish starting point for rule tests: one kommun, one region, a snapshot.
inline Model base_model() {
    Model m;
    m.info.id = "test";
    m.info.name = "Testmodell";
    Date::parse("2020-01-01", m.info.snapshot);
    m.principals.push_back({"HM-K", "Kommunen", PrincipalType::Kommun, {}});
    m.principals.push_back({"HM-R", "Regionen", PrincipalType::Region, {}});
    return m;
}

} // namespace skm::test
