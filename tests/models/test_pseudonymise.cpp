// Pseudonymised copies (issue 11 §8): names become stable placeholders everywhere, notes on
// individuals and personal identity numbers are removed, the structure stays.
#include "skm/model_file.hpp"
#include "skm/pseudonymise.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

using namespace skm;

namespace {

Model named() {
    Model m = make_synthetic_county({2, 60, 20, 1, 3});
    REQUIRE(m.roles.size() >= 3);
    REQUIRE(m.levels.size() >= 1);
    m.roles[0].person = std::string("Anna Berg");
    m.roles[1].person = std::string("Per");
    m.roles[2].person = std::string("namngiven");
    m.levels[0].key_persons = {"Anna Berg", "Bo"};
    m.forums[0].purpose = std::string("Anna Berg leder; Per ersätter. Barn 850101-1234 följs upp.");
    Citizen c;
    c.id = "C-X";
    c.note = std::string("Pojke, 12 år, bor hos mormor");
    m.citizens.push_back(c);
    return m;
}

} // namespace

TEST_CASE("pseudonymise: names become Person N by first appearance, the same name alike") {
    const Model in = named();
    const Model out = pseudonymise(in);
    CHECK(out.roles[0].person.value() == "Person 1");
    CHECK(out.roles[1].person.value() == "Person 2");
    CHECK(out.roles[2].person.value() == "namngiven");
    CHECK(out.levels[0].key_persons == std::vector<std::string>{"Person 1", "Person 3"});
    // Inside other text, and "Per" does not eat into the "Person" it has just written.
    CHECK(out.forums[0].purpose.value() ==
          "Person 1 leder; Person 2 ersätter. Barn ÅÅMMDD-XXXX följs upp.");
    CHECK(out.citizens.back().note.value() == "Anteckning 1");
    // Same input, same placeholders.
    CHECK(pseudonymise(in) == out);
    // Nothing else changes: ids, references and counts are those of the original.
    CHECK(out.units == in.units);
    CHECK(out.flows == in.flows);
    CHECK(check_references(out).empty());
    // The serialized copy holds none of the names or the number.
    const std::string text = serialize_model(out);
    for (const char* secret : {"Anna Berg", "850101-1234", "mormor", "\"Bo\""})
        CHECK(text.find(secret) == std::string::npos);
    CHECK(check_consistency(out).empty());
}

TEST_CASE("pseudonymise: every personnummer form is masked, other numbers are kept") {
    Model m = make_synthetic_county({2, 20, 20, 1, 3});
    m.forums[0].purpose =
        std::string("19750315-5678, 197503155678 och 850161+1234; tel 0701234567, dnr 2019-1234");
    const Model out = pseudonymise(m);
    CHECK(out.forums[0].purpose.value() ==
          "ÅÅMMDD-XXXX, ÅÅMMDD-XXXX och ÅÅMMDD-XXXX; tel 0701234567, dnr 2019-1234");
}
