#pragma once
// --bench: drives the real editor on a large synthetic county model and prints what a person
// feels: the UI thread's CPU time per frame, over normal frames and over edit frames (the frame
// in which an edit command runs, with the UI built after it), against a reference measured in
// the same run (loading the model from its file with the reference check); the time from an
// edit to the updated map; and how long each view (structure, handoffs, escalation, a process)
// takes to open. The model's size comes from SKM_BENCH_UNITS / SKM_BENCH_FLOWS (default: the
// county, 1,000 units and 3,000 flows; 25000 / 75000 gives the 100,000-element model).
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace skm::gui {

class App;

// CPU time of the calling thread, in ms.
double thread_cpu_ms();

class BenchMode {
  public:
    // Replaces the open map with the synthetic model and measures the reference.
    void start(App& app);
    // Call once per frame after the swap; returns true when the benchmark is over.
    bool frame_done(App& app);

  private:
    enum class Phase { Open, Edits, Views };
    void edit(App& app);
    bool next_view(App& app); // false when every view has been opened
    void report() const;
    Phase phase_ = Phase::Open;
    std::chrono::steady_clock::time_point frame_start_, edit_at_, started_;
    std::uint64_t edit_generation_ = 0, layouts_seen_ = 0;
    bool waiting_for_map_ = false, edit_this_frame_ = false;
    double edit_cpu_ms_ = 0, edit_wall_ms_ = 0; // running the last edit command
    int frames_ = 0, edits_ = 0, view_ = -1;
    double reference_ms_ = 0;
    std::size_t elements_ = 0;
    // CPU time of the UI thread per frame: normal frames, and edit frames (command + UI build).
    std::vector<double> normal_cpu_ms_, edit_cpu_frame_ms_, edit_block_wall_ms_, frame_ms_;
    std::vector<double> edit_to_map_ms_, layout_ms_;
    std::vector<double> edit_to_ready_ms_; // until the layout's result is ready for the UI
    double first_open_ms_ = 0;
    std::size_t nodes_ = 0;
    struct ViewOpen {
        std::string name;
        double ms = 0, layout_ms = 0, longest_frame_cpu_ms = 0;
        std::size_t nodes = 0;
        bool ok = false;
        std::string error;
    };
    std::vector<ViewOpen> views_;
};

} // namespace skm::gui
