#pragma once
// DejaVu Sans with the glyphs Swedish text needs, at a normal size for editing and a large size
// for workshop mode, both scaled by the monitor's content scale.
struct ImFont;

namespace skm::gui {

struct Fonts {
    ImFont* normal = nullptr;
    ImFont* large = nullptr; // workshop mode: readable on a projector
    ImFont* title = nullptr; // workshop headings
    bool dejavu = false; // false: fell back to ImGui's built-in font (no å ä ö beyond Latin-1)
};

// Call once after ImGui::CreateContext() and before the first frame.
Fonts load_fonts(float content_scale);

} // namespace skm::gui
