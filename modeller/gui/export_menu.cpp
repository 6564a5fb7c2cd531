#include "export_menu.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "overwrite_prompt.hpp"
#include "skm/output_file.hpp"
#include "test_hooks.hpp"

#include <imgui.h>

#include <cmath>
#include <filesystem>

#if SKM_HAVE_DIAGRAM_EXPORT
#include "skm/diagram_export.hpp"
#endif
#if SKM_HAVE_REPORT
#include "skm/model_file.hpp"
#include "skm/report.hpp"
#endif

namespace skm::gui {
namespace fs = std::filesystem;

namespace {
constexpr int kReport = -2;
const char* extension(int format) {
    switch (format) {
    case 0:
        return ".svg";
    case 1:
        return ".pdf";
    case 2:
        return ".png";
    case 3:
        return ".dot";
    default:
        return ".html";
    }
}
} // namespace

std::string export_file_name(const App& app, int format) {
    const fs::path dir =
        app.doc.path().empty() ? fs::current_path() : fs::path(app.doc.path()).parent_path();
    const std::string base = app.doc.model().info.id.empty() ? "karta" : app.doc.model().info.id;
    const std::string what = format == kReport ? "rapport" : render::view_name(app.view);
    std::string name = base + "-" + what + extension(format);
    for (auto& c : name)
        if (c == ':' || c == '/') c = '-';
    return (dir / name).string();
}

void draw_export_menu(App& app) {
    const bool busy = app.exports.running.valid();
#if SKM_HAVE_DIAGRAM_EXPORT
    const char* names[] = {"SVG", "PDF", "PNG", "DOT"};
    for (int f = 0; f < 4; ++f) {
        const std::string label = std::string(tr(Str::ExportDiagram)) + " " + names[f] + "…";
        if (ImGui::MenuItem(label.c_str(), nullptr, false, !busy)) {
            app.exports.pending_format = f;
            app.file_dialog.open(FileDialog::Mode::Save, export_file_name(app, f),
                                 !test_hooks::enabled());
        }
        test_hooks::item(std::string("menu:export-") + extension(f));
    }
#else
    ImGui::MenuItem(tr(Str::ExportUnavailable), nullptr, false, false);
#endif
#if SKM_HAVE_REPORT && SKM_HAVE_DIAGRAM_EXPORT
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuExportReport), nullptr, false, !busy)) {
        app.exports.pending_format = kReport;
        app.file_dialog.open(FileDialog::Mode::Save, export_file_name(app, kReport),
                             !test_hooks::enabled());
    }
    test_hooks::item("menu:export-report");
#endif
}

void request_export(App& app, int format, const std::string& path, bool already_confirmed) {
    // The files this export writes: the path, or NAME-1.svg, NAME-2.svg … for a paged figure
    // (how many pages is only known once it is drawn; NAME-1 stands for them).
    std::vector<std::string> targets = {path};
#if SKM_HAVE_DIAGRAM_EXPORT
    if (format != kReport) {
        // NAME-1, NAME-2 … as far as they exist (at least NAME-1, to check it).
        const auto pages = exports::page_file_names(path, 99);
        std::error_code ec;
        for (std::size_t i = 0; i < pages.size() && (i == 0 || fs::exists(pages[i], ec)); ++i)
            targets.push_back(pages[i]);
    }
#endif
    std::vector<std::string> existing;
    try {
        for (const auto& t : targets) {
            exports::check_output_path(t, {app.doc.path()}, language());
            std::error_code ec;
            if (fs::is_regular_file(t, ec)) existing.push_back(fs::path(t).filename().string());
        }
    } catch (const exports::OutputError& e) {
        app.show_error(tr(Str::ExportRefused), e.what());
        return;
    }
    if (!existing.empty() && !already_confirmed) {
        OverwriteQuestion q;
        q.then = OverwriteQuestion::Then::Export;
        q.path = path;
        q.existing = std::move(existing);
        q.format = format;
        ask_overwrite(app, std::move(q));
        return;
    }
    start_export(app, format, path);
}

void start_export(App& app, int format, const std::string& path) {
    ExportState& s = app.exports;
    if (s.running.valid()) return;
    s.target = path;
    s.started = std::chrono::steady_clock::now();
    // The worker gets its own copies: the user keeps editing while it runs.
    Model model = app.doc.model();
    app.doc.wait_findings(); // the report needs the findings of this model, not the last ones
    CheckResult findings = app.doc.findings();
    render::ViewSpec view = app.view;
    const Lang lang = language();
    const std::string model_path = app.doc.path();
    s.running = std::async(std::launch::async, [=]() -> std::string {
        try {
#if SKM_HAVE_REPORT && SKM_HAVE_DIAGRAM_EXPORT
            if (format == kReport) {
                exports::ReportFormat rf;
                if (!exports::report_format_for_path(path, rf)) rf = exports::ReportFormat::Html;
                exports::ReportOptions o;
                o.lang = lang;
                // Through the exports' output rules: never over the open model or any other
                // model file (issue 11), a device written directly.
                exports::write_output(path, exports::make_report(model, rf, o), {model_path}, lang,
                                      nullptr);
                return {};
            }
#endif
#if SKM_HAVE_DIAGRAM_EXPORT
            // Graphviz must never run inside the editor: a crash there would take unsaved
            // edits with it. Without the worker the export fails with a message instead.
            exports::ExportOptions options;
            options.allow_in_process = false;
            const auto r = exports::export_diagram_to_file(
                model, view, static_cast<exports::Format>(format), path, options, &findings);
            return r.ok ? std::string() : r.error;
#else
            (void)model, (void)findings, (void)view, (void)lang, (void)format;
            return tr(Str::ExportUnavailable);
#endif
        } catch (const std::exception& e) {
            return e.what();
        }
    });
}

void draw_export_progress(App& app) {
    ExportState& s = app.exports;
    if (s.running.valid() &&
        s.running.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        const std::string err = s.running.get();
        s.message = err.empty() ? std::string(tr(Str::ExportDone)) + " " + s.target
                                : std::string(tr(Str::ExportFailed)) + " " + err;
        s.message_open = true;
    }
    if (!s.running.valid() && !s.message_open) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 20, vp->Pos.y + vp->Size.y - 20),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.95f);
    if (ImGui::Begin("###export-progress", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoFocusOnAppearing)) {
        if (s.running.valid()) {
            const float secs =
                std::chrono::duration<float>(std::chrono::steady_clock::now() - s.started).count();
            ImGui::Text("%s %s", tr(Str::ExportRunning), s.target.c_str());
            // No percentage is known; a moving bar shows that work goes on.
            ImGui::ProgressBar(std::fmod(secs, 1.5f) / 1.5f, ImVec2(300 * app.scale, 0), "");
            ImGui::SameLine();
            ImGui::Text("%.1f s", secs);
        } else {
            ImGui::TextUnformatted(s.message.c_str());
            if (ImGui::Button(tr(Str::Close))) s.message_open = false;
            test_hooks::item("export:close");
        }
        test_hooks::item("export:status");
    }
    ImGui::End();
}

} // namespace skm::gui
