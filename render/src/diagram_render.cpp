#include "skm/diagram_render.hpp"

#include "graphviz_run.hpp"
#include "worker_client.hpp"

namespace skm::render {

bool layout_worker_available() {
    std::string why;
    return !detail::find_worker(why).empty();
}

RenderOutput render_dot_in_process(const std::string& dot, const std::string& format) {
    auto out = detail::gv_render(dot, format);
    return {out.ok, out.error, std::move(out.data)};
}

} // namespace skm::render
