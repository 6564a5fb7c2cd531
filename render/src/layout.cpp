#include "skm/layout.hpp"

#include "dot_writer.hpp"
#include "geometry_compose.hpp"
#include "worker_client.hpp"

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

namespace skm::render {
namespace {

LayoutResult finish(const detail::ViewGraph& g, const detail::GvOutcome& out) {
    LayoutResult r;
    if (!out.ok) {
        r.error = out.error;
        return r;
    }
    detail::RawLayout raw;
    if (!detail::parse_layout_lines(out.data, raw, r.error)) return r;
    r.geometry = detail::compose_geometry(g, raw);
    r.ok = true;
    return r;
}

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

LayoutResult layout_view(const Model& m, const ViewSpec& view, const CheckResult* findings,
                         double timeout_seconds) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto g = detail::build_view_graph(m, view, findings);
    LayoutResult r =
        finish(g, detail::run_worker({"layout"}, detail::write_dot(g), timeout_seconds));
    r.layout_ms = ms_since(t0);
    return r;
}

LayoutResult layout_view_in_process(const Model& m, const ViewSpec& view,
                                    const CheckResult* findings) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto g = detail::build_view_graph(m, view, findings);
    LayoutResult r = finish(g, detail::gv_layout_lines(detail::write_dot(g)));
    r.layout_ms = ms_since(t0);
    return r;
}

// One background layout per request. A newer request sets `cancel` on the older ones, which
// kills their worker processes; only the newest finished result is handed out.
struct AsyncLayout::Impl {
    struct Job {
        std::uint64_t serial = 0;
        std::atomic<bool> cancel{false};
        std::atomic<bool> done{false};
        std::thread thread;
    };
    mutable std::mutex mutex;
    std::list<Job> jobs;
    std::uint64_t next_serial = 1;
    std::uint64_t delivered_serial = 0;
    std::optional<LayoutResult> ready;

    void reap() {
        for (auto it = jobs.begin(); it != jobs.end();) {
            if (it->done.load()) {
                if (it->thread.joinable()) it->thread.join();
                it = jobs.erase(it);
            } else
                ++it;
        }
    }
};

AsyncLayout::AsyncLayout() : impl_(std::make_unique<Impl>()) {}

AsyncLayout::~AsyncLayout() {
    std::list<Impl::Job> jobs;
    {
        std::lock_guard lock(impl_->mutex);
        for (auto& j : impl_->jobs)
            j.cancel = true;
        jobs.splice(jobs.end(), impl_->jobs);
    }
    for (auto& j : jobs)
        if (j.thread.joinable()) j.thread.join();
}

void AsyncLayout::request(const Model& m, const ViewSpec& view, const CheckResult* findings,
                          std::uint64_t revision) {
    // The model is read here, on the caller's thread; the job only owns text and plain data.
    auto graph = std::make_shared<detail::ViewGraph>(detail::build_view_graph(m, view, findings));
    auto dot = std::make_shared<std::string>(detail::write_dot(*graph));
    std::lock_guard lock(impl_->mutex);
    impl_->reap();
    for (auto& j : impl_->jobs)
        j.cancel = true;
    auto& job = impl_->jobs.emplace_back();
    job.serial = impl_->next_serial++;
    Impl* impl = impl_.get();
    Impl::Job* jp = &job;
    job.thread = std::thread([impl, jp, graph, dot, revision] {
        const auto t0 = std::chrono::steady_clock::now();
        auto out = detail::run_worker({"layout"}, *dot, 60.0, &jp->cancel);
        LayoutResult r = finish(*graph, out);
        r.revision = revision;
        r.layout_ms = ms_since(t0);
        std::lock_guard inner(impl->mutex);
        if (!jp->cancel.load() && jp->serial > impl->delivered_serial) {
            impl->delivered_serial = jp->serial;
            impl->ready = std::move(r);
        }
        jp->done = true;
    });
}

std::optional<LayoutResult> AsyncLayout::poll() {
    std::lock_guard lock(impl_->mutex);
    impl_->reap();
    auto r = std::move(impl_->ready);
    impl_->ready.reset();
    return r;
}

bool AsyncLayout::busy() const {
    std::lock_guard lock(impl_->mutex);
    for (const auto& j : impl_->jobs)
        if (!j.done.load() && !j.cancel.load()) return true;
    return false;
}

} // namespace skm::render
namespace skm::render {

std::vector<Id> groups_to_collapse(const Model&, const ViewSpec&, double, double, double) {
    return {}; // the interface; our own placement (render-api follow-up) fills it in
}

} // namespace skm::render
