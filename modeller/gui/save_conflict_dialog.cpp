#include "save_conflict_dialog.hpp"
#include "centred_modal.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace skm::gui {
namespace {

void compare(App& app) {
    SaveConflictState& s = app.conflict;
    s.disk = load_disk_version(s.path);
    s.diff.clear();
    if (s.disk->ok) s.diff = diff_models(s.disk->model, app.doc.model());
    s.comparing = true;
}

void draw_diff(App& app) {
    const SaveConflictState& s = app.conflict;
    if (!s.disk) return;
    ImGui::Separator();
    if (!s.disk->ok) {
        ImGui::TextWrapped("%s", tr(Str::CompareFailed));
        ImGui::TextWrapped("%s", s.disk->error.c_str());
        return;
    }
    if (s.diff.empty()) {
        ImGui::TextUnformatted(tr(Str::CompareNone));
        test_hooks::item("conflict:no-diff");
        return;
    }
    ImGui::TextUnformatted(tr(Str::CompareHeading));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float rows_h = std::min(320.0f * app.scale, (s.diff.size() + 1.5f) * 2.2f *
                                                          ImGui::GetTextLineHeightWithSpacing());
    if (!ImGui::BeginTable("##diff", 4, flags, ImVec2(0, rows_h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::CompareChange), ImGuiTableColumnFlags_WidthFixed,
                            90 * app.scale);
    ImGui::TableSetupColumn(tr(Str::CompareKind), ImGuiTableColumnFlags_WidthFixed,
                            130 * app.scale);
    ImGui::TableSetupColumn(tr(Str::ElementColumn), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Str::CompareFields), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    const Lang lang = language();
    for (const auto& c : s.diff) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(change_word(c.kind, lang).c_str());
        test_hooks::item("conflict:diff:" + c.id);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(collection_label(c.collection).c_str());
        ImGui::TableNextColumn();
        const std::string who =
            c.name.empty() || c.name == c.id ? c.id : c.name + " (" + c.id + ")";
        ImGui::TextWrapped("%s", who.c_str());
        ImGui::TableNextColumn();
        if (!c.fields.empty())
            ImGui::TextWrapped("%s", describe_fields(c, s.disk->model, app.doc.model()).c_str());
    }
    ImGui::EndTable();
}

} // namespace

void report_save_conflict(App& app, const std::string& path, std::optional<LockHolder> holder) {
    app.conflict = SaveConflictState{};
    app.conflict.path = path;
    app.conflict.holder = std::move(holder);
    app.conflict.open_request = true;
}

bool reload_from_disk(App& app) {
    SaveConflictState& s = app.conflict;
    DiskVersion d = load_disk_version(s.path);
    if (!d.ok) {
        app.show_error(tr(Str::ReloadFailed), d.error);
        return false;
    }
    // Through a command like every change: Ångra gives the editor's own version back.
    if (!app.doc.execute(std::make_unique<LoadDiskVersion>(app.doc.model(), std::move(d.model)))) {
        app.show_error(tr(Str::ReloadFailed), app.doc.last_error());
        return false;
    }
    app.doc.mark_saved();
    app.disk_stamp = d.stamp;
    app.disk_stamp_path = s.path;
    return true;
}

void draw_save_conflict(App& app) {
    SaveConflictState& s = app.conflict;
    if (!begin_centred_modal("###save-conflict", tr(Str::ConflictTitle), s.open_request,
                             820 * app.scale))
        return;
    test_hooks::item("conflict:dialog");
    const std::string name = std::filesystem::path(s.path).filename().string();
    ImGui::TextWrapped(
        "%s", (s.holder ? tr_fill(Str::ConflictLocked, {name, s.holder->user, s.holder->host})
                        : tr_fill(Str::ConflictChanged, {name}))
                  .c_str());
    ImGui::TextDisabled("%s", s.path.c_str());
    // Reload and compare are about the open map's own file (a Save As onto another file, or a
    // read-only map, has only the other choices).
    const bool own_file = s.path == app.doc.path() && !app.doc.read_only();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(Str::ConflictKept));
    if (own_file) ImGui::TextWrapped("%s", tr(Str::ConflictReloadHint));
    ImGui::Spacing();
    bool close = false;
    if (own_file) {
        if (ImGui::Button(tr(Str::Reload)) && reload_from_disk(app)) close = true;
        test_hooks::item("conflict:reload");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::Compare))) compare(app);
        test_hooks::item("conflict:compare");
        ImGui::SameLine();
    }
    if (ImGui::Button(tr(Str::MenuSaveAs))) {
        close = true;
        app.save_as();
    }
    test_hooks::item("conflict:save-as");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) close = true;
    test_hooks::item("conflict:cancel");
    if (s.comparing) draw_diff(app);
    if (close) {
        s.comparing = false;
        s.disk.reset();
        s.diff.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace skm::gui
