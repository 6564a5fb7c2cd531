#include "locked_open_dialog.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace skm::gui {

void ask_open_locked(App& app, const std::string& path, const LockHolder& holder) {
    app.locked_open.path = path;
    app.locked_open.holder = holder;
    app.locked_open.open_request = true;
}

void draw_locked_open(App& app) {
    LockedOpenState& s = app.locked_open;
    if (s.open_request) {
        ImGui::OpenPopup("###locked-open");
        s.open_request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(600 * app.scale, vp->Size.x - 40), 0));
    if (!ImGui::BeginPopupModal((std::string(tr(Str::LockedTitle)) + "###locked-open").c_str(),
                                nullptr, ImGuiWindowFlags_NoSavedSettings))
        return;
    test_hooks::item("locked:dialog");
    const std::string name = std::filesystem::path(s.path).filename().string();
    ImGui::TextWrapped("%s", tr_fill(Str::LockedBy, {name, s.holder.user, s.holder.host}).c_str());
    ImGui::TextDisabled("%s", s.path.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(Str::LockedExplain));
    ImGui::Spacing();
    if (ImGui::Button(tr(Str::OpenReadOnly))) {
        ImGui::CloseCurrentPopup();
        app.open_read_only(s.path);
    }
    test_hooks::item("locked:read-only");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false))
        ImGui::CloseCurrentPopup();
    test_hooks::item("locked:cancel");
    ImGui::EndPopup();
}

} // namespace skm::gui
