#include "help_window.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>

namespace skm::gui {

void draw_help_window(App& app) {
    struct Row {
        const char* keys;
        Str what;
    };
    static constexpr Row rows[] = {
        {"Ctrl+Z", Str::KeyUndo},      {"Ctrl+Shift+Z, Ctrl+Y", Str::KeyRedo},
        {"Ctrl+S", Str::KeySave},      {"Ctrl+Shift+S", Str::KeySaveAs},
        {"Ctrl+O", Str::KeyOpen},      {"Ctrl+N", Str::KeyNew},
        {"Delete", Str::KeyDelete},    {"F", Str::KeyFit},
        {"F11, W", Str::KeyWorkshop},  {"F1", Str::KeyHelp},
        {"Esc", Str::KeyEscape},       {nullptr, Str::KeyPanZoom},
        {"→ ←, N P", Str::KeyNextGap}, {"↑ ↓", Str::KeyReveal},
    };
    ImGui::SetNextWindowSize(ImVec2(620 * app.scale, 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (ImGui::Begin((std::string(tr(Str::HelpTitle)) + "###help").c_str(), &app.show_help,
                     ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
            ImGui::TableSetupColumn(tr(Str::HelpKeys));
            ImGui::TableSetupColumn(tr(Str::HelpAction));
            ImGui::TableHeadersRow();
            for (const auto& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.keys ? r.keys : tr(Str::Mouse));
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr(r.what));
            }
            ImGui::EndTable();
        }
        test_hooks::item("help:table");
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) app.show_help = false;
    }
    ImGui::End();
}

} // namespace skm::gui
