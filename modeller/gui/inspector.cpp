#include "inspector.hpp"

#include "app.hpp"
#include "edit_ops.hpp"
#include "inspector_visitor.hpp"

#include <imgui.h>

namespace skm::gui {
namespace {

// Copies the selected element into the working copy (variant), or clears it.
ElementCopy copy_of(const Model& m, const Id& id) {
    if (id == "model") return m.info;
    ElementCopy out;
    with_element(m, id, [&](const auto& e) { out = e; });
    return out;
}

template <class T> void commit(App& app, const T& after, const std::string& what) {
    if constexpr (std::is_same_v<T, ModelInfo>) {
        if (after == app.doc.model().info) return;
        if (!app.doc.execute(std::make_unique<SetModelInfo>(app.doc.model().info, after)))
            app.show_error(tr(Str::EditFailed), app.doc.last_error());
    } else {
        const T* before = find_by_id(collection_of<T>(app.doc.model()), after.id);
        if (!before || *before == after) return;
        if (!app.doc.execute(std::make_unique<ReplaceElement<T>>(*before, after, what)))
            app.show_error(tr(Str::EditFailed), app.doc.last_error());
    }
}

// The steps of a process as picker choices ("2. Anmälan tas emot").
std::vector<RefChoice> step_choices(const Process& p, const Id& except = {}) {
    std::vector<RefChoice> out;
    for (std::size_t i = 0; i < p.steps.size(); ++i)
        if (p.steps[i].id != except)
            out.push_back({p.steps[i].id, std::to_string(i + 1) + ". " + p.steps[i].name});
    return out;
}

// A selected process step ("P-ID.S-ID"): edited like any element, committed as an edit of its
// process, with its next steps picked from the same process.
bool draw_step_inspector(App& app) {
    InspectorState& s = app.inspector;
    const Id& sel = app.doc.selection;
    const StepRef ref = find_step(app.doc.model(), sel);
    if (!ref.step) return false;
    if (s.editing != sel || !s.step_work ||
        (s.generation != app.doc.generation() && !ImGui::IsAnyItemActive())) {
        s.step_work = *ref.step;
        s.editing = sel;
        s.generation = app.doc.generation();
        s.work = std::monostate{};
    }
    Step& e = *s.step_work;
    ImGui::TextWrapped("%s", e.name.c_str());
    ImGui::TextDisabled("%s", ref.process->name.c_str());
    ImGui::Separator();
    ImGui::BeginChild("fields");
    const auto choices = step_choices(*ref.process, ref.step->id);
    InspectorVisitor v{app.doc.model(),       {}, false, {}, true, &choices, &app.doc,
                       &app.inspector.choices};
    if (ImGui::BeginTable("fields", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) {
        ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
        ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
        e.visit(v);
        ImGui::EndTable();
    }
    ImGui::EndChild();
    if (v.commit && !(e == *ref.step)) {
        Process after = *ref.process;
        *find_by_id(after.steps, e.id) = e;
        if (!app.doc.execute(
                std::make_unique<ReplaceElement<Process>>(*ref.process, after, "steg " + e.name)))
            app.show_error(tr(Str::EditFailed), app.doc.last_error());
    }
    return true;
}

} // namespace

void draw_inspector(App& app) {
    InspectorState& s = app.inspector;
    const Id& sel = app.doc.selection;
    if (draw_step_inspector(app)) return;
    s.step_work.reset();
    // Refresh the working copy when the selection or the model changed, unless the user is in the
    // middle of typing into a field of this element.
    const bool same = s.editing == sel;
    if (!same || (s.generation != app.doc.generation() && !ImGui::IsAnyItemActive())) {
        s.work = copy_of(app.doc.model(), sel);
        s.editing = sel;
        s.generation = app.doc.generation();
    }
    if (sel.empty() || std::holds_alternative<std::monostate>(s.work)) {
        ImGui::TextWrapped("%s", tr(Str::NothingSelected));
        return;
    }
    std::visit(
        [&](auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (!std::is_same_v<T, std::monostate>) {
                const std::string cap = element_caption(e);
                ImGui::TextWrapped("%s", (cap.empty() ? e.id : cap).c_str());
                ImGui::TextDisabled("%s", e.id.c_str());
                if constexpr (!std::is_same_v<T, ModelInfo>) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton(tr(Str::Rename))) ask_rename(app, e.id);
                    test_hooks::item("inspector:rename");
                }
                ImGui::Separator();
                ImGui::BeginChild("fields");
                std::vector<RefChoice> steps;
                if constexpr (std::is_same_v<T, Process>) steps = step_choices(e);
                InspectorVisitor v{app.doc.model(),       {}, false, {}, true, &steps, &app.doc,
                                   &app.inspector.choices};
                if (ImGui::BeginTable("fields", 2,
                                      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) {
                    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed,
                                            ImGui::GetFontSize() * 9);
                    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
                    e.visit(v);
                    ImGui::EndTable();
                }
                ImGui::EndChild();
                if (v.commit) {
                    const T after = e; // commit may refresh the working copy
                    commit(app, after, v.what);
                }
            }
        },
        s.work);
}

} // namespace skm::gui
