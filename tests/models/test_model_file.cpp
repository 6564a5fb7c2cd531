// The model file: round trips, canonical bytes, atomic saves, and clear messages for bad files.
#include "skm/model_file.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace skm;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> example_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(fs::path(SKM_SOURCE_DIR) / "models/examples"))
        if (e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A small model that uses every kind of attribute state: set, none, unknown.
Model tri_state_model() {
    Model m = make_synthetic_county({2, 20, 30, 1, 7});
    m.forums[0].purpose = std::string("Samordna insatser för barn – \"Åsa\" & <Örjan>\nrad två");
    m.forums[0].mandate.set_none();
    m.forums[1].frequency = Frequency{Frequency::Kind::AsNeeded, 1, FrequencyPer::Manad};
    m.roles[0].person = std::string("namngiven");
    Date d;
    Date::parse("2026-07-01", d);
    m.changes.push_back(
        {"CH-1", d, "Skolorna går över till utbildningsförvaltningen", {"U-1"}, {}, {}, {}, {}});
    m.rules.waivers.push_back({"FOR-02", "F-1", "Mötena styrs av ärendena", "Styrgruppen", d});
    return m;
}

fs::path temp_dir() {
    fs::path d = fs::temp_directory_path() / ("skm-test-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

std::string first_problem(const std::string& json) {
    try {
        Model m = parse_model(json, "bad.json");
        auto refs = check_references(m);
        if (!refs.empty()) return refs.front().where + ": " + refs.front().problem;
    } catch (const ModelFileError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("serialize → parse is identity, and two saves are byte-identical") {
    const Model m = tri_state_model();
    const std::string a = serialize_model(m);
    const Model back = parse_model(a, "mem");
    CHECK(back == m);
    CHECK(serialize_model(back) == a);
    CHECK(back.forums[0].mandate.is_none());
    CHECK(back.forums[2].mandate.is_unknown());
    CHECK(back.forums[0].purpose.value().find("Åsa") != std::string::npos);
}

TEST_CASE("the file is readable: Swedish words for enums, å ä ö unescaped, none as false, unknown "
          "as null") {
    const std::string s = serialize_model(tri_state_model());
    CHECK(s.find("\"format\": \"samverkanskartan-modell\"") != std::string::npos);
    CHECK(s.find("\"schema_version\": " + std::to_string(kSchemaVersion)) != std::string::npos);
    CHECK(s.find("\"type\": \"återkoppling\"") != std::string::npos);
    CHECK(s.find("\"frequency\": \"vid behov\"") != std::string::npos);
    CHECK(s.find("\"mandate\": false") != std::string::npos);
    CHECK(s.find("\"mandate\": null") != std::string::npos);
    CHECK(s.find("Åsäter") != std::string::npos);
    CHECK(s.find("\\u00") == std::string::npos);
}

TEST_CASE("a one-field edit is a one-line diff") {
    Model m = tri_state_model();
    const std::string before = serialize_model(m);
    m.forums[3].name = "Nytt namn på gruppen";
    const std::string after = serialize_model(m);
    std::istringstream a(before), b(after);
    std::string la, lb;
    int differing = 0, lines = 0;
    while (std::getline(a, la) && std::getline(b, lb)) {
        ++lines;
        differing += la != lb;
    }
    CHECK(lines > 100);
    CHECK(differing == 1);
}

TEST_CASE("every bundled example loads, is stored canonically and round-trips") {
    const auto files = example_files();
    REQUIRE(!files.empty());
    for (const auto& f : files) {
        CAPTURE(f.string());
        const Model m = load_model_file(f.string());
        CHECK(!m.info.name.empty());
        const std::string text = read_all(f);
        CHECK(serialize_model(m) == text);
        CHECK(parse_model(serialize_model(m), f.string()) == m);
    }
}

TEST_CASE("save is atomic and keeps the previous version as .bak") {
    const fs::path dir = temp_dir();
    const std::string path = (dir / "modell.json").string();
    Model m = tri_state_model();
    save_model_file(m, path);
    CHECK(!fs::exists(path + ".bak"));
    const std::string first = read_all(path);
    m.info.name = "Andra versionen";
    save_model_file(m, path);
    CHECK(read_all(path + ".bak") == first);
    CHECK(load_model_file(path).info.name == "Andra versionen");
    for (const auto& e : fs::directory_iterator(dir))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("saving into a folder that does not exist fails with the file named, and loses nothing") {
    Model m = tri_state_model();
    try {
        save_model_file(m, "/nonexistent-dir-skm/x.json");
        FAIL("expected an error");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("/nonexistent-dir-skm/x.json") != std::string::npos);
    }
}

TEST_CASE("a truncated file is rejected with its line and a hint") {
    const std::string full = serialize_model(tri_state_model());
    const std::string msg = first_problem(full.substr(0, full.size() / 2));
    CHECK(msg.find("bad.json") == 0);
    CHECK(msg.find("line ") != std::string::npos);
    CHECK(msg.find("JSON syntax error") != std::string::npos);
}

TEST_CASE("a dangling reference names the field path and the missing id") {
    Model m = tri_state_model();
    m.forums[0].convener = std::string("R-FINNS-INTE");
    const std::string msg = first_problem(serialize_model(m));
    CHECK(msg.find("forums[F-1].convener") != std::string::npos);
    CHECK(msg.find("R-FINNS-INTE") != std::string::npos);
}

TEST_CASE("a reference to the wrong kind of element is rejected") {
    Model m = tri_state_model();
    m.forums[0].level = std::string("F-2");
    const std::string msg = first_problem(serialize_model(m));
    CHECK(msg.find("forums[F-1].level") != std::string::npos);
    CHECK(msg.find("expected a level") != std::string::npos);
}

TEST_CASE("a wrong type names the field") {
    std::string s = serialize_model(tri_state_model());
    const auto pos = s.find("\"horizon_months\": 12");
    REQUIRE(pos != std::string::npos);
    s.replace(pos, 20, "\"horizon_months\": \"tolv\"");
    const std::string msg = first_problem(s);
    CHECK(msg.find("model.horizon_months") != std::string::npos);
    CHECK(msg.find("expected a whole number") != std::string::npos);
}

TEST_CASE("an unknown enumeration word lists the allowed words") {
    std::string s = serialize_model(tri_state_model());
    const auto pos = s.find("\"type\": \"kommun\"");
    REQUIRE(pos != std::string::npos);
    s.replace(pos, 16, "\"type\": \"komun\"");
    const std::string msg = first_problem(s);
    CHECK(msg.find("principals[") != std::string::npos);
    CHECK(msg.find("\"komun\"") != std::string::npos);
    CHECK(msg.find("\"region\"") != std::string::npos);
}

TEST_CASE("a file from a newer schema version is refused with advice") {
    std::string s = serialize_model(tri_state_model());
    const std::string current = "\"schema_version\": " + std::to_string(kSchemaVersion);
    s.replace(s.find(current), current.size(), "\"schema_version\": 7");
    const std::string msg = first_problem(s);
    CHECK(msg.find("newer version") != std::string::npos);
    CHECK(msg.find("schema 7") != std::string::npos);
}

TEST_CASE("a schema-1 file (before units.level and rule_settings.actions) reads unchanged") {
    const Model m = tri_state_model();
    REQUIRE(!m.units.empty());
    std::string s = serialize_model(m);
    const std::string current = "\"schema_version\": " + std::to_string(kSchemaVersion);
    s.replace(s.find(current), current.size(), "\"schema_version\": 1");
    // A version-1 writer wrote neither field; drop them as it would have.
    auto erase_all = [&](const std::string& field) {
        int erased = 0;
        for (auto at = s.find(field); at != std::string::npos; at = s.find(field), ++erased)
            s.erase(at, field.size());
        return erased;
    };
    CHECK(erase_all("\"level\": null,") == int(m.units.size()));
    CHECK(erase_all(",\n    \"actions\": []") == 1);
    CHECK(first_problem(s).empty());
    CHECK(parse_model(s, "v1.json") == m);
}

TEST_CASE("unknown and duplicated fields are errors, not silently dropped") {
    std::string s = serialize_model(tri_state_model());
    std::string t = s;
    t.replace(t.find("\"horizon_months\""), 16, "\"horizon_monthz\"");
    CHECK(first_problem(t).find("unknown field \"horizon_monthz\"") != std::string::npos);
    std::string u = s;
    u.insert(u.find("\"horizon_months\""), "\"horizon_months\": 3, ");
    CHECK(first_problem(u).find("given twice") != std::string::npos);
}

TEST_CASE("hostile content: invalid UTF-8, control characters, deep nesting, not JSON") {
    std::string s = serialize_model(tri_state_model());
    std::string bad_utf8 = s;
    bad_utf8.replace(bad_utf8.find("Åsäter"), 2, "\xC3\x28");
    CHECK(first_problem(bad_utf8).find("UTF-8") != std::string::npos);
    std::string ctrl = s;
    ctrl.replace(ctrl.find("Åsäter"), 2, "\\u0001");
    CHECK(first_problem(ctrl).find("control character") != std::string::npos);
    CHECK(!first_problem(std::string(200000, '[')).empty());
    CHECK(first_problem("").find("empty") != std::string::npos);
    CHECK(first_problem("[1,2,3]").find("expected a JSON object") != std::string::npos);
    CHECK(first_problem("{\"format\": \"other\"}").find("not a Samverkanskartan model") !=
          std::string::npos);
}

TEST_CASE("duplicate ids are reported") {
    Model m = tri_state_model();
    m.forums[1].id = m.forums[0].id;
    auto problems = check_references(m);
    REQUIRE(!problems.empty());
    CHECK(problems.front().problem.find("more than one element") != std::string::npos);
}

TEST_CASE("step references and successors are checked within their process") {
    Model m = tri_state_model();
    Process p;
    p.id = "P-1";
    p.name = "Process";
    p.steps.push_back({"S1", "Start", StepType::Start, {}, {}, {"S2"}, false, false, {}, {}, {}});
    m.processes.push_back(p);
    m.flows[0].step = std::string("P-1.S9");
    auto problems = check_references(m);
    bool step_next = false, flow_step = false;
    for (const auto& pr : problems) {
        step_next |= pr.where == "processes[P-1].steps[S1].next";
        flow_step |= pr.problem.find("has no step \"S9\"") != std::string::npos;
    }
    CHECK(step_next);
    CHECK(flow_step);
}

TEST_CASE("a missing file and a folder give messages naming them") {
    CHECK_THROWS_WITH_AS(load_model_file("/no/such/file.json"),
                         doctest::Contains("/no/such/file.json"), ModelFileError);
    CHECK_THROWS_WITH_AS(load_model_file("/tmp"), doctest::Contains("folder"), ModelFileError);
}
