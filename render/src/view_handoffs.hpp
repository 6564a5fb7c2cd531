#pragma once
// The handoff map, laid out by dot (see view_handoffs.cpp).
#include "scene.hpp"
#include "skm/model.hpp"
#include "skm/view.hpp"

namespace skm::render::detail {

Scene build_handoffs(const Model& m, const ViewSpec& view);

} // namespace skm::render::detail
