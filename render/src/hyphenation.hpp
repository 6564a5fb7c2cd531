#pragma once
// Swedish hyphenation through libhyphen with Debian's hyphen-sv patterns (the dictionary
// LibreOffice uses), so a long word in a narrow box breaks as "socialsekre-terare", never as
// "Socialsekreterar e". The names on the maps are Swedish whatever the diagram language.
#include <cstddef>
#include <string_view>
#include <vector>

namespace skm::render::detail {

// Byte offsets into the UTF-8 `word` after which a hyphen may be set, ascending; at least two
// letters before and three after each. Only the word's longest run of letters is hyphenated
// ("(BUP-utredning)" is fine). Empty when the word has characters outside Latin-1 or the
// dictionary is missing.
std::vector<std::size_t> hyphenation_points(std::string_view word);

// Whether the hyphen-sv dictionary was found.
bool hyphenation_available();

} // namespace skm::render::detail
