// FOR-05 Inactive forum still relied upon.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for05_model(ElementStatus st) {
    Model m = base_model();
    Forum f;
    f.id = "F-SG";
    f.name = "Samverkansgruppen";
    f.status = st;
    m.forums.push_back(f);
    Unit u;
    u.id = "U-SKOLA";
    u.name = "Skolan";
    u.principal = Id("HM-K");
    m.units.push_back(u);
    return m;
}
} // namespace

TEST_CASE("FOR-05 fires for a dormant forum that is a flow's channel and names the flow") {
    Model m = for05_model(ElementStatus::Dormant);
    Flow fl;
    fl.id = "FL-KONS";
    fl.name = "Konsultation";
    fl.type = FlowType::Konsultation;
    fl.from = "U-SKOLA";
    fl.to = "U-SKOLA";
    fl.via_forum = Id("F-SG");
    m.flows.push_back(fl);
    auto fs = run_rule(m, "FOR-05");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-05", "F-SG", Severity::Error));
    CHECK(fs[0].elements == std::vector<Id>{"F-SG", "FL-KONS"});
    CHECK(fs[0].message_sv.find("vilande") != std::string::npos);

    m.flows[0].status = ElementStatus::Ended; // an ended flow no longer relies on it
    CHECK(run_rule(m, "FOR-05").empty());
}

TEST_CASE("FOR-05 fires for an ended forum on an escalation path or covered by a document") {
    Model m = for05_model(ElementStatus::Ended);
    Escalation e;
    e.id = "E-TVIST";
    EscalationStep s;
    s.targets = {"F-SG"};
    e.steps.push_back(s);
    m.escalations.push_back(e);
    CHECK(has_finding(run_rule(m, "FOR-05"), "FOR-05", "F-SG", Severity::Error));

    m.escalations.clear();
    Document d;
    d.id = "D-1";
    d.title = "Överenskommelse";
    d.covers_forums = {"F-SG"};
    m.documents.push_back(d);
    auto fs = run_rule(m, "FOR-05");
    CHECK(has_finding(fs, "FOR-05", "F-SG", Severity::Error));
    m.documents[0].status = DocStatus::Upphord;
    CHECK(run_rule(m, "FOR-05").empty());
}

TEST_CASE("FOR-05 treats a passed end date as inactive, but not a planned or active forum") {
    Model m = for05_model(ElementStatus::Active);
    Escalation e;
    e.id = "E-TVIST";
    EscalationStep s;
    s.targets = {"F-SG"};
    e.steps.push_back(s);
    m.escalations.push_back(e);
    CHECK(run_rule(m, "FOR-05").empty());
    m.forums[0].status = ElementStatus::Planned;
    CHECK(run_rule(m, "FOR-05").empty());
    m.forums[0].status = ElementStatus::Active;
    Date end;
    REQUIRE(Date::parse("2019-06-30", end));
    m.forums[0].end = end;
    CHECK(has_finding(run_rule(m, "FOR-05"), "FOR-05", "F-SG", Severity::Error));
}
