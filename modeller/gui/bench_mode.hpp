#pragma once
// --bench: drives the real editor on a large synthetic county model, editing a forum's name at
// intervals, and prints the frame-time percentiles while editing and the time from an edit to
// the updated map on screen.
#include <chrono>
#include <cstdint>
#include <vector>

namespace skm::gui {

class App;

class BenchMode {
  public:
    // Replaces the open map with the synthetic model (size from SKM_BENCH_UNITS/SKM_BENCH_FLOWS).
    void start(App& app);
    // Call once per frame after the swap; returns true when the benchmark is over.
    bool frame_done(App& app);

  private:
    void edit(App& app);
    void report() const;
    std::chrono::steady_clock::time_point frame_start_, edit_at_, started_;
    std::uint64_t edit_generation_ = 0;
    bool waiting_for_map_ = false;
    int frames_ = 0, edits_ = 0;
    std::vector<double> frame_ms_, ui_ms_, edit_to_map_ms_, layout_ms_;
    std::size_t nodes_ = 0;
};

} // namespace skm::gui
