#include "screenshot.hpp"

#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <cstdio>
#include <filesystem>
#include <vector>

namespace skm::gui {

bool write_screenshot(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return false;
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    std::error_code ec;
    const auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    // OpenGL rows run bottom-up; PNG rows top-down.
    stbi_flip_vertically_on_write(1);
    if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3)) {
        std::fprintf(stderr, "screenshot: could not write %s\n", path.c_str());
        return false;
    }
    return true;
}

} // namespace skm::gui
