#include "paths.hpp"

#include <cstdlib>

namespace skm::gui {
namespace {

std::filesystem::path xdg(const char* var, const char* fallback_under_home) {
    if (const char* v = std::getenv(var); v && *v)
        return std::filesystem::path(v) / "samverkanskartan";
    const char* home = std::getenv("HOME");
    std::filesystem::path base =
        home && *home ? std::filesystem::path(home) : std::filesystem::temp_directory_path();
    return base / fallback_under_home / "samverkanskartan";
}

} // namespace

std::filesystem::path config_dir() {
    return xdg("XDG_CONFIG_HOME", ".config");
}
std::filesystem::path state_dir() {
    return xdg("XDG_STATE_HOME", ".local/state");
}

std::filesystem::path examples_dir() {
    // An installed copy may point elsewhere; the source tree is where the bundled maps live.
    if (const char* v = std::getenv("SKM_EXAMPLES_DIR"); v && *v) return v;
    return std::filesystem::path(SKM_SOURCE_DIR) / "models" / "examples";
}

} // namespace skm::gui
