#include "centred_modal.hpp"

#include <imgui.h>

#include <algorithm>

namespace skm::gui {

bool begin_centred_modal(const char* id, const std::string& title, bool& open_request,
                         float width) {
    if (open_request) {
        ImGui::OpenPopup(id);
        open_request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(width, vp->Size.x - 40), 0));
    return ImGui::BeginPopupModal((title + id).c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings);
}

} // namespace skm::gui
