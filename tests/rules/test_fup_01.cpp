// FUP-01 No follow-up/evaluation.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
FollowUp followup(const Id& id, FollowUpKind kind, std::vector<Id> targets) {
    FollowUp f;
    f.id = id;
    f.name = "Uppföljning " + id;
    f.kind = kind;
    f.targets = std::move(targets);
    f.owner = Id("R-CHEF");
    f.frequency = Frequency{Frequency::Kind::Count, 1, FrequencyPer::Ar};
    return f;
}

Model fup01_model() {
    Model m = base_model();
    m.levels.push_back({"L-S", "Ledningsnivå", Tier::S, {}, 1, false, {}, {}});
    Role chef;
    chef.id = "R-CHEF";
    chef.title = "Förvaltningschef";
    chef.tier = Tier::S;
    m.roles.push_back(chef);
    Forum f;
    f.id = "F-STYR";
    f.name = "Styrgruppen";
    f.level = Id("L-S");
    m.forums.push_back(f);
    Process p;
    p.id = "P-SIP";
    p.name = "SIP-ärenden";
    p.case_based = true;
    Step eval;
    eval.id = "S9";
    eval.type = StepType::Utvardering;
    p.steps.push_back(eval);
    m.processes.push_back(p);
    FollowUp whole = followup("FU-ARS", FollowUpKind::Arsberattelse, {"F-STYR"});
    whole.tier = Tier::S;
    m.followups.push_back(whole);
    return m;
}
} // namespace

TEST_CASE(
    "FUP-01 is silent with a strategic follow-up that covers the forum and an evaluation step") {
    CHECK(run_rule(fup01_model(), "FUP-01").empty());
}

TEST_CASE("FUP-01a fires model-wide without a P/S follow-up of the collaboration") {
    Model m = fup01_model();
    m.followups[0].kind = FollowUpKind::Forum;
    auto fs = run_rule(m, "FUP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FUP-01a", "model", Severity::Error));

    SUBCASE("an operational follow-up is not enough") {
        m = fup01_model();
        m.followups[0].tier = Tier::O;
        CHECK(has_finding(run_rule(m, "FUP-01"), "FUP-01a", "model", Severity::Error));
    }
    SUBCASE("without a tier of its own, the owner's tier counts") {
        m = fup01_model();
        m.followups[0].tier.set_unknown();
        CHECK(run_rule(m, "FUP-01").empty());
    }
}

TEST_CASE("FUP-01b fires for an active permanent forum no follow-up covers") {
    Model m = fup01_model();
    m.followups[0].targets.clear();
    auto fs = run_rule(m, "FUP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FUP-01b", "F-STYR", Severity::Warning));
    CHECK(fs[0].message_sv.find("Styrgruppen") != std::string::npos);

    SUBCASE("temporary and inactive forums are exempt") {
        m.forums[0].temporary = true;
        CHECK(run_rule(m, "FUP-01").empty());
        m.forums[0].temporary = false;
        m.forums[0].status = ElementStatus::Ended;
        CHECK(run_rule(m, "FUP-01").empty());
    }
    SUBCASE("a follow-up of the forum's level covers it") {
        m.followups[0].targets = {"L-S"};
        CHECK(run_rule(m, "FUP-01").empty());
    }
}

TEST_CASE("FUP-01c fires for a follow-up without owner or frequency") {
    Model m = fup01_model();
    m.followups[0].frequency.set_unknown();
    auto fs = run_rule(m, "FUP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FUP-01c", "FU-ARS", Severity::Warning));
}

TEST_CASE("FUP-01d fires for a case-based process without post-case evaluation") {
    Model m = fup01_model();
    m.processes[0].steps[0].type = StepType::Uppfoljning;
    auto fs = run_rule(m, "FUP-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FUP-01d", "P-SIP", Severity::Info));

    SUBCASE("a post-case follow-up satisfies it") {
        m.followups.push_back(followup("FU-EFTER", FollowUpKind::EfterAvslutatArende, {"P-SIP"}));
        CHECK(run_rule(m, "FUP-01").empty());
    }
}

TEST_CASE("FUP-01c asks a post-case evaluation for an owner only: it runs after each case") {
    Model m = fup01_model();
    FollowUp after = followup("FU-EFTER", FollowUpKind::EfterAvslutatArende, {"P-SIP"});
    after.frequency.set_unknown();
    m.followups.push_back(after);
    CHECK(run_rule(m, "FUP-01").empty());
    m.followups.back().owner.set_unknown();
    CHECK(has_finding(run_rule(m, "FUP-01"), "FUP-01c", "FU-EFTER", Severity::Warning));
}
