#pragma once
// Names for widgets, so a test script can click "outline:F-LGS" instead of a pixel position.
// Each frame records where the named items were drawn; the script runner aims at them in the next.
#include <optional>
#include <string>
#include <vector>

namespace skm::gui::test_hooks {

struct Rect {
    float x0, y0, x1, y1;
};

void enable(bool on);
bool enabled();
// Records the rect of the last ImGui item under this name (only while enabled).
void item(const std::string& name);
// Swaps the frame's records in; call once per frame before drawing.
void begin_frame();
std::optional<Rect> find(const std::string& name);
// Names recorded in the last frame that start with `prefix` (for writing and debugging scripts).
std::vector<std::string> names(const std::string& prefix);

} // namespace skm::gui::test_hooks
