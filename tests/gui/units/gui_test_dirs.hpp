#pragma once
// A scratch folder of its own for a gui unit test, empty at the start.
#include <filesystem>
#include <string>

namespace skm::gui::test {

inline std::filesystem::path fresh_dir(const std::string& name) {
    const std::filesystem::path dir =
        std::filesystem::path(SKM_BINARY_DIR) / "tests" / "gui" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace skm::gui::test
