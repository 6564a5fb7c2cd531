// The document's findings follow its edits although the rules run on a background thread: the
// findings shown are always those of one generation of the model, a result for an older model is
// dropped, and the findings of the current model arrive by polling alone.
#include "map_document.hpp"

#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

using namespace skm;
using namespace skm::gui;

namespace {

// The document's findings as (sub-rule, element) pairs, to compare with a direct rule run.
std::vector<std::pair<std::string, Id>> keys(const CheckResult& r) {
    std::vector<std::pair<std::string, Id>> out;
    for (const auto& f : r.findings)
        out.emplace_back(f.sub, f.element());
    return out;
}

// A forum with no members, convener or frequency: FOR-01 and FOR-04 report it.
Forum bare_forum(const std::string& id) {
    Forum f;
    f.id = id;
    f.name = "Tom grupp " + id;
    return f;
}

bool has_finding_about(const CheckResult& r, const Id& element) {
    for (const auto& f : r.findings)
        if (f.element() == element) return true;
    return false;
}

} // namespace

TEST_CASE("findings arrive by polling after an edit and match the rules run on the model") {
    MapDocument doc;
    doc.reset(make_synthetic_county({}), {});
    doc.wait_findings();
    REQUIRE(doc.findings_current());
    CHECK(keys(doc.findings()) == keys(run_rules(doc.model())));
    CHECK_FALSE(has_finding_about(doc.findings(), "F-NY"));

    const auto before = doc.generation();
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(bare_forum("F-NY"))));
    CHECK(doc.generation() == before + 1);
    // Until a poll takes the job's result the last findings stay: the generation before the edit.
    CHECK_FALSE(doc.findings_current());
    CHECK(doc.findings_generation() == before);
    CHECK_FALSE(has_finding_about(doc.findings(), "F-NY"));

    // Polling alone (as App::frame does once a frame) brings the findings of the edited model.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!doc.findings_current() && std::chrono::steady_clock::now() < until) {
        doc.poll_findings();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(doc.findings_current());
    CHECK(doc.findings_generation() == doc.generation());
    CHECK(has_finding_about(doc.findings(), "F-NY"));
    CHECK(keys(doc.findings()) == keys(run_rules(doc.model())));
}

TEST_CASE(
    "a result for an older model is dropped: after quick edits the findings are the last model's") {
    MapDocument doc;
    doc.reset(make_synthetic_county({}), {});
    // Several edits while the first job still runs; undo one, so the last model is not the one
    // any earlier job saw.
    for (int i = 0; i < 4; ++i)
        REQUIRE(doc.execute(
            std::make_unique<AddElement<Forum>>(bare_forum("F-NY-" + std::to_string(i)))));
    doc.undo();
    doc.wait_findings();
    REQUIRE(doc.findings_current());
    CHECK(keys(doc.findings()) == keys(run_rules(doc.model())));
    CHECK(has_finding_about(doc.findings(), "F-NY-2"));
    CHECK_FALSE(has_finding_about(doc.findings(), "F-NY-3"));
}

TEST_CASE("reset discards the findings of the previous map") {
    MapDocument doc;
    doc.reset(make_synthetic_county({}), {});
    doc.reset(empty_model(), {});
    doc.wait_findings();
    CHECK(keys(doc.findings()) == keys(run_rules(doc.model())));
    CHECK_FALSE(has_finding_about(doc.findings(), "U-1"));
}

TEST_CASE("one model snapshot per generation, shared by the rules and the map, an edit makes a "
          "new one and leaves the old one as it was") {
    MapDocument doc;
    doc.reset(make_synthetic_county({}), {});
    const auto a = doc.snapshot();
    CHECK(doc.snapshot() == a); // the same copy, not a second one
    CHECK(*a == doc.model());
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(bare_forum("F-SNAP"))));
    const auto b = doc.snapshot();
    CHECK(b != a);
    CHECK(*b == doc.model());
    CHECK(find_by_id(b->forums, Id("F-SNAP")) != nullptr);
    CHECK(find_by_id(a->forums, Id("F-SNAP")) == nullptr); // the worker's copy never changes
    doc.undo();
    CHECK(doc.snapshot() != b);
    CHECK(*doc.snapshot() == *a);

    // The findings handed to the layout worker are the ones on show, shared rather than copied.
    doc.wait_findings();
    CHECK(doc.shared_findings().get() == &doc.findings());
}

TEST_CASE("edits in quick succession: the copy made off the UI thread after each one is the model "
          "as that edit left it") {
    MapDocument doc;
    doc.reset(make_synthetic_county({}), {});
    const std::size_t forums = doc.model().forums.size();
    // No wait between the edits: each one must wait for the copy still reading the model.
    for (int i = 0; i < 8; ++i)
        REQUIRE(doc.execute(
            std::make_unique<AddElement<Forum>>(bare_forum("F-QUICK-" + std::to_string(i)))));
    doc.undo();
    doc.undo();
    const auto copy = doc.snapshot();
    CHECK(*copy == doc.model());
    CHECK(copy->forums.size() == forums + 6);
    CHECK(find_by_id(copy->forums, Id("F-QUICK-5")) != nullptr);
    CHECK(find_by_id(copy->forums, Id("F-QUICK-6")) == nullptr);
    // An edit right after a copy was taken leaves that copy as it was.
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(bare_forum("F-QUICK-LAST"))));
    CHECK(copy->forums.size() == forums + 6);
    doc.wait_findings();
    CHECK(keys(doc.findings()) == keys(run_rules(doc.model())));
    CHECK(has_finding_about(doc.findings(), "F-QUICK-LAST"));
}
