#pragma once
// The words a reader sees for the model file's keys: a field ("convener" → "Sammankallande") and a
// collection ("forums" → "Forum"), in either language. The report's "Förändringar sedan …" and the
// editor's comparison name fields with them; an unknown key is returned as it is, so a field added
// later still shows up.
#include "skm/lang.hpp"

#include <string>
#include <string_view>

namespace skm {

std::string field_title(std::string_view key, Lang lang);
// Also "model" (the header) and "rule_settings".
std::string collection_title(std::string_view collection, Lang lang);

} // namespace skm
