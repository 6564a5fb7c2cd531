#include "findings_panel.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

namespace skm::gui {
namespace {

ImVec4 severity_color(Severity s) {
    switch (s) {
    case Severity::Error:
        return ImVec4(0.85f, 0.15f, 0.12f, 1);
    case Severity::Warning:
        return ImVec4(0.90f, 0.55f, 0.05f, 1);
    case Severity::Info:
        return ImVec4(0.20f, 0.50f, 0.85f, 1);
    }
    return ImVec4(0.5f, 0.5f, 0.5f, 1);
}

Date today() {
    const auto d = std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return Date{static_cast<int>(d.year()), static_cast<int>(unsigned(d.month())),
                static_cast<int>(unsigned(d.day()))};
}

// The panel's own words for the action plan and questions, in the interface language.
const char* txt(const char* sv, const char* en) {
    return language() == Lang::Sv ? sv : en;
}

const char* status_label(int s) {
    switch (static_cast<ActionStatus>(s)) {
    case ActionStatus::Oppen:
        return txt("öppen", "open");
    case ActionStatus::Pagar:
        return txt("pågår", "in progress");
    case ActionStatus::Atgardad:
        return txt("åtgärdad", "done");
    }
    return "";
}

// "[öppen, senast 2020-06-30, Enhetschef]" for the message column.
std::string action_summary(const MapDocument& doc, const FindingAction& a) {
    std::string s = std::string("[") + status_label(static_cast<int>(a.status));
    if (a.due.is_set()) s += std::string(", ") + txt("senast ", "due ") + a.due.value().str();
    if (a.owner.is_set()) s += ", " + doc.findings_name_of(a.owner.value());
    return s + "]";
}

std::string default_author() {
    const char* u = std::getenv("USER");
    return u ? u : "";
}

void rule_settings(App& app) {
    const Model& m = app.doc.model();
    const Lang l = language();
    if (all_rules().empty()) return;
    if (!ImGui::TreeNode(tr(Str::RuleSeverity))) return;
    if (ImGui::BeginTable("rules", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& rule : all_rules()) {
            for (const auto& sub : rule->info().subs) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%s  %s", sub.id.c_str(),
                            (l == Lang::Sv ? sub.title_sv : sub.title_en).c_str());
                ImGui::TableNextColumn();
                const RuleSeverityOverride* current = nullptr;
                for (const auto& o : m.rules.severity_overrides)
                    if (o.rule == sub.id) current = &o;
                std::string shown =
                    current ? severity_label(static_cast<int>(current->severity))
                            : std::string(tr(Str::DefaultSeverity)) + " (" +
                                  severity_label(static_cast<int>(sub.default_severity)) + ")";
                ImGui::PushID(sub.id.c_str());
                ImGui::SetNextItemWidth(-1);
                if (ImGui::BeginCombo("##sev", shown.c_str())) {
                    int choice = -2;
                    if (ImGui::Selectable(tr(Str::DefaultSeverity), !current)) choice = -1;
                    for (int i = 0; i < 4; ++i) {
                        if (ImGui::Selectable(severity_label(i),
                                              current && static_cast<int>(current->severity) == i))
                            choice = i;
                        test_hooks::item("rule-severity:" + sub.id + "=" + std::to_string(i));
                    }
                    ImGui::EndCombo();
                    if (choice != -2) {
                        RuleSettings after = m.rules;
                        std::erase_if(after.severity_overrides,
                                      [&](const auto& o) { return o.rule == sub.id; });
                        if (choice >= 0)
                            after.severity_overrides.push_back(
                                {sub.id, static_cast<SeverityOverride>(choice), {}});
                        app.doc.execute(std::make_unique<SetRuleSettings>(
                            m.rules, after, "Ändra allvarlighet för " + sub.id,
                            "Change severity of " + sub.id));
                    }
                }
                test_hooks::item("rule-severity:" + sub.id);
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

} // namespace

void ask_waiver(App& app, const Finding& f) {
    FindingsState& s = app.findings;
    s.waive_rule = f.sub;
    s.waive_element = f.element();
    s.justification.clear();
    s.author = app.settings.author.empty() ? default_author() : app.settings.author;
    s.waive_error.clear();
    s.waive_open = true;
}

void ask_action(App& app, const Finding& f) {
    FindingsState& s = app.findings;
    s.act_rule = f.sub;
    s.act_element = f.element();
    s.act_exists = f.action.has_value();
    const FindingAction a = f.action.value_or(FindingAction{});
    s.act_owner = a.owner.is_set() ? a.owner.value() : Id();
    s.act_due = a.due.is_set() ? a.due.value().str() : std::string();
    s.act_status = static_cast<int>(a.status);
    s.act_note = a.note.is_set() ? a.note.value() : std::string();
    s.act_error.clear();
    s.action_open = true;
}

namespace {

// Filters the findings into s.rows when they or the filters have changed since the last call.
constexpr std::uint32_t kNoRow = ~std::uint32_t{0};

void update_rows(FindingsState& s, const CheckResult& r, const std::vector<std::uint32_t>& slots,
                 std::uint64_t generation) {
    const int filters = (s.show[0] ? 1 : 0) | (s.show[1] ? 2 : 0) | (s.show[2] ? 4 : 0) |
                        (s.show_waived ? 8 : 0) | (s.show_questions ? 16 : 0);
    auto& c = s.rows;
    if (c.generation == generation && c.data == r.findings.data() && c.size == r.findings.size() &&
        c.filters == filters)
        return;
    c.generation = generation;
    c.data = r.findings.data();
    c.size = r.findings.size();
    c.filters = filters;
    c.rows.clear();
    c.rows.reserve(r.findings.size());
    c.first_row_of_slot.assign(r.findings.size(), kNoRow);
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        if (!s.show[static_cast<int>(f.severity)] || (f.waived && !s.show_waived)) continue;
        if (f.basis == Basis::Unknown && !s.show_questions) continue;
        std::uint32_t& first = c.first_row_of_slot[i < slots.size() ? slots[i] : 0];
        if (first == kNoRow) first = static_cast<std::uint32_t>(c.rows.size());
        c.rows.push_back(&f);
    }
    c.counts[0] = r.count(Severity::Error);
    c.counts[1] = r.count(Severity::Warning);
    c.counts[2] = r.count(Severity::Info);
}

} // namespace

void draw_findings(App& app) {
    FindingsState& s = app.findings;
    const CheckResult& r = app.doc.findings();
    const Lang l = language();
    update_rows(s, r, app.doc.findings_element_slots(), app.doc.findings_generation());
    ImGui::Text(tr(Str::FindingsCount), static_cast<int>(s.rows.counts[0]),
                static_cast<int>(s.rows.counts[1]), static_cast<int>(s.rows.counts[2]));
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine(); // the counts get their own line: the panel is narrow
        ImGui::PushStyleColor(ImGuiCol_CheckMark, severity_color(static_cast<Severity>(i)));
        ImGui::Checkbox(severity_label(i), &s.show[i]);
        ImGui::PopStyleColor();
        test_hooks::item(std::string("findings:show-") + std::to_string(i));
    }
    ImGui::SameLine();
    ImGui::Checkbox(tr(Str::ShowWaived), &s.show_waived);
    test_hooks::item("findings:show-waived");
    ImGui::SameLine();
    ImGui::Checkbox(txt("Visa frågor (?)", "Show questions (?)"), &s.show_questions);
    test_hooks::item("findings:show-questions");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", txt("Kartläggningsfrågor: det kartan inte beskriver. De är inte "
                                    "brister; svaret avgör.",
                                    "Mapping questions: what the map does not describe. They "
                                    "are not gaps; the answer decides."));

    ImGui::BeginChild("list");
    rule_settings(app);
    const Finding* waive = nullptr;
    const Finding* act = nullptr;
    const Date now = today();
    // Filtered once per change (update_rows), then only the rows in view are drawn.
    update_rows(s, r, app.doc.findings_element_slots(), app.doc.findings_generation());
    const std::vector<const Finding*>& rows = s.rows.rows;
    const auto& first_row = s.rows.first_row_of_slot; // first row about each element (hooks)
    const auto& slots = app.doc.findings_element_slots();
    const int shown = static_cast<int>(rows.size());
    const float row_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    // The row of a finding: where it stands in the findings (its slot), from its address.
    auto slot_of = [&](const Finding& f) {
        const auto at = static_cast<std::size_t>(&f - r.findings.data());
        return at < slots.size() ? slots[at] : 0;
    };
    if (!s.scroll_to.empty()) {
        // Once per selection: a walk of the rows to the first about the element.
        const auto it = std::find_if(rows.begin(), rows.end(),
                                     [&](const Finding* f) { return f->element() == s.scroll_to; });
        if (it != rows.end())
            ImGui::SetScrollY(ImGui::GetCursorPosY() +
                              row_h * (static_cast<float>(it - rows.begin()) - 1));
        s.scroll_to.clear();
    }
    if (ImGui::BeginTable("findings", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                              ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn(tr(Str::RuleColumn), ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 5.5f);
        ImGui::TableSetupColumn(tr(Str::ElementColumn), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(Str::MessageColumn), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(shown, row_h);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const Finding& f = *rows[i];
                const std::uint32_t slot = slot_of(f);
                const bool first =
                    slot < first_row.size() && first_row[slot] == static_cast<std::uint32_t>(i);
                const std::string key = f.sub + ":" + f.element();
                ImGui::PushID(i);
                ImGui::TableNextRow(0, row_h);
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text,
                                      f.waived ? ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]
                                               : severity_color(f.severity));
                // A question is marked "?": something to find out, not a gap.
                const std::string label = (f.basis == Basis::Unknown ? "? " : "") + f.sub;
                if (ImGui::Selectable(label.c_str(),
                                      app.doc.selection == f.element() && !f.element().empty(),
                                      ImGuiSelectableFlags_SpanAllColumns |
                                          ImGuiSelectableFlags_AllowItemOverlap))
                    if (f.element() != "model" && !f.element().empty())
                        app.select(f.element(), true);
                ImGui::PopStyleColor();
                test_hooks::item("finding:" + key);
                if (first) test_hooks::item("finding-first:" + f.element());
                if (ImGui::IsItemHovered()) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                    ImGui::TextUnformatted(f.message(l).c_str());
                    if (f.waived)
                        ImGui::TextDisabled("%s: %s (%s)", tr(Str::Waived),
                                            f.waiver_justification.c_str(),
                                            f.waiver_author.c_str());
                    if (f.basis == Basis::Unknown) {
                        ImGui::TextDisabled("%s", txt("Kartläggningsfråga – ta reda på:",
                                                      "Mapping question – find out:"));
                        ImGui::TextUnformatted(find_out(f, l).c_str());
                    }
                    if (f.action && f.action->note.is_set())
                        ImGui::TextDisabled("%s %s", txt("Åtgärd:", "Action:"),
                                            f.action->note.value().c_str());
                    if (const Rule* rule = find_rule(f.sub)) {
                        const auto& info = rule->info();
                        ImGui::Separator();
                        ImGui::TextUnformatted(
                            (l == Lang::Sv ? info.title_sv : info.title_en).c_str());
                        ImGui::TextDisabled("%s", tr(Str::Rationale));
                        ImGui::TextUnformatted(
                            (l == Lang::Sv ? info.rationale_sv : info.rationale_en).c_str());
                        ImGui::TextDisabled("%s", tr(Str::SuggestedAction));
                        ImGui::TextUnformatted(
                            (l == Lang::Sv ? info.action_sv : info.action_en).c_str());
                    }
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(app.doc.findings_name_of(f.element()).c_str());
                ImGui::TableNextColumn();
                if (f.waived)
                    ImGui::TextDisabled("%s: %s", tr(Str::Waived), f.waiver_justification.c_str());
                else
                    ImGui::TextUnformatted(f.message(l).c_str());
                if (f.action) {
                    ImGui::SameLine();
                    const bool late = action_overdue(*f.action, now);
                    const std::string summary =
                        action_summary(app.doc, *f.action) +
                        (late ? std::string(" ") + txt("FÖRSENAD", "OVERDUE") : std::string());
                    if (late)
                        ImGui::TextColored(severity_color(Severity::Error), "%s", summary.c_str());
                    else
                        ImGui::TextDisabled("%s", summary.c_str());
                }
                ImGui::TableNextColumn();
                if (!f.waived) {
                    if (ImGui::SmallButton(tr(Str::Waive))) waive = &f;
                    test_hooks::item("waive:" + key);
                    if (first) test_hooks::item("waive-first:" + f.element());
                    ImGui::SameLine();
                }
                if (ImGui::SmallButton(txt("Åtgärd", "Action"))) act = &f;
                test_hooks::item("action:" + key);
                if (first) test_hooks::item("action-first:" + f.element());
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    if (shown == 0) ImGui::TextDisabled("%s", tr(Str::NoFindings));
    // An action whose finding has gone: the gap was closed. Shown, not lost.
    if (!r.resolved_actions.empty()) {
        const std::string head = std::string(txt("Åtgärdade (brister som inte längre finns)",
                                                 "Resolved (findings no longer present)")) +
                                 " (" + std::to_string(r.resolved_actions.size()) + ")";
        if (ImGui::CollapsingHeader(head.c_str()))
            for (const auto& a : r.resolved_actions)
                ImGui::BulletText("%s  %s  %s", a.rule.c_str(),
                                  app.doc.findings_name_of(a.element).c_str(),
                                  action_summary(app.doc, a).c_str());
        test_hooks::item("findings:resolved");
    }
    ImGui::EndChild();
    if (waive) ask_waiver(app, *waive);
    if (act) ask_action(app, *act);
}

namespace {

void draw_action_popup(App& app) {
    FindingsState& s = app.findings;
    if (s.action_open) {
        ImGui::OpenPopup("###action");
        s.action_open = false;
    }
    ImGui::SetNextWindowSize(ImVec2(560 * app.scale, 0), ImGuiCond_Appearing);
    const std::string title = std::string(txt("Åtgärd", "Action")) + "###action";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
    const Model& m = app.doc.model();
    ImGui::Text("%s — %s", s.act_rule.c_str(), display_name(m, s.act_element).c_str());

    // Owner: a role or a unit of the model (the file checks the reference).
    ImGui::TextUnformatted(txt("Ansvarig (funktion eller enhet)", "Owner (role or unit)"));
    ImGui::SetNextItemWidth(-1);
    const std::string shown = s.act_owner.empty()
                                  ? std::string(txt("(ingen angiven)", "(none given)"))
                                  : display_name(m, s.act_owner);
    if (ImGui::BeginCombo("##owner", shown.c_str())) {
        if (ImGui::Selectable(txt("(ingen angiven)", "(none given)"), s.act_owner.empty()))
            s.act_owner.clear();
        for (const auto& r : m.roles) {
            if (ImGui::Selectable((r.title + "##" + r.id).c_str(), s.act_owner == r.id))
                s.act_owner = r.id;
            test_hooks::item("action:owner=" + r.id);
        }
        for (const auto& u : m.units) {
            if (ImGui::Selectable((u.name + "##" + u.id).c_str(), s.act_owner == u.id))
                s.act_owner = u.id;
            test_hooks::item("action:owner=" + u.id);
        }
        ImGui::EndCombo();
    }
    test_hooks::item("action:owner");

    ImGui::TextUnformatted(txt("Klart senast (ÅÅÅÅ-MM-DD)", "Due (YYYY-MM-DD)"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##due", &s.act_due);
    test_hooks::item("action:due");

    ImGui::TextUnformatted(txt("Status", "Status"));
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::RadioButton(status_label(i), &s.act_status, i);
        test_hooks::item("action:status=" + std::to_string(i));
    }

    ImGui::TextUnformatted(txt("Anteckning", "Note"));
    ImGui::InputTextMultiline("##note", &s.act_note, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
    test_hooks::item("action:note");

    if (!s.act_error.empty())
        ImGui::TextColored(ImVec4(0.9f, 0.2f, 0.1f, 1), "%s", s.act_error.c_str());
    if (ImGui::Button(tr(Str::Ok))) {
        FindingAction a;
        a.rule = s.act_rule;
        a.element = s.act_element;
        if (!s.act_owner.empty()) a.owner = s.act_owner;
        Date due;
        s.act_error.clear();
        if (!s.act_due.empty()) {
            if (Date::parse(s.act_due, due))
                a.due = due;
            else
                s.act_error =
                    txt("Datumet ska skrivas ÅÅÅÅ-MM-DD.", "Write the date as YYYY-MM-DD.");
        }
        a.status = static_cast<ActionStatus>(s.act_status);
        if (!s.act_note.empty()) a.note = s.act_note;
        if (s.act_error.empty()) {
            if (app.doc.execute(std::make_unique<SetFindingAction>(s.act_rule, s.act_element, a)))
                ImGui::CloseCurrentPopup();
            else
                s.act_error = app.doc.last_error();
        }
    }
    test_hooks::item("action:ok");
    if (s.act_exists) {
        ImGui::SameLine();
        if (ImGui::Button(txt("Ta bort åtgärden", "Remove the action"))) {
            if (app.doc.execute(
                    std::make_unique<SetFindingAction>(s.act_rule, s.act_element, std::nullopt)))
                ImGui::CloseCurrentPopup();
        }
        test_hooks::item("action:remove");
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel))) ImGui::CloseCurrentPopup();
    test_hooks::item("action:cancel");
    ImGui::EndPopup();
}

} // namespace

void draw_findings_popups(App& app) {
    draw_action_popup(app);
    FindingsState& s = app.findings;
    if (s.waive_open) {
        ImGui::OpenPopup("###waive");
        s.waive_open = false;
    }
    ImGui::SetNextWindowSize(ImVec2(560 * app.scale, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal((std::string(tr(Str::WaiveTitle)) + "###waive").c_str(), nullptr))
        return;
    ImGui::Text("%s — %s", s.waive_rule.c_str(),
                display_name(app.doc.model(), s.waive_element).c_str());
    ImGui::TextUnformatted(tr(Str::Justification));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##just", &s.justification,
                              ImVec2(-1, ImGui::GetTextLineHeight() * 5));
    test_hooks::item("waiver:justification");
    ImGui::TextUnformatted(tr(Str::Author));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##author", &s.author);
    test_hooks::item("waiver:author");
    if (!s.waive_error.empty())
        ImGui::TextColored(ImVec4(0.9f, 0.2f, 0.1f, 1), "%s", s.waive_error.c_str());
    if (ImGui::Button(tr(Str::Ok))) {
        Waiver w{s.waive_rule, s.waive_element, s.justification, s.author, today()};
        s.waive_error = waiver_problem(w, language());
        if (s.waive_error.empty()) {
            RuleSettings after = app.doc.model().rules;
            after.waivers.push_back(w);
            if (app.doc.execute(std::make_unique<SetRuleSettings>(
                    app.doc.model().rules, after, "Undantag för " + w.rule, "Waive " + w.rule))) {
                app.settings.author = s.author;
                ImGui::CloseCurrentPopup();
            } else {
                s.waive_error = app.doc.last_error();
            }
        }
    }
    test_hooks::item("waiver:ok");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel))) ImGui::CloseCurrentPopup();
    test_hooks::item("waiver:cancel");
    ImGui::EndPopup();
}

} // namespace skm::gui
