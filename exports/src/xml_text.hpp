#pragma once
// Text that is safe inside XML (SVG, the DOCX's raw blocks): markup characters escaped, and
// everything XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF, broken UTF-8) replaced, so
// a file is well-formed whatever the user typed.
#include <string>
#include <string_view>

namespace skm::exports {

std::string xml_escape(std::string_view text);

} // namespace skm::exports
