#pragma once
// The editor's remembered preferences (window size, language, theme, recent files), stored as a
// small ini file in config_dir().
#include "skm/lang.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace skm::gui {

enum class Theme { Light, Dark };

struct Settings {
    int window_width = 1400;
    int window_height = 900;
    Lang lang = Lang::Sv;
    Theme theme = Theme::Light;
    std::string author;              // default name for waivers
    std::vector<std::string> recent; // newest first

    void add_recent(const std::string& path);
    static constexpr std::size_t kMaxRecent = 10;
};

std::filesystem::path settings_path();
Settings load_settings(const std::filesystem::path& path);
// Returns false when the file could not be written (the editor keeps running).
bool save_settings(const Settings& s, const std::filesystem::path& path);

} // namespace skm::gui
