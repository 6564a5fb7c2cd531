#pragma once
// The escalation ladder's own placement (see place_escalation.cpp).
#include "scene.hpp"
#include "skm/model.hpp"
#include "skm/view.hpp"

namespace skm::render::detail {

Scene build_escalation(const Model& m, const ViewSpec& view);

} // namespace skm::render::detail
