#include "skm/layout.hpp"

#include "compose.hpp"
#include "geometry_dot.hpp"
#include "layout_dot.hpp"
#include "place_escalation.hpp"
#include "place_process.hpp"
#include "place_structure.hpp"
#include "skm/diagram_render.hpp"
#include "view_handoffs.hpp"
#include "worker_client.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace skm::render {
namespace detail {
namespace {

// The map's extent before routing (nodes and clusters), for level-of-detail decisions.
Rect scene_extent(const Scene& s) {
    double x1 = 0, y1 = 0;
    for (const auto& c : s.clusters)
        x1 = std::max(x1, c.box.x + c.box.w), y1 = std::max(y1, c.box.y + c.box.h);
    for (const auto& n : s.nodes)
        x1 = std::max(x1, n.box.x + n.box.w), y1 = std::max(y1, n.box.y + n.box.h);
    return {0, 0, x1 + 16, y1 + 16};
}

double scene_min_text(const Scene& s) {
    double m = 0;
    for (const auto& n : s.nodes)
        for (const auto& t : n.texts)
            if (m == 0 || t.size < m) m = t.size;
    return m;
}

std::set<Id> explicit_collapse(const ViewSpec& v, const std::vector<Id>& all) {
    std::set<Id> out;
    if (v.detail == Detail::Grouped) out.insert(all.begin(), all.end());
    out.insert(v.collapsed_groups.begin(), v.collapsed_groups.end());
    if (v.detail != Detail::Full)
        for (const auto& g : v.expanded_groups)
            out.erase(g);
    return out;
}

// Collapses groups, largest first, until the map fits w × h with text at least min_text: the
// groups it collapsed and the map so collapsed. The model's look-ups are built once for all
// placements, and the placement the search ends on is the map itself (it was placed again).
struct Fitted {
    Scene scene;
    std::vector<Id> added;
};

Fitted search_collapse(const Lookup& look, const ViewSpec& v, const std::set<Id>& collapsed,
                       const std::function<bool(const Scene&)>& readable);

Fitted fit_collapse(const Model& m, const ViewSpec& v, const std::set<Id>& collapsed, double w,
                    double h, double min_text, FitMemory* memory) {
    const Lookup look(m, v.lang);
    if (w <= 0 || h <= 0 || min_text <= 0) return {build_structure(look, v, collapsed), {}};
    auto readable = [&](const Scene& sc) {
        const Rect r = scene_extent(sc);
        if (r.w <= 0 || r.h <= 0) return true;
        const double scale = std::min(w / r.w, h / r.h);
        return scene_min_text(sc) * scale >= min_text;
    };
    if (memory)
        if (auto before = memory->recall(m.info.id, v, collapsed)) {
            std::set<Id> c = collapsed;
            c.insert(before->added.begin(), before->added.end());
            Scene tried = build_structure(look, v, c);
            // A map that did not fit even with all its groups collapsed would be collapsed
            // the same way again: the search is skipped then too.
            if (!before->readable || readable(tried))
                return {std::move(tried), std::move(before->added)};
        }
    Fitted out = search_collapse(look, v, collapsed, readable);
    if (memory) memory->remember(m.info.id, v, collapsed, {out.added, readable(out.scene)});
    return out;
}

// The fewest of the largest groups whose collapse makes the map readable.
Fitted search_collapse(const Lookup& look, const ViewSpec& v, const std::set<Id>& collapsed,
                       const std::function<bool(const Scene&)>& readable) {
    Fitted out;
    Scene& s = out.scene;
    s = build_structure(look, v, collapsed);
    if (readable(s)) return out;
    // Group sizes (actors per group, over all bands).
    std::map<Id, int> size;
    for (const auto& n : s.nodes)
        if (n.kind == NodeKind::Actor && !n.owner.empty()) ++size[n.owner];
    std::vector<Id> order;
    for (const auto& g : s.groups)
        if (!collapsed.count(g) && std::find(v.expanded_groups.begin(), v.expanded_groups.end(),
                                             g) == v.expanded_groups.end())
            order.push_back(g);
    std::stable_sort(order.begin(), order.end(),
                     [&](const Id& a, const Id& b) { return size[a] > size[b]; });
    // The fewest of the largest groups whose collapse makes the map readable: collapsing more
    // never makes it larger, so a binary search over that count needs log2(n) placements
    // instead of one per group (a county fitted into the editor: 15 placements became 4).
    auto with_first = [&](std::size_t k) {
        std::set<Id> c = collapsed;
        c.insert(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
        return c;
    };
    std::size_t lo = 1, hi = order.size();
    if (hi == 0) return out;
    std::map<std::size_t, Scene> placed;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        Scene tried = build_structure(look, v, with_first(mid));
        const bool ok = readable(tried);
        placed[mid] = std::move(tried);
        if (ok)
            hi = mid;
        else
            lo = mid + 1;
    }
    out.added.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(lo));
    if (auto it = placed.find(lo); it != placed.end())
        s = std::move(it->second);
    else
        s = build_structure(look, v, with_first(lo));
    return out;
}

} // namespace

Scene build_scene(const Model& m, const ViewSpec& view, FitMemory* fit = nullptr) {
    switch (view.kind) {
    case ViewKind::Structure: {
        std::set<Id> collapsed;
        if (view.detail != Detail::Full || !view.collapsed_groups.empty()) {
            std::vector<Id> all;
            if (view.detail == Detail::Grouped) all = build_structure(m, view, {}).groups;
            collapsed = explicit_collapse(view, all);
        }
        if (view.detail == Detail::Auto)
            return fit_collapse(m, view, collapsed, view.fit_width, view.fit_height, view.min_text,
                                fit)
                .scene;
        return build_structure(m, view, collapsed);
    }
    case ViewKind::Handoffs:
        return build_handoffs(m, view);
    case ViewKind::Process:
        return build_process(m, view);
    case ViewKind::Escalation:
        return build_escalation(m, view);
    }
    return {};
}

// Routes by the exact DOT we would send: that DOT holds only what decides the routes (pinned
// boxes and which nodes an edge joins), never names, colours, tooltips or badges, so an edit
// that moves nothing (most inspector edits, a finding's text, a waiver) finds its routes here
// and never starts Graphviz. Small and LRU: the editor flips between a few views.
class RouteCache {
  public:
    std::optional<GvOutcome> find(const std::string& dot) {
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end(); ++it)
            if (it->first == dot) {
                entries_.splice(entries_.begin(), entries_, it);
                ++hits_;
                return entries_.front().second;
            }
        return std::nullopt;
    }
    void store(const std::string& dot, const GvOutcome& out) {
        if (!out.ok) return; // a failure (time limit, crash) may be transient: try again
        std::lock_guard lock(mutex_);
        entries_.emplace_front(dot, out);
        if (entries_.size() > kEntries) entries_.pop_back();
    }
    std::uint64_t hits() const {
        std::lock_guard lock(mutex_);
        return hits_;
    }

  private:
    static constexpr std::size_t kEntries = 24;
    mutable std::mutex mutex_;
    std::list<std::pair<std::string, GvOutcome>> entries_;
    std::uint64_t hits_ = 0;
};

RouteCache& route_cache() {
    static RouteCache cache;
    return cache;
}

std::atomic<std::uint64_t> graphviz_run_count{0};

// The orthogonal router of Graphviz 2.42 still has inputs it aborts on (an assert in its maze)
// that no inset fully rules out; a crashed run is retried once with polyline routes, so the map
// is drawn with straight segments instead of not at all.
std::string without_ortho(const std::string& dot) {
    static const std::string ortho = "splines=ortho";
    const auto at = dot.find(ortho);
    if (at == std::string::npos) return {};
    std::string d = dot;
    d.replace(at, ortho.size(), "splines=polyline");
    return d;
}

GvOutcome route_in_worker(const std::string& dot, double timeout_seconds,
                          const std::atomic<bool>* cancel) {
    if (auto hit = route_cache().find(dot)) return *hit;
    ++graphviz_run_count;
    auto out = run_worker({"layout"}, dot, timeout_seconds, cancel);
    if (!out.ok && !(cancel && cancel->load())) {
        const std::string retry = without_ortho(dot);
        if (!retry.empty()) {
            auto second = run_worker({"layout"}, retry, timeout_seconds, cancel);
            if (second.ok) out = std::move(second);
        }
    }
    route_cache().store(dot, out);
    return out;
}

// In process an abort cannot be caught, so ortho is never tried here: this path serves tests
// and tools that must not depend on the worker. Its routes differ from the worker's, so they
// are cached under their own key.
GvOutcome route_in_process(const std::string& dot) {
    const std::string safe = without_ortho(dot);
    const std::string& sent = safe.empty() ? dot : safe;
    const std::string key = "in-process\n" + sent;
    if (auto hit = route_cache().find(key)) return *hit;
    ++graphviz_run_count;
    auto out = gv_layout_lines(sent);
    route_cache().store(key, out);
    return out;
}

// Routes (or positions) from Graphviz's layout lines joined to the scene, badges and legend.
LayoutResult finish(const Scene& s, const GvOutcome* out, const CheckResult* findings,
                    const ViewSpec& view) {
    LayoutResult r;
    RawLayout raw;
    if (out) {
        if (!out->ok) {
            r.error = out->error;
            return r;
        }
        if (!parse_layout_lines(out->data, raw, r.error)) return r;
    }
    r.geometry = compose(s, out ? &raw : nullptr);
    if (view.show_findings) add_badges(r.geometry, s, findings, view.lang);
    place_legend(r.geometry, s);
    r.ok = true;
    return r;
}

} // namespace detail

std::uint64_t graphviz_runs() {
    return detail::graphviz_run_count.load();
}

std::string routing_dot(const Model& m, const ViewSpec& view, FitMemory* fit) {
    return detail::layout_dot(detail::build_scene(m, view, fit));
}

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

std::optional<FitMemory::Fit> FitMemory::recall(const Id& model, const ViewSpec& view,
                                                const std::set<Id>& collapsed) const {
    std::lock_guard lock(mutex_);
    if (!valid_ || model != model_ || !(view == view_) || collapsed != collapsed_)
        return std::nullopt;
    return fit_;
}

void FitMemory::remember(const Id& model, const ViewSpec& view, const std::set<Id>& collapsed,
                         Fit fit) {
    std::lock_guard lock(mutex_);
    valid_ = true;
    model_ = model;
    view_ = view;
    collapsed_ = collapsed;
    fit_ = std::move(fit);
}

LayoutResult layout_view(const Model& m, const ViewSpec& view, const CheckResult* findings,
                         double timeout_seconds, FitMemory* fit) {
    const auto t0 = std::chrono::steady_clock::now();
    const detail::Scene s = detail::build_scene(m, view, fit);
    const std::string dot = detail::layout_dot(s);
    LayoutResult r;
    if (dot.empty())
        r = detail::finish(s, nullptr, findings, view);
    else {
        const auto out = detail::route_in_worker(dot, timeout_seconds, nullptr);
        r = detail::finish(s, &out, findings, view);
    }
    r.layout_ms = ms_since(t0);
    return r;
}

LayoutResult layout_view_in_process(const Model& m, const ViewSpec& view,
                                    const CheckResult* findings) {
    const auto t0 = std::chrono::steady_clock::now();
    const detail::Scene s = detail::build_scene(m, view);
    const std::string dot = detail::layout_dot(s);
    LayoutResult r;
    if (dot.empty())
        r = detail::finish(s, nullptr, findings, view);
    else {
        const auto out = detail::route_in_process(dot);
        r = detail::finish(s, &out, findings, view);
    }
    r.layout_ms = ms_since(t0);
    return r;
}

std::vector<Id> groups_to_collapse(const Model& m, const ViewSpec& view, double canvas_w,
                                   double canvas_h, double min_text) {
    if (view.kind != ViewKind::Structure) return {};
    std::set<Id> collapsed;
    {
        ViewSpec v = view;
        v.detail = view.detail == Detail::Auto ? Detail::Full : view.detail;
        std::vector<Id> all;
        if (v.detail == Detail::Grouped) all = detail::build_structure(m, v, {}).groups;
        collapsed = detail::explicit_collapse(v, all);
    }
    return detail::fit_collapse(m, view, collapsed, canvas_w, canvas_h, min_text, nullptr).added;
}

std::string build_dot(const Model& m, const ViewSpec& view, const CheckResult* findings) {
    // The DOT export draws exactly the map: laid out and routed here (never in the editor).
    LayoutResult r = layout_view_in_process(m, view, findings);
    if (!r.ok) {
        const detail::Scene s = detail::build_scene(m, view);
        r = detail::finish(s, nullptr, findings, view);
    }
    return detail::drawing_dot(r.geometry, {});
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
    FitMemory fit; // the map's last collapse: edits keep it while it still fits

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
    // The caller's thread only copies the model: our placement (about 90 ms for a county fitted
    // with collapsed groups) and the DOT are built on the job's thread, from its own copy.
    request(std::make_shared<const Model>(m), view,
            findings ? std::make_shared<const CheckResult>(*findings) : nullptr, revision);
}

void AsyncLayout::request(std::shared_ptr<const Model> model, const ViewSpec& view,
                          std::shared_ptr<const CheckResult> found, std::uint64_t revision) {
    request([m = std::move(model)] { return m; }, view, std::move(found), revision);
}

void AsyncLayout::request(ModelSource source, const ViewSpec& view,
                          std::shared_ptr<const CheckResult> found, std::uint64_t revision) {
    std::lock_guard lock(impl_->mutex);
    impl_->reap();
    for (auto& j : impl_->jobs)
        j.cancel = true;
    auto& job = impl_->jobs.emplace_back();
    job.serial = impl_->next_serial++;
    Impl* impl = impl_.get();
    Impl::Job* jp = &job;
    job.thread = std::thread([impl, jp, source = std::move(source), found, view, revision] {
        const auto t0 = std::chrono::steady_clock::now();
        const CheckResult* f = found.get();
        const std::shared_ptr<const Model> model = source();
        const detail::Scene scene =
            model ? detail::build_scene(*model, view, &impl->fit) : detail::Scene{};
        const std::string dot = detail::layout_dot(scene);
        LayoutResult r;
        if (!model)
            r.error = "kartan kunde inte läggas ut: ingen kopia av modellen (slut på minne?)";
        else if (jp->cancel.load())
            r.error = "superseded";
        else if (dot.empty())
            r = detail::finish(scene, nullptr, f, view);
        else {
            auto out = detail::route_in_worker(dot, 60.0, &jp->cancel);
            r = detail::finish(scene, &out, f, view);
        }
        r.revision = revision;
        r.view = view;
        r.layout_ms = ms_since(t0);
        r.finished_at = std::chrono::steady_clock::now();
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
