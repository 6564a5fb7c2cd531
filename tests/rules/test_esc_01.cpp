// ESC-01 Escalation path missing or defective.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Forum forum(const Id& id, const std::string& name, const Id& level, std::vector<Id> principals) {
    Forum f;
    f.id = id;
    f.name = name;
    f.level = level;
    f.principals = std::move(principals);
    return f;
}

Escalation path(const Id& id, EscalationKind kind, std::vector<std::vector<Id>> steps) {
    Escalation e;
    e.id = id;
    e.name = id == "E-TVIST" ? "Tvistlösning" : "Avvikelsehantering";
    e.kind = kind;
    int order = 1;
    for (auto& targets : steps) {
        EscalationStep s;
        s.order = order++;
        s.targets = std::move(targets);
        e.steps.push_back(std::move(s));
    }
    return e;
}

// A dispute path that climbs from the internal forum (O) to a joint body with decision mandate
// (S), and a deviation route to the internal forum.
Model esc_model() {
    Model m = base_model();
    m.levels.push_back({"L-S", "Förvaltningsnivå", Tier::S, {}, 1, false, {}, {}});
    m.levels.push_back({"L-O", "Enhetsnivå", Tier::O, {}, 2, false, {}, {}});
    m.forums.push_back(forum("F-INT", "Internt forum", "L-O", {"HM-K"}));
    Forum joint = forum("F-GEM", "Gemensamt samarbetsorgan", "L-S", {"HM-K", "HM-R"});
    joint.mandate = Mandate::Beslut;
    m.forums.push_back(joint);
    m.escalations.push_back(path("E-TVIST", EscalationKind::Tvist, {{"F-INT"}, {"F-GEM"}}));
    m.escalations.push_back(path("E-AVV", EscalationKind::Avvikelse, {{"F-INT"}}));
    return m;
}
} // namespace

TEST_CASE("ESC-01 is silent for a climbing dispute path and a deviation route") {
    CHECK(run_rule(esc_model(), "ESC-01").empty());
}

TEST_CASE("ESC-01a and ESC-01e fire model-wide when there are no paths") {
    Model m = esc_model();
    m.escalations.clear();
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 2);
    CHECK(has_finding(fs, "ESC-01a", "model", Severity::Error));
    CHECK(has_finding(fs, "ESC-01e", "model", Severity::Warning));
}

TEST_CASE("ESC-01a fires alone when only the deviation route exists") {
    Model m = esc_model();
    m.escalations.erase(m.escalations.begin());
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01a", "model", Severity::Error));
}

TEST_CASE("ESC-01b fires for a step target that does not exist or is not active") {
    Model m = esc_model();
    m.escalations[1].steps[0].targets = {"F-FINNS-EJ"};
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01b", "E-AVV", Severity::Error));
    CHECK(fs[0].elements.at(1) == "F-FINNS-EJ");

    m = esc_model();
    m.forums[0].status = ElementStatus::Dormant;
    fs = run_rule(m, "ESC-01");
    CHECK(has_finding(fs, "ESC-01b", "E-TVIST", Severity::Error));
    CHECK(has_finding(fs, "ESC-01b", "E-AVV", Severity::Error));
    CHECK(fs[0].message_sv.find("Internt forum") != std::string::npos);
}

TEST_CASE(
    "ESC-01c fires when the dispute path has no joint forum although there are two principals") {
    Model m = esc_model();
    m.forums[1].principals = {"HM-K"};
    m.forums[1].kind = ForumKind::Styrgrupp;
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01c", "E-TVIST", Severity::Warning));

    SUBCASE("members from two principals make the forum joint") {
        m.units.push_back(
            {"U-IFO", "IFO", Id("HM-K"), {}, {}, UnitKind::Unit, {}, {}, {}, {}, {}, false, {}});
        m.units.push_back(
            {"U-BUP", "BUP", Id("HM-R"), {}, {}, UnitKind::Unit, {}, {}, {}, {}, {}, false, {}});
        m.forums[1].members = {{"U-IFO", MemberMode::Ordinarie, {}, {}},
                               {"U-BUP", MemberMode::Ordinarie, {}, {}}};
        CHECK(run_rule(m, "ESC-01").empty());
    }
    SUBCASE("a single principal needs no joint forum") {
        m.principals.pop_back();
        CHECK(run_rule(m, "ESC-01").empty());
    }
}

TEST_CASE("ESC-01d fires for a flat dispute path and for a last step without decision mandate") {
    Model m = esc_model();
    m.forums[1].level = Id("L-O");
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01d", "E-TVIST", Severity::Warning));

    m = esc_model();
    m.forums[1].mandate = Mandate::Beredning;
    fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01d", "E-TVIST", Severity::Warning));
    CHECK(fs[0].message_en.find("decision mandate") != std::string::npos);
}

TEST_CASE("ESC-01d does not apply to deviation routes") {
    Model m = esc_model();
    m.escalations[1].steps.push_back({2, {"F-INT"}, {}, {}}); // flat, and ends without mandate
    CHECK(run_rule(m, "ESC-01").empty());
}

TEST_CASE("ESC-01b fires for a step to a forum that is named but not described at all") {
    Model m = esc_model();
    Forum placeholder;
    placeholder.id = "F-REGION-INTERNT";
    placeholder.name = "Regionens interna forum";
    placeholder.principals = {"HM-R"};
    m.forums.push_back(placeholder);
    m.escalations[0].steps[0].targets.push_back("F-REGION-INTERNT");
    auto fs = run_rule(m, "ESC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "ESC-01b", "E-TVIST", Severity::Error));
    CHECK(fs[0].message_sv.find("inte är beskrivet") != std::string::npos);

    SUBCASE("a level or a purpose is enough description") {
        m.forums.back().level = Id("L-O");
        CHECK(run_rule(m, "ESC-01").empty());
    }
}
