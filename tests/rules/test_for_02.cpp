// FOR-02 Forum without frequency.
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model for02_model(Tier t) {
    Model m = base_model();
    Level l;
    l.id = "L-1";
    l.name = "Nivå";
    l.tier = t;
    m.levels.push_back(l);
    Forum f;
    f.id = "F-1";
    f.name = "Gruppen";
    f.level = Id("L-1");
    m.forums.push_back(f);
    return m;
}
Frequency for02_freq(const char* s) {
    Frequency fr;
    REQUIRE(Frequency::parse(s, fr));
    return fr;
}
} // namespace

TEST_CASE("FOR-02 fires when the frequency is unknown, unquantified, or 'vid behov' at S/O") {
    Model m = for02_model(Tier::O);
    auto fs = run_rule(m, "FOR-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-02", "F-1", Severity::Warning));
    CHECK(fs[0].basis == Basis::Unknown); // not described: a question

    m.forums[0].frequency.set_none();
    fs = run_rule(m, "FOR-02");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].basis == Basis::Gap); // described as having none: a gap

    m.forums[0].frequency = for02_freq("regelbundet");
    fs = run_rule(m, "FOR-02");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "FOR-02", "F-1", Severity::Warning));
    CHECK(fs[0].message_en.find("regularly") != std::string::npos);
    CHECK(fs[0].basis == Basis::Unknown);

    // Vague words are kept and quoted; they are a question, not a gap.
    m.forums[0].frequency = for02_freq("flera gånger per år");
    fs = run_rule(m, "FOR-02");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_sv ==
          "Forumet \"Gruppen\" möts \"flera gånger per år\" utan att det står hur ofta.");
    CHECK(fs[0].basis == Basis::Unknown);

    m.forums[0].frequency = for02_freq("vid behov");
    fs = run_rule(m, "FOR-02");
    CHECK(has_finding(fs, "FOR-02", "F-1", Severity::Warning));
    CHECK(fs[0].basis == Basis::Gap); // "when needed" at O is what the map says

    m.levels[0].tier = Tier::S;
    CHECK(has_finding(run_rule(m, "FOR-02"), "FOR-02", "F-1", Severity::Warning));
}

TEST_CASE("FOR-02 accepts a counted frequency and 'vid behov' outside S/O") {
    Model m = for02_model(Tier::O);
    m.forums[0].frequency = for02_freq("1 per månad");
    CHECK(run_rule(m, "FOR-02").empty());

    m = for02_model(Tier::I);
    m.forums[0].frequency = for02_freq("vid behov");
    CHECK(run_rule(m, "FOR-02").empty());
}

TEST_CASE("FOR-02 exempts temporary, event-driven and inactive forums and the nämnd") {
    Model m = for02_model(Tier::S);
    m.forums[0].temporary = true;
    CHECK(run_rule(m, "FOR-02").empty());
    m.forums[0].temporary = false;
    m.forums[0].event_driven = true;
    CHECK(run_rule(m, "FOR-02").empty());
    m.forums[0].event_driven = false;
    m.forums[0].status = ElementStatus::Ended;
    CHECK(run_rule(m, "FOR-02").empty());
    m.forums[0].status = ElementStatus::Active;
    m.forums[0].kind = ForumKind::PolitisktOrgan;
    CHECK(run_rule(m, "FOR-02").empty());
}
