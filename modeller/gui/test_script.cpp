#include "test_script.hpp"

#include "app.hpp"
#include "edit_ops.hpp"
#include "element_access.hpp"
#include "screenshot.hpp"
#include "skm/model_file.hpp"
#include "test_hooks.hpp"
#include "workshop.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace skm::gui {

namespace {

constexpr int kHookWaitFrames = 240;

// ${NAME} → environment variable, so scripts can use per-test directories.
std::string expand_env(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') {
            const auto end = s.find('}', i + 2);
            if (end != std::string::npos) {
                const char* v = std::getenv(s.substr(i + 2, end - i - 2).c_str());
                out += v ? v : "";
                i = end;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

int key_code(const std::string& name) {
    static const std::map<std::string, int> named = {
        {"enter", GLFW_KEY_ENTER}, {"escape", GLFW_KEY_ESCAPE},       {"esc", GLFW_KEY_ESCAPE},
        {"tab", GLFW_KEY_TAB},     {"backspace", GLFW_KEY_BACKSPACE}, {"delete", GLFW_KEY_DELETE},
        {"left", GLFW_KEY_LEFT},   {"right", GLFW_KEY_RIGHT},         {"up", GLFW_KEY_UP},
        {"down", GLFW_KEY_DOWN},   {"home", GLFW_KEY_HOME},           {"end", GLFW_KEY_END},
        {"space", GLFW_KEY_SPACE},
    };
    if (auto it = named.find(name); it != named.end()) return it->second;
    if (name.size() == 1 && name[0] >= 'a' && name[0] <= 'z') return GLFW_KEY_A + (name[0] - 'a');
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') return GLFW_KEY_0 + (name[0] - '0');
    if (name.size() >= 2 && name[0] == 'f') {
        const int n = std::atoi(name.c_str() + 1);
        if (n >= 1 && n <= 12) return GLFW_KEY_F1 + n - 1;
    }
    return -1;
}

const Finding* finding_for(const App& app, const std::string& sub, const Id& element) {
    for (const auto& f : app.doc.findings().findings)
        if ((sub == "*" || f.sub == sub || f.rule == sub) && !f.elements.empty() &&
            f.elements.front() == element)
            return &f;
    return nullptr;
}

// "a | b | c" → {"a", "b", "c"}, for expectations about elements named with spaces.
std::vector<std::string> split_bars(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto bar = s.find(" | ", start);
        std::string part =
            s.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        const auto a = part.find_first_not_of(' ');
        const auto b = part.find_last_not_of(' ');
        out.push_back(a == std::string::npos ? "" : part.substr(a, b - a + 1));
        if (bar == std::string::npos) break;
        start = bar + 3;
    }
    return out;
}

// How many of something the model holds: a collection ("units"), "members:F-ID",
// "steps:P-ID", "lanes:P-ID", "conveners" (forums with a convener), "memberships" (all forums).
int count_of(const Model& m, const std::string& what) {
    const auto colon = what.find(':');
    const std::string kind = what.substr(0, colon),
                      id = colon == std::string::npos ? "" : what.substr(colon + 1);
    if (kind == "members")
        if (const Forum* f = find_by_id(m.forums, id)) return static_cast<int>(f->members.size());
    if (kind == "steps" || kind == "lanes") {
        const Process* p =
            id.empty() && !m.processes.empty() ? &m.processes.front() : find_by_id(m.processes, id);
        if (!p) return -1;
        if (kind == "steps") return static_cast<int>(p->steps.size());
        std::set<Id> used;
        for (const auto& s : p->steps)
            used.insert(s.lanes.begin(), s.lanes.end());
        return static_cast<int>(used.size());
    }
    if (kind == "conveners")
        return static_cast<int>(std::count_if(m.forums.begin(), m.forums.end(),
                                              [](const Forum& f) { return f.convener.is_set(); }));
    int n = -1;
    for_each_collection(m, [&](const char* name, const auto& items, RefKind) {
        if (what == name) n = static_cast<int>(items.size());
    });
    return n;
}

const Unit* unit_named(const Model& m, const std::string& name) {
    for (const auto& u : m.units)
        if (u.name == name) return &u;
    return nullptr;
}

// expect-unit NAME | PRINCIPAL NAME | LEVEL NAME
bool unit_matches(const Model& m, const std::vector<std::string>& p) {
    const Unit* u = p.empty() ? nullptr : unit_named(m, p[0]);
    if (!u) return false;
    if (p.size() > 1 && display_name(m, effective_principal(m, *u)) != p[1]) return false;
    if (p.size() > 2 && (!u->level.is_set() || display_name(m, u->level.value()) != p[2]))
        return false;
    return true;
}

// expect-level NAME | TIER (P, S, O, I or A)
bool level_matches(const Model& m, const std::vector<std::string>& p) {
    for (const auto& l : m.levels)
        if (!p.empty() && l.name == p[0]) return p.size() < 2 || to_word(l.tier) == p[1];
    return false;
}

// expect-flow FROM NAME | TO NAME | TYPE; an återkoppling must also answer a flow the other way.
bool flow_matches(const Model& m, const std::vector<std::string>& p) {
    if (p.size() < 3) return false;
    for (const auto& f : m.flows) {
        if (display_name(m, f.from) != p[0] || display_name(m, f.to) != p[1] ||
            to_word(f.type) != p[2])
            continue;
        if (f.type != FlowType::Aterkoppling) return true;
        const Flow* q =
            f.responds_to.is_set() ? find_by_id(m.flows, f.responds_to.value()) : nullptr;
        return q && q->from == f.to && q->to == f.from;
    }
    return false;
}

} // namespace

bool TestScript::load(const std::string& path, std::string& error) {
    file_ = path;
    std::ifstream in(path);
    if (!in) {
        error = "test script: cannot read " + path;
        return false;
    }
    std::string text;
    int number = 0;
    while (std::getline(in, text)) {
        ++number;
        const auto first = text.find_first_not_of(" \t");
        if (first == std::string::npos || text[first] == '#') continue;
        text = expand_env(text.substr(first));
        Line l;
        l.number = number;
        std::istringstream words(text);
        words >> l.verb;
        const auto after = text.find_first_of(" \t");
        if (after != std::string::npos) {
            const auto rest = text.find_first_not_of(" \t", after);
            if (rest != std::string::npos) l.rest = text.substr(rest);
        }
        for (std::string w; words >> w;)
            l.args.push_back(w);
        lines_.push_back(std::move(l));
    }
    return true;
}

void TestScript::fail(const std::string& what) {
    const int line = pc_ < lines_.size() ? lines_[pc_].number : 0;
    std::fprintf(stderr, "%s:%d: FAILED: %s\n", file_.c_str(), line, what.c_str());
    exit_code_ = 1;
    finished_ = true;
}

void TestScript::inject(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    for (int k : keys_down_)
        io.KeysDown[k] = false;
    keys_down_.clear();
    ctrl_ = shift_ = alt_ = false;

    if (!finished_ && !hang_) {
        // Several instantaneous commands may run in one frame; input commands end the frame.
        for (int guard = 0; guard < 64 && !finished_ && !hang_ && pc_ < lines_.size(); ++guard) {
            if (!step(app)) break;
            const bool instant =
                lines_[pc_].verb.starts_with("expect") || lines_[pc_].verb == "echo";
            ++pc_;
            sub_ = 0;
            frames_ = 0;
            since_.reset();
            // Input takes effect during this frame, so what follows it runs in the next one.
            const std::string& v = pc_ < lines_.size() ? lines_[pc_].verb : std::string();
            if (!instant || (!v.starts_with("expect") && v != "echo")) break;
        }
        if (pc_ >= lines_.size() && !finished_ && !hang_) {
            std::fprintf(stderr, "%s: script ended without `quit`\n", file_.c_str());
            exit_code_ = 1;
            finished_ = true;
        }
    }
    io.MousePos = mouse_x_ >= 0 ? ImVec2(mouse_x_, mouse_y_) : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = mouse_down_;
    io.MouseDown[1] = mouse_down_right_;
    io.MouseWheel += wheel_;
    wheel_ = 0;
    for (int k : keys_down_)
        io.KeysDown[k] = true;
    io.KeyCtrl = ctrl_;
    io.KeyShift = shift_;
    io.KeyAlt = alt_;
    if (!pending_text_.empty()) {
        io.AddInputCharactersUTF8(pending_text_.c_str());
        pending_text_.clear();
    }
}

void TestScript::after_render(App&) {
    if (pending_screenshot_.empty()) return;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const ImVec2 fb = ImGui::GetIO().DisplayFramebufferScale;
    if (!write_screenshot(pending_screenshot_, static_cast<int>(size.x * fb.x),
                          static_cast<int>(size.y * fb.y)))
        fail("screenshot " + pending_screenshot_);
    pending_screenshot_.clear();
}

bool TestScript::click_step(App&, const std::string& hook, int clicks, bool right) {
    // sub_: 0 aim, then press/release pairs.
    if (sub_ == 0) {
        const auto r = test_hooks::find(hook);
        if (!r) {
            if (++frames_ > kHookWaitFrames) fail("no widget named " + hook);
            return false;
        }
        mouse_x_ = (r->x0 + r->x1) / 2;
        mouse_y_ = (r->y0 + r->y1) / 2;
        mouse_down_ = mouse_down_right_ = false;
        ++sub_;
        return false;
    }
    (right ? mouse_down_right_ : mouse_down_) = (sub_ % 2) == 1;
    ++sub_;
    return sub_ > 2 * clicks;
}

// A press on one widget, a move in steps (so the app sees a drag) and a release on another.
bool TestScript::drag_step(const std::string& from, const std::string& to) {
    constexpr int kMoves = 8;
    if (sub_ == 0) {
        const auto a = test_hooks::find(from), b = test_hooks::find(to);
        if (!a || !b) {
            if (++frames_ > kHookWaitFrames) fail("no widget named " + (a ? to : from));
            return false;
        }
        drag_x0_ = (a->x0 + a->x1) / 2;
        drag_y0_ = (a->y0 + a->y1) / 2;
        drag_x1_ = (b->x0 + b->x1) / 2;
        drag_y1_ = (b->y0 + b->y1) / 2;
        mouse_x_ = drag_x0_;
        mouse_y_ = drag_y0_;
        mouse_down_ = false;
        ++sub_;
        return false;
    }
    if (sub_ == 1) {
        mouse_down_ = true;
    } else if (sub_ <= 1 + kMoves) {
        const float f = static_cast<float>(sub_ - 1) / kMoves;
        mouse_x_ = drag_x0_ + (drag_x1_ - drag_x0_) * f;
        mouse_y_ = drag_y0_ + (drag_y1_ - drag_y0_) * f;
    } else {
        mouse_down_ = false;
    }
    ++sub_;
    return sub_ > 3 + kMoves;
}

bool TestScript::key_step(const std::string& combo) {
    std::string rest = combo;
    int key = -1;
    while (!rest.empty()) {
        const auto plus = rest.find('+');
        std::string part = rest.substr(0, plus == std::string::npos ? rest.size() : plus);
        rest = plus == std::string::npos || plus + 1 >= rest.size() ? "" : rest.substr(plus + 1);
        if (part == "ctrl")
            ctrl_ = true;
        else if (part == "shift")
            shift_ = true;
        else if (part == "alt")
            alt_ = true;
        else
            key = key_code(part);
    }
    if (ctrl_) keys_down_.push_back(GLFW_KEY_LEFT_CONTROL);
    if (shift_) keys_down_.push_back(GLFW_KEY_LEFT_SHIFT);
    if (key < 0) {
        fail("unknown key " + combo);
        return true;
    }
    keys_down_.push_back(key);
    return true;
}

bool TestScript::step(App& app) {
    const Line& l = lines_[pc_];
    const auto arg = [&](std::size_t i) { return i < l.args.size() ? l.args[i] : std::string(); };
    const std::string& v = l.verb;
    if (v == "wait") return ++frames_ >= std::max(1, std::atoi(arg(0).c_str()));
    if (v == "sleep" || v == "wait-seconds") {
        if (!since_) since_ = std::chrono::steady_clock::now();
        return std::chrono::steady_clock::now() - *since_ >=
               std::chrono::duration<double>(std::atof(arg(0).c_str()));
    }
    if (v == "echo") {
        std::fprintf(stderr, "script: %s\n", l.rest.c_str());
        return true;
    }
    if (v == "dump-hooks") {
        for (const auto& n : test_hooks::names(arg(0)))
            std::fprintf(stderr, "hook: %s\n", n.c_str());
        return true;
    }
    // Input commands count as one user action each (a drag too: press, move, release).
    const bool counted = v == "click" || v == "double-click" || v == "right-click" || v == "drag" ||
                         v == "key" || v == "type";
    if (counted && sub_ == 0 && frames_ == 0) ++actions_;
    if (v == "click") return click_step(app, arg(0), 1);
    if (v == "double-click") return click_step(app, arg(0), 2);
    if (v == "right-click") return click_step(app, arg(0), 1, true);
    if (v == "drag") return drag_step(arg(0), arg(1));
    if (v == "window-size") {
        // For screenshots at a given window size (no window manager under Xvfb: exactly this).
        glfwSetWindowPos(app.window, 0, 0);
        glfwSetWindowSize(app.window, std::atoi(arg(0).c_str()), std::atoi(arg(1).c_str()));
        return true;
    }
    if (v == "walk-to-gap") {
        // Presses → in workshop mode (every other frame, so each press is a new one) until the gap
        // walk stands on a finding about an element of this kind: "flow", "forum", "unit", "step".
        const std::vector<const Finding*> open = workshop_gaps(app);
        const int gi = app.workshop_state.gap_index;
        if (gi >= 0 && gi < static_cast<int>(open.size()) && frames_ % 2 == 0) {
            const Id& el = open[static_cast<std::size_t>(gi)]->element();
            const std::uint32_t k = kind_of(app.doc.model(), el);
            const std::string want = arg(0);
            if ((want == "flow" && k == RefFlow) || (want == "forum" && k == RefForum) ||
                (want == "unit" && k == RefUnit) ||
                (want == "step" && find_step(app.doc.model(), el).step))
                return true;
        }
        if (++frames_ > 2000) {
            fail("no gap about a " + arg(0));
            return true;
        }
        if (frames_ % 2 == 1) keys_down_.push_back(GLFW_KEY_RIGHT);
        return false;
    }
    if (v == "report-actions") {
        std::printf("%s: %d actions\n", arg(0).c_str(), actions_);
        std::fflush(stdout);
        return true;
    }
    if (v == "reset-actions") {
        actions_ = 0;
        return true;
    }
    if (v == "hover") {
        const auto r = test_hooks::find(arg(0));
        if (!r) {
            if (++frames_ > kHookWaitFrames) fail("no widget named " + arg(0));
            return false;
        }
        mouse_x_ = (r->x0 + r->x1) / 2;
        mouse_y_ = (r->y0 + r->y1) / 2;
        return ++sub_ > 3;
    }
    if (v == "move-mouse") {
        mouse_x_ = static_cast<float>(std::atof(arg(0).c_str()));
        mouse_y_ = static_cast<float>(std::atof(arg(1).c_str()));
        return true;
    }
    if (v == "wheel") {
        wheel_ = static_cast<float>(std::atof(arg(0).c_str()));
        return true;
    }
    if (v == "type") {
        pending_text_ = l.rest;
        return true;
    }
    if (v == "key") return key_step(arg(0));
    if (v == "screenshot") {
        pending_screenshot_ = arg(0);
        return true;
    }
    if (v == "shell") {
        // Files changed behind the editor's back, and checks of what is on disk: a command for
        // /bin/sh that must succeed.
        const int rc = std::system(l.rest.c_str());
        if (rc != 0) fail("shell command failed (status " + std::to_string(rc) + "): " + l.rest);
        return true;
    }
    if (v == "hang") {
        std::fprintf(stderr, "script: hanging (waiting to be killed)\n");
        hang_ = true;
        return true;
    }
    if (v == "quit") {
        finished_ = true;
        return true;
    }
    if (v == "wait-map") {
        const double limit = l.args.empty() ? 60.0 : std::atof(arg(0).c_str());
        if (!since_) since_ = std::chrono::steady_clock::now();
        if (!MapSource::available()) {
            fail("map layout is not available in this build");
            return true;
        }
        if (app.layout && app.layout->revision == app.doc.generation() && !app.map.busy()) {
            if (!app.layout->ok) fail("layout failed: " + app.layout->error);
            return true;
        }
        if (std::chrono::steady_clock::now() - *since_ > std::chrono::duration<double>(limit))
            fail("map was not laid out within " + arg(0) + " s");
        return false;
    }
    if (v == "wait-hook") {
        if (test_hooks::find(arg(0))) return true;
        if (++frames_ > kHookWaitFrames * 4) fail("widget never appeared: " + arg(0));
        return false;
    }
    if (v == "wait-findings" || v.starts_with("expect")) {
        // The rules run in the background: expectations are about the findings of the model as
        // it is now, which arrive within a few frames (taken by App::frame, not waited for).
        if (!app.doc.findings_current()) {
            if (!since_) since_ = std::chrono::steady_clock::now();
            if (std::chrono::steady_clock::now() - *since_ > std::chrono::seconds(60)) {
                fail("the findings of the current model did not arrive within 60 s");
                return true;
            }
            return false;
        }
        if (v == "wait-findings") return true;
        if (!check(app, l)) fail(l.verb + " " + l.rest);
        return true;
    }
    fail("unknown command " + v);
    return true;
}

bool TestScript::check(App& app, const Line& l) {
    const auto arg = [&](std::size_t i) { return i < l.args.size() ? l.args[i] : std::string(); };
    const std::string& v = l.verb;
    const Model& m = app.doc.model();
    if (v == "expect-selection") return app.doc.selection == arg(0);
    if (v == "expect-exists") return kind_of(m, arg(0)) != 0;
    if (v == "expect-missing") return kind_of(m, arg(0)) == 0;
    if (v == "expect-caption") {
        const auto pos = l.rest.find_first_of(" \t");
        const std::string want =
            pos == std::string::npos ? "" : l.rest.substr(l.rest.find_first_not_of(" \t", pos));
        std::string got;
        if (!with_element(m, arg(0), [&](const auto& e) { got = element_caption(e); }))
            return false;
        if (got != want)
            std::fprintf(stderr, "caption of %s is \"%s\"\n", arg(0).c_str(), got.c_str());
        return got == want;
    }
    if (v == "expect-model-name") return m.info.name == l.rest;
    if (v == "expect-finding") {
        const Finding* f = finding_for(app, arg(0), arg(1));
        return f && !f->waived;
    }
    if (v == "expect-no-finding") return finding_for(app, arg(0), arg(1)) == nullptr;
    if (v == "expect-waived") {
        // Some finding of that rule ("*" = any) about the element is waived, and the waiver with
        // its justification is stored in the model.
        bool waived = false;
        for (const auto& f : app.doc.findings().findings)
            waived |= f.waived && !f.elements.empty() && f.elements.front() == arg(1) &&
                      (arg(0) == "*" || f.sub == arg(0) || f.rule == arg(0));
        bool stored = false;
        for (const auto& w : m.rules.waivers)
            stored |= w.element == arg(1) && !w.justification.empty();
        return waived && stored;
    }
    if (v == "expect-waiver-count")
        return static_cast<int>(m.rules.waivers.size()) == std::atoi(arg(0).c_str());
    if (v == "expect-json") return serialize_model(m).find(l.rest) != std::string::npos;
    if (v == "expect-dirty") return app.doc.dirty();
    if (v == "expect-clean") return !app.doc.dirty();
    if (v == "expect-title") return app.window_title.find(l.rest) != std::string::npos;
    if (v == "expect-undo")
        return app.doc.history().undo_name(Lang::Sv).find(l.rest) != std::string::npos;
    if (v == "expect-can-redo") return app.doc.history().can_redo();
    if (v == "expect-path") return app.doc.path() == arg(0);
    if (v == "expect-hook") return test_hooks::find(arg(0)).has_value();
    if (v == "expect-no-hook") return !test_hooks::find(arg(0)).has_value();
    if (v == "expect-workshop") return app.workshop == (arg(0) != "off");
    if (v == "expect-file") return std::filesystem::exists(arg(0));
    if (v == "expect-no-file") return !std::filesystem::exists(arg(0));
    if (v == "expect-language") return (app.settings.lang == Lang::En ? "en" : "sv") == arg(0);
    if (v == "expect-map-nodes") {
        const int want = std::atoi(arg(0).c_str());
        return app.layout && app.layout->ok &&
               static_cast<int>(app.layout->geometry.nodes.size()) >= want;
    }
    if (v == "expect-level-of") {
        // expect-level-of ID LEVEL-ID: the unit's or forum's level.
        if (const Unit* u = find_by_id(m.units, arg(0))) return u->level.value_or("") == arg(1);
        if (const Forum* f = find_by_id(m.forums, arg(0))) return f->level.value_or("") == arg(1);
        return false;
    }
    if (v == "expect-gaps-only") {
        // expect-gaps-only error|warning: the workshop walk holds findings of at most this
        // severity, and at least one.
        const auto gaps = workshop_gaps(app);
        const int max = arg(0) == "error" ? 0 : arg(0) == "warning" ? 1 : 2;
        return !gaps.empty() && std::all_of(gaps.begin(), gaps.end(), [&](const Finding* f) {
            return static_cast<int>(f->severity) <= max;
        });
    }
    if (v == "expect-reopenable") return why_unopenable(m).empty();
    if (v == "expect-step-next") {
        // expect-step-next P-ID.S-ID S-ID…: exactly these next steps, in order.
        const StepRef r = find_step(m, arg(0));
        if (!r.step) return false;
        return r.step->next == std::vector<Id>(l.args.begin() + 1, l.args.end());
    }
    if (v == "expect-actions-at-most") return actions_ <= std::atoi(arg(0).c_str());
    if (v == "expect-count") return count_of(m, arg(0)) == std::atoi(arg(1).c_str());
    if (v == "expect-unit") return unit_matches(m, split_bars(l.rest));
    if (v == "expect-flow") return flow_matches(m, split_bars(l.rest));
    if (v == "expect-level") return level_matches(m, split_bars(l.rest));
    std::fprintf(stderr, "unknown expectation %s\n", v.c_str());
    return false;
}

} // namespace skm::gui
