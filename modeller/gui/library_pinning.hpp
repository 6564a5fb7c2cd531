#pragma once
// Under AddressSanitizer only: keeps the OpenGL driver libraries mapped until the process ends.
// Mesa unloads its DRI driver when the display closes; leaks inside it are then reported from an
// "<unknown module>" that no suppression (tests/lsan.supp) can name.
namespace skm::gui {
void keep_graphics_libraries_loaded();
} // namespace skm::gui
