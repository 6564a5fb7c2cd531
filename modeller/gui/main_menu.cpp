#include "main_menu.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "paths.hpp"
#include "test_hooks.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace skm::gui {
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> bundled_examples() {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(examples_dir(), ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

void file_menu(App& app) {
    if (ImGui::MenuItem(tr(Str::MenuNew), "Ctrl+N")) app.request({PendingAction::Kind::New, {}});
    test_hooks::item("menu:new");
    if (ImGui::BeginMenu(tr(Str::MenuNewFromExample))) {
        for (const auto& p : bundled_examples()) {
            if (ImGui::MenuItem(p.stem().string().c_str()))
                app.request({PendingAction::Kind::NewFromExample, p.string()});
            test_hooks::item("menu:example:" + p.stem().string());
        }
        ImGui::EndMenu();
    }
    test_hooks::item("menu:new-from-example");
    if (ImGui::MenuItem(tr(Str::MenuOpen), "Ctrl+O"))
        app.request({PendingAction::Kind::OpenDialog, {}});
    test_hooks::item("menu:open");
    if (ImGui::BeginMenu(tr(Str::MenuOpenRecent), !app.settings.recent.empty())) {
        std::string chosen;
        for (const auto& r : app.settings.recent)
            if (ImGui::MenuItem(r.c_str())) chosen = r;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Str::ClearRecent))) app.settings.recent.clear();
        if (!chosen.empty()) app.request({PendingAction::Kind::Open, chosen});
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuSave), "Ctrl+S", false, !app.doc.read_only())) app.save();
    test_hooks::item("menu:save");
    if (ImGui::MenuItem(tr(Str::MenuSaveAs), "Ctrl+Shift+S")) app.save_as();
    test_hooks::item("menu:save-as");
    ImGui::Separator();
    version_compare_menu_items(app);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuQuit), "Ctrl+Q")) app.request({PendingAction::Kind::Quit, {}});
    test_hooks::item("menu:quit");
}

void edit_menu(App& app) {
    const Lang l = language();
    const auto& h = app.doc.history();
    const std::string undo = h.can_undo() ? std::string(tr(Str::MenuUndo)) + ": " + h.undo_name(l)
                                          : std::string(tr(Str::MenuNothingToUndo));
    const std::string redo = h.can_redo() ? std::string(tr(Str::MenuRedo)) + ": " + h.redo_name(l)
                                          : std::string(tr(Str::MenuNothingToRedo));
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, h.can_undo())) app.undo();
    test_hooks::item("menu:undo");
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, h.can_redo())) app.redo();
    test_hooks::item("menu:redo");
}

void view_menu(App& app) {
    if (ImGui::BeginMenu(tr(Str::MenuLanguage))) {
        if (ImGui::MenuItem(tr(Str::MenuSwedish), nullptr, app.settings.lang == Lang::Sv))
            app.set_language(Lang::Sv);
        test_hooks::item("menu:lang-sv");
        if (ImGui::MenuItem(tr(Str::MenuEnglish), nullptr, app.settings.lang == Lang::En))
            app.set_language(Lang::En);
        test_hooks::item("menu:lang-en");
        ImGui::EndMenu();
    }
    test_hooks::item("menu:language");
    if (ImGui::BeginMenu(tr(Str::MenuTheme))) {
        if (ImGui::MenuItem(tr(Str::MenuThemeLight), nullptr, app.settings.theme == Theme::Light))
            app.set_theme(Theme::Light);
        test_hooks::item("menu:theme-light");
        if (ImGui::MenuItem(tr(Str::MenuThemeDark), nullptr, app.settings.theme == Theme::Dark))
            app.set_theme(Theme::Dark);
        test_hooks::item("menu:theme-dark");
        ImGui::EndMenu();
    }
    test_hooks::item("menu:theme");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuFit), "F")) app.canvas.fit_pending = true;
    if (ImGui::MenuItem(tr(Str::MenuZoomSelection), "Z", false, !app.doc.selection.empty()))
        app.select(app.doc.selection, true);
    if (ImGui::MenuItem(tr(Str::QuickAddMenu), "Ctrl+K")) app.palette.open_request = true;
    test_hooks::item("menu:quick-add");
    ImGui::Separator();
    ImGui::MenuItem(tr(Str::PanelOutline), nullptr, &app.panels.show_outline);
    test_hooks::item("menu:panel-outline");
    ImGui::MenuItem(tr(Str::PanelInspector), nullptr, &app.panels.show_inspector);
    test_hooks::item("menu:panel-inspector");
    ImGui::MenuItem(tr(Str::PanelFindings), nullptr, &app.panels.show_findings);
    test_hooks::item("menu:panel-findings");
    ImGui::MenuItem(tr(Str::Legend), nullptr, &app.canvas.legend_open);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuWorkshop), "F11 / W", app.workshop))
        app.set_workshop(!app.workshop);
    test_hooks::item("menu:workshop");
}

} // namespace

float draw_main_menu(App& app) {
    float h = 0;
    if (!ImGui::BeginMainMenuBar()) return h;
    h = ImGui::GetWindowSize().y;
    if (ImGui::BeginMenu(tr(Str::MenuFile))) {
        file_menu(app);
        ImGui::EndMenu();
    }
    test_hooks::item("menu:file");
    if (ImGui::BeginMenu(tr(Str::MenuEdit))) {
        edit_menu(app);
        ImGui::EndMenu();
    }
    test_hooks::item("menu:edit");
    if (ImGui::BeginMenu(tr(Str::MenuView))) {
        view_menu(app);
        ImGui::EndMenu();
    }
    test_hooks::item("menu:view");
    if (ImGui::BeginMenu(tr(Str::MenuExport))) {
        draw_export_menu(app);
        ImGui::EndMenu();
    }
    test_hooks::item("menu:export");
    if (ImGui::BeginMenu(tr(Str::MenuHelp))) {
        if (ImGui::MenuItem(tr(Str::MenuShortcuts), "F1")) app.show_help = true;
        ImGui::EndMenu();
    }
    test_hooks::item("menu:help");
    ImGui::EndMainMenuBar();
    return h;
}

void draw_view_switch(App& app) {
    using render::ViewKind;
    struct Choice {
        ViewKind kind;
        Str label;
        const char* hook;
    };
    const Choice choices[] = {{ViewKind::Structure, Str::ViewStructure, "view:structure"},
                              {ViewKind::Handoffs, Str::ViewHandoffs, "view:handoffs"},
                              {ViewKind::Process, Str::ViewProcess, "view:process"},
                              {ViewKind::Escalation, Str::ViewEscalation, "view:escalation"}};
    for (const auto& c : choices) {
        if (ImGui::RadioButton(tr(c.label), app.view.kind == c.kind)) app.view.kind = c.kind;
        test_hooks::item(c.hook);
        ImGui::SameLine();
    }
    if (app.view.kind == ViewKind::Process) {
        const auto& procs = app.doc.model().processes;
        ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x));
        const std::string current = display_name(app.doc.model(), app.view.process);
        if (ImGui::BeginCombo("##process", current.c_str())) {
            for (const auto& p : procs)
                if (ImGui::Selectable((p.name + "##" + p.id).c_str(), p.id == app.view.process))
                    app.view.process = p.id;
            ImGui::EndCombo();
        }
    } else {
        ImGui::NewLine();
    }
}

} // namespace skm::gui
