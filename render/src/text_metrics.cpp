#include "text_metrics.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <array>
#include <cstdint>
#include <mutex>
#include <unordered_map>

namespace skm::render::detail {
namespace {

// Debian's fonts-dejavu-core (a base dependency, see scripts/install-deps.sh).
constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr double kFallbackAdvance = 0.6; // em, when the font file is missing

// One face, its advances in em cached per code point. Every code point below kDirect is read
// when the face is opened (all of Latin, punctuation, arrows and symbols used on the maps);
// others on first use, under the mutex.
class Face {
  public:
    static constexpr char32_t kDirect = 0x2700;

    explicit Face(const char* path) {
        if (FT_Init_FreeType(&lib_) != 0) return;
        if (FT_New_Face(lib_, path, 0, &face_) != 0) {
            face_ = nullptr;
            return;
        }
        upem_ = face_->units_per_EM > 0 ? face_->units_per_EM : 2048;
        metrics_.ascent = static_cast<double>(face_->ascender) / upem_;
        metrics_.line_height = static_cast<double>(face_->height) / upem_;
        for (char32_t cp = 0; cp < kDirect; ++cp)
            direct_[cp] = static_cast<float>(read(cp));
    }
    ~Face() {
        if (face_) FT_Done_Face(face_);
        if (lib_) FT_Done_FreeType(lib_);
    }
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;

    bool ok() const { return face_ != nullptr; }
    const FontMetrics& metrics() const { return metrics_; }

    double advance(char32_t cp) {
        if (!face_) return cp < 0x20 ? 0 : kFallbackAdvance;
        if (cp < kDirect) return direct_[cp];
        std::lock_guard lock(mutex_);
        auto it = other_.find(cp);
        if (it != other_.end()) return it->second;
        const double a = read(cp);
        other_.emplace(cp, a);
        return a;
    }

  private:
    double read(char32_t cp) {
        if (cp < 0x20) return 0;
        FT_UInt glyph = FT_Get_Char_Index(face_, cp);
        // A character the font lacks is drawn from a fallback font of about this width.
        if (glyph == 0) return kFallbackAdvance;
        if (FT_Load_Glyph(face_, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0)
            return kFallbackAdvance;
        return static_cast<double>(face_->glyph->advance.x) / upem_;
    }

    FT_Library lib_ = nullptr;
    FT_Face face_ = nullptr;
    double upem_ = 2048;
    FontMetrics metrics_;
    std::array<float, kDirect> direct_{};
    std::mutex mutex_;
    std::unordered_map<char32_t, double> other_;
};

Face& face(bool bold) {
    static Face regular(kRegular);
    static Face heavy(kBold);
    return bold ? heavy : regular;
}

// Decodes one UTF-8 sequence; invalid bytes count as U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80             ? 1
              : (c & 0xE0) == 0xC0 ? 2
              : (c & 0xF0) == 0xE0 ? 3
              : (c & 0xF8) == 0xF0 ? 4
                                   : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

} // namespace

double text_width(std::string_view text, double size, bool bold) {
    Face& f = face(bold);
    double em = 0;
    for (std::size_t i = 0; i < text.size();)
        em += f.advance(next_code_point(text, i));
    return em * size;
}

FontMetrics font_metrics() {
    return face(false).metrics();
}

bool font_found() {
    return face(false).ok() && face(true).ok();
}

} // namespace skm::render::detail
