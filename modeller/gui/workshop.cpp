#include "workshop.hpp"

#include "app.hpp"
#include "edit_ops.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>

#include <algorithm>

namespace skm::gui {
namespace {

std::vector<const Finding*> open_findings(const App& app) {
    return workshop_gaps(app);
}

// The walk's own words for gaps and questions, in the interface language (as the findings panel's).
const char* txt(const char* sv, const char* en) {
    return language() == Lang::Sv ? sv : en;
}

ImVec4 severity_color(Severity s) {
    switch (s) {
    case Severity::Error:
        return ImVec4(1.0f, 0.35f, 0.3f, 1);
    case Severity::Warning:
        return ImVec4(1.0f, 0.75f, 0.2f, 1);
    case Severity::Info:
        return ImVec4(0.5f, 0.8f, 1.0f, 1);
    }
    return ImVec4(1, 1, 1, 1);
}

} // namespace

std::vector<const Finding*> workshop_gaps(const App& app) {
    const WorkshopState& w = app.workshop_state;
    std::vector<const Finding*> out;
    for (const auto& f : app.doc.findings().findings)
        if (!f.waived && static_cast<int>(f.severity) <= w.max_severity &&
            (w.questions || f.basis != Basis::Unknown))
            out.push_back(&f);
    // Brister before Kartläggningsfrågor; within each, the model's order or rule by rule.
    std::stable_sort(out.begin(), out.end(), [&](const Finding* a, const Finding* b) {
        const bool qa = a->basis == Basis::Unknown, qb = b->basis == Basis::Unknown;
        if (qa != qb) return qb;
        return w.by_rule && a->rule < b->rule;
    });
    return out;
}

void workshop_reveal(App& app, int step) {
    WorkshopState& w = app.workshop_state;
    const auto levels = levels_in_order(app.doc.model());
    const int n = static_cast<int>(levels.size());
    if (n == 0) {
        w.revealed = 0;
        w.hidden_clusters.clear();
        return;
    }
    if (step == 0 && w.revealed == 0)
        w.revealed = 1; // entering: start with the first level
    else
        w.revealed = std::clamp((w.revealed == 0 ? n : w.revealed) + step, 1, n);
    w.hidden_clusters.clear();
    for (int i = w.revealed; i < n; ++i)
        w.hidden_clusters.insert(levels[i]->id);
    app.canvas.fit_pending = true;
}

void workshop_next_gap(App& app, int step) {
    WorkshopState& w = app.workshop_state;
    const auto gaps = open_findings(app);
    if (gaps.empty()) {
        w.gap_index = -1;
        return;
    }
    const int n = static_cast<int>(gaps.size());
    w.gap_index = w.gap_index < 0 ? (step > 0 ? 0 : n - 1) : ((w.gap_index + step) % n + n) % n;
    const Id& el = gaps[w.gap_index]->element();
    if (kind_of(app.doc.model(), el) != 0 || find_step(app.doc.model(), el).step) {
        // The gap's element may sit on a level not yet revealed: show everything up to it.
        w.revealed = 0;
        w.hidden_clusters.clear();
        app.select(el, true);
    }
}

void draw_workshop(App& app) {
    WorkshopState& w = app.workshop_state;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushFont(app.fonts.large);
    // No keyboard navigation: the arrow keys walk the gaps and reveal levels, and must never move
    // the focus onto a button such as "Avsluta".
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoNavFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("###workshop", nullptr, flags)) {
        ImGui::PushFont(app.fonts.title);
        {
            // A long title is shortened with an ellipsis so it never runs under the clock.
            ImGui::PushFont(app.fonts.large);
            const float clock_w = ImGui::CalcTextSize("00:00:00  ").x + 30;
            ImGui::PopFont();
            const float room = vp->Size.x - clock_w - ImGui::GetCursorPosX();
            std::string title = app.doc.model().info.name;
            if (ImGui::CalcTextSize(title.c_str()).x > room) {
                while (!title.empty() && ImGui::CalcTextSize((title + "…").c_str()).x > room) {
                    title.pop_back();
                    while (!title.empty() &&
                           (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80)
                        title.pop_back(); // never cut inside a UTF-8 character
                    if (!title.empty() && static_cast<unsigned char>(title.back()) >= 0xC0)
                        title.pop_back();
                }
                title += "…";
            }
            ImGui::TextUnformatted(title.c_str());
        }
        ImGui::PopFont();

        const auto secs = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::steady_clock::now() - w.started)
                              .count();
        const int n_levels = static_cast<int>(app.doc.model().levels.size());
        ImGui::SameLine(vp->Size.x - ImGui::CalcTextSize("00:00:00  ").x - 20);
        ImGui::Text("%02d:%02d:%02d", int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
        test_hooks::item("workshop:timer");

        if (n_levels > 0) {
            if (w.revealed == 0)
                ImGui::TextUnformatted(tr(Str::WorkshopAllLevels));
            else
                ImGui::Text(tr(Str::WorkshopLevel), w.revealed, n_levels);
            ImGui::SameLine();
        }
        if (ImGui::Button(tr(Str::WorkshopRevealLess))) workshop_reveal(app, -1);
        test_hooks::item("workshop:less");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::WorkshopRevealMore))) workshop_reveal(app, +1);
        test_hooks::item("workshop:more");
        ImGui::SameLine();
        // Which gaps the walk goes through, and in what order (a steering group often takes the
        // serious ones first, or one rule at a time).
        {
            const Str filter_label[] = {Str::WorkshopOnlyErrors, Str::WorkshopErrorsWarnings,
                                        Str::WorkshopAllGaps};
            if (ImGui::Button(tr(filter_label[std::clamp(w.max_severity, 0, 2)]))) {
                w.max_severity = (w.max_severity + 2) % 3; // all → errors+warnings → errors → all
                w.gap_index = -1;
            }
            test_hooks::item("workshop:filter");
            ImGui::SameLine();
            if (ImGui::Checkbox(tr(Str::WorkshopByRule), &w.by_rule)) w.gap_index = -1;
            test_hooks::item("workshop:by-rule");
            ImGui::SameLine();
            if (ImGui::Checkbox(txt("Frågor (?)", "Questions (?)"), &w.questions)) w.gap_index = -1;
            test_hooks::item("workshop:questions");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", txt("Efter bristerna: kartläggningsfrågorna, det kartan "
                                            "inte beskriver.",
                                            "After the gaps: the mapping questions, what the map "
                                            "does not describe."));
            ImGui::SameLine();
        }
        {
            // The walk's buttons stay together and on screen: where the line has no room for them
            // (a 1600-pixel projector in Swedish) they take the next one.
            const ImGuiStyle& st = ImGui::GetStyle();
            float need = 0;
            for (Str s : {Str::WorkshopPrevGap, Str::WorkshopNextGap, Str::WorkshopExit})
                need += ImGui::CalcTextSize(tr(s)).x + st.FramePadding.x * 2 + st.ItemSpacing.x;
            if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine();
        }
        if (ImGui::Button(tr(Str::WorkshopPrevGap))) workshop_next_gap(app, -1);
        test_hooks::item("workshop:prev-gap");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::WorkshopNextGap))) workshop_next_gap(app, +1);
        test_hooks::item("workshop:next-gap");
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::WorkshopExit))) app.set_workshop(false);
        test_hooks::item("workshop:exit");

        const auto gaps = open_findings(app);
        if (w.gap_index >= static_cast<int>(gaps.size())) w.gap_index = -1;
        const float gap_h = w.gap_index >= 0 ? vp->Size.y * 0.26f : 0.0f;

        ImGui::BeginChild("map", ImVec2(0, -gap_h), false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        if (!MapSource::available())
            ImGui::TextWrapped("%s", tr(Str::MapUnavailable));
        else if (app.layout && app.layout->ok) {
            CanvasOptions o;
            o.id = "workshop-map";
            o.hidden_clusters = &w.hidden_clusters;
            o.max_fit_zoom = 2.5f; // the revealed levels fill the projector screen
            apply_canvas_intents(app, draw_canvas(app, app.layout->geometry, o));
        } else if (app.layout)
            ImGui::TextWrapped("%s %s", tr(Str::MapError), app.layout->error.c_str());
        else
            ImGui::TextUnformatted(tr(Str::MapLayingOut));
        ImGui::EndChild();

        if (w.gap_index >= 0) {
            const Finding& f = *gaps[w.gap_index];
            const Lang l = language();
            const bool question = f.basis == Basis::Unknown;
            // The part of the walk it is in, and its place in that part.
            int first = 0, count = 0;
            for (int i = 0; i < static_cast<int>(gaps.size()); ++i)
                if ((gaps[i]->basis == Basis::Unknown) == question) {
                    if (count == 0) first = i;
                    ++count;
                }
            ImGui::BeginChild("gap", ImVec2(0, 0), true);
            ImGui::TextColored(question ? ImVec4(0.7f, 0.85f, 1, 1) : ImVec4(1, 1, 1, 1), "%s",
                               question ? txt("Kartläggningsfrågor", "Mapping questions")
                                        : txt("Brister", "Gaps"));
            test_hooks::item(question ? "workshop:heading:questions" : "workshop:heading:gaps");
            ImGui::SameLine();
            ImGui::TextColored(
                severity_color(f.severity), "%d/%d  %s  %s%s", w.gap_index - first + 1, count,
                severity_label(static_cast<int>(f.severity)), question ? "? " : "", f.sub.c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(app.doc.findings_name_of(f.element()).c_str());
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(f.message(l).c_str());
            if (const std::string what = question ? find_out(f, l) : std::string(); !what.empty()) {
                ImGui::TextColored(ImVec4(0.7f, 0.85f, 1, 1), "%s",
                                   txt("Ta reda på:", "Find out:"));
                ImGui::SameLine();
                ImGui::TextUnformatted(what.c_str());
            }
            if (const Rule* r = find_rule(f.sub)) {
                const auto& info = r->info();
                ImGui::TextColored(ImVec4(0.7f, 0.85f, 1, 1), "%s:", tr(Str::Rationale));
                ImGui::SameLine();
                ImGui::TextUnformatted(
                    (l == Lang::Sv ? info.rationale_sv : info.rationale_en).c_str());
                ImGui::TextColored(ImVec4(0.7f, 1, 0.7f, 1), "%s:", tr(Str::SuggestedAction));
                ImGui::SameLine();
                ImGui::TextUnformatted((l == Lang::Sv ? info.action_sv : info.action_en).c_str());
            }
            ImGui::PopTextWrapPos();
            test_hooks::item("workshop:gap");
            ImGui::EndChild();
        } else if (gaps.empty()) {
            ImGui::TextUnformatted(tr(Str::WorkshopNoGaps));
        }
    }
    ImGui::End();
    ImGui::PopFont();
}

} // namespace skm::gui
