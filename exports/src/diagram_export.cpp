// Diagram exports: lay the view out (in the worker process when it can be found), plan the pages
// for the paper, draw each page as a scene and serialise it (SVG, PDF, PNG). DOT is the layout
// input itself.
#include "skm/diagram_export.hpp"

#include "cairo_writer.hpp"
#include "figure_pages.hpp"
#include "skm/diagram_render.hpp"
#include "skm/layout.hpp"
#include "skm/output_file.hpp"
#include "svg_writer.hpp"

#include <algorithm>
#include <ctime>
#include <memory>

namespace skm::exports {
namespace {

std::string today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string tr(bool sv, const char* s, const char* e) {
    return sv ? s : e;
}

render::LayoutResult lay_out(const Model& m, const render::ViewSpec& view,
                             const CheckResult* findings, const ExportOptions& o) {
    // A crash in Graphviz must never take the editor down: there the worker is required. The
    // command line may lay out in its own process when no worker is installed.
    if (render::layout_worker_available() || !o.allow_in_process)
        return render::layout_view(m, view, findings, o.timeout_seconds);
    return render::layout_view_in_process(m, view, findings);
}

// Pages for a structure map that is too large for one page: one page per level band, when each
// band then fits legibly. A note on each page says which other bands it is linked to.
struct BandPages {
    std::vector<std::unique_ptr<render::Geometry>> layouts;
    std::vector<figure::PagePlan> plans;
};

bool plan_by_band(const Model& m, const render::ViewSpec& view, const CheckResult* findings,
                  const ExportOptions& o, const figure::PageFormat& f, const figure::Decor& d,
                  const render::Geometry& whole, BandPages& out) {
    const bool sv = view.lang == Lang::Sv;
    const auto levels = levels_in_order(m);
    if (levels.size() < 2) return false;
    // Which band each node of the whole map lies in, to name the links between bands.
    auto band_of = [&](const Id& node) -> Id {
        for (const auto& n : whole.nodes)
            if (n.element == node) {
                const render::Point c{n.box.x + n.box.w / 2, n.box.y + n.box.h / 2};
                for (const auto& cl : whole.clusters)
                    for (const Level* l : levels)
                        if (cl.element == l->id && cl.box.contains(c)) return l->id;
            }
        return {};
    };
    std::vector<const Level*> shown;
    for (const Level* l : levels) {
        render::ViewSpec v = view;
        v.only_level = l->id;
        auto r = lay_out(m, v, findings, o);
        if (!r.ok) return false;
        if (figure::is_empty_view(r.geometry)) continue;
        auto g = std::make_unique<render::Geometry>(std::move(r.geometry));
        auto plans = figure::plan_pages(*g, f, d, view.lang);
        if (plans.size() != 1) return false; // a band that still needs cutting: cut the whole
        plans[0].part = tr(sv, "Nivå: ", "Level: ") + l->name;
        out.plans.push_back(plans[0]);
        out.layouts.push_back(std::move(g));
        shown.push_back(l);
    }
    if (out.plans.size() < 2) return false;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        std::vector<std::string> linked;
        for (const auto& e : whole.edges) {
            const Id a = band_of(e.from), b = band_of(e.to);
            Id other;
            if (a == shown[i]->id && b != a) other = b;
            if (b == shown[i]->id && b != a) other = a;
            for (std::size_t k = 0; k < shown.size(); ++k)
                if (k != i && shown[k]->id == other) {
                    const std::string s =
                        shown[k]->name + tr(sv, " (sida ", " (page ") + std::to_string(k + 1) + ")";
                    if (std::find(linked.begin(), linked.end(), s) == linked.end())
                        linked.push_back(s);
                }
        }
        if (!linked.empty()) {
            std::string note = tr(sv, "kopplingar till ", "links to ");
            for (std::size_t k = 0; k < linked.size(); ++k)
                note += (k ? ", " : "") + linked[k];
            out.plans[i].notes.push_back(note);
        }
    }
    return true;
}

} // namespace

bool parse_paper(const std::string& s, Paper& out) {
    std::string v = s;
    for (auto& c : v)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (v == "a4")
        out = Paper::A4;
    else if (v == "a3")
        out = Paper::A3;
    else if (v == "text-width" || v == "textwidth" || v == "textbredd")
        out = Paper::TextWidth;
    else if (v == "text-width-landscape" || v == "textbredd-liggande")
        out = Paper::TextWidthLandscape;
    else if (v == "slide" || v == "bildspel")
        out = Paper::Slide;
    else
        return false;
    return true;
}

ExportResult export_diagram(const Model& m, const render::ViewSpec& view, Format format,
                            const ExportOptions& options, const CheckResult* findings) {
    ExportResult r;
    const bool sv = view.lang == Lang::Sv;
    if (view.kind == render::ViewKind::Process && !find_by_id(m.processes, view.process)) {
        r.error = tr(sv, "processen finns inte i modellen: ", "no such process in the model: ") +
                  view.process;
        return r;
    }
    if (format == Format::Dot) {
        r.bytes = render::build_dot(m, view, findings);
        r.pages = {r.bytes};
        r.page_count = 1;
        r.ok = true;
        return r;
    }
    if (format == Format::Png && (options.dpi < 36 || options.dpi > 1200)) {
        r.error =
            tr(sv, "ogiltig upplösning (dpi 36–1200): ", "invalid resolution (dpi 36–1200): ") +
            std::to_string(options.dpi);
        return r;
    }
    const figure::PageFormat f =
        figure::page_format(options.paper, options.landscape, format, view.lang);
    // Lay the map out for the page's shape (rows wrap to its width, portrait turns process lanes
    // into columns), at the scale it will be printed: text 12 pt in the layout prints at 9 pt.
    render::ViewSpec shaped = view;
    if (shaped.page_width <= 0 && shaped.page_height <= 0) {
        const double scale = std::max(0.75, f.min_body / 12.0);
        const double m2 = 2 * std::max(f.margin, 4.0);
        shaped.page_width = (f.width - m2) / scale;
        shaped.page_height = (f.height - m2 - 60) / scale; // heading and legend
    }
    render::LayoutResult laid = lay_out(m, shaped, findings, options);
    if (!laid.ok) {
        r.error = laid.error;
        return r;
    }
    // The hint assumed 12 pt body text; member chips and secondary lines are smaller, so the
    // legible scale can be larger than assumed and the map then overflows the page's width
    // (Östermalm's structure map went to 14 A4 pages, most of them slivers). Lay it out once
    // more for the scale it will really be printed at.
    if (view.page_width <= 0 && view.page_height <= 0) {
        const double guess = std::max(0.75, f.min_body / 12.0);
        const double need = figure::min_legible_scale(laid.geometry, f);
        if (need > guess * 1.01) {
            const double m2 = 2 * std::max(f.margin, 4.0);
            render::ViewSpec again = view;
            again.page_width = (f.width - m2) / need;
            again.page_height = (f.height - m2 - 60) / need;
            render::LayoutResult second = lay_out(m, again, findings, options);
            if (second.ok) {
                laid = std::move(second);
                shaped = again;
            }
        }
    }
    std::string empty;
    if (figure::is_empty_view(laid.geometry, &empty)) {
        r.empty_view = true;
        r.error = render::view_title(m, view) + ": " +
                  (empty.empty() ? tr(sv, "vyn har inget att visa", "the view has nothing to show")
                                 : empty);
        return r;
    }

    figure::Decor decor;
    if (options.show_title_and_date) {
        decor.heading = options.title.empty() ? render::view_title(m, view) : options.title;
        const bool to_be = m.info.status == ModelStatus::Borlage;
        // A to-be map (börläge) must not be presented as the current state.
        if (m.info.snapshot.year > 0)
            decor.subline = (to_be ? tr(sv, "börläge ", "to be, ") : tr(sv, "nuläge ", "as of ")) +
                            m.info.snapshot.str();
        if (format == Format::Pdf)
            decor.subline += (decor.subline.empty() ? "" : "  ·  ") +
                             tr(sv, "utskrift ", "printed ") +
                             (options.printed_date.empty() ? today() : options.printed_date);
    }
    decor.legend = laid.geometry.legend;

    std::vector<figure::PagePlan> plans = figure::plan_pages(laid.geometry, f, decor, view.lang);
    // A process that does not fit its page may read better the other way round: lanes as
    // columns print as a strip of pages downwards instead of a grid of half-empty pages (a
    // 4-lane, 8-step process on A4 landscape took 3 × 2 pages with lanes as rows). The direction
    // with fewer pages wins; the page's own direction wins a tie.
    render::LayoutResult turned;
    if (plans.size() > 1 && view.kind == render::ViewKind::Process &&
        view.lanes == render::LaneFlow::Auto) {
        render::ViewSpec other = shaped;
        const bool portrait_page = f.height > f.width;
        other.lanes = portrait_page ? render::LaneFlow::LeftToRight : render::LaneFlow::TopToBottom;
        turned = lay_out(m, other, findings, options);
        if (turned.ok && !figure::is_empty_view(turned.geometry, nullptr)) {
            figure::Decor d2 = decor;
            d2.legend = turned.geometry.legend;
            auto alt = figure::plan_pages(turned.geometry, f, d2, view.lang);
            if (alt.size() < plans.size()) {
                plans = std::move(alt);
                decor = std::move(d2);
            }
        }
    }
    BandPages bands;
    if (plans.size() > 1 && view.kind == render::ViewKind::Structure && view.only_level.empty() &&
        plan_by_band(m, shaped, findings, options, f, decor, laid.geometry, bands) &&
        bands.plans.size() <= plans.size() + 1)
        plans = bands.plans;

    std::vector<figure::Scene> scenes;
    const int n = static_cast<int>(plans.size());
    for (int i = 0; i < n; ++i) {
        scenes.push_back(
            figure::draw_page(plans[static_cast<std::size_t>(i)], f, decor, i + 1, n, view.lang));
        const double small = scenes.back().smallest_text();
        if (small > 0)
            r.smallest_text_pt =
                r.smallest_text_pt == 0 ? small : std::min(r.smallest_text_pt, small);
        r.page_parts.push_back(plans[static_cast<std::size_t>(i)].part);
    }
    r.page_count = n;
    const std::string title = decor.heading.empty() ? render::view_title(m, view) : decor.heading;
    const std::string lang = sv ? "sv-SE" : "en";
    for (auto& s : scenes)
        s.title = title;
    switch (format) {
    case Format::Svg:
        for (const auto& s : scenes)
            r.pages.push_back(figure::write_svg(s));
        break;
    case Format::Png:
        for (const auto& s : scenes) {
            r.pages.push_back(figure::write_png(s, options.dpi, r.error));
            if (r.pages.back().empty()) return r;
        }
        break;
    case Format::Pdf:
        r.bytes = figure::write_pdf(scenes, title, lang, r.error);
        if (r.bytes.empty()) return r;
        break;
    case Format::Dot:
        break;
    }
    if (!r.pages.empty()) r.bytes = r.pages[0];
    r.ok = true;
    return r;
}

std::vector<std::string> page_file_names(const std::string& path, int pages) {
    if (pages <= 1) return {path};
    const auto slash = path.rfind('/');
    auto dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) dot = path.size();
    std::vector<std::string> out;
    for (int i = 1; i <= pages; ++i)
        out.push_back(path.substr(0, dot) + "-" + std::to_string(i) + path.substr(dot));
    return out;
}

ExportResult export_diagram_to_file(const Model& m, const render::ViewSpec& view, Format format,
                                    const std::string& path, const ExportOptions& options,
                                    const CheckResult* findings) {
    const bool sv = view.lang == Lang::Sv;
    try {
        check_output_path(path, {}, view.lang);
    } catch (const OutputError& e) {
        ExportResult r;
        r.error = e.what();
        return r;
    }
    ExportResult r = export_diagram(m, view, format, options, findings);
    if (!r.ok) return r;
    const bool paged = (format == Format::Svg || format == Format::Png) && r.pages.size() > 1;
    if (paged && path == "-") {
        r.ok = false;
        r.error = tr(sv, "figuren behöver ", "the figure needs ") + std::to_string(r.pages.size()) +
                  tr(sv, " sidor: skriv till en fil (NAMN-1, NAMN-2 …) eller välj PDF",
                     " pages: write to a file (NAME-1, NAME-2 …) or choose PDF");
        return r;
    }
    const auto names = page_file_names(path, paged ? static_cast<int>(r.pages.size()) : 1);
    try {
        for (std::size_t i = 0; i < names.size(); ++i)
            write_output(names[i], paged ? r.pages[i] : r.bytes, {}, view.lang, nullptr);
    } catch (const OutputError& e) {
        r.ok = false;
        r.error = e.what();
    }
    return r;
}

} // namespace skm::exports
