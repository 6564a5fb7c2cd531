#include "bench_mode.hpp"

#include "app.hpp"
#include "skm/synthetic.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace skm::gui {
namespace {

constexpr int kEdits = 12;
constexpr auto kMapTimeout = std::chrono::seconds(120);

int env_int(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::max(1, std::atoi(v)) : fallback;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

void BenchMode::start(App& app) {
    SyntheticParams p;
    p.units = env_int("SKM_BENCH_UNITS", p.units);
    p.flows = env_int("SKM_BENCH_FLOWS", p.flows);
    Model m = make_synthetic_county(p);
    std::printf("bench_editor: synthetic county, %zu units, %zu flows, %zu forums, %zu levels\n",
                m.units.size(), m.flows.size(), m.forums.size(), m.levels.size());
    app.doc.reset(std::move(m), {});
    started_ = frame_start_ = std::chrono::steady_clock::now();
    // The first layout counts as an "edit" too: opening a map until it is on screen.
    edit_at_ = started_;
    edit_generation_ = app.doc.generation();
    waiting_for_map_ = true;
}

void BenchMode::edit(App& app) {
    const auto& forums = app.doc.model().forums;
    if (forums.empty()) return;
    Forum after = forums[edits_ % forums.size()];
    const Forum before = after;
    after.name += edits_ % 2 ? " (ändrad)" : " – ny";
    edit_at_ = std::chrono::steady_clock::now();
    app.doc.execute(std::make_unique<ReplaceElement<Forum>>(before, after, "namn"));
    edit_generation_ = app.doc.generation();
    waiting_for_map_ = true;
    ++edits_;
}

bool BenchMode::frame_done(App& app) {
    const auto now = std::chrono::steady_clock::now();
    frame_ms_.push_back(std::chrono::duration<double, std::milli>(now - frame_start_).count());
    ui_ms_.push_back(app.last_ui_ms);
    frame_start_ = now;
    ++frames_;
    if (waiting_for_map_) {
        if (app.layout && app.layout->revision >= edit_generation_) {
            if (!app.layout->ok) {
                std::printf("bench_editor: layout failed: %s\n", app.layout->error.c_str());
                report();
                return true;
            }
            edit_to_map_ms_.push_back(
                std::chrono::duration<double, std::milli>(now - edit_at_).count());
            layout_ms_.push_back(app.layout->layout_ms);
            nodes_ = app.layout->geometry.nodes.size();
            waiting_for_map_ = false;
        } else if (now - edit_at_ > kMapTimeout) {
            std::printf("bench_editor: no map within %lld s\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::seconds>(kMapTimeout).count()));
            report();
            return true;
        }
    } else if (edits_ < kEdits) {
        // A few idle frames between edits, as when a person types.
        if (frames_ % 10 == 0) edit(app);
    } else {
        report();
        return true;
    }
    return false;
}

void BenchMode::report() const {
    std::printf("bench_editor: %d frames, %d edits, %zu map nodes\n", frames_, edits_, nodes_);
    std::printf("bench_editor: frame time      p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms\n",
                percentile(frame_ms_, 0.5), percentile(frame_ms_, 0.95),
                percentile(frame_ms_, 1.0));
    std::printf("bench_editor: UI build (CPU)  p50 %8.2f ms  p95 %8.2f ms  (frame time without GL "
                "rendering and swap)\n",
                percentile(ui_ms_, 0.5), percentile(ui_ms_, 0.95));
    std::printf(
        "bench_editor: edit -> map     p50 %8.1f ms  p95 %8.1f ms  (first open %.1f ms)\n",
        percentile(std::vector<double>(edit_to_map_ms_.begin() + (edit_to_map_ms_.empty() ? 0 : 1),
                                       edit_to_map_ms_.end()),
                   0.5),
        percentile(std::vector<double>(edit_to_map_ms_.begin() + (edit_to_map_ms_.empty() ? 0 : 1),
                                       edit_to_map_ms_.end()),
                   0.95),
        edit_to_map_ms_.empty() ? 0.0 : edit_to_map_ms_.front());
    std::printf("bench_editor: layout (worker) p50 %8.1f ms\n", percentile(layout_ms_, 0.5));
}

} // namespace skm::gui
