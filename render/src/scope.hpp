#pragma once
// ViewSpec scoping (one level, one principal, the neighbourhood of one element), applied to a
// view's items before placement, so a scoped map is laid out for what it shows.
#include "skm/view.hpp"

#include <utility>
#include <vector>

namespace skm::render::detail {

struct ScopeItem {
    Id element;
    Id level;                   // the band it is drawn in ("" = none)
    std::vector<Id> principals; // the principals it belongs to
};

bool scoped(const ViewSpec& v);

// Which items to keep. `links` join items by index (memberships, reports, flows): focus scoping
// walks them up to focus_radius hops from the items whose element is ViewSpec::focus.
std::vector<bool> scope_keep(const std::vector<ScopeItem>& items,
                             const std::vector<std::pair<int, int>>& links, const ViewSpec& v);

} // namespace skm::render::detail
