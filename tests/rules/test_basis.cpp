// Basis on every finding: a question (unknown) when only a null the rule needed makes it fire,
// a gap when the map describes something as missing or wrong; vague words and name-only
// elements are questions.
#include "rule_test_support.hpp"
#include "skm/model_file.hpp"

#include <filesystem>

using namespace skm;
using namespace skm::test;

namespace {

Model example(const char* file) {
    return load_model_file(std::string(SKM_SOURCE_DIR) + "/models/examples/" + file);
}

const Finding* find(const CheckResult& r, const std::string& sub, const Id& element) {
    for (const auto& f : r.findings)
        if (f.sub == sub && f.element() == element) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("Västbus: FOR-01 is a question with convener and chair unknown, a gap with both none") {
    Model m = example("goteborg_vastbus_2015.json");
    Forum* f = find_by_id(m.forums, "F-LOK-STYR");
    REQUIRE(f);
    f->convener.set_unknown();
    f->chair.set_unknown();
    const CheckResult unknown = run_rules(m);
    const Finding* q = find(unknown, "FOR-01", "F-LOK-STYR");
    REQUIRE(q);
    CHECK(q->basis == Basis::Unknown);
    CHECK(q->severity == Severity::Error);

    f->convener.set_none();
    f->chair.set_none();
    const CheckResult none = run_rules(m);
    const Finding* g = find(none, "FOR-01", "F-LOK-STYR");
    REQUIRE(g);
    CHECK(g->basis == Basis::Gap);
    CHECK(g->message_sv ==
          "Forumet \"Västbus lokal styrgrupp\" har varken sammankallande eller ordförande.");
    // The other findings are the same findings either way: only FOR-01's basis and text moved.
    CHECK(unknown.findings.size() == none.findings.size());
}

TEST_CASE("a review cycle in words is stored and is a question for DOC-03b, not a gap") {
    Model m = base_model();
    Document d;
    d.id = "D-1";
    d.title = "Överenskommelsen";
    d.owner = Id("HM-K");
    d.valid_to.set_none();
    d.review_date.set_none();
    d.review_cycle_months.set_none();
    m.documents.push_back(d);
    auto fs = run_rule(m, "DOC-03");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sub == "DOC-03b");
    CHECK(fs[0].basis == Basis::Gap); // all three described as none

    m.documents[0].review_cycle_words = std::string("regelbundet");
    fs = run_rule(m, "DOC-03");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sub == "DOC-03b");
    CHECK(fs[0].basis == Basis::Unknown);
    CHECK(fs[0].message_sv == "Dokumentet \"Överenskommelsen\" revideras \"regelbundet\" men utan "
                              "angivet datum eller intervall.");

    // Kept as written through the file.
    const Model back = parse_model(serialize_model(m), "mem.json");
    REQUIRE(back.documents[0].review_cycle_words.is_set());
    CHECK(back.documents[0].review_cycle_words.value() == "regelbundet");
}

TEST_CASE("a forum that is only named (nämns) is asked about, not checked as an empty forum") {
    Model m = base_model();
    Forum named;
    named.id = "F-INTERN";
    named.name = "Landstingets interna forum";
    named.status = ElementStatus::NameOnly;
    m.forums.push_back(named);
    Escalation e;
    e.id = "E-1";
    e.name = "Tvistväg";
    e.steps.push_back({1, {"F-INTERN"}, {}, {}});
    m.escalations.push_back(e);

    const CheckResult r = run_rules(m);
    // No forum-content rule runs on it as if it were a described forum with nothing in it.
    for (const char* sub :
         {"FOR-01", "FOR-02", "FOR-03", "FOR-04a", "FOR-04b", "FOR-05", "FUP-01b"})
        CHECK_MESSAGE(find(r, sub, "F-INTERN") == nullptr, sub);
    // The step to it is a question: what is that forum?
    const Finding* step = find(r, "ESC-01b", "E-1");
    REQUIRE(step);
    CHECK(step->basis == Basis::Unknown);
    CHECK(step->elements == std::vector<Id>{"E-1", "F-INTERN"});
    CHECK(find_out(*step, Lang::Sv) == "vad steget är: nivå, ledamöter och mandat");

    // The status round-trips as the word "nämns".
    const std::string text = serialize_model(m);
    CHECK(text.find("\"status\": \"nämns\"") != std::string::npos);
    CHECK(parse_model(text, "mem.json") == m);
}

TEST_CASE("every question on the bundled examples says what to find out") {
    std::size_t questions = 0;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(SKM_SOURCE_DIR) + "/models/examples")) {
        const Model m = load_model_file(e.path().string());
        for (const auto& f : run_rules(m).findings) {
            if (f.basis != Basis::Unknown) continue;
            ++questions;
            CAPTURE(f.sub);
            CHECK_FALSE(find_out(f, Lang::Sv).empty());
            CHECK_FALSE(find_out(f, Lang::En).empty());
        }
    }
    CHECK(questions > 10); // the examples are summaries: many things are not described
}
