#include "canvas_edit.hpp"

#include "app.hpp"
#include "element_access.hpp"
#include "i18n.hpp"
#include "ref_catalog.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace skm::gui {
namespace {

bool is_member_kind(const Model& m, const Id& id) {
    return (kind_of(m, id) & (RefUnit | RefRole | RefCitizen)) != 0;
}
bool is_forum(const Model& m, const Id& id) {
    return kind_of(m, id) == RefForum;
}
bool exists(const Model& m, const Id& id) {
    return kind_of(m, id) != 0 || find_step(m, id).step;
}

const Finding* open_finding(const App& app, const Id& id) {
    for (const auto& f : app.doc.findings().findings)
        if (!f.waived && !f.elements.empty() && f.elements.front() == id) return &f;
    return nullptr;
}

std::string capitalised(std::string_view w) {
    std::string s(w);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    if (s.rfind("å", 0) == 0) s.replace(0, 2, "Å");
    if (s.rfind("ä", 0) == 0) s.replace(0, 2, "Ä");
    if (s.rfind("ö", 0) == 0) s.replace(0, 2, "Ö");
    return s;
}

void open_popup_at(const char* id, float x, float y) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::OpenPopup(id);
}

// Enter picks the popup's default choice; used where a list is the whole popup.
bool enter_pressed() {
    return ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) ||
           ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false);
}

void create_from_popup(App& app) {
    CanvasEditState& s = app.canvas_edit;
    const Model& m = app.doc.model();
    if (s.create_step) {
        Id after;
        if (auto st = find_step(m, app.doc.selection);
            st.step && st.process->id == app.view.process)
            after = app.doc.selection;
        run_edit(app, add_step(m, app.view.process, s.create_name, s.create_band, after));
    } else if (s.create_kind == 1) {
        run_edit(app, add_forum(m, s.create_name, s.create_band));
    } else {
        run_edit(app, add_unit(m, s.create_name, s.create_band, s.create_principal));
    }
}

void draw_create_popup(App& app) {
    CanvasEditState& s = app.canvas_edit;
    if (s.create_request) {
        open_popup_at("###canvas-create", s.popup_x, s.popup_y);
        s.create_request = false;
    }
    if (!ImGui::BeginPopup("###canvas-create")) return;
    const Model& m = app.doc.model();
    if (s.create_step) {
        ImGui::TextUnformatted(tr(Str::NewStepHere));
        ImGui::TextDisabled("%s", display_name(m, s.create_band).c_str());
    } else {
        // Picking the kind hands the keyboard back to the name field.
        if (ImGui::RadioButton(tr(Str::KindActor), s.create_kind == 0)) {
            s.create_kind = 0;
            s.create_refocus = true;
        }
        test_hooks::item("create:actor");
        ImGui::SameLine();
        if (ImGui::RadioButton(tr(Str::KindForum), s.create_kind == 1)) {
            s.create_kind = 1;
            s.create_refocus = true;
        }
        test_hooks::item("create:forum");
        ImGui::TextDisabled("%s %s", tr(Str::OnLevel),
                            s.create_band.empty() ? tr(Str::NoLevel)
                                                  : display_name(m, s.create_band).c_str());
    }
    if (ImGui::IsWindowAppearing() || s.create_refocus) ImGui::SetKeyboardFocusHere();
    s.create_refocus = false;
    ImGui::SetNextItemWidth(280);
    const bool enter = ImGui::InputTextWithHint("##name", tr(Str::Name), &s.create_name,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    test_hooks::item("create:name");
    if (!s.create_step && s.create_kind == 0) {
        ImGui::SetNextItemWidth(280);
        const std::string shown = s.create_principal.empty() ? std::string(tr(Str::NoPrincipal))
                                                             : display_name(m, s.create_principal);
        if (ImGui::BeginCombo(tr(Str::PrincipalLabel), shown.c_str())) {
            if (ImGui::Selectable(tr(Str::NoPrincipal), s.create_principal.empty()))
                s.create_principal.clear();
            for (const auto& p : m.principals) {
                if (ImGui::Selectable((p.name + "##" + p.id).c_str(), s.create_principal == p.id))
                    s.create_principal = p.id;
                test_hooks::item("create-principal:" + p.id);
            }
            ImGui::EndCombo();
        }
        test_hooks::item("create:principal");
    }
    const bool ok = !s.create_name.empty();
    if (!ok) ImGui::BeginDisabled();
    // Enter commits from any field of the popup (after picking a principal, too).
    const bool commit =
        enter || (!ImGui::IsWindowAppearing() && !ImGui::IsAnyItemActive() && enter_pressed());
    if (ImGui::Button(tr(Str::Create)) || (commit && ok)) {
        create_from_popup(app);
        ImGui::CloseCurrentPopup();
    }
    test_hooks::item("create:ok");
    if (!ok) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_connect_popup(App& app) {
    CanvasEditState& s = app.canvas_edit;
    if (s.connect_request) {
        open_popup_at("###canvas-connect", s.popup_x, s.popup_y);
        s.connect_request = false;
    }
    if (!ImGui::BeginPopup("###canvas-connect")) return;
    const Model& m = app.doc.model();
    ImGui::Text("%s → %s", display_name(m, s.connect_from).c_str(),
                display_name(m, s.connect_to).c_str());
    ImGui::Separator();
    const bool member = (is_forum(m, s.connect_to) && is_member_kind(m, s.connect_from)) ||
                        (is_forum(m, s.connect_from) && is_member_kind(m, s.connect_to));
    bool done = false;
    const bool appearing = ImGui::IsWindowAppearing();
    if (member) {
        // Enter takes the first choice: membership when a forum is involved.
        if (ImGui::Selectable(tr(Str::MemberOfForum)) || (!appearing && enter_pressed())) {
            const bool forum_first = is_forum(m, s.connect_from);
            run_edit(app, add_member(m, forum_first ? s.connect_from : s.connect_to,
                                     forum_first ? s.connect_to : s.connect_from));
            done = true;
        }
        test_hooks::item("connect:member");
        ImGui::Separator();
    }
    ImGui::TextDisabled("%s", tr(Str::HandoffOfType));
    for (FlowType t : frequent_flow_types()) {
        if (done) break;
        const std::string label = capitalised(to_word(t));
        const bool pick = ImGui::Selectable(label.c_str()) ||
                          (!member && !appearing && t == FlowType::Anmalan && enter_pressed());
        test_hooks::item("connect:" + std::string(to_word(t)));
        if (t == FlowType::Anmalan) {
            ImGui::SameLine();
            ImGui::Checkbox(tr(Str::WithFeedback), &s.connect_feedback);
            test_hooks::item("connect:feedback");
        }
        if (pick) {
            run_edit(app, add_flow(m, s.connect_from, s.connect_to, t,
                                   t == FlowType::Anmalan && s.connect_feedback));
            done = true;
        }
    }
    if (!done && ImGui::BeginMenu(tr(Str::MoreTypes))) {
        for (const auto& [t, word] : EnumInfo<FlowType>::entries)
            if (ImGui::MenuItem(capitalised(word).c_str())) {
                run_edit(app, add_flow(m, s.connect_from, s.connect_to, t, false));
                done = true;
            }
        ImGui::EndMenu();
    }
    if (done || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// A submenu listing elements to pick; returns the picked id or "".
Id pick_menu(const char* label, const std::vector<RefChoice>& choices, const Id& exclude,
             const char* hook) {
    Id picked;
    if (ImGui::BeginMenu(label)) {
        for (const auto& c : choices) {
            if (c.id == exclude) continue;
            if (ImGui::MenuItem((c.caption + "##" + c.id).c_str())) picked = c.id;
            test_hooks::item(std::string(hook) + c.id);
        }
        ImGui::EndMenu();
    }
    test_hooks::item(std::string(hook) + "menu");
    return picked;
}

void draw_context_menu(App& app) {
    CanvasEditState& s = app.canvas_edit;
    if (s.context_request) {
        open_popup_at("###canvas-context", s.popup_x, s.popup_y);
        s.context_request = false;
    }
    if (!ImGui::BeginPopup("###canvas-context")) return;
    const Model& m = app.doc.model();
    const CanvasIntent& c = s.context;
    const Id& id = c.element;
    using K = render::NodeKind;
    auto item = [](Str label, const char* hook, const char* shortcut = nullptr) {
        const bool picked = ImGui::MenuItem(tr(label), shortcut);
        test_hooks::item(std::string("ctx:") + hook);
        return picked;
    };
    if (!id.empty() && exists(m, id)) {
        ImGui::TextDisabled("%s", caption_of(m, id).c_str());
        ImGui::Separator();
        if (c.node_kind == K::MemberChip && is_forum(m, c.target)) {
            if (item(Str::MakeConvener, "convener")) run_edit(app, set_convener(m, c.target, id));
            if (item(Str::RemoveMember, "remove-member"))
                run_edit(app, remove_member(m, c.target, id));
            ImGui::Separator();
        }
        if (is_forum(m, id)) {
            if (Id who = pick_menu(tr(Str::AddMember), ref_choices(m, RefUnit | RefRole), {},
                                   "ctx:add-member:");
                !who.empty())
                run_edit(app, add_member(m, id, who));
            std::vector<RefChoice> members;
            for (const auto& mem : find_by_id(m.forums, id)->members)
                members.push_back({mem.member, display_name(m, mem.member)});
            if (Id who = pick_menu(tr(Str::Convener), members, {}, "ctx:convener:"); !who.empty())
                run_edit(app, set_convener(m, id, who));
        }
        if (kind_of(m, id) & RefActor) {
            if (Id to = pick_menu(tr(Str::AddHandoffTo), ref_choices(m, RefUnit | RefRole), id,
                                  "ctx:handoff:");
                !to.empty()) {
                s.connect_from = id;
                s.connect_to = to;
                s.connect_request = true;
            }
        }
        if (is_member_kind(m, id) && !m.forums.empty()) {
            if (Id f = pick_menu(tr(Str::MemberOfForum), ref_choices(m, RefForum), {}, "ctx:join:");
                !f.empty())
                run_edit(app, add_member(m, f, id));
        }
        if (auto st = find_step(m, id); st.step) {
            if (item(Str::StepBefore, "step-before")) {
                const Id lane = st.step->lanes.empty() ? Id{} : st.step->lanes.front();
                if (run_edit(app, add_step(m, st.process->id, {}, lane, {}, id)))
                    start_rename(app, app.doc.selection);
            }
            if (item(Str::StepAfter, "step-after")) {
                const Id lane = st.step->lanes.empty() ? Id{} : st.step->lanes.front();
                if (run_edit(app, add_step(m, st.process->id, {}, lane, id)))
                    start_rename(app, app.doc.selection);
            }
        }
        if (kind_of(m, id) == RefFlow) {
            if (ImGui::BeginMenu(tr(Str::ChangeType))) {
                for (const auto& [t, word] : EnumInfo<FlowType>::entries) {
                    if (ImGui::MenuItem(capitalised(word).c_str()))
                        run_edit(app, set_flow_type(m, id, t));
                    test_hooks::item("ctx:type:" + std::string(word));
                }
                ImGui::EndMenu();
            }
            test_hooks::item("ctx:type:menu");
        } else if (item(Str::RenameInPlace, "rename", "F2")) {
            start_rename(app, id);
        }
        if (const Finding* f = open_finding(app, id)) {
            if (item(Str::WaiveFinding, "waive")) ask_waiver(app, *f);
        }
        if (item(Str::OpenInInspector, "inspect")) app.select(id, false);
        if (item(Str::Delete, "delete", "Del")) ask_delete(app, id);
    } else {
        const bool lane = app.view.kind == render::ViewKind::Process;
        if (lane) {
            if (item(Str::NewStepHere, "new-step")) {
                s.create_step = true;
                s.create_band = c.band;
                s.create_name.clear();
                s.create_request = true;
            }
        } else {
            if (item(Str::NewActorHere, "new-actor")) {
                s.create_step = false;
                s.create_kind = 0;
                s.create_band = c.band;
                s.create_principal = c.group;
                s.create_name.clear();
                s.create_request = true;
            }
            if (item(Str::NewForumHere, "new-forum")) {
                s.create_step = false;
                s.create_kind = 1;
                s.create_band = c.band;
                s.create_name.clear();
                s.create_request = true;
            }
        }
        if (!c.group.empty() && !lane) {
            const std::string label =
                std::string(tr(Str::CollapseGroup)) + " " + display_name(m, c.group);
            if (ImGui::MenuItem(label.c_str())) toggle_group(app, render::group_id(c.group), false);
            test_hooks::item("ctx:collapse");
        }
        if (!lane && item(Str::NewLevel, "new-level")) {
            app.palette.prefill = "nivå ";
            app.palette.open_request = true;
        }
        if (item(Str::QuickAddMenu, "quick-add", "Ctrl+K")) app.palette.open_request = true;
        if (item(Str::MenuFit, "fit", "F")) app.canvas.fit_pending = true;
    }
    ImGui::EndPopup();
}

} // namespace

void toggle_group(App& app, const Id& group, bool expand) {
    auto& ex = app.view.expanded_groups;
    auto& co = app.view.collapsed_groups;
    std::erase(ex, group);
    std::erase(co, group);
    (expand ? ex : co).push_back(group);
}

bool run_edit(App& app, Created&& c) {
    if (!c.cmd) return false;
    if (!app.doc.execute(std::move(c.cmd))) {
        app.show_error(tr(Str::EditFailed), app.doc.last_error());
        return false;
    }
    app.select(c.id, false);
    canvas_follow(app.canvas, c.id);
    return true;
}

void start_rename(App& app, const Id& id) {
    if (id.empty() || !exists(app.doc.model(), id)) return;
    app.canvas.renaming = id;
    app.canvas.rename_text = caption_of(app.doc.model(), id);
    app.canvas.rename_focus = true;
}

void apply_canvas_intents(App& app, const std::vector<CanvasIntent>& intents) {
    CanvasEditState& s = app.canvas_edit;
    for (const auto& in : intents) {
        const Model& m = app.doc.model();
        using K = CanvasIntent::Kind;
        switch (in.kind) {
        case K::Select:
            if (in.node_kind == render::NodeKind::Group) {
                toggle_group(app, in.element, true); // a collapsed principal opens on click
            } else if (exists(m, in.element)) {
                app.select(in.element, false);
            }
            break;
        case K::ClearSelection:
            app.doc.selection.clear();
            break;
        case K::Create:
            s.popup_x = in.screen_x;
            s.popup_y = in.screen_y;
            s.create_name.clear();
            s.create_band = in.band;
            s.create_step = app.view.kind == render::ViewKind::Process;
            if (s.create_step && app.view.process.empty()) break;
            s.create_principal = in.group;
            s.create_request = true;
            break;
        case K::Connect:
            if (find_step(m, in.element).step) {
                run_edit(app, connect_steps(m, in.element, in.target));
            } else if (exists(m, in.element) && exists(m, in.target)) {
                s.connect_from = in.element;
                s.connect_to = in.target;
                s.popup_x = in.screen_x;
                s.popup_y = in.screen_y;
                s.connect_request = true;
            }
            break;
        case K::MoveToBand:
            run_edit(app, set_level(m, in.element, in.band));
            break;
        case K::StartRename:
            start_rename(app, in.element);
            break;
        case K::Rename:
            run_edit(app, rename(m, in.element, in.text));
            break;
        case K::ContextMenu:
            s.context = in;
            s.popup_x = in.screen_x;
            s.popup_y = in.screen_y;
            s.context_request = true;
            if (exists(m, in.element)) app.select(in.element, false);
            break;
        }
    }
}

void draw_canvas_popups(App& app) {
    draw_create_popup(app);
    draw_connect_popup(app);
    draw_context_menu(app);
}

} // namespace skm::gui
