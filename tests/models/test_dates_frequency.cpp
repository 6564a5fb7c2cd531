#include "skm/model.hpp"

#include <doctest/doctest.h>

using namespace skm;

TEST_CASE("dates parse strictly and print back the same") {
    Date d;
    CHECK(Date::parse("2008-12-31", d));
    CHECK(d.str() == "2008-12-31");
    CHECK(Date::parse("2024-02-29", d));
    CHECK_FALSE(Date::parse("2023-02-29", d));
    CHECK_FALSE(Date::parse("2008-13-01", d));
    CHECK_FALSE(Date::parse("31/12-2008", d));
    CHECK_FALSE(Date::parse("2008-1-01", d));
}

TEST_CASE("date arithmetic: months and days") {
    Date a, b;
    Date::parse("2015-06-01", a);
    Date::parse("2016-06-01", b);
    CHECK(a.plus_months(12) == b);
    CHECK(b.days_since_epoch() - a.days_since_epoch() == 366);
    Date::parse("2015-01-31", a);
    CHECK(a.plus_months(1).str() == "2015-02-28");
    CHECK(a < b);
}

TEST_CASE("frequencies: counted, as needed, unquantified") {
    Frequency f;
    CHECK(Frequency::parse("2 per termin", f));
    CHECK(f.kind == Frequency::Kind::Count);
    CHECK(f.count == 2);
    CHECK(f.per == FrequencyPer::Termin);
    CHECK(f.str() == "2 per termin");
    CHECK(Frequency::parse("vid behov", f));
    CHECK(f.kind == Frequency::Kind::AsNeeded);
    CHECK(Frequency::parse("löpande", f));
    CHECK(f.kind == Frequency::Kind::Unquantified);
    CHECK(f.str() == "löpande");
    CHECK(Frequency::parse("regelbundet", f));
    CHECK(f.words.empty());
    CHECK(f.str() == "regelbundet");
    // Vague words are kept as written, not rounded to a count or rejected.
    CHECK(Frequency::parse("flera gånger per år", f));
    CHECK(f.kind == Frequency::Kind::Unquantified);
    CHECK(f.words == "flera gånger per år");
    CHECK(f.str() == "flera gånger per år");
    CHECK_FALSE(Frequency::parse("0 per år", f));
    CHECK_FALSE(Frequency::parse("", f));
    CHECK_FALSE(Frequency::parse(" ofta", f));
    CHECK_FALSE(Frequency::parse("1 per decennium", f));
}

TEST_CASE("enum words round-trip for every value") {
    for (const auto& [v, w] : EnumInfo<FlowType>::entries)
        CHECK(from_word<FlowType>(w) == v);
    for (const auto& [v, w] : EnumInfo<Sector>::entries)
        CHECK(from_word<Sector>(w) == v);
    CHECK_FALSE(from_word<Tier>("X").has_value());
}

TEST_CASE("effective principal follows the unit tree") {
    Model m;
    m.principals.push_back({"HM", "Kommunen", PrincipalType::Kommun, {}});
    Unit a, b;
    a.id = "A";
    a.principal = std::string("HM");
    b.id = "B";
    b.parent = std::string("A");
    m.units = {a, b};
    CHECK(effective_principal(m, m.units[1]) == "HM");
    m.units[0].parent = std::string("B"); // a cycle must not hang
    m.units[0].principal.set_unknown();
    CHECK(effective_principal(m, m.units[1]).empty());
}
