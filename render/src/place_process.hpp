#pragma once
// The process map's own placement (see place_process.cpp).
#include "scene.hpp"
#include "skm/model.hpp"
#include "skm/view.hpp"

namespace skm::render::detail {

Scene build_process(const Model& m, const ViewSpec& view);

} // namespace skm::render::detail
