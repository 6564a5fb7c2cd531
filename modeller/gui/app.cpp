#include "app.hpp"

#include "bench_mode.hpp"
#include "edit_ops.hpp"

#include "help_window.hpp"
#include "i18n.hpp"
#include "library_pinning.hpp"
#include "main_menu.hpp"
#include "paths.hpp"
#include "screenshot.hpp"
#include "skm/model_file.hpp"
#include "test_hooks.hpp"
#include "test_script.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace skm::gui {
namespace fs = std::filesystem;

App::App() = default;
App::~App() = default;

namespace {

void glfw_error(int code, const char* text) {
    std::fprintf(stderr, "GLFW %d: %s\n", code, text);
}

float ui_scale(GLFWwindow* w) {
    if (const char* v = std::getenv("SKM_UI_SCALE"); v && *v) {
        const float s = static_cast<float>(std::atof(v));
        if (s >= 0.5f && s <= 4.0f) return s;
    }
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(w, &sx, &sy);
    return sx >= 0.5f ? sx : 1.0f;
}

} // namespace

int App::run(const AppOptions& options) {
    settings = load_settings(settings_path());
    gui::set_language(settings.lang);
    view.lang = settings.lang;

    glfwSetErrorCallback(glfw_error);
    if (!glfwInit()) {
        std::fprintf(stderr, "samverkanskartan: no display (glfwInit failed). Use `modeller` for "
                             "the command line.\n");
        return 2;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window = glfwCreateWindow(settings.window_width, settings.window_height, tr(Str::AppTitle),
                              nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        std::fprintf(stderr, "samverkanskartan: could not open an OpenGL 3.3 window\n");
        return 2;
    }
    glfwMakeContextCurrent(window);
    keep_graphics_libraries_loaded();
    glfwSwapInterval(options.test_script.empty() && !options.bench ? 1 : 0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; preferences live in settings.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    scale = ui_scale(window);
    fonts = load_fonts(scale);
    apply_theme(palette_for(settings.theme), scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330");

    if (!options.test_script.empty()) {
        script_ = std::make_unique<TestScript>();
        std::string err;
        if (!script_->load(options.test_script, err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 2;
        }
        test_hooks::enable(true);
    }

    if (!options.open_path.empty()) open_file(options.open_path);
    if (options.bench) {
        bench_ = std::make_unique<BenchMode>();
        bench_->start(*this);
    } else {
        offer_recovery_if_any();
    }

    int exit_code = 0;
    install_termination_handlers();
    while (!quit_now) {
        // SIGTERM/SIGHUP/SIGINT: a final autosave of unsaved edits, then end (issue 11 §3).
        if (const int sig = termination_requested()) {
            autosave.write_now(doc);
            exit_code = 128 + sig;
            break;
        }
        if (script_ || options.bench || map.busy() || exports.running.valid() ||
            !doc.findings_current())
            glfwPollEvents();
        else
            glfwWaitEventsTimeout(0.25); // idle: no busy loop, but autosave still ticks
        if (glfwWindowShouldClose(window)) {
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            request({PendingAction::Kind::Quit, {}});
        }
        const auto ui_start = std::chrono::steady_clock::now();
        const double ui_cpu_start = thread_cpu_ms();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        if (script_) script_->inject(*this);
        ImGui::NewFrame();
        test_hooks::begin_frame();
        frame();
        ImGui::Render();
        last_ui_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - ui_start)
                .count();
        last_ui_cpu_ms = thread_cpu_ms() - ui_cpu_start;
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (script_) {
            script_->after_render(*this);
            if (script_->finished()) {
                exit_code = script_->exit_code();
                quit_now = true;
            }
        }
        glfwSwapBuffers(window);
        if (bench_ && bench_->frame_done(*this)) quit_now = true;
        if (!bench_) autosave.tick(doc, std::chrono::steady_clock::now());
    }

    if (!workshop)
        glfwGetWindowSize(window, &settings.window_width, &settings.window_height);
    else if (windowed_saved_) {
        settings.window_width = windowed_w_;
        settings.window_height = windowed_h_;
    }
    save_settings(settings, settings_path());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

void App::frame() {
    handle_shortcuts();
    doc.poll_findings(); // the rules run in the background: take their findings when ready
    update_map();
    if (workshop)
        draw_workshop(*this);
    else
        draw_panels();
    draw_outline_popups(*this);
    draw_canvas_popups(*this);
    draw_palette(*this);
    draw_findings_popups(*this);
    draw_export_progress(*this);
    draw_version_compare(*this);
    if (show_help) draw_help_window(*this);
    draw_prompts();
    draw_save_conflict(*this);
    draw_locked_open(*this);
    draw_overwrite_prompt(*this);
    if (auto chosen = file_dialog.frame()) {
        const auto purpose = dialog_purpose_;
        dialog_purpose_ = DialogPurpose::None;
        if (purpose == DialogPurpose::Open) {
            perform({PendingAction::Kind::Open, *chosen});
        } else if (purpose == DialogPurpose::SaveAs) {
            const bool then_pending = save_dialog_then_pending_;
            save_dialog_then_pending_ = false;
            choose_save_as(*chosen, then_pending);
        } else if (exports.pending_format != -1) {
            request_export(*this, exports.pending_format, *chosen,
                           file_dialog.confirmed_overwrite());
            exports.pending_format = -1;
        }
    } else if (!file_dialog.active()) {
        if (dialog_purpose_ != DialogPurpose::None) save_dialog_then_pending_ = false;
        dialog_purpose_ = DialogPurpose::None;
        exports.pending_format = -1;
    }
    update_title();
}

namespace {

// A draggable bar between two panels: a thin borderless window on top of them (the panels never
// come to the front), so dragging it resizes the panels on both sides. `vertical` = a bar that
// moves left/right. Returns the mouse movement along its axis while dragged.
float splitter(const char* id, ImVec2 pos, ImVec2 size, bool vertical) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    float moved = 0;
    if (ImGui::Begin(id, nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                         ImGuiWindowFlags_NoNav)) {
        ImGui::InvisibleButton("##bar", size);
        test_hooks::item(std::string("splitter:") + (id + 3));
        if (ImGui::IsItemHovered() || ImGui::IsItemActive())
            ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
        if (ImGui::IsItemActive())
            moved = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    return moved;
}

} // namespace

void App::draw_panels() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float menu_h = draw_main_menu(*this);
    const float x0 = vp->Pos.x, y0 = vp->Pos.y + menu_h;
    const float W = vp->Size.x, H = vp->Size.y - menu_h;
    // Panels are resizable (drag the bars between them) and can be hidden (View menu), so the map
    // keeps most of even a 1280×720 window.
    panels.left = std::clamp(panels.left, 0.08f, 0.4f);
    panels.right = std::clamp(panels.right, 0.12f, 0.45f);
    panels.findings = std::clamp(panels.findings, 0.1f, 0.6f);
    const float left = panels.show_outline ? W * panels.left : 0.0f;
    const float right = panels.show_inspector ? W * panels.right : 0.0f;
    const float findings_h = panels.show_findings ? H * panels.findings : 0.0f;
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    auto place = [&](float x, float y, float w, float h) {
        ImGui::SetNextWindowPos(ImVec2(x, y));
        ImGui::SetNextWindowSize(ImVec2(w, h));
    };
    if (panels.show_outline) {
        place(x0, y0, left, H);
        if (ImGui::Begin((std::string(tr(Str::PanelOutline)) + "###outline").c_str(), nullptr,
                         fixed))
            draw_outline(*this);
        ImGui::End();
    }

    place(x0 + left, y0, W - left - right, H - findings_h);
    if (ImGui::Begin((std::string(tr(Str::PanelMap)) + "###map").c_str(), nullptr,
                     fixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
        draw_view_switch(*this);
        fit_page_to_canvas(ImGui::GetContentRegionAvail());
        if (!MapSource::available()) {
            ImGui::TextWrapped("%s", tr(Str::MapUnavailable));
        } else if (layout && layout->ok) {
            apply_canvas_intents(*this, draw_canvas(*this, layout->geometry, {}));
        } else if (layout && !layout->ok) {
            ImGui::TextWrapped("%s %s", tr(Str::MapError), layout->error.c_str());
        }
        if (map.busy()) {
            ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - 220 * scale, 40 * scale));
            ImGui::TextDisabled("%s", tr(Str::MapLayingOut));
        }
    }
    ImGui::End();

    if (panels.show_findings) {
        place(x0 + left, y0 + H - findings_h, W - left - right, findings_h);
        if (ImGui::Begin((std::string(tr(Str::PanelFindings)) + "###findings").c_str(), nullptr,
                         fixed))
            draw_findings(*this);
        ImGui::End();
    }

    if (panels.show_inspector) {
        place(x0 + W - right, y0, right, H);
        if (ImGui::Begin((std::string(tr(Str::PanelInspector)) + "###inspector").c_str(), nullptr,
                         fixed))
            draw_inspector(*this);
        ImGui::End();
    }

    const float bar = 6 * scale;
    if (panels.show_outline)
        panels.left +=
            splitter("###outline-map", ImVec2(x0 + left - bar / 2, y0), ImVec2(bar, H), true) / W;
    if (panels.show_inspector)
        panels.right -= splitter("###map-inspector", ImVec2(x0 + W - right - bar / 2, y0),
                                 ImVec2(bar, H), true) /
                        W;
    if (panels.show_findings)
        panels.findings -=
            splitter("###map-findings", ImVec2(x0 + left, y0 + H - findings_h - bar / 2),
                     ImVec2(W - left - right, bar), false) /
            H;
}

// The layout wraps a band's rows to the page width it is given: giving it the canvas's shape makes
// the map fill the canvas at zoom 1, so text stays at its laid-out size instead of being shrunk to
// fit a map laid out for some other page. Small size changes are ignored (no relayout per pixel).
void App::fit_page_to_canvas(ImVec2 avail) {
    if (avail.x < 100 || avail.y < 100 || ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
    const double w = avail.x / scale, h = avail.y / scale;
    // Level of detail: principals' units collapse into one node with a count as far as needed
    // for the whole map to fit this canvas with its smallest text (chips, second lines: 10 pt) at
    // 10 px and names at 12 px, the "about 11 px" minimum. A click on a group opens it.
    view.detail = render::Detail::Auto;
    view.min_text = 10;
    if (std::abs(w - view.page_width) > 0.08 * w || std::abs(h - view.page_height) > 0.08 * h) {
        view.page_width = w;
        view.page_height = h;
        view.fit_width = w;
        view.fit_height = h;
    }
}

void App::update_map() {
    if (!MapSource::available()) return;
    view.lang = settings.lang;
    // The geometry is asked for right after an edit, with the findings on show;
    // once the model's own findings arrive the map is asked for again, for their badges only:
    // its routes are then in the cache, so no Graphviz runs for it.
    const bool map_stale = doc.generation() != requested_generation_ || !(view == requested_view_);
    // (Not while the geometry is still being laid out: a newer request would cancel it.)
    const bool badges_stale =
        !map_stale && !requested_current_findings_ && doc.findings_current() && !map.busy();
    if (map_stale || badges_stale) {
        if (view.kind == render::ViewKind::Process && view.process.empty() &&
            !doc.model().processes.empty())
            view.process = doc.model().processes.front().id;
        const bool view_changed = !(view == requested_view_);
        // The layout's thread waits for the copy still being made, not this one.
        map.request(doc.snapshot_source(), view, doc.shared_findings(), doc.generation());
        requested_generation_ = doc.generation();
        requested_view_ = view;
        requested_current_findings_ = doc.findings_current();
        if (view_changed) canvas.fit_on_next_layout = true;
    }
    // A map finished for the view left just before is not shown for the new one.
    if (auto r = map.poll(); r && r->view == requested_view_) {
        // Fit once the layout of the model that asked for it has arrived, not an older one.
        if (canvas.fit_on_next_layout && r->revision == doc.generation()) {
            canvas.fit_pending = true;
            canvas.fit_on_next_layout = false;
        }
        layout = std::move(*r);
        ++layouts_received;
    }
}

void App::update_title() {
    std::string name =
        doc.path().empty() ? tr(Str::Untitled) : fs::path(doc.path()).filename().string();
    if (doc.read_only()) name += std::string(" ") + tr(Str::ReadOnlyTag);
    std::string t = (doc.dirty() ? "● " : "") + name + " — " + tr(Str::AppTitle);
    // A failed autosave must not pass unnoticed: the edits are then only in memory.
    if (!autosave.last_error().empty())
        t += language() == Lang::Sv ? " — autosparningen misslyckades" : " — autosave failed";
    if (t != window_title) {
        window_title = t;
        glfwSetWindowTitle(window, t.c_str());
    }
}

void App::handle_shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    const bool typing = io.WantTextInput;
    const bool ctrl = io.KeyCtrl, shift = io.KeyShift;
    auto pressed = [](int key) { return ImGui::IsKeyPressed(key, false); };
    if (ctrl && !typing && pressed(GLFW_KEY_Z)) shift ? redo() : undo();
    if (ctrl && !typing && pressed(GLFW_KEY_Y)) redo();
    if (ctrl && pressed(GLFW_KEY_S)) shift ? save_as() : (void)save();
    if (ctrl && pressed(GLFW_KEY_O)) request({PendingAction::Kind::OpenDialog, {}});
    if (ctrl && pressed(GLFW_KEY_N)) request({PendingAction::Kind::New, {}});
    if (ctrl && pressed(GLFW_KEY_Q)) request({PendingAction::Kind::Quit, {}});
    if (pressed(GLFW_KEY_F1)) show_help = !show_help;
    if (ctrl && pressed(GLFW_KEY_K)) palette.open_request = true;
    if (!typing && pressed(GLFW_KEY_F2) && !doc.selection.empty())
        start_rename(*this, doc.selection);
    if (pressed(GLFW_KEY_F11) || (!typing && !ctrl && pressed(GLFW_KEY_W))) set_workshop(!workshop);
    if (workshop && pressed(GLFW_KEY_ESCAPE) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        set_workshop(false);
    if (!typing && !ctrl && pressed(GLFW_KEY_F)) canvas.fit_pending = true;
    if (!typing && !ctrl && pressed(GLFW_KEY_Z) && !doc.selection.empty())
        select(doc.selection, true);
    if (!typing && !workshop && pressed(GLFW_KEY_DELETE) && !doc.selection.empty() &&
        doc.selection != "model")
        ask_delete(*this, doc.selection);
    if (workshop && !typing) {
        if (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_N)) workshop_next_gap(*this, +1);
        if (pressed(GLFW_KEY_LEFT) || pressed(GLFW_KEY_P)) workshop_next_gap(*this, -1);
        if (pressed(GLFW_KEY_UP)) workshop_reveal(*this, +1);
        if (pressed(GLFW_KEY_DOWN)) workshop_reveal(*this, -1);
    }
}

void App::undo() {
    doc.undo();
}
void App::redo() {
    doc.redo();
}

void App::select(const Id& id, bool focus_map) {
    doc.selection = id;
    outline.scroll_to = id;
    findings.scroll_to = id;
    if (focus_map) {
        show_in_view(id);
        canvas.zoom_to = id;
        canvas.zoom_to_frames = 600; // the layout of a switched view may take a moment
    }
}

// Switches the map to a view that shows the element, unless the current one already does: a
// step's or process's own process map, the handoff map for a flow, the escalation map for an
// escalation path, the structure map for actors, forums and levels (expanding a collapsed group
// that hides a unit).
void App::show_in_view(const Id& id) {
    if (layout && layout->ok) {
        for (const auto& n : layout->geometry.nodes)
            if (n.element == id) return;
        for (const auto& e : layout->geometry.edges)
            if (e.element == id) return;
    }
    const Model& m = doc.model();
    const std::uint32_t kind = kind_of(m, id);
    if (auto st = find_step(m, id); st.step || kind == RefProcess) {
        view.kind = render::ViewKind::Process;
        view.process = st.step ? st.process->id : id;
    } else if (kind == RefFlow) {
        view.kind = render::ViewKind::Handoffs;
    } else if (kind == RefEscalation) {
        view.kind = render::ViewKind::Escalation;
    } else if (kind & (RefUnit | RefForum | RefLevel | RefRole | RefPrincipal)) {
        view.kind = render::ViewKind::Structure;
        if (const Unit* u = find_by_id(m.units, id)) {
            const Id g = render::group_id(effective_principal(m, *u));
            if (!g.empty() && std::find(view.expanded_groups.begin(), view.expanded_groups.end(),
                                        g) == view.expanded_groups.end())
                view.expanded_groups.push_back(g);
        }
    }
}

void App::set_language(Lang l) {
    settings.lang = l;
    gui::set_language(l);
    view.lang = l;
}

void App::set_theme(Theme t) {
    settings.theme = t;
    if (!workshop) apply_theme(palette_for(t), scale);
}

void App::set_workshop(bool on) {
    if (on == workshop) return;
    workshop = on;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (on) {
        glfwGetWindowPos(window, &windowed_x_, &windowed_y_);
        glfwGetWindowSize(window, &windowed_w_, &windowed_h_);
        windowed_saved_ = true;
        if (monitor) {
            const GLFWvidmode* mode = glfwGetVideoMode(monitor);
            glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height,
                                 mode->refreshRate);
        }
        apply_theme(Palette::HighContrast, scale);
        // Coming back to the meeting keeps its reveal, its place in the gap walk and its clock.
        if (!workshop_state.begun) {
            workshop_state = WorkshopState{};
            workshop_state.started = std::chrono::steady_clock::now();
            workshop_state.begun = true;
            workshop_reveal(*this, 0);
        }
    } else {
        if (windowed_saved_)
            glfwSetWindowMonitor(window, nullptr, windowed_x_, windowed_y_, windowed_w_,
                                 windowed_h_, 0);
        apply_theme(palette_for(settings.theme), scale);
    }
    canvas.fit_pending = true;
}

void App::show_error(std::string title, std::string text) {
    error_title_ = std::move(title);
    error_text_ = std::move(text);
    error_open_ = true;
}

// --- files ---

void App::request(PendingAction a) {
    if (doc.dirty()) {
        pending_ = std::move(a);
        unsaved_prompt_ = true;
        return;
    }
    perform(a);
}

void App::perform(const PendingAction& a) {
    switch (a.kind) {
    case PendingAction::Kind::None:
        break;
    case PendingAction::Kind::New:
        autosave.discard(doc.path());
        doc.reset(empty_model(), {});
        canvas.fit_on_next_layout = true;
        break;
    case PendingAction::Kind::NewFromExample:
        try {
            Model m = load_model_file(a.path);
            autosave.discard(doc.path());
            doc.reset(std::move(m), {}); // a template: saving asks for a new name
            canvas.fit_on_next_layout = true;
        } catch (const std::exception& e) {
            show_error(tr(Str::OpenFailed), e.what());
        }
        break;
    case PendingAction::Kind::Open:
        if (open_file(a.path)) offer_recovery_if_any();
        break;
    case PendingAction::Kind::OpenDialog:
        dialog_purpose_ = DialogPurpose::Open;
        file_dialog.open(FileDialog::Mode::Open,
                         doc.path().empty() ? std::string()
                                            : fs::path(doc.path()).parent_path().string(),
                         !script_);
        break;
    case PendingAction::Kind::Quit:
        autosave.discard(doc.path());
        quit_now = true;
        break;
    }
}

bool App::open_file(const std::string& path, bool read_only) {
    // Another running editor has it open: ask first (read-only or not at all); our lock on the
    // map open now is kept until the answer.
    if (!read_only)
        if (const auto other = other_lock_holder(path)) {
            ask_open_locked(*this, path, *other);
            return false;
        }
    try {
        FileStamp stamp;
        Model m = load_model_file(path, stamp);
        if (doc.path() != path) autosave.discard(doc.path());
        doc.reset(std::move(m), path);
        doc.set_read_only(read_only);
        disk_stamp = stamp;
        disk_stamp_path = path;
        if (read_only)
            map_lock.release(); // the lock stays the other editor's
        else if (const auto other = map_lock.acquire(path)) {
            // Taken between the question and now: read-only after all.
            doc.set_read_only(true);
            ask_open_locked(*this, path, *other);
        }
        settings.add_recent(path);
        canvas.fit_on_next_layout = true;
        return true;
    } catch (const ModelFileError& e) {
        std::string text;
        for (const auto& p : e.problems())
            text += p.where + ": " + p.problem + "\n";
        show_error(tr(Str::OpenFailed), path + "\n" + text);
    } catch (const std::exception& e) {
        show_error(tr(Str::OpenFailed), e.what());
    }
    return false;
}

bool App::open_read_only(const std::string& path) {
    return open_file(path, true);
}

void App::offer_recovery_if_any() {
    recovery_offer_ = recovery_to_offer(doc.path());
}

bool App::save() {
    if (doc.read_only()) {
        show_error(tr(Str::SaveFailed), tr(Str::ReadOnlySaveRefused));
        return false;
    }
    if (doc.path().empty()) {
        save_as();
        return false;
    }
    return save_to(doc.path());
}

void App::save_as() {
    dialog_purpose_ = DialogPurpose::SaveAs;
    const std::string start = doc.path().empty()
                                  ? (fs::current_path() / (doc.model().info.id + ".json")).string()
                                  : doc.path();
    file_dialog.open(FileDialog::Mode::Save, start, !script_);
}

void App::choose_save_as(const std::string& path, bool then_pending) {
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    // The open map's own file under another spelling (./, a link): a save of it, with its check
    // that nobody changed it on disk.
    if (exists && !doc.path().empty() && fs::equivalent(path, doc.path(), ec) && !ec) {
        finish_save_as(doc.path(), then_pending);
        return;
    }
    if (exists && !file_dialog.confirmed_overwrite()) {
        OverwriteQuestion q;
        q.then = OverwriteQuestion::Then::SaveAs;
        q.path = path;
        q.existing = {fs::path(path).filename().string()};
        q.then_pending = then_pending;
        ask_overwrite(*this, std::move(q));
        return;
    }
    finish_save_as(path, then_pending);
}

void App::finish_save_as(const std::string& path, bool then_pending) {
    if (save_to(path) && then_pending) perform(pending_);
}

bool App::save_to(const std::string& path) {
    // Never write a file that Open would refuse: the recovery copy stays and the user is told why.
    if (const std::string why = why_unopenable(doc.model()); !why.empty()) {
        show_error(tr(Str::SaveFailed), std::string(tr(Str::SaveWouldNotReopen)) + "\n" + why);
        return false;
    }
    // Never over a map another running editor has open (issue 11 §1): the dialog offers the
    // ways on.
    if (auto other = other_lock_holder(path)) {
        report_save_conflict(*this, path, std::move(other));
        return false;
    }
    try {
        // Saving the document to its own file: only over the version it was loaded from.
        if (path == doc.path() && path == disk_stamp_path)
            disk_stamp = save_model_file(doc.model(), path, disk_stamp);
        else
            disk_stamp = save_model_file(doc.model(), path, file_stamp(path));
        disk_stamp_path = path;
        (void)map_lock.acquire(path); // after Save As: the new file is ours now
    } catch (const FileChangedError&) {
        report_save_conflict(*this, path, std::nullopt);
        return false;
    } catch (const std::exception& e) {
        show_error(tr(Str::SaveFailed), e.what());
        return false;
    }
    const std::string old = doc.path();
    autosave.discard(old);
    doc.set_path(path);
    doc.set_read_only(false); // a copy of one's own (Save As from a read-only map)
    doc.mark_saved();
    autosave.discard(path, true); // also what a crashed editor left for it: superseded now
    settings.add_recent(path);
    return true;
}

void App::draw_prompts() {
    if (unsaved_prompt_) {
        ImGui::OpenPopup(tr(Str::UnsavedTitle));
        unsaved_prompt_ = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::UnsavedTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(tr(Str::UnsavedText));
        if (ImGui::Button(tr(Str::Save))) {
            ImGui::CloseCurrentPopup();
            if (doc.path().empty()) {
                save_dialog_then_pending_ = true;
                save_as();
            } else if (save_to(doc.path())) {
                perform(pending_);
            }
        }
        test_hooks::item("unsaved:save");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::DontSave))) {
            ImGui::CloseCurrentPopup();
            autosave.discard(doc.path());
            doc.mark_saved();
            perform(pending_);
        }
        test_hooks::item("unsaved:discard");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::Cancel)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
            ImGui::CloseCurrentPopup();
            pending_ = {};
        }
        test_hooks::item("unsaved:cancel");
        ImGui::EndPopup();
    }

    if (recovery_offer_) {
        ImGui::OpenPopup(tr(Str::RecoverTitle));
    }
    ImGui::SetNextWindowSize(ImVec2(560 * scale, 0));
    if (ImGui::BeginPopupModal(tr(Str::RecoverTitle), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextWrapped("%s", tr(Str::RecoverText));
        if (recovery_offer_) ImGui::TextDisabled("%s", recovery_offer_->string().c_str());
        if (ImGui::Button(tr(Str::Recover)) && recovery_offer_) {
            try {
                Model m = load_recovery(*recovery_offer_);
                doc.reset(std::move(m), doc.path(), true);
                canvas.fit_on_next_layout = true;
            } catch (const std::exception& e) {
                show_error(tr(Str::OpenFailed), e.what());
            }
            recovery_offer_.reset();
            ImGui::CloseCurrentPopup();
        }
        test_hooks::item("recovery:recover");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::Discard)) && recovery_offer_) {
            autosave.discard(doc.path(), true);
            recovery_offer_.reset();
            ImGui::CloseCurrentPopup();
        }
        test_hooks::item("recovery:discard");
        ImGui::EndPopup();
    }

    if (error_open_) {
        ImGui::OpenPopup("###error");
        error_open_ = false;
    }
    if (ImGui::BeginPopupModal((error_title_ + "###error").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(700 * scale);
        ImGui::TextUnformatted(error_text_.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr(Str::Close)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false))
            ImGui::CloseCurrentPopup();
        test_hooks::item("error:close");
        ImGui::EndPopup();
    }
}

} // namespace skm::gui
