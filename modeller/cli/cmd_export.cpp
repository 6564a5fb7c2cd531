// `modeller export`: one view of a model as a figure (SVG, PDF, PNG) sized for where it goes, or
// as DOT. Messages follow --lang; the output never replaces a model (see output_file.hpp).
#include "cli.hpp"
#include "cli_lang.hpp"

#include "skm/diagram_export.hpp"
#include "skm/model_file.hpp"
#include "skm/output_file.hpp"
#include "skm/pseudonymise.hpp"
#include "skm/rules.hpp"

#include <ostream>

namespace skm::cli {
namespace {

const char* kUsage =
    "usage: modeller export FILE --view structure|handoffs|process:ID|escalation -o OUT|-\n"
    "         [--format svg|pdf|png|dot] [--paper a4|a3|text-width|text-width-landscape|slide]\n"
    "         [--portrait|--landscape] [--no-heading] [--title TEXT] [--findings]\n"
    "         [--dpi N] [--lang sv|en] [--pseudonymise]\n";

const char* kHelpSv =
    "Skriver en vy av kartan som figur. Formatet följer filändelsen om --format saknas.\n"
    "  --paper a4|a3        ett ark (PDF: hela arket; SVG/PNG: figuren i arkets storlek)\n"
    "  --paper text-width   16 cm bred figur för en Word-sida (med --landscape 24,7 cm)\n"
    "  --paper slide        en bild 16:9 för projektor\n"
    "  --portrait           stående ark (förval: liggande)\n"
    "  --no-heading         ingen rubrik (rubriken har alltid samma storlek)\n"
    "  --findings           visa brister som märken (förval: av i dokumentexporter)\n"
    "  --dpi N              PNG-upplösning (förval 300; filen anger sin upplösning)\n"
    "  --pseudonymise       personnamn blir Person 1, Person 2 …; personnummer tas bort\n"
    "Ingen text blir mindre än 7 pt på det utskrivna arket: en karta som inte får plats delas\n"
    "på flera sidor (PDF: flera sidor; SVG/PNG: NAMN-1, NAMN-2 …). -o - skriver till standard ut.\n"
    "En export skriver aldrig över modellen eller någon annan modellfil.\n"
    "Slutkod 2 om vyn är tom, filen inte kan läsas eller utfilen inte kan skrivas.\n";

const char* kHelpEn =
    "Writes one view of the map as a figure. The format follows the file name without --format.\n"
    "  --paper a4|a3        a sheet (PDF: the whole sheet; SVG/PNG: the figure at that size)\n"
    "  --paper text-width   a 16 cm wide figure for a Word page (with --landscape 24.7 cm)\n"
    "  --paper slide        a 16:9 slide for a projector\n"
    "  --portrait           portrait sheet (default: landscape)\n"
    "  --no-heading         no heading (the heading always has the same size)\n"
    "  --findings           show findings as badges (default: off in document exports)\n"
    "  --dpi N              PNG resolution (default 300; the file states it)\n"
    "  --pseudonymise       names of persons become Person 1, Person 2 …; personal identity\n"
    "                       numbers are removed\n"
    "No text is printed below 7 pt: a map that does not fit is split into several pages\n"
    "(PDF: pages; SVG/PNG: NAME-1, NAME-2 …). -o - writes to standard output.\n"
    "An export never overwrites the model or any other model file.\n"
    "Exit 2 when the view is empty, the file cannot be read or the output cannot be written.\n";

std::string extension_of(const std::string& path) {
    const auto slash = path.rfind('/');
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string ext = path.substr(dot + 1);
    for (auto& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

} // namespace

int cmd_export(const Args& args, std::ostream& out, std::ostream& err) {
    const Lang l = run_language(args);
    const std::string me = "modeller export: ";
    if (wants_help(args)) {
        out << kUsage << "\n" << (l == Lang::Sv ? kHelpSv : kHelpEn);
        return 0;
    }
    std::string file, view_text, format_text, output, paper = "a4", dpi_text = "300", lang = "sv",
                                                      title;
    bool portrait = false, landscape_asked = false, findings_on = false, heading = true,
         pseudonymised = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) {
                err << me << a << say(l, " behöver ett värde\n", " needs a value\n");
                return false;
            }
            target = args[++i];
            return true;
        };
        bool ok = true;
        if (a == "--view")
            ok = value(view_text);
        else if (a == "--format")
            ok = value(format_text);
        else if (a == "-o" || a == "--output")
            ok = value(output);
        else if (a == "--paper")
            ok = value(paper);
        else if (a == "--dpi")
            ok = value(dpi_text);
        else if (a == "--lang")
            ok = value(lang);
        else if (a.rfind("--lang=", 0) == 0)
            lang = a.substr(7);
        else if (a == "--title")
            ok = value(title);
        else if (a == "--portrait")
            portrait = true;
        else if (a == "--landscape") {
            portrait = false;
            landscape_asked = true;
        } else if (a == "--findings")
            findings_on = true;
        else if (a == "--no-findings")
            findings_on = false;
        else if (a == "--no-heading")
            heading = false;
        else if (a == "--pseudonymise" || a == "--pseudonymize")
            pseudonymised = true;
        else if (a.size() > 1 && a[0] == '-') {
            err << me << say(l, "okänd flagga ", "unknown option ") << a << "\n" << kUsage;
            return 2;
        } else if (file.empty())
            file = a;
        else {
            err << me << say(l, "bara en FIL, fick också ", "only one FILE, got also ") << a
                << "\n";
            return 2;
        }
        if (!ok) return 2;
    }
    if (file.empty() || view_text.empty() || output.empty()) {
        err << kUsage;
        return 2;
    }
    render::ViewSpec view;
    if (!render::parse_view(view_text, view)) {
        err << me << say(l, "okänd vy \"", "unknown view \"") << view_text
            << say(l, "\" (structure, handoffs, process:ID eller escalation)\n",
                   "\" (structure, handoffs, process:ID or escalation)\n");
        return 2;
    }
    if (lang != "sv" && lang != "en") {
        err << me
            << say(l, "--lang ska vara sv eller en, inte \"", "--lang must be sv or en, not \"")
            << lang << "\"\n";
        return 2;
    }
    view.lang = l;
    // Document exports show the map, not its gaps: findings are an overlay asked for by name.
    view.show_findings = findings_on;
    if (format_text.empty()) format_text = extension_of(output);
    exports::Format format;
    if (!exports::parse_format(format_text, format)) {
        err << me << say(l, "okänt format \"", "unknown format \"") << format_text
            << say(l, "\" (svg, pdf, png eller dot)\n", "\" (svg, pdf, png or dot)\n");
        return 2;
    }
    exports::ExportOptions options;
    if (!exports::parse_paper(paper, options.paper)) {
        err << me
            << say(l,
                   "--paper ska vara a4, a3, text-width, text-width-landscape eller slide, inte \"",
                   "--paper must be a4, a3, text-width, text-width-landscape or slide, not \"")
            << paper << "\"\n";
        return 2;
    }
    options.landscape = !portrait;
    // A text-width figure is for a portrait page unless --landscape asks for a landscape page's.
    if (options.paper == exports::Paper::TextWidth && landscape_asked)
        options.paper = exports::Paper::TextWidthLandscape;
    options.show_title_and_date = heading;
    options.title = title;
    try {
        std::size_t used = 0;
        options.dpi = std::stoi(dpi_text, &used);
        if (used != dpi_text.size()) throw std::invalid_argument(dpi_text);
    } catch (const std::exception&) {
        err << me << say(l, "--dpi ska vara ett tal, inte \"", "--dpi must be a number, not \"")
            << dpi_text << "\"\n";
        return 2;
    }
    // Refuse a bad output before the work, and before anything could be written.
    try {
        exports::check_output_path(output, {file}, l);
    } catch (const exports::OutputError& e) {
        err << me << e.what() << "\n";
        return 2;
    }

    Model m;
    try {
        m = load_model_file(file);
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            err << escape_for_message(e.file(), 300) << ": " << p.where << ": " << p.problem
                << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << escape_for_message(file, 300) << ": " << escape_for_message(e.what(), 500) << "\n";
        return 2;
    }
    if (pseudonymised) m = pseudonymise(m);
    if (view.kind == render::ViewKind::Process && !find_by_id(m.processes, view.process)) {
        err << me << say(l, "ingen process \"", "no process \"") << view.process
            << say(l, "\" i ", "\" in ") << file;
        if (!m.processes.empty()) {
            err << say(l, " (processer:", " (processes:");
            for (const auto& p : m.processes)
                err << " " << p.id;
            err << ")";
        }
        err << "\n";
        return 2;
    }
    CheckResult findings;
    if (findings_on) findings = run_rules(m);
    const CheckResult* f = findings_on ? &findings : nullptr;

    const auto r = exports::export_diagram(m, view, format, options, f);
    if (!r.ok) {
        err << me << r.error << "\n";
        return 2;
    }
    const bool paged =
        (format == exports::Format::Svg || format == exports::Format::Png) && r.pages.size() > 1;
    if (paged && output == "-") {
        err << me << say(l, "figuren behöver ", "the figure needs ") << r.pages.size()
            << say(l, " sidor: skriv till en fil (NAMN-1, NAMN-2 …) eller välj PDF\n",
                   " pages: write to a file (NAME-1, NAME-2 …) or choose PDF\n");
        return 2;
    }
    const auto names =
        exports::page_file_names(output, paged ? static_cast<int>(r.pages.size()) : 1);
    try {
        for (std::size_t i = 0; i < names.size(); ++i)
            exports::write_output(names[i], paged ? r.pages[i] : r.bytes, {file}, l, &out);
    } catch (const exports::OutputError& e) {
        err << me << e.what() << "\n";
        return 2;
    }
    if (output == "-") return 0;
    for (std::size_t i = 0; i < names.size(); ++i)
        out << say(l, "skrev ", "wrote ") << names[i] << " (" << exports::format_name(format)
            << (r.page_parts.size() > i && !r.page_parts[i].empty() ? ", " + r.page_parts[i] : "")
            << ")\n";
    if (format == exports::Format::Pdf && r.page_count > 1)
        out << "  " << r.page_count << say(l, " sidor", " pages") << "\n";
    return 0;
}

} // namespace skm::cli
