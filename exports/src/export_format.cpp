#include "skm/export_format.hpp"

namespace skm::exports {

bool parse_format(const std::string& s, Format& out) {
    if (s == "svg")
        out = Format::Svg;
    else if (s == "pdf")
        out = Format::Pdf;
    else if (s == "png")
        out = Format::Png;
    else if (s == "dot")
        out = Format::Dot;
    else
        return false;
    return true;
}

const char* format_name(Format f) {
    switch (f) {
    case Format::Svg:
        return "svg";
    case Format::Pdf:
        return "pdf";
    case Format::Png:
        return "png";
    case Format::Dot:
        return "dot";
    }
    return "svg";
}

} // namespace skm::exports
