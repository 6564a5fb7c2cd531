#include "settings.hpp"

#include "paths.hpp"
#include "skm/model_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace skm::gui {

void Settings::add_recent(const std::string& path) {
    recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
    recent.insert(recent.begin(), path);
    if (recent.size() > kMaxRecent) recent.resize(kMaxRecent);
}

std::filesystem::path settings_path() {
    return config_dir() / "settings.ini";
}

Settings load_settings(const std::filesystem::path& path) {
    Settings s;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos || line.starts_with('#')) continue;
        std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        try {
            if (key == "window_width")
                s.window_width = std::clamp(std::stoi(value), 400, 10000);
            else if (key == "window_height")
                s.window_height = std::clamp(std::stoi(value), 300, 10000);
            else if (key == "language")
                s.lang = value == "en" ? Lang::En : Lang::Sv;
            else if (key == "theme")
                s.theme = value == "dark" ? Theme::Dark : Theme::Light;
            else if (key == "author")
                s.author = value;
            else if (key == "recent" && !value.empty() && s.recent.size() < Settings::kMaxRecent)
                s.recent.push_back(value);
        } catch (const std::exception&) {
            // A hand-edited bad number keeps its default rather than stopping the editor.
        }
    }
    return s;
}

bool save_settings(const Settings& s, const std::filesystem::path& path) {
    std::ostringstream out;
    out << "# Samverkanskartan settings\n";
    out << "window_width=" << s.window_width << "\n";
    out << "window_height=" << s.window_height << "\n";
    out << "language=" << (s.lang == Lang::En ? "en" : "sv") << "\n";
    out << "theme=" << (s.theme == Theme::Dark ? "dark" : "light") << "\n";
    out << "author=" << s.author << "\n";
    for (const auto& r : s.recent)
        out << "recent=" << r << "\n";
    try {
        std::filesystem::create_directories(path.parent_path());
        write_file_atomically(path.string(), out.str());
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace skm::gui
