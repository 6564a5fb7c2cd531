#pragma once
// Where the canvas gets its laid-out map: render::AsyncLayout (a worker process) when the render
// library provides it. Requests are cheap and non-blocking; poll() is called each frame.
#include "skm/layout.hpp"

#include <memory>
#include <optional>

namespace skm::gui {

class MapSource {
  public:
    MapSource();
    ~MapSource();
    MapSource(const MapSource&) = delete;
    MapSource& operator=(const MapSource&) = delete;

    // False when this build has no layout engine linked (the canvas says so instead of drawing).
    static bool available();
    void request(const Model& m, const render::ViewSpec& view, const CheckResult* findings,
                 std::uint64_t revision);
    std::optional<render::LayoutResult> poll();
    bool busy() const;

  private:
#if SKM_HAVE_ASYNC_LAYOUT
    std::unique_ptr<render::AsyncLayout> layout_;
#endif
};

} // namespace skm::gui
