// The regime presets of domain.md §1.5 as data: parameters, validity and round trip.
#include "skm/model_file.hpp"
#include "skm/regime_presets.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace skm;

TEST_CASE("five regime presets with unique ids, in picker order") {
    const auto& presets = regime_presets();
    REQUIRE(presets.size() == 5);
    std::set<Id> ids;
    for (const auto& p : presets) {
        CAPTURE(p.regime.id);
        CHECK(ids.insert(p.regime.id).second);
        CHECK(!p.regime.name.empty());
        CHECK(!p.description_sv.empty());
        CHECK(!p.description_en.empty());
        CHECK(!p.source.empty());
        CHECK(p.regime.sip_active_from == Maybe<Date>(Date{2010, 1, 1}));
    }
    CHECK(presets[0].regime.id == "sip-nationell");
    CHECK(presets[1].regime.id == "vastbus-vgr-2012");
    CHECK(presets[2].regime.id == "bus-stockholm-2012");
    CHECK(presets[3].regime.id == "isip-stromsund");
    CHECK(presets[4].regime.id == "norrbus");
}

TEST_CASE("Västbus: three weeks, no refusal, school an equal party, 0–20, replaced in 2021") {
    const RegimePreset* v = find_regime_preset("vastbus-vgr-2012");
    REQUIRE(v);
    CHECK(v->regime.deadline_days == Maybe<int>(21));
    CHECK(v->regime.refusal_allowed == RefusalPolicy::Nej);
    CHECK(v->regime.school_equal_party);
    CHECK(v->regime.age_min == Maybe<int>(0));
    CHECK(v->regime.age_max == Maybe<int>(20));
    CHECK(v->regime.valid_to.is_set());
    CHECK(v->regime.valid_to.value() < Date{2021, 1, 1});
}

TEST_CASE("national SIP: no formal deadline, refusal must be motivated, the fallback regime") {
    const Regime& sip = national_sip_regime();
    CHECK(sip.id == "sip-nationell");
    CHECK(sip.deadline_days.is_none());
    CHECK(sip.refusal_allowed == RefusalPolicy::Motiverat);
    CHECK(!sip.school_equal_party);
    CHECK(find_regime_preset("finns-inte") == nullptr);
}

TEST_CASE("BUS Stockholm is for children under 18, Norrbus up to and including 20") {
    CHECK(find_regime_preset("bus-stockholm-2012")->regime.age_max == Maybe<int>(17));
    CHECK(find_regime_preset("norrbus")->regime.age_max == Maybe<int>(20));
    CHECK(find_regime_preset("norrbus")->regime.school_equal_party);
}

TEST_CASE("validity dates decide which presets apply at a date") {
    auto ids_at = [](Date d) {
        std::set<Id> out;
        for (const auto* p : regime_presets_valid_at(d))
            out.insert(p->regime.id);
        return out;
    };
    CHECK(ids_at(Date{2009, 6, 1}) == std::set<Id>{"isip-stromsund", "norrbus"});
    CHECK(ids_at(Date{2015, 6, 1}).count("vastbus-vgr-2012") == 1);
    CHECK(ids_at(Date{2022, 1, 1}).count("vastbus-vgr-2012") == 0);
    CHECK(ids_at(Date{2022, 1, 1}).count("sip-nationell") == 1);
}

TEST_CASE("every preset survives a trip through the model file") {
    Model m;
    m.info.id = "mall";
    m.info.name = "Ny modell från mall";
    m.info.snapshot = Date{2020, 1, 1};
    for (const auto& p : regime_presets())
        m.regimes.push_back(p.regime);
    m.info.regime = Id("vastbus-vgr-2012");
    const Model back = parse_model(serialize_model(m), "presets");
    CHECK(back.regimes == m.regimes);
    CHECK(check_references(back).empty());
}
