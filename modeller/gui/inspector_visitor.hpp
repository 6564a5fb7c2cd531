#pragma once
// The generic inspector: one visitor over an element's visit() field list draws a fitting widget
// for every attribute type, editing a working copy. `commit` turns true when a field edit is
// finished (text field left, combo or checkbox changed, list entry added or removed).
#include "element_access.hpp"
#include "i18n.hpp"
#include "map_document.hpp"
#include "ref_catalog.hpp"
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

namespace skm::gui {

template <class T>
concept WordEnum = requires {
    EnumInfo<T>::entries;
};
struct NullVisitor {
    template <class U> void field(const char*, U&) {}
    template <class U> void ref(const char*, U&, std::uint32_t) {}
};
// A record with its own field list (membership, step, goal …), as opposed to a plain value.
template <class T>
concept Visitable = requires(T& t, NullVisitor& v) {
    t.visit(v);
};

struct InspectorVisitor {
    const Model& model;
    std::string path; // hook prefix for nested fields ("members.0.")
    bool commit = false;
    std::string what;        // label of the last edited field (names the undo step)
    bool readonly_id = true; // ids are generated: top-level ones change through RenameId only
    // The steps a step's "next" may name (the same process's steps): with it, "next" is a picker,
    // so a mistyped step id can never be committed.
    const std::vector<RefChoice>* step_choices = nullptr;
    // Names and picker lists from the document's per-generation index and cache rather than a
    // walk of the model per field per frame. Without them (a test), the model is walked.
    const MapDocument* doc = nullptr;
    RefChoiceCache* choices_cache = nullptr;

    std::string name(const Id& id) const {
        return doc ? doc->name_of(id) : display_name(model, id);
    }
    std::vector<RefChoice> owned_choices_; // the walk's result when there is no cache
    const std::vector<RefChoice>& choices_for(std::uint32_t mask) {
        if (doc && choices_cache) return choices_cache->get(model, doc->generation(), mask);
        owned_choices_ = ref_choices(model, mask);
        return owned_choices_;
    }

    // --- entry points called by visit() ---
    template <class T> void field(const char* key, T& value) {
        if (!row(key)) return;
        if constexpr (std::is_same_v<T, Id>) {
            if (readonly_id && std::string_view(key) == "id") {
                ImGui::TextDisabled("%s", value.c_str());
                end_row();
                return;
            }
        }
        if constexpr (std::is_same_v<T, std::vector<Id>>) {
            if (step_choices && std::string_view(key) == "next") {
                edit_choice_list(key, value, *step_choices);
                end_row();
                return;
            }
        }
        edit(key, value);
        end_row();
    }
    template <class T> void ref(const char* key, T& value, std::uint32_t mask) {
        if (!row(key)) return;
        edit_ref(key, value, mask);
        end_row();
    }

    // --- rows ---
    bool row(const char* key) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(field_label(key).c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(key);
        ImGui::SetNextItemWidth(-1);
        return true;
    }
    void end_row() { ImGui::PopID(); }
    void hook(const char* key) { test_hooks::item("inspector:" + path + key); }
    void done(const char* key) {
        commit = true;
        what = field_label(key);
    }

    // --- plain values ---
    void edit(const char* key, std::string& v) {
        ImGui::InputText("##v", &v);
        hook(key);
        if (ImGui::IsItemDeactivatedAfterEdit()) done(key);
    }
    void edit(const char* key, int& v) {
        ImGui::InputInt("##v", &v);
        hook(key);
        if (ImGui::IsItemDeactivatedAfterEdit()) done(key);
    }
    void edit(const char* key, bool& v) {
        if (ImGui::Checkbox("##v", &v)) done(key);
        hook(key);
    }
    void edit(const char* key, Date& v) {
        // ImGui keeps its own text while the field is active, so half-typed dates never reach the
        // model; a valid date is taken when the field is left.
        std::string text = v.year == 0 ? std::string() : v.str();
        ImGui::InputTextWithHint("##v", tr(Str::DateHint), &text);
        hook(key);
        Date parsed;
        const bool ok = Date::parse(text, parsed);
        if (ImGui::IsItemActive() && !text.empty() && !ok)
            ImGui::SetTooltip("%s", tr(Str::InvalidDate));
        if (ok) v = parsed;
        if (ImGui::IsItemDeactivatedAfterEdit() && ok) done(key);
    }
    void edit(const char* key, Frequency& v) {
        std::string text = v.str();
        ImGui::InputTextWithHint("##v", tr(Str::FrequencyHint), &text);
        hook(key);
        Frequency parsed;
        if (Frequency::parse(text, parsed)) {
            v = parsed;
            if (ImGui::IsItemDeactivatedAfterEdit()) done(key);
        } else if (ImGui::IsItemActive()) {
            ImGui::SetTooltip("%s", tr(Str::FrequencyHelp));
        }
    }
    template <WordEnum E> void edit(const char* key, E& v) {
        const std::string current(to_word(v));
        if (ImGui::BeginCombo("##v", current.c_str())) {
            for (const auto& [value, word] : EnumInfo<E>::entries) {
                const std::string w(word);
                if (ImGui::Selectable(w.c_str(), value == v)) {
                    v = value;
                    done(key);
                }
                test_hooks::item("inspector:" + path + key + "=" + w);
            }
            ImGui::EndCombo();
        }
        hook(key);
    }

    // --- tri-state ---
    // okänt / inget / värde as a compact combo; the value widget follows on the same line.
    template <class T> bool tri_state(const char* key, Maybe<T>& v, const T& initial) {
        const int state = static_cast<int>(v.presence());
        const Str labels[] = {Str::Unknown, Str::NoneValue, Str::Value};
        const char* hooks[] = {"?unknown", "?none", "?value"};
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        if (ImGui::BeginCombo("##tri", tr(labels[state]))) {
            for (int i = 0; i < 3; ++i) {
                if (ImGui::Selectable(tr(labels[i]), state == i) && state != i) {
                    if (i == 0)
                        v.set_unknown();
                    else if (i == 1)
                        v.set_none();
                    else
                        v.set(initial);
                    done(key);
                }
                test_hooks::item("inspector:" + path + key + hooks[i]);
            }
            ImGui::EndCombo();
        }
        test_hooks::item("inspector:" + path + key + "?");
        return v.is_set();
    }
    template <class T> T initial_value() {
        if constexpr (std::is_same_v<T, Date>)
            return model.info.snapshot;
        else
            return T{};
    }
    template <class T> void edit(const char* key, Maybe<T>& v) {
        if (tri_state(key, v, initial_value<T>())) {
            ImGui::SetNextItemWidth(-1);
            if constexpr (Visitable<T>)
                nested(key, v.value());
            else
                edit(key, v.value());
        }
    }

    // --- lists ---
    void edit(const char* key, std::vector<std::string>& v) {
        int remove = -1;
        for (std::size_t i = 0; i < v.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() * 1.5f);
            ImGui::InputText("##item", &v[i]);
            test_hooks::item("inspector:" + path + key + "." + std::to_string(i));
            if (ImGui::IsItemDeactivatedAfterEdit()) done(key);
            ImGui::SameLine();
            if (ImGui::SmallButton("×")) remove = static_cast<int>(i);
            ImGui::PopID();
        }
        if (remove >= 0) {
            v.erase(v.begin() + remove);
            done(key);
        }
        if (ImGui::SmallButton(tr(Str::Add))) {
            v.emplace_back();
            done(key);
        }
        hook(key);
    }
    template <WordEnum E> void edit(const char* key, std::vector<E>& v) {
        for (const auto& [value, word] : EnumInfo<E>::entries) {
            bool on = std::find(v.begin(), v.end(), value) != v.end();
            const std::string w(word);
            if (ImGui::Checkbox(w.c_str(), &on)) {
                if (on)
                    v.push_back(value);
                else
                    v.erase(std::remove(v.begin(), v.end(), value), v.end());
                done(key);
            }
            test_hooks::item("inspector:" + path + key + "=" + w);
        }
    }
    // Ordered list of nested records (members, steps, owners, goals …).
    template <Visitable T> void edit(const char* key, std::vector<T>& v) {
        int remove = -1, up = -1;
        for (std::size_t i = 0; i < v.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            std::string caption = std::to_string(i + 1) + ". " + record_caption(v[i]);
            const bool open = ImGui::TreeNodeEx("##rec", ImGuiTreeNodeFlags_SpanAvailWidth, "%s",
                                                caption.c_str());
            test_hooks::item("inspector:" + path + key + "." + std::to_string(i));
            ImGui::SameLine();
            if (i > 0 && ImGui::SmallButton("↑")) up = static_cast<int>(i);
            ImGui::SameLine();
            if (i + 1 < v.size() && ImGui::SmallButton("↓")) up = static_cast<int>(i) + 1;
            ImGui::SameLine();
            if (ImGui::SmallButton("×")) remove = static_cast<int>(i);
            if (open) {
                nested_body(std::string(key) + "." + std::to_string(i) + ".", v[i]);
                ImGui::TreePop();
            }
            ImGui::PopID();
        }
        if (up > 0) {
            std::swap(v[up - 1], v[up]);
            done(key);
        }
        if (remove >= 0) {
            v.erase(v.begin() + remove);
            done(key);
        }
        if (ImGui::SmallButton(tr(Str::Add))) {
            T fresh{};
            if constexpr (requires { fresh.id; }) {
                // A fresh step id, never one already in the list (ids are generated).
                for (std::size_t n = v.size() + 1;; ++n) {
                    fresh.id = "S" + std::to_string(n);
                    if (std::none_of(v.begin(), v.end(),
                                     [&](const T& x) { return x.id == fresh.id; }))
                        break;
                }
            }
            if constexpr (requires { fresh.order; }) fresh.order = static_cast<int>(v.size()) + 1;
            fill_required_refs(model, fresh);
            v.push_back(std::move(fresh));
            done(key);
        }
        test_hooks::item("inspector:" + path + key + ".add");
    }
    template <Visitable T> void edit(const char* key, T& v) { nested(key, v); }

    template <class T> std::string record_caption(const T& r) {
        if constexpr (requires { r.name; })
            return r.name;
        else if constexpr (requires { r.member; })
            return name(r.member) + " – " + std::string(to_word(r.mode));
        else if constexpr (requires { r.owner; })
            return name(r.owner);
        else if constexpr (requires { r.text; })
            return r.text;
        else if constexpr (requires { r.targets; }) {
            std::string s;
            for (const auto& t : r.targets)
                s += (s.empty() ? "" : ", ") + name(t);
            return s;
        } else if constexpr (requires { r.by; })
            return name(r.by);
        else
            return {};
    }

    template <class T> void nested(const char* key, T& v) {
        nested_body(std::string(key) + ".", v);
    }
    template <class T> void nested_body(const std::string& prefix, T& v) {
        InspectorVisitor inner{model, path + prefix, false, {},
                               true,  step_choices,  doc,   choices_cache};
        if (ImGui::BeginTable("nested", 2, ImGuiTableFlags_BordersInnerV)) {
            ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed,
                                    ImGui::GetFontSize() * 8);
            ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
            v.visit(inner);
            ImGui::EndTable();
        }
        if (inner.commit) {
            commit = true;
            what = inner.what;
        }
    }

    // --- references ---
    bool pick(const char* key, Id& v, std::uint32_t mask, const char* combo_id = "##ref") {
        const std::string current = v.empty() ? std::string("—") : name(v); // names, not ids
        bool changed = false;
        if (ImGui::BeginCombo(combo_id, current.c_str())) {
            for (const auto& c : choices_for(mask)) {
                if (ImGui::Selectable((c.caption + "##" + c.id).c_str(), c.id == v)) {
                    v = c.id;
                    changed = true;
                }
                test_hooks::item("inspector:" + path + key + "=" + c.id);
            }
            ImGui::EndCombo();
        }
        return changed;
    }
    void edit_ref(const char* key, Id& v, std::uint32_t mask) {
        if (pick(key, v, mask)) done(key);
        hook(key);
    }
    void edit_ref(const char* key, Maybe<Id>& v, std::uint32_t mask) {
        const auto& choices = choices_for(mask);
        const Id first = choices.empty() ? Id() : choices.front().id;
        if (tri_state(key, v, first)) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-1);
            if (pick(key, v.value(), mask)) done(key);
            hook(key);
        }
    }
    void edit_ref(const char* key, std::vector<Id>& v, std::uint32_t mask) {
        edit_id_list(key, v, choices_for(mask), [&](const Id& id) { return name(id); });
    }
    // A list of ids chosen from `choices` only (a step's next steps).
    void edit_choice_list(const char* key, std::vector<Id>& v,
                          const std::vector<RefChoice>& choices) {
        edit_id_list(key, v, choices, [&](const Id& id) {
            for (const auto& c : choices)
                if (c.id == id) return c.caption;
            return id + " (?)"; // a dangling id read from a file: shown, and removable
        });
    }
    // One list editor for both: the chosen entries (each removable, its id in the tooltip) and a
    // combo that adds one of the choices not chosen yet.
    template <class Caption>
    void edit_id_list(const char* key, std::vector<Id>& v, const std::vector<RefChoice>& choices,
                      Caption caption) {
        int remove = -1;
        for (std::size_t i = 0; i < v.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            ImGui::TextUnformatted(caption(v[i]).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", v[i].c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton("×")) remove = static_cast<int>(i);
            test_hooks::item("inspector:" + path + key + ".remove." + v[i]);
            ImGui::PopID();
        }
        if (remove >= 0) {
            v.erase(v.begin() + remove);
            done(key);
        }
        Id added;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##add", tr(Str::Add))) {
            for (const auto& c : choices) {
                if (std::find(v.begin(), v.end(), c.id) != v.end()) continue;
                if (ImGui::Selectable((c.caption + "##" + c.id).c_str())) added = c.id;
                test_hooks::item("inspector:" + path + key + "+" + c.id);
            }
            ImGui::EndCombo();
        }
        hook(key);
        if (!added.empty()) {
            v.push_back(added);
            done(key);
        }
    }
    void edit_ref(const char* key, Maybe<std::vector<Id>>& v, std::uint32_t mask) {
        if (tri_state(key, v, std::vector<Id>{})) edit_ref(key, v.value(), mask);
    }
};

} // namespace skm::gui
