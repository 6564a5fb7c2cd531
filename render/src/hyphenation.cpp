#include "hyphenation.hpp"

#include <hyphen.h>

#include <cstdlib>
#include <mutex>
#include <string>

namespace skm::render::detail {
namespace {

constexpr const char* kDictionary = "/usr/share/hyphen/hyph_sv_SE.dic"; // package hyphen-sv

struct Dictionary {
    HyphenDict* dict = nullptr;
    std::mutex mutex;
    Dictionary() { dict = hnj_hyphen_load(kDictionary); }
    ~Dictionary() {
        if (dict) hnj_hyphen_free(dict);
    }
    Dictionary(const Dictionary&) = delete;
    Dictionary& operator=(const Dictionary&) = delete;
};

Dictionary& dictionary() {
    static Dictionary d;
    return d;
}

bool is_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7);
}

// The dictionary is ISO 8859-1 and its patterns are lower case.
char to_latin1_lower(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') cp += 0x20;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
    return static_cast<char>(static_cast<unsigned char>(cp));
}

} // namespace

bool hyphenation_available() {
    return dictionary().dict != nullptr;
}

std::vector<std::size_t> hyphenation_points(std::string_view word) {
    // Code points with their byte offsets; anything outside Latin-1 ends the attempt.
    std::vector<char32_t> cps;
    std::vector<std::size_t> offset;
    for (std::size_t i = 0; i < word.size();) {
        const auto c = static_cast<unsigned char>(word[i]);
        char32_t cp = 0;
        std::size_t len = 1;
        if (c < 0x80)
            cp = c;
        else if ((c & 0xE0) == 0xC0 && i + 1 < word.size())
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu), len = 2;
        else
            return {};
        offset.push_back(i);
        cps.push_back(cp);
        i += len;
    }
    offset.push_back(word.size());
    // The longest run of letters.
    std::size_t best_start = 0, best_len = 0;
    for (std::size_t i = 0; i < cps.size();) {
        if (!is_letter(cps[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < cps.size() && is_letter(cps[j]))
            ++j;
        if (j - i > best_len) best_start = i, best_len = j - i;
        i = j;
    }
    if (best_len < 5) return {};
    Dictionary& d = dictionary();
    if (!d.dict) return {};
    std::string latin1;
    for (std::size_t k = 0; k < best_len; ++k)
        latin1 += to_latin1_lower(cps[best_start + k]);
    std::vector<char> hyphens(latin1.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    {
        std::lock_guard lock(d.mutex);
        hnj_hyphen_hyphenate3(d.dict, latin1.c_str(), static_cast<int>(latin1.size()),
                              hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 2);
    }
    std::vector<std::size_t> points;
    for (std::size_t k = 0; k + 1 < latin1.size(); ++k) {
        // Non-standard breaks (a letter changes at the break) are left out: a plain hyphen
        // there would misspell the word.
        const bool standard = !rep || !rep[k];
        if ((hyphens[k] & 1) && standard) points.push_back(offset[best_start + k + 1]);
    }
    if (rep) {
        for (std::size_t k = 0; k < latin1.size(); ++k)
            std::free(rep[k]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return points;
}

} // namespace skm::render::detail
