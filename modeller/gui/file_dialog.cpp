#include "file_dialog.hpp"

#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace skm::gui {
namespace fs = std::filesystem;

namespace {

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::optional<std::string> run_zenity(FileDialog::Mode mode, std::string start, std::string title) {
    std::string cmd = "zenity --file-selection --title=" + shell_quote(title) +
                      " --file-filter='Samverkanskarta (*.json) | *.json' --file-filter='* | *'";
    if (mode == FileDialog::Mode::Save) cmd += " --save --confirm-overwrite";
    if (!start.empty()) cmd += " --filename=" + shell_quote(start);
    cmd += " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return std::nullopt;
    std::string out;
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), p))
        out += buf.data();
    const int rc = pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    if (rc != 0 || out.empty()) return std::string(); // cancelled
    return out;
}

} // namespace

bool native_dialog_available() {
    const char* d = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    if (!((d && *d) || (w && *w))) return false;
    if (const char* no = std::getenv("SKM_NO_NATIVE_DIALOG"); no && *no) return false;
    const char* path = std::getenv("PATH");
    if (!path) return false;
    std::string all = path;
    std::size_t start = 0;
    while (start <= all.size()) {
        const std::size_t end = std::min(all.find(':', start), all.size());
        std::error_code ec;
        if (fs::exists(fs::path(all.substr(start, end - start)) / "zenity", ec)) return true;
        start = end + 1;
    }
    return false;
}

void FileDialog::open(Mode mode, const std::string& start, bool allow_native) {
    mode_ = mode;
    active_ = true;
    chosen_.reset();
    std::error_code ec;
    fs::path s = start.empty() ? fs::current_path(ec) : fs::path(start);
    dir_ = fs::is_directory(s, ec) ? s : s.parent_path();
    if (dir_.empty()) dir_ = fs::current_path(ec);
    path_buf_ = fs::is_directory(s, ec) ? (dir_ / "").string() : s.string();
    native_ = allow_native && native_dialog_available();
    if (native_) {
        const std::string title =
            tr(mode == Mode::Open ? Str::FileDialogOpen : Str::FileDialogSave);
        native_result_ = std::async(std::launch::async, run_zenity, mode, path_buf_, title);
    } else {
        just_opened_ = true;
    }
}

std::optional<std::string> FileDialog::frame() {
    if (!active_) return std::nullopt;
    if (native_) {
        if (native_result_.valid() &&
            native_result_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            active_ = false;
            auto r = native_result_.get();
            if (r && !r->empty()) return r;
        }
        return std::nullopt;
    }
    draw_in_app();
    if (chosen_) {
        active_ = false;
        auto r = std::move(chosen_);
        chosen_.reset();
        if (!r->empty()) return r;
    }
    return std::nullopt;
}

void FileDialog::draw_in_app() {
    const char* title = tr(mode_ == Mode::Open ? Str::FileDialogOpen : Str::FileDialogSave);
    const std::string id = std::string(title) + "###filedialog";
    if (just_opened_) {
        ImGui::OpenPopup(id.c_str());
        just_opened_ = false;
    }
    const ImVec2 size = ImGui::GetMainViewport()->Size;
    ImGui::SetNextWindowSize(ImVec2(size.x * 0.6f, size.y * 0.7f), ImGuiCond_Appearing);
    bool open = true;
    if (!ImGui::BeginPopupModal(id.c_str(), &open)) {
        if (!open) chosen_ = std::string();
        return;
    }
    ImGui::TextUnformatted(tr(Str::FileDialogPath));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##path", &path_buf_, ImGuiInputTextFlags_EnterReturnsTrue);
    test_hooks::item("filedialog:path");
    if (ImGui::Button(tr(Str::FileDialogUp))) {
        dir_ = dir_.parent_path();
        path_buf_ = (dir_ / "").string();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", dir_.string().c_str());
    ImGui::BeginChild("listing", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f), true);
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (name.starts_with('.')) continue;
        if (it->is_directory(ec) || it->path().extension() == ".json") entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        std::error_code e1, e2;
        const bool da = a.is_directory(e1), db = b.is_directory(e2);
        return da != db ? da : a.path().filename() < b.path().filename();
    });
    for (const auto& e : entries) {
        const bool dir = e.is_directory(ec);
        const std::string label =
            (dir ? "[" + e.path().filename().string() + "]" : e.path().filename().string());
        if (ImGui::Selectable(label.c_str(), path_buf_ == e.path().string(),
                              ImGuiSelectableFlags_AllowDoubleClick)) {
            if (dir) {
                dir_ = e.path();
                path_buf_ = (dir_ / "").string();
            } else {
                path_buf_ = e.path().string();
                if (ImGui::IsMouseDoubleClicked(0)) chosen_ = path_buf_;
            }
        }
    }
    ImGui::EndChild();
    const bool ok_enabled = !path_buf_.empty() && path_buf_.back() != '/';
    if (!ok_enabled) ImGui::BeginDisabled();
    if (ImGui::Button(tr(mode_ == Mode::Open ? Str::MenuOpen : Str::Save)) || (enter && ok_enabled))
        chosen_ = path_buf_;
    test_hooks::item("filedialog:ok");
    if (!ok_enabled) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        chosen_ = std::string();
    test_hooks::item("filedialog:cancel");
    if (chosen_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace skm::gui
