#include "locked_open_dialog.hpp"
#include "centred_modal.hpp"

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
    if (!begin_centred_modal("###locked-open", tr(Str::LockedTitle), s.open_request,
                             600 * app.scale))
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
