#include "version_compare.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include "skm/field_labels.hpp"
#include "skm/model_file.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace skm::gui {
namespace fs = std::filesystem;

namespace {

// The comparison's own words, in the interface language (like the findings panel's).
const char* txt(const char* sv, const char* en) {
    return language() == Lang::Sv ? sv : en;
}

// Green for added, amber for changed (as the issue asks), a muted red for removed: readable on the
// light, dark and high-contrast palettes, and each kind also has its sign (+, ~, –) for readers who
// do not tell the colours apart.
ImU32 kind_color(ElementChange::Kind k, int alpha = 255) {
    switch (k) {
    case ElementChange::Kind::Added:
        return IM_COL32(30, 160, 60, alpha);
    case ElementChange::Kind::Changed:
        return IM_COL32(235, 150, 0, alpha);
    case ElementChange::Kind::Removed:
        break;
    }
    return IM_COL32(190, 45, 35, alpha);
}

const char* kind_sign(ElementChange::Kind k) {
    switch (k) {
    case ElementChange::Kind::Added:
        return "+";
    case ElementChange::Kind::Changed:
        return "~";
    case ElementChange::Kind::Removed:
        break;
    }
    return "–";
}

bool on_map(const ElementChange& c) {
    return c.kind != ElementChange::Kind::Removed && c.collection != "model" &&
           c.collection != "rule_settings";
}

void recompute(App& app) {
    VersionCompareState& s = app.compare;
    s.changes = diff_models(*s.other, app.doc.model());
    s.marks.clear();
    for (const auto& c : s.changes) {
        if (!on_map(c)) continue;
        s.marks[c.id] = c.kind;
        // A changed process's steps are nodes of their own on its process map ("P-ID.S-ID").
        if (c.collection != "processes") continue;
        for (const auto& f : c.fields)
            if (f.field == "steps")
                for (const auto& part : part_changes(f))
                    if (part.kind != ElementChange::Kind::Removed)
                        s.marks[c.id + "." + part.id] = part.kind;
    }
    s.generation = app.doc.generation();
}

std::string joined(const std::vector<ValueLine>& lines) {
    std::string out;
    for (const auto& l : lines)
        out += (out.empty() ? "" : ", ") + l.text;
    return out;
}

// "Sammankallande: uppgift saknas → Mötesledare", one line per changed field.
void change_tooltip(const App& app, const ElementChange& c) {
    const Lang l = language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextUnformatted(
        (collection_title(c.collection, l) + ": " + change_word(c.kind, l)).c_str());
    for (const auto& f : readable_fields(c, *app.compare.other, app.doc.model(), l)) {
        const std::string before = joined(f.before), after = joined(f.after);
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s → %s", f.field.c_str(), before.empty() ? "–" : before.c_str(),
                           after.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_window(App& app) {
    VersionCompareState& s = app.compare;
    const Lang l = language();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // At the map's right edge, below the view switch: the map centres a chosen element in its
    // middle, clear of the window.
    const float right = app.panels.show_inspector ? app.panels.right : 0.0f;
    const float w = vp->Size.x * 0.22f;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * (1 - right) - w - 12 * app.scale,
                                   vp->Pos.y + 90 * app.scale),
                            ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(w, vp->Size.y * 0.42f), ImGuiCond_Appearing);
    const std::string title = std::string(txt("Jämförelse", "Comparison")) + "###compare";
    if (!ImGui::Begin(title.c_str(), &s.window_open)) {
        ImGui::End();
        return;
    }
    test_hooks::item("compare:window");
    ImGui::TextWrapped("%s %s", txt("Jämfört med", "Compared with"),
                       fs::path(s.path).filename().string().c_str());
    if (s.other && !s.other->info.name.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s, %s", s.other->info.name.c_str(),
                           s.other->info.snapshot.str().c_str());
        ImGui::PopStyleColor();
    }
    int n[3] = {0, 0, 0};
    for (const auto& c : s.changes)
        ++n[static_cast<int>(c.kind)];
    const ElementChange::Kind kinds[] = {ElementChange::Kind::Added, ElementChange::Kind::Changed,
                                         ElementChange::Kind::Removed};
    const char* kind_words[] = {txt("tillagda", "added"), txt("ändrade", "changed"),
                                txt("borttagna", "removed")};
    for (int i = 0; i < 3; ++i) {
        const std::string count = std::string(kind_sign(kinds[i])) + " " +
                                  std::to_string(n[static_cast<int>(kinds[i])]) + " " +
                                  kind_words[i];
        if (i) {
            ImGui::SameLine(); // a narrow window puts the next count on a line of its own
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(count.c_str()).x)
                ImGui::NewLine();
        }
        ImGui::PushStyleColor(ImGuiCol_Text, kind_color(kinds[i]));
        ImGui::TextUnformatted(count.c_str());
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(txt("Avsluta jämförelsen", "End the comparison"))) {
        stop_version_compare(app);
        ImGui::End();
        return;
    }
    test_hooks::item("compare:stop");
    ImGui::Separator();
    ImGui::BeginChild("entries");
    if (s.changes.empty()) ImGui::TextDisabled("%s", txt("Inga skillnader.", "No differences."));
    std::string group;
    for (std::size_t i = 0; i < s.changes.size(); ++i) {
        const ElementChange& c = s.changes[i];
        if (c.collection != group) {
            group = c.collection;
            ImGui::Spacing();
            ImGui::TextDisabled("%s", collection_title(group, l).c_str());
        }
        const bool here = on_map(c) && kind_of(app.doc.model(), c.id) != 0;
        const std::string name = c.collection == "model" || c.collection == "rule_settings"
                                     ? collection_title(c.collection, l)
                                     : c.name;
        // The row: the sign in its colour, the name in the text colour (readable also on the
        // selection's background), the kind of change greyed. A removed element is not on this
        // map: listed, not selectable.
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 row = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##entry", here && app.doc.selection == c.id,
                              here ? ImGuiSelectableFlags_AllowItemOverlap
                                   : ImGuiSelectableFlags_Disabled) &&
            here)
            app.select(c.id, true);
        test_hooks::item("compare:entry:" + c.id);
        const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float sign_w = ImGui::CalcTextSize("+ ").x;
        dl->AddText(row, kind_color(c.kind), kind_sign(c.kind));
        const ImU32 text = ImGui::GetColorU32(here ? ImGuiCol_Text : ImGuiCol_TextDisabled);
        const std::string line = name + "  ";
        dl->AddText(ImVec2(row.x + sign_w, row.y), text, line.c_str());
        dl->AddText(ImVec2(row.x + sign_w + ImGui::CalcTextSize(line.c_str()).x, row.y),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    ("(" + change_word(c.kind, l) + ")").c_str());
        ImGui::PopID();
        if (hovered && !c.fields.empty()) change_tooltip(app, c);
    }
    ImGui::EndChild();
    ImGui::End();
}

} // namespace

void version_compare_menu_items(App& app) {
    VersionCompareState& s = app.compare;
    if (ImGui::MenuItem(txt("Jämför med…", "Compare with…"))) {
        s.choosing = true;
        s.dialog.open(FileDialog::Mode::Open,
                      app.doc.path().empty() ? std::string()
                                             : fs::path(app.doc.path()).parent_path().string(),
                      !test_hooks::enabled());
    }
    test_hooks::item("menu:compare");
    if (ImGui::MenuItem(txt("Avsluta jämförelsen", "End the comparison"), nullptr, false, s.active))
        stop_version_compare(app);
    test_hooks::item("menu:compare-off");
}

bool compare_with(App& app, const std::string& path) {
    VersionCompareState& s = app.compare;
    try {
        s.other = std::make_shared<const Model>(load_model_file(path));
    } catch (const ModelFileError& e) {
        std::string text;
        for (const auto& p : e.problems())
            text += p.where + ": " + p.problem + "\n";
        app.show_error(txt("Kan inte jämföra", "Cannot compare"), path + "\n" + text);
        return false;
    } catch (const std::exception& e) {
        app.show_error(txt("Kan inte jämföra", "Cannot compare"), path + "\n" + e.what());
        return false;
    }
    s.path = path;
    s.active = true;
    s.window_open = true;
    recompute(app);
    return true;
}

void stop_version_compare(App& app) {
    VersionCompareState& s = app.compare;
    s.active = false;
    s.window_open = false;
    s.other.reset();
    s.changes.clear();
    s.marks.clear();
}

void draw_version_compare(App& app) {
    VersionCompareState& s = app.compare;
    if (s.choosing) {
        if (auto chosen = s.dialog.frame()) {
            s.choosing = false;
            compare_with(app, *chosen);
        } else if (!s.dialog.active()) {
            s.choosing = false; // cancelled
        }
    }
    if (!s.active || !s.other) return;
    if (s.generation != app.doc.generation()) recompute(app); // follows every edit, undo, open
    if (!s.window_open) {
        // Closing the list window ends the comparison: no overlay without its legend.
        stop_version_compare(app);
        return;
    }
    if (!app.workshop) draw_window(app);
}

void draw_version_overlay(const App& app, const render::Geometry& g, const CanvasTransform& t,
                          ImDrawList* dl) {
    const VersionCompareState& s = app.compare;
    // Not in workshop mode: its reveal hides levels, and the list window is not shown there.
    if (!s.active || s.marks.empty() || app.workshop) return;
    for (const auto& e : g.edges) {
        if (e.element.empty() || e.spline.size() < 4) continue;
        auto it = s.marks.find(e.element);
        if (it == s.marks.end()) continue;
        const ImU32 c = kind_color(it->second, 190);
        const float w = std::max(3.0f, 4.0f * t.zoom);
        for (std::size_t i = 0; i + 3 < e.spline.size(); i += 3)
            dl->AddBezierCubic(ImVec2(t.sx(e.spline[i].x), t.sy(e.spline[i].y)),
                               ImVec2(t.sx(e.spline[i + 1].x), t.sy(e.spline[i + 1].y)),
                               ImVec2(t.sx(e.spline[i + 2].x), t.sy(e.spline[i + 2].y)),
                               ImVec2(t.sx(e.spline[i + 3].x), t.sy(e.spline[i + 3].y)), c, w);
    }
    ImFont* font = ImGui::GetFont();
    for (const auto& n : g.nodes) {
        if (n.kind == render::NodeKind::MemberChip || n.kind == render::NodeKind::StepShare ||
            n.kind == render::NodeKind::Message)
            continue;
        auto it = s.marks.find(n.element);
        if (it == s.marks.end()) continue;
        const ImU32 c = kind_color(it->second);
        const ImVec2 a(t.sx(n.box.x) - 6, t.sy(n.box.y) - 6),
            b(t.sx(n.box.x + n.box.w) + 6, t.sy(n.box.y + n.box.h) + 6);
        dl->AddRect(a, b, c, 5, 0, 3.5f);
        // The sign in a tab at the top left corner.
        const float size = ImGui::GetFontSize();
        const char* sign = kind_sign(it->second);
        const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, sign);
        const ImVec2 ta(a.x, a.y - ts.y - 2), tb(a.x + ts.x + 10, a.y);
        dl->AddRectFilled(ta, tb, c, 3);
        dl->AddText(font, size, ImVec2(ta.x + 5, ta.y + 1), IM_COL32(255, 255, 255, 255), sign);
        if (test_hooks::enabled()) {
            // "compare-mark:changed:F-ID": which element got which outline, for the tests.
            ImGui::SetCursorScreenPos(ta);
            ImGui::Dummy(ImVec2(tb.x - ta.x, tb.y - ta.y));
            test_hooks::item(std::string("compare-mark:") +
                             (it->second == ElementChange::Kind::Added ? "added:" : "changed:") +
                             n.element);
        }
    }
}

} // namespace skm::gui
