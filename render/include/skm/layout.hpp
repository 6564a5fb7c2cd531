#pragma once
// Laying out a view with Graphviz. Graphviz 2.42 is not thread-safe, can be slow on large graphs
// and corrupts its heap on some inputs, so layout runs in a separate worker process: a crash or
// hang there becomes an error value here, never an abort of the editor.
#include "skm/geometry.hpp"
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace skm::render {

struct LayoutResult {
    bool ok = false;
    std::string error; // when !ok: what went wrong, in words a user can act on
    Geometry geometry;
    std::uint64_t revision = 0; // the model revision this layout belongs to
    ViewSpec view;              // the view it was laid out for (AsyncLayout)
    double layout_ms = 0;
    std::chrono::steady_clock::time_point finished_at; // when it was ready (AsyncLayout)
};

// The DOT text we give Graphviz for a view (deterministic; also the DOT export).
// `findings` may be null (no markers).
std::string build_dot(const Model& m, const ViewSpec& view, const CheckResult* findings);

// Level of detail for a fit: the principal groups ("group:<principal-id>") that must be
// collapsed so that the whole structure map, scaled to fit a canvas_w × canvas_h canvas, shows
// no text smaller than min_text (canvas units, e.g. pixels at UI scale 1). The largest groups
// collapse first; empty when the full map is readable (or for views without groups). Runs our
// own placement only, never Graphviz, so the editor may call it on the UI thread; cheap
// (linear in the model). `view` is taken as is, with its detail, scoping and page hint.
std::vector<Id> groups_to_collapse(const Model& m, const ViewSpec& view, double canvas_w,
                                   double canvas_h, double min_text);

// How many times this process has started Graphviz (a worker or in process). Routes are cached
// by the exact routing DOT, which holds only geometry, so an edit that moves nothing does not
// change this count (tests and benchmarks read it).
std::uint64_t graphviz_runs();

// What the last fitted structure map (Detail::Auto) collapsed, so that after an edit the map is
// placed again with the same groups collapsed for as long as they still make it readable: one
// placement instead of a search over how many groups to collapse, and a map that keeps its shape
// while it is being edited (a name that gets shorter does not reopen a group and reflow the
// map). Another model, another view (canvas size, language, a group opened or closed) or a map
// that no longer fits starts a fresh search. The editor keeps one per map (AsyncLayout does);
// exports and the command line pass none, so their output never depends on an earlier call.
class FitMemory {
  public:
    struct Fit {
        std::vector<Id> added; // the groups collapsed beyond the view's own
        bool readable = true;  // false: even so the map did not fit (the search's best effort)
    };
    // What was collapsed last for this model and view, if anything was remembered for them.
    std::optional<Fit> recall(const Id& model, const ViewSpec& view,
                              const std::set<Id>& collapsed) const;
    void remember(const Id& model, const ViewSpec& view, const std::set<Id>& collapsed, Fit fit);

  private:
    mutable std::mutex mutex_;
    bool valid_ = false;
    Id model_;
    ViewSpec view_;
    std::set<Id> collapsed_;
    Fit fit_;
};

// What a view sends to Graphviz: our placement's pinned boxes and the edges to route, nothing
// else (the cache key above). Empty when nothing needs routing. For benchmarks and tests.
std::string routing_dot(const Model& m, const ViewSpec& view, FitMemory* fit = nullptr);

// Synchronous layout in a worker process, with a time limit. With `fit`, a fitted structure map
// starts from what it collapsed last time (see FitMemory), as the editor's does.
LayoutResult layout_view(const Model& m, const ViewSpec& view, const CheckResult* findings,
                         double timeout_seconds = 30.0, FitMemory* fit = nullptr);

// The same layout in this process, without a worker: for the command line, exports, tests and
// fuzzing, where a Graphviz crash ends only that one command. Never call it from the editor.
// Edges are routed as polylines here: the orthogonal router can abort on some inputs.
LayoutResult layout_view_in_process(const Model& m, const ViewSpec& view,
                                    const CheckResult* findings);

// Asynchronous layout for the editor: request() returns at once; poll() hands back the newest
// finished result. A newer request supersedes (and cancels) an older one still running.
class AsyncLayout {
  public:
    AsyncLayout();
    ~AsyncLayout();
    AsyncLayout(const AsyncLayout&) = delete;
    AsyncLayout& operator=(const AsyncLayout&) = delete;

    void request(const Model& m, const ViewSpec& view, const CheckResult* findings,
                 std::uint64_t revision);
    // The same, on a model and findings the caller shares (no copy on the caller's thread).
    void request(std::shared_ptr<const Model> m, const ViewSpec& view,
                 std::shared_ptr<const CheckResult> findings, std::uint64_t revision);
    // The same, with the model handed over by a function the job calls on its own thread: the
    // caller may ask for the map of a model whose copy is still being made (the editor, right
    // after an edit). A null model gives an error result.
    using ModelSource = std::function<std::shared_ptr<const Model>()>;
    void request(ModelSource model, const ViewSpec& view,
                 std::shared_ptr<const CheckResult> findings, std::uint64_t revision);
    std::optional<LayoutResult> poll();
    bool busy() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace skm::render
