#include "palette.hpp"

#include "app.hpp"
#include "element_access.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <sstream>

namespace skm::gui {
namespace {

std::string lower(const std::string& s) {
    return lower_sv(s);
}

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to && i < w.size(); ++i)
        out += (out.empty() ? "" : " ") + w[i];
    return out;
}

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// Names of elements a mask allows, for matching.
std::vector<std::pair<Id, std::string>> named(const Model& m, std::uint32_t mask) {
    std::vector<std::pair<Id, std::string>> out;
    for_each_collection(m, [&](const char*, const auto& items, RefKind kind) {
        if (!(kind & mask)) return;
        for (const auto& e : items) {
            const std::string cap = element_caption(e);
            if (!cap.empty()) out.emplace_back(e.id, cap);
        }
    });
    return out;
}

bool word_starts_with(const std::string& name, const std::string& t) {
    const auto ws = words(name);
    return std::any_of(ws.begin(), ws.end(),
                       [&](const std::string& w) { return w.rfind(t, 0) == 0; });
}

// A trailing word naming a principal: a word of its name begins with it, or it is the principal's
// type word and only one principal has that type.
Id principal_word(const Model& m, const std::string& word) {
    const std::string t = lower(word);
    if (t.size() < 3) return {};
    Id found;
    int hits = 0;
    for (const auto& p : m.principals)
        if (word_starts_with(lower(p.name), t)) {
            found = p.id;
            ++hits;
        }
    if (hits == 1) return found;
    if (auto type = from_word<PrincipalType>(t)) {
        hits = 0;
        for (const auto& p : m.principals)
            if (p.type == *type) {
                found = p.id;
                ++hits;
            }
        if (hits == 1) return found;
    }
    return {};
}

// A trailing word naming a level: by its tier in words ("verksamhet") or a word of its name.
Id level_word(const Model& m, const std::string& word) {
    const std::string t = lower(word);
    if (t.size() < 3) return {};
    Id found;
    int hits = 0;
    for (const auto& l : m.levels)
        if (word_starts_with(lower(l.name), t)) {
            found = l.id;
            ++hits;
        }
    if (hits == 1) return found;
    if (auto tier = tier_from_word(t)) {
        hits = 0;
        for (const auto& l : m.levels)
            if (l.tier == *tier) {
                found = l.id;
                ++hits;
            }
        if (hits == 1) return found;
    }
    return {};
}

PrincipalType principal_type_of(const std::string& name) {
    const std::string n = lower(name);
    auto has = [&](const char* s) { return n.find(s) != std::string::npos; };
    if (has("förbund")) return PrincipalType::Kommunalforbund;
    if (has("kommun") || has("stad")) return PrincipalType::Kommun;
    if (has("region") || has("landsting")) return PrincipalType::Region;
    if (has("verket") || has("myndighet") || has("polis") || has("staten"))
        return PrincipalType::Stat;
    if (has("förening") || has("ideell") || has("kyrka")) return PrincipalType::Ideell;
    if (has(" ab") || has("privat")) return PrincipalType::Privat;
    return PrincipalType::Kommun;
}

bool is(const std::string& w, std::initializer_list<const char*> options) {
    return std::any_of(options.begin(), options.end(), [&](const char* o) { return w == o; });
}

} // namespace

Id match_name(const Model& m, const std::string& text, std::uint32_t mask) {
    const std::string t = lower(trim(text));
    if (t.empty()) return {};
    const auto all = named(m, mask);
    for (const auto& [id, name] : all)
        if (lower(name) == t || lower(id) == t) return id;
    Id found;
    int hits = 0;
    for (const auto& [id, name] : all)
        if (lower(name).find(t) != std::string::npos) {
            found = id;
            ++hits;
        }
    if (hits == 1) return found;
    hits = 0;
    for (const auto& [id, name] : all)
        if (word_starts_with(lower(name), t)) {
            found = id;
            ++hits;
        }
    return hits == 1 ? found : Id{};
}

QuickAdd parse_quick_add(const Model& m, const std::string& line, const QuickAddContext& ctx) {
    QuickAdd q;
    const bool sv = ctx.lang == Lang::Sv;
    auto w = words(line);
    if (w.empty()) return q;
    const std::string kw = lower(w[0]);
    auto rest = [&] { return join(w, 1, w.size()); };
    auto need_name = [&](const std::string& name) {
        if (name.empty()) q.error = sv ? "Skriv ett namn efter ordet." : "Type a name after it.";
        return !name.empty();
    };

    if (is(kw, {"nivå", "niva", "level"})) {
        const std::string name = rest();
        if (!need_name(name)) return q;
        const Tier tier = tier_from_word(name).value_or(Tier::O);
        q.created = add_level(m, name, tier);
        q.preview = (sv ? "Ny nivå «" : "New level «") + name + "» – " + tier_words(tier, ctx.lang);
        return q;
    }
    if (is(kw, {"huvudman", "principal"})) {
        const std::string name = rest();
        if (!need_name(name)) return q;
        const PrincipalType type = principal_type_of(name);
        q.created = add_principal(m, name, type);
        q.preview =
            (sv ? "Ny huvudman «" : "New principal «") + name + "» – " + std::string(to_word(type));
        return q;
    }
    if (is(kw, {"aktör", "aktor", "enhet", "verksamhet", "actor", "unit", "forum"})) {
        const bool forum = kw == "forum";
        // Trailing words naming a level (and for actors a principal) are qualifiers, as long as
        // at least one word of name remains.
        Id level, principal;
        std::size_t end = w.size();
        while (end > 2) {
            if (level.empty()) {
                if (Id l = level_word(m, w[end - 1]); !l.empty()) {
                    level = l;
                    --end;
                    continue;
                }
            }
            if (!forum && principal.empty()) {
                if (Id p = principal_word(m, w[end - 1]); !p.empty()) {
                    principal = p;
                    --end;
                    continue;
                }
            }
            break;
        }
        const std::string name = join(w, 1, end);
        if (!need_name(name)) return q;
        if (level.empty()) level = ctx.level;
        const std::string where =
            level.empty() ? (sv ? "utan nivå" : "no level") : display_name(m, level);
        if (forum) {
            q.created = add_forum(m, name, level);
            q.preview = (sv ? "Nytt forum «" : "New forum «") + name + "» – " + where;
        } else {
            q.created = add_unit(m, name, level, principal);
            q.preview = (sv ? "Ny aktör «" : "New actor «") + name + "» – " +
                        (principal.empty() ? (sv ? "ingen huvudman" : "no principal")
                                           : display_name(m, principal)) +
                        ", " + where;
        }
        return q;
    }
    const auto as_type = from_word<FlowType>(kw);
    if (is(kw, {"överlämning", "overlamning", "flöde", "handoff", "flow"}) || as_type) {
        std::string body = rest();
        std::size_t arrow = body.find("→");
        std::size_t arrow_len = 3;
        if (arrow == std::string::npos) {
            arrow = body.find("->");
            arrow_len = 2;
        }
        if (arrow == std::string::npos) {
            q.error = sv ? "Skriv från → till, t.ex. Skolan → Socialtjänsten anmälan"
                         : "Write from → to, e.g. Skolan → Socialtjänsten anmälan";
            return q;
        }
        const std::string from_text = trim(body.substr(0, arrow));
        auto to_words = words(body.substr(arrow + arrow_len));
        FlowType type = as_type && kw != "överlämning" ? *as_type : FlowType::Overlamning;
        bool feedback = false;
        // Trailing words: "+återkoppling" / "med återkoppling" and a type word.
        while (to_words.size() > 1) {
            const std::string last = lower(to_words.back());
            if (last == "+återkoppling" || last == "+aterkoppling" ||
                (last == "återkoppling" && to_words.size() > 2 &&
                 lower(to_words[to_words.size() - 2]) == "med")) {
                feedback = true;
                to_words.pop_back();
                if (!to_words.empty() && lower(to_words.back()) == "med") to_words.pop_back();
                continue;
            }
            if (auto t = from_word<FlowType>(last)) {
                type = *t;
                to_words.pop_back();
                continue;
            }
            break;
        }
        const std::string to_text = join(to_words, 0, to_words.size());
        const Id from = match_name(m, from_text, RefActor), to = match_name(m, to_text, RefActor);
        if (from.empty() || to.empty()) {
            q.error = (sv ? "Hittar ingen enda aktör som heter «" : "No single actor named «") +
                      (from.empty() ? from_text : to_text) + "»";
            return q;
        }
        feedback = feedback && type == FlowType::Anmalan;
        q.created = add_flow(m, from, to, type, feedback);
        if (!q.created.cmd) {
            q.error =
                sv ? "Från och till måste vara två olika aktörer." : "From and to must differ.";
            return q;
        }
        q.preview = (sv ? "Ny " : "New ") + std::string(to_word(type)) + " " +
                    display_name(m, from) + " → " + display_name(m, to) +
                    (feedback ? (sv ? " med återkoppling" : " with feedback") : "");
        return q;
    }
    if (is(kw, {"process", "processkarta"})) {
        const std::string name = rest();
        if (!need_name(name)) return q;
        q.created = add_process(m, name, ctx.level);
        q.show_process = q.created.id;
        q.preview = (sv ? "Ny process «" : "New process «") + name + "»";
        return q;
    }
    if (is(kw, {"steg", "step", "simbana", "lane"})) {
        Id process = ctx.process;
        if (process.empty() && !m.processes.empty()) process = m.processes.back().id;
        if (process.empty()) {
            q.error = sv ? "Skapa först en process: process Namn" : "First create a process";
            return q;
        }
        const Process* p = find_by_id(m.processes, process);
        if (!p) return q;
        std::string body = rest();
        Id lane;
        if (kw == "simbana" || kw == "lane") {
            lane = match_name(m, body, RefActor);
            if (lane.empty()) {
                q.error = (sv ? "Hittar ingen enda aktör som heter «" : "No single actor named «") +
                          body + "»";
                return q;
            }
            q.created = add_lane(m, process, lane);
            q.created.id = process;
            q.show_process = process;
            q.preview =
                (sv ? "Ny simbana " : "New lane ") + display_name(m, lane) + " – " + p->name;
            return q;
        }
        // "steg NAME i ACTOR": the last " i " separates the lane.
        const auto at = lower(body).rfind(" i ");
        if (at != std::string::npos) {
            lane = match_name(m, body.substr(at + 3), RefActor);
            if (!lane.empty()) body = trim(body.substr(0, at));
        }
        if (lane.empty() && !p->steps.empty() && !p->steps.back().lanes.empty())
            lane = p->steps.back().lanes.front();
        if (!need_name(body)) return q;
        q.created = add_step(m, process, body, lane);
        q.show_process = process;
        q.preview = (sv ? "Nytt steg «" : "New step «") + body + "» – " + p->name +
                    (lane.empty() ? "" : ", " + display_name(m, lane));
        return q;
    }
    q.error =
        sv ? "Börja med nivå, huvudman, aktör, forum, överlämning, process, steg eller simbana."
           : "Start with nivå, huvudman, aktör, forum, överlämning, process, steg or simbana.";
    return q;
}

void draw_palette(App& app) {
    PaletteState& s = app.palette;
    if (s.open_request) {
        s.open_request = false;
        s.text = s.prefill;
        s.cursor_to_end = !s.text.empty();
        s.prefill.clear();
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y * 0.18f),
                                ImGuiCond_Always, ImVec2(0.5f, 0));
        ImGui::OpenPopup("###palette");
    }
    ImGui::SetNextWindowSize(ImVec2(620 * app.scale, 0));
    if (!ImGui::BeginPopup("###palette")) return;
    ImGui::TextUnformatted(tr(Str::QuickAddTitle));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    // A prefilled line ("nivå ") is continued, not replaced: the cursor goes to its end once.
    auto to_end = [](ImGuiInputTextCallbackData* d) {
        bool* pending = static_cast<bool*>(d->UserData);
        if (*pending) {
            d->CursorPos = d->SelectionStart = d->SelectionEnd = d->BufTextLen;
            *pending = false;
        }
        return 0;
    };
    const bool enter = ImGui::InputTextWithHint("##quick", tr(Str::QuickAddHint), &s.text,
                                                ImGuiInputTextFlags_EnterReturnsTrue |
                                                    ImGuiInputTextFlags_CallbackAlways,
                                                to_end, &s.cursor_to_end);
    test_hooks::item("palette:text");
    QuickAddContext ctx;
    ctx.lang = app.settings.lang;
    ctx.process = app.view.kind == render::ViewKind::Process ? app.view.process : Id{};
    // New actors and forums go on the selected element's level, else where the last one went.
    const Model& m = app.doc.model();
    if (const Unit* u = find_by_id(m.units, app.doc.selection); u && u->level.is_set())
        ctx.level = u->level.value();
    else if (const Forum* f = find_by_id(m.forums, app.doc.selection); f && f->level.is_set())
        ctx.level = f->level.value();
    else if (find_by_id(m.levels, app.doc.selection))
        ctx.level = app.doc.selection;
    else if (find_by_id(m.levels, s.last_level))
        ctx.level = s.last_level;
    QuickAdd q = parse_quick_add(m, s.text, ctx);
    if (!q.preview.empty())
        ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1), "%s %s", tr(Str::Enter), q.preview.c_str());
    else if (!q.error.empty())
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", q.error.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(Str::QuickAddHelp));
    if (enter && q.created.cmd) {
        const Id id = q.created.id;
        if (run_edit(app, std::move(q.created))) {
            if (find_by_id(app.doc.model().levels, id)) s.last_level = id;
            if (const Unit* u = find_by_id(app.doc.model().units, id); u && u->level.is_set())
                s.last_level = u->level.value();
            if (const Forum* f = find_by_id(app.doc.model().forums, id); f && f->level.is_set())
                s.last_level = f->level.value();
            if (!q.show_process.empty()) {
                app.view.kind = render::ViewKind::Process;
                app.view.process = q.show_process;
            }
        }
        ImGui::CloseCurrentPopup();
    } else if (enter) {
        ImGui::SetKeyboardFocusHere(-1); // keep typing: the message says what is missing
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace skm::gui
