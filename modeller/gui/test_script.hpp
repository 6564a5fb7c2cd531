#pragma once
// --test-script FILE: a small command language executed frame by frame against the running
// editor. It injects real ImGui input the 1.86 way (io.MousePos / io.MouseDown / io.KeysDown after
// the GLFW backend's NewFrame, AddInputCharactersUTF8 before ImGui::NewFrame), takes screenshots
// from the back buffer, and checks the model, selection and findings. See docs/editor.md.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace skm::gui {

class App;

class TestScript {
  public:
    bool load(const std::string& path, std::string& error);
    void inject(App& app);       // between ImGui_ImplGlfw_NewFrame and ImGui::NewFrame
    void after_render(App& app); // before the buffer swap (screenshots)
    bool finished() const { return finished_; }
    int exit_code() const { return exit_code_; }

  private:
    struct Line {
        int number;
        std::string verb;
        std::vector<std::string> args;
        std::string rest; // everything after the verb, for `type`
    };
    bool step(App& app); // runs the current command; true when it is done
    void fail(const std::string& what);
    bool check(App& app, const Line& l);
    bool click_step(App& app, const std::string& hook, int clicks, bool right = false);
    bool drag_step(const std::string& from, const std::string& to);
    bool key_step(const std::string& combo);

    std::string file_;
    std::vector<Line> lines_;
    std::size_t pc_ = 0;
    int sub_ = 0;    // progress within a multi-frame command
    int frames_ = 0; // frames spent in the current command
    std::optional<std::chrono::steady_clock::time_point> since_;
    float mouse_x_ = -1, mouse_y_ = -1;
    bool mouse_down_ = false;
    bool mouse_down_right_ = false;
    float drag_x0_ = 0, drag_y0_ = 0, drag_x1_ = 0, drag_y1_ = 0;
    int actions_ = 0; // clicks, drags, key chords and typed fields, for the action-count tests
    float wheel_ = 0;
    std::vector<int> keys_down_;
    bool ctrl_ = false, shift_ = false, alt_ = false;
    std::string pending_text_;
    std::string pending_screenshot_;
    bool finished_ = false;
    bool hang_ = false;
    int exit_code_ = 0;
};

} // namespace skm::gui
