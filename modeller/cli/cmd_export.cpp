// `modeller export`: one view of a model as SVG, PDF, PNG or DOT.
#include "cli.hpp"

#include "skm/diagram_export.hpp"
#include "skm/model_file.hpp"
#include "skm/rules.hpp"

#include <ostream>

namespace skm::cli {
namespace {

const char* kUsage =
    "usage: modeller export FILE --view structure|handoffs|process:ID|escalation\n"
    "                        [--format svg|pdf|png|dot] -o OUT [--paper a4|a3] [--portrait]\n"
    "                        [--dpi N] [--lang sv|en] [--no-findings]\n";

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
    std::string file, view_text, format_text, output, paper = "a4", dpi_text = "300", lang = "sv";
    bool portrait = false, findings_on = true;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) {
                err << "modeller export: " << a << " needs a value\n";
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
        else if (a == "--portrait")
            portrait = true;
        else if (a == "--landscape")
            portrait = false;
        else if (a == "--no-findings")
            findings_on = false;
        else if (a.size() > 1 && a[0] == '-') {
            err << "modeller export: unknown option " << a << "\n" << kUsage;
            return 2;
        } else if (file.empty())
            file = a;
        else {
            err << "modeller export: only one FILE, got also " << a << "\n";
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
        err << "modeller export: unknown view \"" << view_text
            << "\" (structure, handoffs, process:ID or escalation)\n";
        return 2;
    }
    if (lang != "sv" && lang != "en") {
        err << "modeller export: --lang must be sv or en, not \"" << lang << "\"\n";
        return 2;
    }
    view.lang = lang == "en" ? Lang::En : Lang::Sv;
    view.show_findings = findings_on;
    if (format_text.empty()) format_text = extension_of(output);
    exports::Format format;
    if (!exports::parse_format(format_text, format)) {
        err << "modeller export: unknown format \"" << format_text << "\" (svg, pdf, png or dot)\n";
        return 2;
    }
    exports::ExportOptions options;
    if (paper == "a4" || paper == "A4")
        options.paper = exports::Paper::A4;
    else if (paper == "a3" || paper == "A3")
        options.paper = exports::Paper::A3;
    else {
        err << "modeller export: --paper must be a4 or a3, not \"" << paper << "\"\n";
        return 2;
    }
    options.landscape = !portrait;
    try {
        std::size_t used = 0;
        options.dpi = std::stoi(dpi_text, &used);
        if (used != dpi_text.size()) throw std::invalid_argument(dpi_text);
    } catch (const std::exception&) {
        err << "modeller export: --dpi must be a number, not \"" << dpi_text << "\"\n";
        return 2;
    }

    Model m;
    try {
        m = load_model_file(file);
    } catch (const std::exception& e) {
        err << e.what() << "\n";
        return 2;
    }
    if (view.kind == render::ViewKind::Process && !find_by_id(m.processes, view.process)) {
        err << "modeller export: no process \"" << view.process << "\" in " << file;
        if (!m.processes.empty()) {
            err << " (processes:";
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

    if (output == "-") {
        auto r = exports::export_diagram(m, view, format, options, f);
        if (!r.ok) {
            err << "modeller export: " << r.error << "\n";
            return 2;
        }
        out << r.bytes;
        return 0;
    }
    auto r = exports::export_diagram_to_file(m, view, format, output, options, f);
    if (!r.ok) {
        err << "modeller export: " << r.error << "\n";
        return 2;
    }
    out << "wrote " << output << " (" << exports::format_name(format) << ", " << r.bytes.size()
        << " bytes)\n";
    return 0;
}

} // namespace skm::cli
