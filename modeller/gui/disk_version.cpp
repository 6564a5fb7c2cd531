#include "disk_version.hpp"

#include "i18n.hpp"

#include <exception>

namespace skm::gui {
namespace {

// Compact JSON values can be long (a whole list): the list shows their start.
std::string cut(const std::string& v, std::size_t max = 40) {
    if (v.size() <= max) return v;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(v[end]) & 0xC0) == 0x80)
        --end; // not inside a UTF-8 sequence
    return v.substr(0, end) + "…";
}

} // namespace

DiskVersion load_disk_version(const std::string& path) {
    DiskVersion d;
    try {
        d.model = load_model_file(path, d.stamp);
        d.ok = true;
    } catch (const ModelFileError& e) {
        d.error = path + "\n";
        for (const auto& p : e.problems())
            d.error += p.where + ": " + p.problem + "\n";
    } catch (const std::exception& e) {
        d.error = e.what();
    }
    return d;
}

std::string describe_fields(const ElementChange& c, const Model& disk, const Model& editor,
                            std::size_t max_fields) {
    // The values as the report's "Förändringar sedan …" shows them: names instead of ids,
    // "uppgift saknas" and "ingen" instead of null and false, lists joined.
    const Lang lang = language();
    auto text = [&](const std::vector<ValueLine>& lines) {
        std::string out;
        for (const auto& l : lines)
            out += (out.empty() ? "" : ", ") + l.text;
        return cut(out.empty() ? std::string("–") : out);
    };
    const auto fields = readable_fields(c, disk, editor, lang);
    std::string out;
    for (std::size_t i = 0; i < fields.size() && i < max_fields; ++i) {
        if (!out.empty()) out += "; ";
        out += fields[i].field + ": " + text(fields[i].before) + " → " + text(fields[i].after);
    }
    if (fields.size() > max_fields)
        out +=
            " (+" + std::to_string(fields.size() - max_fields) + " " + tr(Str::CompareMore) + ")";
    return out;
}

std::string LoadDiskVersion::name(Lang l) const {
    return l == Lang::Sv ? "Läs in versionen på disken" : "Load the version on disk";
}

} // namespace skm::gui
