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

std::string describe_fields(const ElementChange& c, std::size_t max_fields) {
    std::string out;
    for (std::size_t i = 0; i < c.fields.size() && i < max_fields; ++i) {
        const FieldChange& f = c.fields[i];
        if (!out.empty()) out += "; ";
        out += field_label(f.field) + ": " + cut(f.before) + " → " + cut(f.after);
    }
    if (c.fields.size() > max_fields)
        out +=
            " (+" + std::to_string(c.fields.size() - max_fields) + " " + tr(Str::CompareMore) + ")";
    return out;
}

std::string LoadDiskVersion::name(Lang l) const {
    return l == Lang::Sv ? "Läs in versionen på disken" : "Load the version on disk";
}

} // namespace skm::gui
