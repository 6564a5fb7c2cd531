#pragma once
// The DOT Graphviz gets for a layout: geometry only. For our own placement (Scene::Pinned) the
// nodes that edges must avoid, at their pinned positions (pos "x,y!", fixed sizes, no labels),
// and the edges to route (splines=ortho, layout=nop2: Graphviz keeps the nodes where they are
// and only routes). For dot-laid-out views the nodes' fixed sizes and the edges with their
// label texts (which take room), rankdir and weights. Never a colour, a pen, a tooltip or a
// badge: those join the routes afterwards, so one layout serves every style.
#include "scene.hpp"

#include <string>

namespace skm::render::detail {

std::string node_name(int index); // "n3": our names, never user ids
std::string edge_name(int index); // "e5"

// Empty when Graphviz has nothing to do (no edge to route): compose without it.
std::string layout_dot(const Scene& s);

} // namespace skm::render::detail
