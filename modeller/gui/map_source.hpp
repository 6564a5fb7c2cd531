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
    // The model and findings are shared with the worker, never copied on the caller's thread.
    void request(std::shared_ptr<const Model> m, const render::ViewSpec& view,
                 std::shared_ptr<const CheckResult> findings, std::uint64_t revision);
    // The same with the model handed over on the layout's own thread (a copy still being made).
    void request(render::AsyncLayout::ModelSource m, const render::ViewSpec& view,
                 std::shared_ptr<const CheckResult> findings, std::uint64_t revision);
    std::optional<render::LayoutResult> poll();
    bool busy() const;

  private:
#if SKM_HAVE_ASYNC_LAYOUT
    std::unique_ptr<render::AsyncLayout> layout_;
#endif
};

} // namespace skm::gui
