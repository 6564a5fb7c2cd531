#include "skm/diagram_export.hpp"

#include "skm/diagram_render.hpp"
#include "skm/layout.hpp"
#include "skm/model_file.hpp"

#include <ctime>

namespace skm::exports {
namespace {

struct PaperInches {
    double w, h;
};

PaperInches sheet(const ExportOptions& o) {
    PaperInches p = o.paper == Paper::A4 ? PaperInches{8.27, 11.69} : PaperInches{11.69, 16.54};
    if (o.landscape) p = {p.h, p.w};
    return p;
}

std::string today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

} // namespace

ExportResult export_diagram(const Model& m, const render::ViewSpec& view, Format format,
                            const ExportOptions& options, const CheckResult* findings) {
    ExportResult r;
    const bool sv = view.lang == Lang::Sv;
    if (view.kind == render::ViewKind::Process && !find_by_id(m.processes, view.process)) {
        r.error = (sv ? "processen finns inte i modellen: " : "no such process in the model: ") +
                  view.process;
        return r;
    }
    if (format == Format::Dot) {
        r.bytes = render::build_dot(m, view, findings);
        r.ok = true;
        return r;
    }
    if (format == Format::Png && (options.dpi < 36 || options.dpi > 1200)) {
        r.error =
            (sv ? "ogiltig upplösning (dpi 36–1200): " : "invalid resolution (dpi 36–1200): ") +
            std::to_string(options.dpi);
        return r;
    }
    render::RenderSettings s;
    s.format = format_name(format);
    if (options.show_title_and_date) {
        s.heading = options.title.empty() ? render::view_title(m, view) : options.title;
        const std::string snapshot = m.info.snapshot.year > 0 ? m.info.snapshot.str() : "";
        // A to-be map (börläge) must not be presented as the current state.
        const bool to_be = m.info.status == ModelStatus::Borlage;
        if (!snapshot.empty())
            s.heading += (sv ? (to_be ? "  ·  börläge " : "  ·  nuläge ")
                             : (to_be ? "  ·  to be, " : "  ·  as of ")) +
                         snapshot;
        // PDF is the printed copy: it carries the day it was made. SVG stays byte-identical.
        if (format == Format::Pdf) s.heading += (sv ? "  ·  utskrift " : "  ·  printed ") + today();
    }
    if (format == Format::Pdf || format == Format::Png) {
        const auto p = sheet(options);
        s.paper_width_in = p.w;
        s.paper_height_in = p.h;
    }
    if (format == Format::Png) s.dpi = options.dpi;
    s.allow_in_process = options.allow_in_process;
    auto out = render::render_diagram(m, view, findings, s);
    r.ok = out.ok;
    r.error = out.error;
    r.bytes = std::move(out.bytes);
    return r;
}

ExportResult export_diagram_to_file(const Model& m, const render::ViewSpec& view, Format format,
                                    const std::string& path, const ExportOptions& options,
                                    const CheckResult* findings) {
    ExportResult r = export_diagram(m, view, format, options, findings);
    if (!r.ok) return r;
    try {
        write_file_atomically(path, r.bytes);
    } catch (const std::exception& e) {
        r.ok = false;
        r.error = (view.lang == Lang::Sv ? "kunde inte skriva " : "could not write ") + path +
                  ": " + e.what();
    }
    return r;
}

} // namespace skm::exports
