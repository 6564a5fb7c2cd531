#include "test_hooks.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>

namespace skm::gui::test_hooks {
namespace {
bool g_enabled = false;
std::map<std::string, Rect> g_current, g_previous;
} // namespace

void enable(bool on) {
    g_enabled = on;
}
bool enabled() {
    return g_enabled;
}

void item(const std::string& name) {
    if (!g_enabled) return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // Clip to the window so an item scrolled half out of view is clicked on its visible part.
    ImVec2 clip_min = ImGui::GetWindowPos();
    ImVec2 clip_max =
        ImVec2(clip_min.x + ImGui::GetWindowSize().x, clip_min.y + ImGui::GetWindowSize().y);
    Rect r{std::max(a.x, clip_min.x), std::max(a.y, clip_min.y), std::min(b.x, clip_max.x),
           std::min(b.y, clip_max.y)};
    if (r.x1 <= r.x0 || r.y1 <= r.y0) return;
    g_current[name] = r;
}

void begin_frame() {
    g_previous.swap(g_current);
    g_current.clear();
}

std::optional<Rect> find(const std::string& name) {
    if (auto it = g_previous.find(name); it != g_previous.end()) return it->second;
    return std::nullopt;
}

std::vector<std::string> names(const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& [name, rect] : g_previous)
        if (name.starts_with(prefix)) out.push_back(name);
    return out;
}

} // namespace skm::gui::test_hooks
