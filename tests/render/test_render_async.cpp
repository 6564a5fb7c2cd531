// The layout worker process and AsyncLayout: results, supersession, crashes and hangs.
#include "render/render_test_model.hpp"
#include "skm/layout.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace skm;
using namespace skm::render;

namespace {

// Points SKM_LAYOUT_WORKER at a shell script for the lifetime of the object.
class FakeWorker {
  public:
    explicit FakeWorker(const std::string& body) {
        path_ = std::string(SKM_BINARY_DIR) + "/fake-worker-" + std::to_string(getpid()) + ".sh";
        std::ofstream(path_) << "#!/bin/sh\n" << body << "\n";
        chmod(path_.c_str(), 0755);
        setenv("SKM_LAYOUT_WORKER", path_.c_str(), 1);
    }
    ~FakeWorker() {
        unsetenv("SKM_LAYOUT_WORKER");
        std::remove(path_.c_str());
    }

  private:
    std::string path_;
};

std::optional<LayoutResult> wait_for(AsyncLayout& a, double seconds) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (auto r = a.poll()) return r;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("worker and in-process layout give the same geometry") {
    const Model m = test::render_test_model();
    const auto a = layout_view(m, ViewSpec{}, nullptr);
    const auto b = layout_view_in_process(m, ViewSpec{}, nullptr);
    REQUIRE_MESSAGE(a.ok, a.error);
    REQUIRE_MESSAGE(b.ok, b.error);
    REQUIRE(a.geometry.nodes.size() == b.geometry.nodes.size());
    // Same nodes, same sizes. (Positions are compared only loosely: in a long-lived process
    // Graphviz may visit clusters in another order, as it orders them by string addresses.)
    for (std::size_t i = 0; i < a.geometry.nodes.size(); ++i) {
        CHECK(a.geometry.nodes[i].element == b.geometry.nodes[i].element);
        CHECK(a.geometry.nodes[i].box.w == doctest::Approx(b.geometry.nodes[i].box.w));
        CHECK(a.geometry.nodes[i].box.h == doctest::Approx(b.geometry.nodes[i].box.h));
    }
    CHECK(a.geometry.bounds.w == doctest::Approx(b.geometry.bounds.w).epsilon(0.25));
}

TEST_CASE("AsyncLayout returns at once and delivers the newest result only") {
    const Model m = test::render_test_model();
    AsyncLayout async;
    const auto t0 = std::chrono::steady_clock::now();
    async.request(m, ViewSpec{}, nullptr, 1);
    ViewSpec handoffs;
    handoffs.kind = ViewKind::Handoffs;
    async.request(m, handoffs, nullptr, 2);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    CHECK(ms < 100); // the caller never waits for Graphviz
    auto r = wait_for(async, 30);
    REQUIRE(r);
    REQUIRE_MESSAGE(r->ok, r->error);
    CHECK(r->revision == 2);
    // Nothing older comes after the newer one.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(async.poll());
    CHECK_FALSE(async.busy());
}

TEST_CASE("a crashing worker becomes an error value") {
    FakeWorker fake("cat > /dev/null; kill -SEGV $$");
    const Model m = test::render_test_model();
    const auto r = layout_view(m, ViewSpec{}, nullptr, 10);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("kraschade") != std::string::npos);
    AsyncLayout async;
    async.request(m, ViewSpec{}, nullptr, 7);
    auto ar = wait_for(async, 10);
    REQUIRE(ar);
    CHECK_FALSE(ar->ok);
    CHECK(ar->revision == 7);
}

TEST_CASE("a hanging worker is killed at the time limit") {
    FakeWorker fake("sleep 30");
    const Model m = test::render_test_model();
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = layout_view(m, ViewSpec{}, nullptr, 0.5);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("avbröts") != std::string::npos);
    CHECK(s < 5);
}

TEST_CASE("a superseded hanging layout is cancelled by the newer request") {
    const Model m = test::render_test_model();
    AsyncLayout async;
    {
        FakeWorker fake("sleep 30");
        async.request(m, ViewSpec{}, nullptr, 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    async.request(m, ViewSpec{}, nullptr, 2); // the real worker again
    auto r = wait_for(async, 20);
    REQUIRE(r);
    REQUIRE_MESSAGE(r->ok, r->error);
    CHECK(r->revision == 2);
}

TEST_CASE("a missing worker is named in the error") {
    setenv("SKM_LAYOUT_WORKER", "/nonexistent/skm-layout-worker", 1);
    const auto r = layout_view(test::render_test_model(), ViewSpec{}, nullptr);
    unsetenv("SKM_LAYOUT_WORKER");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("/nonexistent/skm-layout-worker") != std::string::npos);
}

TEST_CASE("a burst of requests (typing in the editor) ends with the last one") {
    Model m = test::render_test_model();
    AsyncLayout async;
    for (std::uint64_t rev = 1; rev <= 20; ++rev) {
        m.forums[0].name = "Nämnden, version " + std::to_string(rev);
        async.request(m, ViewSpec{}, nullptr, rev);
    }
    auto r = wait_for(async, 60);
    REQUIRE(r);
    REQUIRE_MESSAGE(r->ok, r->error);
    CHECK(r->revision == 20);
    bool latest = false;
    for (const auto& n : r->geometry.nodes)
        latest |=
            !n.label_lines.empty() && n.label_lines[0].find("version 20") != std::string::npos;
    CHECK(latest);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK_FALSE(async.poll()); // no older result turns up afterwards
}

TEST_CASE("an edit that changes no geometry does not run Graphviz") {
    Model m = test::render_test_model();
    const ViewSpec v;
    const std::uint64_t start = graphviz_runs();
    const auto first = layout_view(m, v, nullptr);
    REQUIRE_MESSAGE(first.ok, first.error);
    CHECK(graphviz_runs() == start + 1);

    // An inspector edit that moves nothing (a purpose, shown only in the tooltip) and new
    // findings: the same routes, from the cache, with the new tooltip and badges joined.
    m.forums[0].purpose = std::string("Ny beskrivning av syftet");
    CheckResult findings;
    Finding f;
    f.rule = f.sub = "FOR-01";
    f.severity = Severity::Error;
    f.elements = {m.forums[0].id};
    findings.findings = {f};
    const auto second = layout_view(m, v, &findings);
    REQUIRE_MESSAGE(second.ok, second.error);
    CHECK(graphviz_runs() == start + 1);
    bool tooltip = false, badge = false;
    for (const auto& n : second.geometry.nodes)
        if (n.element == m.forums[0].id && n.kind == NodeKind::Forum) {
            tooltip = n.tooltip.find("Ny beskrivning av syftet") != std::string::npos;
            badge = n.badge.marker == Marker::Error;
        }
    CHECK(tooltip);
    CHECK(badge);
    REQUIRE(first.geometry.edges.size() == second.geometry.edges.size());
    for (std::size_t i = 0; i < first.geometry.edges.size(); ++i)
        CHECK(first.geometry.edges[i].spline == second.geometry.edges[i].spline);

    // The same through the editor's asynchronous path.
    AsyncLayout async;
    m.forums[1].purpose = std::string("Ännu ett syfte");
    async.request(m, v, &findings, 7);
    const auto third = wait_for(async, 30);
    REQUIRE(third);
    CHECK(third->ok);
    CHECK(third->revision == 7);
    CHECK(graphviz_runs() == start + 1);

    // An edit that moves boxes (a much longer name wraps to more lines) is laid out anew.
    m.forums[0].name = "Gemensam ledningsgrupp för samverkan mellan socialtjänst, skola, "
                       "förskola, barn- och ungdomspsykiatri och polis";
    const auto fourth = layout_view(m, v, nullptr);
    REQUIRE_MESSAGE(fourth.ok, fourth.error);
    CHECK(graphviz_runs() == start + 2);
}

TEST_CASE("a map asked for before its model's copy exists is laid out once the copy arrives, and "
          "no copy is an error") {
    const Model m = test::render_test_model();
    AsyncLayout a;
    std::promise<std::shared_ptr<const Model>> copy;
    std::shared_future<std::shared_ptr<const Model>> pending = copy.get_future().share();
    ViewSpec v;
    v.kind = ViewKind::Handoffs;
    a.request([pending] { return pending.get(); }, v, nullptr, 7); // returns at once
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK_FALSE(a.poll().has_value()); // nothing before the model
    copy.set_value(std::make_shared<const Model>(m));
    const auto r = wait_for(a, 30);
    REQUIRE(r.has_value());
    CHECK_MESSAGE(r->ok, r->error);
    CHECK(r->revision == 7);
    CHECK(r->view == v); // the view it belongs to, so a stale one can be told apart
    CHECK(r->geometry.nodes.size() == layout_view(m, v, nullptr).geometry.nodes.size());

    a.request([] { return std::shared_ptr<const Model>(); }, v, nullptr, 8);
    const auto none = wait_for(a, 30);
    REQUIRE(none.has_value());
    CHECK_FALSE(none->ok);
    CHECK(none->error.find("kopia") != std::string::npos);
}
