// The engine around the rules: isolation of a failing rule, projection, overrides, waivers, order.
#include "rule_test_support.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

using namespace skm;

TEST_CASE("findings are sorted by severity, then rule, then element") {
    const CheckResult r = run_rules(make_synthetic_county({3, 60, 80, 2, 4}));
    auto rank = [](Severity s) {
        return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
    };
    for (std::size_t i = 1; i < r.findings.size(); ++i) {
        const auto& a = r.findings[i - 1];
        const auto& b = r.findings[i];
        CHECK(rank(a.severity) <= rank(b.severity));
        if (rank(a.severity) == rank(b.severity)) CHECK(a.sub <= b.sub);
    }
}

TEST_CASE("every finding names a registered rule and sub-rule and carries both languages") {
    const CheckResult r = run_rules(make_synthetic_county({3, 60, 80, 2, 4}));
    for (const auto& f : r.findings) {
        CAPTURE(f.sub);
        const Rule* rule = find_rule(f.sub);
        REQUIRE(rule != nullptr);
        CHECK(rule->info().id == f.rule);
        CHECK(rule->info().sub(f.sub) != nullptr);
        CHECK(!f.message_sv.empty());
        CHECK(!f.message_en.empty());
        CHECK(!f.elements.empty());
    }
}

TEST_CASE("the rules are deterministic") {
    const Model m = make_synthetic_county({3, 60, 80, 2, 4});
    const CheckResult a = run_rules(m), b = run_rules(m);
    REQUIRE(a.findings.size() == b.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        CHECK(a.findings[i].sub == b.findings[i].sub);
        CHECK(a.findings[i].elements == b.findings[i].elements);
    }
}
