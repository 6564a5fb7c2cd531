#include "fonts.hpp"

#include <imgui.h>

#include <array>
#include <cstdlib>
#include <filesystem>

namespace skm::gui {
namespace {

// Latin-1, Latin Extended-A (for names such as "Łukasz" or "Škoda"), the dashes, quotes and
// ellipsis that Swedish typography uses, arrows used in command names ("→") and the map's marks.
constexpr ImWchar kRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement (å ä ö é ü)
    0x0100, 0x017F, // Latin Extended-A
    0x2010, 0x2027, // dashes, quotes, bullet, ellipsis
    0x2190, 0x2193, // arrows
    0x25B2, 0x25C0, // triangles for tree toggles and the legend
    0x2605, 0x2605, // the star that marks a forum's convener on the map
    0,
};

std::filesystem::path find_dejavu() {
    if (const char* v = std::getenv("SKM_FONT"); v && *v) return v;
    for (const char* p :
         {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
          "/usr/local/share/fonts/DejaVuSans.ttf"})
        if (std::filesystem::exists(p)) return p;
    return {};
}

} // namespace

Fonts load_fonts(float content_scale) {
    ImGuiIO& io = ImGui::GetIO();
    const float scale = content_scale > 0.5f ? content_scale : 1.0f;
    Fonts f;
    const auto path = find_dejavu();
    if (!path.empty()) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        f.normal = io.Fonts->AddFontFromFileTTF(path.c_str(), 17.0f * scale, &cfg, kRanges);
        f.large = io.Fonts->AddFontFromFileTTF(path.c_str(), 30.0f * scale, &cfg, kRanges);
        f.title = io.Fonts->AddFontFromFileTTF(path.c_str(), 42.0f * scale, &cfg, kRanges);
        f.dejavu = f.normal && f.large && f.title;
    }
    if (!f.dejavu) {
        io.Fonts->Clear();
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * scale;
        f.normal = io.Fonts->AddFontDefault(&cfg);
        cfg.SizePixels = 26.0f * scale;
        f.large = io.Fonts->AddFontDefault(&cfg);
        f.title = f.large;
    }
    io.FontDefault = f.normal;
    return f;
}

} // namespace skm::gui
