#include "map_source.hpp"

namespace skm::gui {

#if SKM_HAVE_ASYNC_LAYOUT

MapSource::MapSource() : layout_(std::make_unique<render::AsyncLayout>()) {}
MapSource::~MapSource() = default;
bool MapSource::available() {
    return true;
}
void MapSource::request(std::shared_ptr<const Model> m, const render::ViewSpec& view,
                        std::shared_ptr<const CheckResult> findings, std::uint64_t revision) {
    layout_->request(std::move(m), view, std::move(findings), revision);
}
void MapSource::request(render::AsyncLayout::ModelSource m, const render::ViewSpec& view,
                        std::shared_ptr<const CheckResult> findings, std::uint64_t revision) {
    layout_->request(std::move(m), view, std::move(findings), revision);
}
std::optional<render::LayoutResult> MapSource::poll() {
    return layout_->poll();
}
bool MapSource::busy() const {
    return layout_->busy();
}

#else

// The render library of this build does not implement AsyncLayout yet.
MapSource::MapSource() = default;
MapSource::~MapSource() = default;
bool MapSource::available() {
    return false;
}
void MapSource::request(std::shared_ptr<const Model>, const render::ViewSpec&,
                        std::shared_ptr<const CheckResult>, std::uint64_t) {}
void MapSource::request(render::AsyncLayout::ModelSource, const render::ViewSpec&,
                        std::shared_ptr<const CheckResult>, std::uint64_t) {}
std::optional<render::LayoutResult> MapSource::poll() {
    return std::nullopt;
}
bool MapSource::busy() const {
    return false;
}

#endif

} // namespace skm::gui
