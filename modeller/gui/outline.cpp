#include "outline.hpp"

#include "app.hpp"
#include "edit_ops.hpp"
#include "element_access.hpp"
#include "i18n.hpp"
#include "ref_catalog.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <functional>

namespace skm::gui {
namespace {

// Groups longer than this draw only the rows in view (every element still gets a row, so a
// shorter group keeps each row's test hook whether in view or not).
constexpr std::size_t kUnclippedRows = 500;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool valid_new_id(const Model& m, const std::string& id) {
    if (id.empty() || id == "model" || kind_of(m, id) != 0) return false;
    return std::none_of(id.begin(), id.end(),
                        [](unsigned char c) { return c == '.' || std::isspace(c) || c == '"'; });
}

template <class T> void add_new(App& app, const std::string& collection) {
    T e{};
    e.id = fresh_id(app.doc.model(), id_prefix_for(collection));
    if constexpr (requires { e.name; })
        e.name = std::string(tr(Str::New)) + " " + e.id;
    else if constexpr (requires { e.title; })
        e.title = std::string(tr(Str::New)) + " " + e.id;
    if constexpr (requires { e.date; }) e.date = app.doc.model().info.snapshot;
    fill_required_refs(app.doc.model(), e);
    const Id id = e.id;
    if (app.doc.execute(std::make_unique<AddElement<T>>(std::move(e))))
        app.select(id, false);
    else
        app.show_error(tr(Str::EditFailed), app.doc.last_error());
}

void duplicate(App& app, const Id& id) {
    const Model& m = app.doc.model(); // only read here; edits go through execute
    with_element(m, id, [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        T copy = e;
        copy.id = fresh_id(m, e.id + "-kopia");
        const auto& items = collection_of<T>(m);
        const long index =
            std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == e.id; }) -
            items.begin() + 1;
        const Id new_id = copy.id;
        if (app.doc.execute(std::make_unique<AddElement<T>>(std::move(copy), index)))
            app.select(new_id, true);
        else
            app.show_error(tr(Str::EditFailed), app.doc.last_error());
    });
}

} // namespace

void ask_delete(App& app, const Id& id) {
    app.outline.delete_id = id;
    app.outline.delete_open = true;
}

void ask_rename(App& app, const Id& id) {
    app.outline.rename_id = id;
    app.outline.rename_to = id;
    app.outline.rename_open = true;
}

void draw_outline(App& app) {
    OutlineState& s = app.outline;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", tr(Str::Search), &s.filter);
    test_hooks::item("outline:filter");
    const std::string needle = lower(s.filter);

    const bool have_sel = !app.doc.selection.empty() && app.doc.selection != "model";
    if (!have_sel) ImGui::BeginDisabled();
    if (ImGui::Button(tr(Str::Duplicate))) duplicate(app, app.doc.selection);
    test_hooks::item("outline:duplicate");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Rename))) ask_rename(app, app.doc.selection);
    test_hooks::item("outline:rename");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Delete))) ask_delete(app, app.doc.selection);
    test_hooks::item("outline:delete");
    if (!have_sel) ImGui::EndDisabled();
    ImGui::Separator();

    ImGui::BeginChild("tree");
    if (ImGui::Selectable(tr(Str::ModelDetails), app.doc.selection == "model"))
        app.select("model", false);
    test_hooks::item("outline:model");

    const Model& m = app.doc.model(); // read-only walk
    // Edits change the collections being walked, so they run after the walk.
    std::function<void()> deferred;
    const bool fresh = s.shown.generation == app.doc.generation() && s.shown.needle == needle;
    if (!fresh) {
        s.shown.generation = app.doc.generation();
        s.shown.needle = needle;
    }
    for_each_collection(m, [&](const char* name, auto& items, RefKind) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        ImGui::PushID(name);
        std::vector<std::size_t>& shown = s.shown.by_collection[name];
        if (!fresh) {
            shown.clear();
            for (std::size_t i = 0; i < items.size(); ++i)
                if (needle.empty() || lower(items[i].id).find(needle) != std::string::npos ||
                    lower(element_caption(items[i])).find(needle) != std::string::npos)
                    shown.push_back(i);
        }
        const std::string header =
            collection_label(name) + " (" + std::to_string(shown.size()) + ")###h";
        bool contains_sel = false;
        if (!s.scroll_to.empty())
            for (const std::size_t i : shown)
                contains_sel |= items[i].id == s.scroll_to;
        if (!needle.empty() || contains_sel) ImGui::SetNextItemOpen(true);
        const bool open =
            ImGui::TreeNodeEx(header.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth |
                                                  ImGuiTreeNodeFlags_AllowItemOverlap);
        test_hooks::item(std::string("outline-group:") + name);
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight());
        if (ImGui::SmallButton("+")) deferred = [&app, name] { add_new<T>(app, name); };
        test_hooks::item(std::string("outline-add:") + name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::New));
        if (open) {
            // A long group draws only the rows in view, unless one of them is to be scrolled to.
            ImGuiListClipper clipper;
            const bool clip = shown.size() > kUnclippedRows && !contains_sel;
            if (clip) clipper.Begin(static_cast<int>(shown.size()));
            std::size_t from = 0, to = clip ? 0 : shown.size();
            while (!clip || clipper.Step()) {
                if (clip) {
                    from = static_cast<std::size_t>(clipper.DisplayStart);
                    to = static_cast<std::size_t>(clipper.DisplayEnd);
                }
                for (std::size_t row = from; row < to; ++row) {
                    const T* e = &items[shown[row]];
                    const std::string cap = element_caption(*e);
                    const std::string label = (cap.empty() ? e->id : cap) + "##" + e->id;
                    const bool selected = app.doc.selection == e->id;
                    if (ImGui::Selectable(label.c_str(), selected)) app.select(e->id, true);
                    test_hooks::item("outline:" + e->id);
                    if (ImGui::IsItemHovered() && !cap.empty())
                        ImGui::SetTooltip("%s", e->id.c_str());
                    if (selected && s.scroll_to == e->id) {
                        ImGui::SetScrollHereY(0.5f);
                        s.scroll_to.clear();
                    }
                    if (ImGui::BeginPopupContextItem()) {
                        if (ImGui::MenuItem(tr(Str::Duplicate)))
                            deferred = [&app, id = e->id] { duplicate(app, id); };
                        if (ImGui::MenuItem(tr(Str::Rename))) ask_rename(app, e->id);
                        if (ImGui::MenuItem(tr(Str::Delete))) ask_delete(app, e->id);
                        ImGui::EndPopup();
                    }
                }
                if (!clip) break;
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    });
    ImGui::EndChild();
    if (deferred) deferred();
}

void draw_outline_popups(App& app) {
    OutlineState& s = app.outline;
    if (s.rename_open) {
        ImGui::OpenPopup("###rename");
        s.rename_open = false;
    }
    if (ImGui::BeginPopupModal((std::string(tr(Str::RenameIdTitle)) + "###rename").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("%s", s.rename_id.c_str());
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool enter =
            ImGui::InputText(tr(Str::NewId), &s.rename_to, ImGuiInputTextFlags_EnterReturnsTrue);
        test_hooks::item("rename:id");
        const bool ok = valid_new_id(app.doc.model(), s.rename_to);
        if (!ok) ImGui::BeginDisabled();
        if (ImGui::Button(tr(Str::Ok)) || (enter && ok)) {
            if (app.doc.execute(std::make_unique<RenameId>(s.rename_id, s.rename_to))) {
                if (app.doc.selection == s.rename_id) app.select(s.rename_to, false);
            } else {
                app.show_error(tr(Str::EditFailed), app.doc.last_error());
            }
            ImGui::CloseCurrentPopup();
        }
        test_hooks::item("rename:ok");
        if (!ok) ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::Cancel))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    if (s.delete_open) {
        ImGui::OpenPopup("###delete");
        s.delete_open = false;
    }
    if (ImGui::BeginPopupModal((std::string(tr(Str::DeleteTitle)) + "###delete").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("%s", caption_of(app.doc.model(), s.delete_id).c_str());
        const auto refs = references_to(app.doc.model(), s.delete_id);
        if (refs.empty()) {
            ImGui::TextUnformatted(tr(Str::DeleteNoRefs));
        } else {
            ImGui::TextUnformatted(tr(Str::DeleteText));
            for (const auto& r : refs)
                ImGui::BulletText("%s", r.c_str());
        }
        if (ImGui::Button(tr(Str::Delete)) || ImGui::IsKeyPressed(GLFW_KEY_ENTER, false)) {
            // A process step lives inside its process: delete_step keeps the chain of steps whole.
            Created step = delete_step(app.doc.model(), s.delete_id);
            std::unique_ptr<Command> cmd =
                step.cmd ? std::move(step.cmd) : std::make_unique<DeleteElement>(s.delete_id);
            if (app.doc.execute(std::move(cmd))) {
                if (app.doc.selection == s.delete_id) app.doc.selection.clear();
            } else {
                app.show_error(tr(Str::EditFailed), app.doc.last_error());
            }
            ImGui::CloseCurrentPopup();
        }
        test_hooks::item("delete:confirm");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::Cancel))) ImGui::CloseCurrentPopup();
        test_hooks::item("delete:cancel");
        ImGui::EndPopup();
    }
}

} // namespace skm::gui
