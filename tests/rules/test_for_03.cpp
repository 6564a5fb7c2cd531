// FOR-03 Forum without mandate.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for03_model() {
    Model m = base_model();
    Forum a;
    a.id = "F-A";
    a.name = "Arbetsgrupp";
    Forum b;
    b.id = "F-B";
    b.name = "Styrgrupp";
    m.forums.push_back(a);
    m.forums.push_back(b);
    return m;
}
} // namespace

TEST_CASE("FOR-03 is a warning for a forum without mandate, an error on an escalation path") {
    Model m = for03_model();
    Escalation e;
    e.id = "E-AVV";
    e.kind = EscalationKind::Avvikelse;
    EscalationStep s;
    s.targets = {"F-B"};
    e.steps.push_back(s);
    m.escalations.push_back(e);
    auto fs = run_rule(m, "FOR-03");
    CHECK(fs.size() == 2);
    CHECK(has_finding(fs, "FOR-03", "F-A", Severity::Warning));
    CHECK(has_finding(fs, "FOR-03", "F-B", Severity::Error));
    CHECK_FALSE(has_finding(fs, "FOR-03", "F-B", Severity::Warning));

    m.escalations.clear(); // the route is deleted: back to a warning
    CHECK(has_finding(run_rule(m, "FOR-03"), "FOR-03", "F-B", Severity::Warning));
}

TEST_CASE("FOR-03 is silent when the mandate is stated or the forum is inactive") {
    Model m = for03_model();
    m.forums[0].mandate = Mandate::Beredning;
    m.forums[1].status = ElementStatus::Dormant;
    CHECK(run_rule(m, "FOR-03").empty());
}
