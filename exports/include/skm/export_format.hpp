#pragma once
#include <string>

namespace skm::exports {
enum class Format { Svg, Pdf, Png, Dot };
bool parse_format(const std::string& s, Format& out);
const char* format_name(Format f);
} // namespace skm::exports
