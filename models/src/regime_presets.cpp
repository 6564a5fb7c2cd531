#include "skm/regime_presets.hpp"

namespace skm {
namespace {

Date day(int y, int m, int d) {
    return Date{y, m, d};
}

// The SIP obligation entered into force on 2010-01-01 (SFS 2009:981); every regime builds on it.
const Date kSipLawInForce = day(2010, 1, 1);

std::vector<RegimePreset> make_presets() {
    std::vector<RegimePreset> v;

    RegimePreset sip;
    sip.regime.id = "sip-nationell";
    sip.regime.name = "SIP enligt lag (SoL 2 kap. 7 §, HSL 16 kap. 4 §)";
    sip.regime.deadline_days = Maybe<int>::none(); // "Ingen formell tidsgräns"
    sip.regime.refusal_allowed = RefusalPolicy::Motiverat;
    sip.regime.school_equal_party = false;
    sip.regime.sip_active_from = kSipLawInForce;
    sip.regime.valid_from = kSipLawInForce;
    sip.description_sv =
        "Nationell lag: kommun och region, ingen formell tidsgräns, nekande ska motiveras";
    sip.description_en =
        "National law: municipality and region, no formal deadline, a refusal must be motivated";
    sip.source = "SoL 2 kap. 7 § (SFS 2009:981); 004 \"Ingen formell tidsgräns\", \"Verksamhet kan "
                 "neka till "
                 "medverkan, skall dock motiveras\"";
    v.push_back(sip);

    RegimePreset vastbus;
    vastbus.regime.id = "vastbus-vgr-2012";
    vastbus.regime.name = "Västbus VGR 2012";
    vastbus.regime.deadline_days = 21;
    vastbus.regime.refusal_allowed = RefusalPolicy::Nej;
    vastbus.regime.school_equal_party = true;
    vastbus.regime.age_min = 0;
    vastbus.regime.age_max = 20;
    vastbus.regime.sip_active_from = kSipLawInForce;
    // Revised 2012 and replaced in 2021 by "Samverkan för barns och ungas hälsa"; the sources
    // give years only, so validity runs from the first to the last day of those years.
    vastbus.regime.valid_from = day(2012, 1, 1);
    vastbus.regime.valid_to = day(2020, 12, 31);
    vastbus.description_sv =
        "Västra Götaland: möte inom tre veckor, ingen verksamhet får neka, skolan jämställd part";
    vastbus.description_en = "Västra Götaland: meeting within three weeks, no service may decline, "
                             "school an equal party";
    vastbus.source = "004 \"tre veckor i VGR\", \"Verksamhet kan EJ neka till medverkan\", "
                     "\"skolan som jämställd "
                     "aktör\"; ersatt 2021 (munkedal.se)";
    v.push_back(vastbus);

    RegimePreset bus;
    bus.regime.id = "bus-stockholm-2012";
    bus.regime.name = "BUS Stockholm 2012";
    bus.regime.deadline_days = Maybe<int>::unknown();      // not stated in the seed
    bus.regime.refusal_allowed = RefusalPolicy::Motiverat; // not stated: the national rule applies
    bus.regime.school_equal_party = false;                 // school takes part via SDF/förvaltning
    bus.regime.age_max = 17;                               // "< 18"
    bus.regime.sip_active_from = kSipLawInForce;
    bus.regime.valid_from = day(2012, 1, 1);
    bus.description_sv =
        "Stockholms län: överenskommelse stad/kommun och landsting, barn under 18 år";
    bus.description_en = "Stockholm county: agreement between city/municipality and county "
                         "council, children under 18";
    bus.source =
        "002 BUS-policy \"löper till 31/12 2008\"; BUS-överenskommelsen 2012 (storsthlm.se)";
    v.push_back(bus);

    RegimePreset isip;
    isip.regime.id = "isip-stromsund";
    isip.regime.name = "I-SIP Strömsund";
    isip.regime.deadline_days = Maybe<int>::unknown();
    isip.regime.refusal_allowed = RefusalPolicy::Motiverat; // internal routine: the law's minimum
    isip.regime.school_equal_party = false;                 // via local agreement
    isip.regime.age_max = 17;                               // ensamkommande barn
    isip.regime.sip_active_from = kSipLawInForce;
    isip.description_sv = "Intern rutin i vård- och socialförvaltningen, ensamkommande barn";
    isip.description_en =
        "Internal routine of the care and social services administration, unaccompanied minors";
    isip.source = "000 I-SIP används \"även om barnet inte har några aktuella insatser från hälso- "
                  "och sjukvården\"";
    v.push_back(isip);

    RegimePreset norrbus;
    norrbus.regime.id = "norrbus";
    norrbus.regime.name = "Norrbus";
    norrbus.regime.deadline_days = Maybe<int>::unknown();
    norrbus.regime.refusal_allowed = RefusalPolicy::Motiverat;
    norrbus.regime.school_equal_party = true; // förskola/skola is a party
    norrbus.regime.age_min = 0;
    norrbus.regime.age_max = 20;
    norrbus.regime.sip_active_from = kSipLawInForce;
    norrbus.regime.valid_from = day(2008, 1, 1);
    norrbus.description_sv =
        "Norrbotten: 14 kommuner och regionen, förskola/skola part, upp till och med 20 år";
    norrbus.description_en =
        "Norrbotten: 14 municipalities and the region, preschool/school a party, up to 20";
    norrbus.source = "Norrbus regional riktlinje sedan 2008 (haparanda.se, overkalix.se)";
    v.push_back(norrbus);

    return v;
}

bool covers(const Regime& r, const Date& at) {
    if (r.valid_from.is_set() && at < r.valid_from.value()) return false;
    if (r.valid_to.is_set() && r.valid_to.value() < at) return false;
    return true;
}

} // namespace

const std::vector<RegimePreset>& regime_presets() {
    static const std::vector<RegimePreset> presets = make_presets();
    return presets;
}

const RegimePreset* find_regime_preset(const Id& id) {
    for (const auto& p : regime_presets())
        if (p.regime.id == id) return &p;
    return nullptr;
}

std::vector<const RegimePreset*> regime_presets_valid_at(const Date& at) {
    std::vector<const RegimePreset*> out;
    for (const auto& p : regime_presets())
        if (covers(p.regime, at)) out.push_back(&p);
    return out;
}

const Regime& national_sip_regime() {
    return regime_presets().front().regime;
}

} // namespace skm
