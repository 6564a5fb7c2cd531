#pragma once
// Helpers for the focused rule tests: run one rule on a small model and look for findings.
#include "model_index.hpp"
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace skm::test {

// Runs only `rule_id` (e.g. "FOR-04") at the model's snapshot date, without overrides or waivers.
inline std::vector<Finding> run_rule(const Model& m, const std::string& rule_id) {
    const Rule* rule = find_rule(rule_id);
    if (!rule) throw std::runtime_error("no rule " + rule_id + " in the registry");
    ModelIndex index(m);
    RuleContext ctx{m, index, m.info.snapshot, false};
    struct Sink : FindingSink {
        const Rule& r;
        std::vector<Finding> out;
        explicit Sink(const Rule& rr) : r(rr) {}
        void report(const std::string& sub, std::vector<Id> el, std::string sv,
                    std::string en) override {
            const SubRuleInfo* s = r.info().sub(sub);
            report_with(sub, s ? s->default_severity : Severity::Warning, std::move(el),
                        std::move(sv), std::move(en));
        }
        void report_with(const std::string& sub, Severity sev, std::vector<Id> el, std::string sv,
                         std::string en) override {
            Finding f;
            f.rule = r.info().id;
            f.sub = sub;
            f.severity = sev;
            f.elements = el.empty() ? std::vector<Id>{"model"} : std::move(el);
            f.message_sv = std::move(sv);
            f.message_en = std::move(en);
            out.push_back(std::move(f));
        }
    } sink(*rule);
    rule->check(ctx, sink);
    return sink.out;
}

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
