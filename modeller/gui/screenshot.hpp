#pragma once
// Reads the back buffer after rendering and writes it as PNG (tests and documentation images).
#include <string>

namespace skm::gui {
// Returns false (with a message on stderr) when the file could not be written.
bool write_screenshot(const std::string& path, int width, int height);
} // namespace skm::gui
