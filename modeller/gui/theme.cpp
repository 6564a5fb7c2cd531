#include "theme.hpp"

#include <imgui.h>

namespace skm::gui {

Palette palette_for(Theme t) {
    return t == Theme::Dark ? Palette::Dark : Palette::Light;
}

void apply_theme(Palette p, float content_scale) {
    ImGuiStyle style;
    switch (p) {
    case Palette::Light:
        ImGui::StyleColorsLight(&style);
        break;
    case Palette::Dark:
        ImGui::StyleColorsDark(&style);
        break;
    case Palette::HighContrast: {
        ImGui::StyleColorsDark(&style);
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_PopupBg] = ImVec4(0.05f, 0.05f, 0.05f, 1);
        c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Button] = ImVec4(0.0f, 0.25f, 0.55f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.0f, 0.4f, 0.8f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.1f, 0.5f, 0.95f, 1);
        c[ImGuiCol_TitleBg] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_TitleBgActive] = ImVec4(0.1f, 0.1f, 0.1f, 1);
        style.WindowBorderSize = 2.0f;
        style.FrameBorderSize = 1.0f;
        break;
    }
    }
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScaleAllSizes(content_scale > 0.5f ? content_scale : 1.0f);
    ImGui::GetStyle() = style;
}

CanvasColors canvas_colors(Palette p) {
    switch (p) {
    case Palette::Dark:
        return {IM_COL32(38, 40, 46, 255), IM_COL32(50, 52, 60, 255), IM_COL32(255, 190, 40, 255),
                IM_COL32(120, 180, 255, 255)};
    case Palette::HighContrast:
        return {IM_COL32(255, 255, 255, 255), IM_COL32(235, 235, 235, 255),
                IM_COL32(230, 0, 120, 255), IM_COL32(0, 90, 220, 255)};
    case Palette::Light:
    default:
        return {IM_COL32(250, 250, 248, 255), IM_COL32(236, 236, 232, 255),
                IM_COL32(230, 120, 0, 255), IM_COL32(30, 110, 230, 255)};
    }
}

} // namespace skm::gui
