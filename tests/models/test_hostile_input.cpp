// Bounded, sane input (issue 11 §5, §6, §8): messages escape and cap what they quote, nonsense is
// refused or reported with its place, dates stay sane at any month count, personal identity
// numbers are reported, and a yes/no field's "none" survives a save.
#include "skm/model_file.hpp"
#include "skm/rules.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace skm;

namespace {

std::string load_error(const std::string& json) {
    try {
        Model m = parse_model(json, "bad.json");
        auto refs = check_references(m);
        if (!refs.empty()) return refs.front().where + ": " + refs.front().problem;
    } catch (const ModelFileError& e) {
        return e.what();
    }
    return "";
}

// A synthetic county with a few roles (one per twenty units) and a bundled example with process
// maps.
Model base() {
    return make_synthetic_county({2, 60, 20, 1, 5});
}
Model with_processes() {
    return load_model_file(std::string(SKM_SOURCE_DIR) +
                           "/models/examples/ostermalm_bus_2007.json");
}

// The serialized base model with the first `"name": "…"` value replaced by raw JSON text.
std::string with_first_name(const std::string& raw_json_string) {
    std::string s = serialize_model(base());
    const std::string key = "\"name\": \"";
    const auto at = s.find(key, s.find("\"units\""));
    const auto end = s.find('"', at + key.size());
    s.replace(at + key.size() - 1, end - (at + key.size() - 1) + 1, raw_json_string);
    return s;
}

bool has_raw_control(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

std::vector<std::string> warnings_of(const Model& m) {
    std::vector<std::string> out;
    for (const auto& p : check_consistency(m))
        out.push_back(p.where + ": " + p.problem);
    return out;
}

bool any_contains(const std::vector<std::string>& v, const std::string& a, const std::string& b) {
    return std::any_of(v.begin(), v.end(), [&](const std::string& s) {
        return s.find(a) != std::string::npos && s.find(b) != std::string::npos;
    });
}

} // namespace

TEST_CASE("escape_for_message: controls, C1, DEL, noncharacters and bad bytes are spelt out") {
    CHECK(escape_for_message("a\nb\tc") == "a\\nb\\tc");
    CHECK(escape_for_message("\x1b[31mröd") == "\\x1b[31mröd");
    CHECK(escape_for_message("x\x7fy") == "x\\x7fy");
    CHECK(escape_for_message("\xc2\x9b"
                             "2J") == "\\u009b2J"); // C1 CSI
    CHECK(escape_for_message("\xef\xbf\xbe") == "\\ufffe");
    CHECK(escape_for_message("\xe2\x80\xae"
                             "txt") == "\\u202etxt"); // right-to-left override
    CHECK(escape_for_message("\xff\xfe") == "\\xff\\xfe");
    CHECK(escape_for_message("Åsa Öberg") == "Åsa Öberg");
    // Capped by characters, not bytes: å is one character.
    CHECK(escape_for_message(std::string(100, 'a'), 10) == std::string(10, 'a') + "…");
    CHECK(escape_for_message("åååå", 2) == "åå…");
    CHECK(quote_for_message("id") == "\"id\"");
}

TEST_CASE("a 10 MB unknown key gives a short message, a key with an escape sequence is escaped") {
    std::string s = serialize_model(base());
    const std::string huge(10 * 1024 * 1024, 'k');
    s.insert(s.find('{') + 1, "\"" + huge + "\": 1,");
    const std::string msg = load_error(s);
    CHECK(msg.find("unknown field") != std::string::npos);
    CHECK(msg.size() < 400);

    std::string t = serialize_model(base());
    t.insert(t.find('{') + 1, "\"\\u001b]0;pwned\\u0007\": 1,");
    const std::string msg2 = load_error(t);
    CHECK(msg2.find("unknown field \"\\x1b]0;pwned\\x07\"") != std::string::npos);
    CHECK_FALSE(has_raw_control(msg2));
}

TEST_CASE("ids and enum words are escaped in messages") {
    Model m = base();
    m.forums[0].reports_to = std::string("F-\x1b[2J");
    const auto p = check_references(m);
    REQUIRE_FALSE(p.empty());
    CHECK(p.front().problem.find("\\x1b[2J") != std::string::npos);
    CHECK_FALSE(has_raw_control(p.front().problem));

    std::string s = serialize_model(base());
    const auto at = s.find("\"kind\": \"", s.find("\"units\""));
    REQUIRE(at != std::string::npos);
    s.insert(at + 9, "\\u009b");
    const std::string msg = load_error(s);
    CHECK(msg.find("unknown value") != std::string::npos);
    CHECK_FALSE(has_raw_control(msg));
}

TEST_CASE("a raw NUL byte is refused with its place, not read as the end of the file") {
    std::string s = serialize_model(base());
    s += std::string("\0{\"garbage\": 1}", 15);
    const std::string msg = load_error(s);
    CHECK(msg.find("NUL byte") != std::string::npos);
    CHECK(msg.find("line ") != std::string::npos);
}

TEST_CASE("DEL, C1 controls and U+FFFE/U+FFFF in text are refused") {
    CHECK(load_error(with_first_name("\"a\\u007fb\"")).find("control character (code 127)") !=
          std::string::npos);
    CHECK(load_error(with_first_name("\"a\\u0085b\"")).find("control character (U+0085)") !=
          std::string::npos);
    CHECK(load_error(with_first_name("\"a\xc2\x9b"
                                     "b\""))
              .find("control character") != std::string::npos);
    CHECK(load_error(with_first_name("\"a\\ufffeb\"")).find("U+FFFE or U+FFFF") !=
          std::string::npos);
    CHECK(load_error(with_first_name("\"a\xef\xbf\xbf"
                                     "b\""))
              .find("U+FFFE or U+FFFF") != std::string::npos);
    // Ordinary text, with å ä ö, a newline and a tab, is fine.
    CHECK(load_error(with_first_name("\"Åsa\\n\\tÖrjan\"")).empty());
}

TEST_CASE("ids containing a dot and duplicate step ids are load errors with the place") {
    Model m = base();
    m.units[0].id = "U.1";
    for (auto& u : m.units)
        if (u.parent.is_set() && u.parent.value() == "U-1") u.parent.set_unknown();
    auto p = check_references(m);
    CHECK(std::any_of(p.begin(), p.end(), [](const FileProblem& f) {
        return f.where == "units[0].id" && f.problem.find("contains \".\"") != std::string::npos;
    }));

    Model s = with_processes();
    REQUIRE_FALSE(s.processes.empty());
    REQUIRE(s.processes[0].steps.size() >= 2);
    s.processes[0].steps[1].id = s.processes[0].steps[0].id;
    p = check_references(s);
    CHECK(std::any_of(p.begin(), p.end(), [](const FileProblem& f) {
        return f.where.find("steps[1].id") != std::string::npos &&
               f.problem.find("more than one step") != std::string::npos;
    }));
    Model d = with_processes();
    REQUIRE_FALSE(d.processes.empty());
    d.processes[0].steps[0].id = "S.1";
    p = check_references(d);
    CHECK(std::any_of(p.begin(), p.end(), [](const FileProblem& f) {
        return f.where.find("steps[0].id") != std::string::npos &&
               f.problem.find("reserved for step references") != std::string::npos;
    }));
}

TEST_CASE("plus_months stays sane and defined at any month count") {
    Date d;
    REQUIRE(Date::parse("2015-01-31", d));
    CHECK(d.plus_months(1).str() == "2015-02-28");
    CHECK(d.plus_months(-1).str() == "2014-12-31");
    CHECK(d.plus_months(-13).str() == "2013-12-31");
    CHECK(d.plus_months(12 * 10).str() == "2025-01-31");
    CHECK(d.plus_months(INT_MAX).str() == "9999-12-31");
    CHECK(d.plus_months(INT_MIN).str() == "0001-01-01");
    CHECK(d.plus_months(-2015 * 12).str() == "0001-01-01"); // year 0 is before the first year
    CHECK(Date{}.plus_months(5).str().size() == 10);        // a default date does not read past
}

TEST_CASE("extreme review_cycle_months and horizon_months: rules run and dates print sanely") {
    for (int months : {INT_MAX, INT_MIN, INT_MAX - 11, -1, 0}) {
        Model m = base();
        m.info.horizon_months = months;
        for (auto& doc : m.documents) {
            doc.review_cycle_months = months;
            Date a;
            Date::parse("2015-06-01", a);
            doc.adopted = a;
            doc.review_date.set_unknown();
            doc.valid_to.set_unknown();
        }
        CAPTURE(months);
        const CheckResult r = run_rules(m);
        for (const auto& f : r.findings)
            CHECK(f.message_en.find("--") == std::string::npos); // "-4970--8-01" before
    }
}

TEST_CASE("nonsense is reported with its place: cycles, negatives, ages, dates") {
    Model m = base();
    REQUIRE(m.units.size() >= 3);
    m.units[0].parent = m.units[1].id;
    m.units[1].parent = m.units[2].id;
    m.units[2].parent = m.units[0].id;
    REQUIRE(m.forums.size() >= 2);
    m.forums[0].reports_to = m.forums[1].id;
    m.forums[1].reports_to = m.forums[0].id;
    REQUIRE(m.roles.size() >= 2);
    m.roles[0].substitute = m.roles[0].id;
    m.roles[1].capacity = -2;
    REQUIRE_FALSE(m.flows.empty());
    m.flows[0].lead_time_days = -5;
    Regime r;
    r.id = "REG-X";
    r.name = "Regim";
    r.age_min = 18;
    r.age_max = 7;
    m.regimes.push_back(r);
    Date a, b;
    Date::parse("2020-01-01", a);
    Date::parse("2019-01-01", b);
    REQUIRE(m.units.size() >= 4);
    m.units[3].start = a;
    m.units[3].end = b;
    const auto w = warnings_of(m);
    CAPTURE(w.size());
    CHECK(any_contains(w, "units[" + m.units[0].id + "].parent", "forms a cycle"));
    CHECK(any_contains(w, "forums[" + m.forums[0].id + "].reports_to", "forms a cycle"));
    CHECK(any_contains(w, "roles[" + m.roles[0].id + "].substitute", "its own substitute"));
    CHECK(any_contains(w, "roles[" + m.roles[1].id + "].capacity", "negative (-2)"));
    CHECK(any_contains(w, "flows[" + m.flows[0].id + "].lead_time_days", "negative"));
    CHECK(any_contains(w, "regimes[REG-X].age_min", "above age_max (18 > 7)"));
    CHECK(any_contains(w, "units[" + m.units[3].id + "].end", "before start"));
    // One cycle is one warning, not one per member.
    CHECK(std::count_if(w.begin(), w.end(), [](const std::string& s) {
              return s.find("units[") == 0 && s.find("forms a cycle") != std::string::npos;
          }) == 1);
}

TEST_CASE("document parent cycles and steps that loop with no way out are reported") {
    Model m = with_processes();
    REQUIRE(m.documents.size() >= 2);
    m.documents[0].parent = m.documents[1].id;
    m.documents[1].parent = m.documents[0].id;
    Process p;
    p.id = "P-LOOP";
    p.name = "Slinga";
    Step s1, s2, s3, s4, s5;
    s1.id = "A";
    s1.next = {"B"};
    s2.id = "B";
    s2.next = {"A"};
    s3.id = "C"; // repeats while needed, then moves on: fine
    s3.next = {"C", "D"};
    s4.id = "D"; // no successor: the process ends here
    s5.id = "E"; // repeats for ever
    s5.next = {"E"};
    p.steps = {s1, s2, s3, s4, s5};
    m.processes.push_back(p);
    Process ok;
    ok.id = "P-OK";
    ok.name = "Med återkoppling";
    Step k1, k2, k3;
    k1.id = "K1";
    k1.next = {"K2"};
    k2.id = "K2";
    k2.next = {"K1", "K3"}; // back for more work, or on
    k3.id = "K3";
    k3.type = StepType::Slut;
    ok.steps = {k1, k2, k3};
    m.processes.push_back(ok);
    const auto w = warnings_of(m);
    CHECK(any_contains(w, "documents[" + m.documents[0].id + "].parent", "forms a cycle"));
    CHECK(any_contains(w, "processes[P-LOOP].steps[A].next", "without reaching an end"));
    CHECK(any_contains(w, "processes[P-LOOP].steps[B].next", "without reaching an end"));
    CHECK_FALSE(any_contains(w, "processes[P-LOOP].steps[C]", ""));
    CHECK_FALSE(any_contains(w, "processes[P-LOOP].steps[D]", ""));
    CHECK(any_contains(w, "processes[P-LOOP].steps[E].next", "without reaching an end"));
    CHECK_FALSE(any_contains(w, "processes[P-OK]", ""));
}

TEST_CASE("every bundled example and the synthetic county have no load warnings") {
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(SKM_SOURCE_DIR) /
                                                             "models/examples")) {
        if (e.path().extension() != ".json") continue;
        CAPTURE(e.path().string());
        CHECK(warnings_of(load_model_file(e.path().string())).empty());
    }
    CHECK(warnings_of(make_synthetic_county({3, 60, 80, 2, 9})).empty());
}

TEST_CASE("personnummer-like text is recognised, dates, phone and case numbers are not") {
    for (const char* yes : {"850101-1234", "19750315-5678", "197503155678", "Barnet 850161-1234",
                            "(20010229+1234)"}) {
        CAPTURE(yes);
        CHECK(contains_personal_number(yes));
    }
    for (const char* no : {"2015-06-01", "0701234567", "070-123 45 67", "Dnr 2019-1234",
                           "851301-1234", "850100-1234", "1234567-1234", "8501011-1234",
                           "850101-12345", "199913015678", "19850101 -"}) {
        CAPTURE(no);
        CHECK_FALSE(contains_personal_number(no));
    }
}

TEST_CASE("a personnummer in any field is a load warning naming the field") {
    Model m = base();
    REQUIRE_FALSE(m.roles.empty());
    m.roles[0].person = std::string("Anna 850101-1234");
    m.forums[0].purpose = std::string("Ärende 19750315-5678 följs upp");
    const auto w = warnings_of(m);
    CHECK(any_contains(w, "roles[" + m.roles[0].id + "].person", "personnummer"));
    CHECK(any_contains(w, "forums[" + m.forums[0].id + "].purpose", "personnummer"));
}

TEST_CASE("an optional yes/no field round-trips all three states, none included") {
    Model m = base();
    REQUIRE(m.flows.size() >= 4);
    m.flows[0].personal_data = true;
    m.flows[1].personal_data = false;
    m.flows[2].personal_data.set_none();
    m.flows[3].personal_data.set_unknown();
    const std::string text = serialize_model(m);
    CHECK(text.find("\"personal_data\": \"ingen\"") != std::string::npos);
    const Model back = parse_model(text, "mem");
    CHECK(back.flows[0].personal_data.value() == true);
    CHECK(back.flows[1].personal_data.value() == false);
    CHECK(back.flows[2].personal_data.is_none());
    CHECK(back.flows[3].personal_data.is_unknown());
    CHECK(back == m);
    // "none" is read too; anything else is still an error naming the field.
    std::string en = text;
    en.replace(en.find("\"ingen\""), 7, "\"none\"");
    CHECK(parse_model(en, "mem").flows[2].personal_data.is_none());
    std::string bad = text;
    bad.replace(bad.find("\"ingen\""), 7, "\"kanske\"");
    CHECK(load_error(bad).find("personal_data: expected true or false") != std::string::npos);
}
