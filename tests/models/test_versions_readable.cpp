// readable_value(): a changed field's value as the report's "Förändringar sedan …" and the editor's
// comparison show it – ids as names, null as "uppgift saknas", an explicit none as "ingen", a
// yes/no field in words, a list one line per entry.
#include "skm/field_labels.hpp"
#include "skm/versions.hpp"

#include <doctest/doctest.h>

using namespace skm;

namespace {

Model small() {
    Model m;
    Role r;
    r.id = "R-REKTOR";
    r.title = "Rektor";
    m.roles.push_back(r);
    Unit u;
    u.id = "U-SKOLA";
    u.name = "Centralskolan";
    m.units.push_back(u);
    return m;
}

std::string texts(const std::vector<ValueLine>& lines) {
    std::string s;
    for (const auto& l : lines)
        s += (s.empty() ? "" : " | ") + l.text;
    return s;
}

} // namespace

TEST_CASE("readable value: ids become names, unknown and none are told apart") {
    const Model m = small();
    const auto role = readable_value("\"R-REKTOR\"", "null", m, Lang::Sv);
    REQUIRE(role.size() == 1);
    CHECK(role[0].text == "Rektor");
    CHECK(role[0].id == "R-REKTOR");
    CHECK(role[0].state == ValueLine::State::Value);

    const auto unknown = readable_value("null", "\"R-REKTOR\"", m, Lang::Sv);
    CHECK(texts(unknown) == "uppgift saknas");
    CHECK(unknown[0].state == ValueLine::State::Unknown);
    CHECK(texts(readable_value("null", "1", m, Lang::En)) == "not stated");

    // The file writes an explicit none as false, and a yes/no field's none as "ingen".
    const auto none = readable_value("false", "\"R-REKTOR\"", m, Lang::Sv);
    CHECK(texts(none) == "ingen");
    CHECK(none[0].state == ValueLine::State::None);
    CHECK(texts(readable_value("\"ingen\"", "true", m, Lang::Sv)) == "ingen");
    // A false against a true is the "no" of a yes/no field.
    CHECK(texts(readable_value("false", "true", m, Lang::Sv)) == "nej");
    CHECK(texts(readable_value("true", "false", m, Lang::En)) == "yes");

    CHECK(texts(readable_value("\"regelbundet\"", "null", m, Lang::Sv)) == "regelbundet");
    CHECK(texts(readable_value("21", "14", m, Lang::Sv)) == "21");
}

TEST_CASE("readable value: a list one line per entry, a part by the element it is about") {
    const Model m = small();
    CHECK(texts(readable_value("[\"U-SKOLA\",\"R-REKTOR\"]", "[]", m, Lang::Sv)) ==
          "Centralskolan | Rektor");
    const auto empty = readable_value("[]", "[\"U-SKOLA\"]", m, Lang::Sv);
    CHECK(texts(empty) == "inga");
    CHECK(empty[0].state == ValueLine::State::None);

    // A forum member: the role first, then its other stated fields by their titles.
    const auto members = readable_value(
        "[{\"role\":\"R-REKTOR\",\"mode\":\"vid behov\",\"substitute\":null,\"note\":null}]", "[]",
        m, Lang::Sv);
    REQUIRE(members.size() == 1);
    CHECK(members[0].text == "Rektor (" + field_title("mode", Lang::Sv) + ": vid behov)");
    CHECK(members[0].id == "R-REKTOR");

    // A part with a name of its own (a process step) by that name.
    CHECK(texts(readable_value("[{\"id\":\"S1\",\"name\":\"Oro upptäcks\",\"next\":[\"S2\"]}]",
                               "[]", m, Lang::Sv)) == "Oro upptäcks");
}

TEST_CASE("field titles: the file's keys in words, an unknown key as it is") {
    CHECK(field_title("convener", Lang::Sv) == "Sammankallande");
    CHECK(field_title("convener", Lang::En) == "Convener");
    CHECK(field_title("snapshot", Lang::Sv) == "Nulägesdatum");
    CHECK(field_title("ett_nytt_falt", Lang::Sv) == "ett_nytt_falt");
    CHECK(collection_title("forums", Lang::Sv) == "Forum");
    CHECK(collection_title("units", Lang::En) == "Units");
    CHECK(collection_title("model", Lang::Sv) == "Modellen");
}

TEST_CASE("part changes: a process's steps compared by id, a members list not") {
    FieldChange steps{"steps",
                      "[{\"id\":\"S1\",\"name\":\"Oro upptäcks\",\"next\":[\"S2\"]},"
                      "{\"id\":\"S2\",\"name\":\"Anmälan\",\"next\":[]},"
                      "{\"id\":\"S3\",\"name\":\"Gammalt steg\",\"next\":[]}]",
                      "[{\"id\":\"S1\",\"name\":\"Oro upptäcks\",\"next\":[\"S2\"]},"
                      "{\"id\":\"S2\",\"name\":\"Anmälan tas emot\",\"next\":[\"S4\"]},"
                      "{\"id\":\"S4\",\"name\":\"Utredning\",\"next\":[]}]"};
    const auto parts = part_changes(steps);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].kind == ElementChange::Kind::Changed);
    CHECK(parts[0].id == "S2");
    CHECK(parts[0].name == "Anmälan tas emot");
    REQUIRE(parts[0].fields.size() == 2);
    CHECK(parts[0].fields[0].field == "name");
    CHECK(parts[0].fields[1].field == "next");
    CHECK(parts[1].kind == ElementChange::Kind::Added);
    CHECK(parts[1].id == "S4");
    CHECK(parts[2].kind == ElementChange::Kind::Removed);
    CHECK(parts[2].name == "Gammalt steg");

    CHECK(part_changes({"members", "[{\"role\":\"R-A\"}]", "[{\"role\":\"R-B\"}]"}).empty());
    CHECK(part_changes({"lanes", "[\"U-A\"]", "[\"U-B\"]"}).empty());
    CHECK(part_changes({"name", "\"a\"", "\"b\""}).empty());
}

TEST_CASE("readable fields: a field by its title, a process's steps part by part") {
    const Model m = small();
    ElementChange c;
    c.collection = "processes";
    c.id = "P-1";
    c.fields.push_back({"owner", "null", "\"U-SKOLA\""});
    c.fields.push_back({"steps",
                        "[{\"id\":\"S1\",\"name\":\"Start\"},{\"id\":\"S2\",\"name\":\"Bort\"}]",
                        "[{\"id\":\"S1\",\"name\":\"Början\"},{\"id\":\"S3\",\"name\":\"Ny\"}]"});
    const auto rows = readable_fields(c, m, m, Lang::Sv);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].field == field_title("owner", Lang::Sv));
    CHECK(texts(rows[0].before) == "uppgift saknas");
    CHECK(texts(rows[0].after) == "Centralskolan");
    CHECK(rows[1].field == "Steg \"Början\": Namn");
    CHECK(texts(rows[1].before) == "Start");
    CHECK(texts(rows[1].after) == "Början");
    CHECK(rows[2].field == "Steg \"Ny\"");
    CHECK(rows[2].before.empty());
    CHECK(texts(rows[2].after) == "tillagd");
    CHECK(rows[3].field == "Steg \"Bort\"");
    CHECK(texts(rows[3].after) == "borttagen");
}
