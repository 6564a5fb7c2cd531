#pragma once
// Choosing a file to open or save: the desktop's own GTK dialog (zenity) when it is installed and
// a display exists, otherwise a dialog inside the editor (path field + directory listing).
// Neither blocks the frame loop: zenity runs on a worker thread.
#include <filesystem>
#include <future>
#include <optional>
#include <string>

namespace skm::gui {

class FileDialog {
  public:
    enum class Mode { Open, Save };

    // Starts a dialog; `start` is the directory or file it opens at.
    void open(Mode mode, const std::string& start, bool allow_native = true);
    bool active() const { return active_; }
    // Draw the in-app dialog (if that is the one in use) and return the chosen path once.
    std::optional<std::string> frame();
    // The desktop's Save dialog has already asked "replace?" for an existing file.
    bool confirmed_overwrite() const { return native_ && mode_ == Mode::Save; }

  private:
    void draw_in_app();
    Mode mode_ = Mode::Open;
    bool active_ = false;
    bool native_ = false;
    bool just_opened_ = false;
    std::future<std::optional<std::string>> native_result_;
    std::string path_buf_;
    std::filesystem::path dir_;
    std::optional<std::string> chosen_;
};

// True when `zenity` is on PATH and DISPLAY or WAYLAND_DISPLAY is set.
bool native_dialog_available();

} // namespace skm::gui
