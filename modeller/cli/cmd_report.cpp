// `modeller report FILE -o OUT`: the governing-document report as HTML, Markdown, Word (.docx),
// OpenDocument (.odt) or Excel (.xlsx), with its tables as CSV and its annual cycle as a
// calendar on request. The date on the title page comes from the model or --date, never from
// the clock, so the same model gives the same HTML, Markdown and CSV.
#include "cli.hpp"
#include "cli_lang.hpp"

#include "skm/model_file.hpp"
#include "skm/output_file.hpp"
#include "skm/pseudonymise.hpp"
#include "skm/report.hpp"

#include <exception>
#include <filesystem>
#include <ostream>

namespace skm::cli {
namespace {

constexpr const char* kUsage =
    "usage: modeller report FILE -o OUT.html|OUT.md|OUT.docx|OUT.odt|OUT.xlsx\n"
    "         [--csv DIR] [--ics FILE.ics] [--template REF.docx|REF.odt]\n"
    "         [--since OLD.json] [--lang sv|en] [--date YYYY-MM-DD] [--pseudonymise]\n";

constexpr const char* kHelpSv =
    "Skriver rapporten till styrdokument. Formatet följer utfilens ändelse:\n"
    "  .html  utskrivbar webbsida        .md    Markdown\n"
    "  .docx  Word (rubrikformat, tabeller med upprepad rubrikrad, liggande sidor för breda\n"
    "         tabeller, figurer med bildtext)   .odt  OpenDocument\n"
    "  .xlsx  Excel: en flik per tabell\n"
    "  --csv MAPP        varje tabell som CSV-fil i MAPP\n"
    "  --ics FIL.ics     årshjulet som kalenderfil\n"
    "  --template MALL   en egen Word-/OpenDocument-mall (formatmallar, sidhuvud, grafisk profil)\n"
    "  --since ÄLDRE     avsnittet \"Förändringar sedan …\": det som lagts till, tagits bort\n"
    "                    och ändrats sedan en äldre version av kartan, fält för fält\n"
    "  --date ÅÅÅÅ-MM-DD datum på titelsidan (förval: modellens nulägesdatum)\n"
    "  --pseudonymise    personnamn blir Person 1, Person 2 …, anteckningar om enskilda\n"
    "                    och personnummer tas bort (för att dela rapporten)\n"
    "Word och OpenDocument kräver programmet pandoc (Debian-paketet pandoc).\n";

constexpr const char* kHelpEn =
    "Writes the governing-document report. The format follows the output's extension:\n"
    "  .html  printable web page         .md    Markdown\n"
    "  .docx  Word (heading styles, tables with repeated header rows, landscape pages for wide\n"
    "         tables, captioned figures)  .odt  OpenDocument\n"
    "  .xlsx  Excel: one sheet per table\n"
    "  --csv DIR         every table as a CSV file in DIR\n"
    "  --ics FILE.ics    the annual cycle as a calendar file\n"
    "  --template REF    your own Word/OpenDocument reference document (styles, header, profile)\n"
    "  --since OLDER     a section \"Changes since …\": what was added, removed and changed\n"
    "                    since an older version of the map, field by field\n"
    "  --date YYYY-MM-DD the title page's date (default: the model's snapshot date)\n"
    "  --pseudonymise    names of persons become Person 1, Person 2 …, notes on individuals\n"
    "                    and personal identity numbers are removed (for sharing the report)\n"
    "Word and OpenDocument need the pandoc program (Debian package pandoc).\n";

const char* format_word(exports::ReportFormat f) {
    switch (f) {
    case exports::ReportFormat::Html:
        return "HTML";
    case exports::ReportFormat::Markdown:
        return "Markdown";
    case exports::ReportFormat::Docx:
        return "Word";
    case exports::ReportFormat::Odt:
        return "OpenDocument";
    case exports::ReportFormat::Xlsx:
        return "Excel";
    }
    return "";
}

} // namespace

int cmd_report(const Args& args, std::ostream& out, std::ostream& err) {
    const Lang l = run_language(args);
    auto usage_error = [&](const std::string& message) {
        err << "modeller report: " << message << "\n" << kUsage;
        return 2;
    };
    if (wants_help(args)) {
        out << kUsage << "\n" << (l == Lang::Sv ? kHelpSv : kHelpEn);
        return 0;
    }
    std::string input, output, csv_dir, ics, since;
    exports::ReportOptions options;
    bool pseudonymised = false;
    options.lang = l;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        auto need = [&](const char* sv, const char* en) { return usage_error(a + say(l, sv, en)); };
        if (a == "-o" || a == "--output") {
            if (!has_value) return need(" behöver ett filnamn", " needs a file name");
            output = args[++i];
        } else if (a == "--csv") {
            if (!has_value) return need(" behöver en mapp", " needs a folder");
            csv_dir = args[++i];
        } else if (a == "--ics") {
            if (!has_value) return need(" behöver ett filnamn", " needs a file name");
            ics = args[++i];
        } else if (a == "--since") {
            if (!has_value) return need(" behöver en modellfil", " needs a model file");
            since = args[++i];
        } else if (a == "--template") {
            if (!has_value) return need(" behöver en mallfil", " needs a template file");
            options.template_path = args[++i];
        } else if (a == "--lang") {
            if (!has_value) return need(" behöver sv eller en", " needs sv or en");
            const std::string& v = args[++i];
            if (v != "sv" && v != "en")
                return usage_error(say(l, "okänt språk \"", "unknown language \"") + v +
                                   say(l, "\" (sv eller en)", "\" (use sv or en)"));
        } else if (a == "--date") {
            if (!has_value)
                return need(" behöver ett datum ÅÅÅÅ-MM-DD", " needs a date YYYY-MM-DD");
            Date d;
            if (!Date::parse(args[++i], d))
                return usage_error(
                    "\"" + args[i] +
                    say(l, "\" är inget datum ÅÅÅÅ-MM-DD", "\" is not a date YYYY-MM-DD"));
            options.date = d;
        } else if (a == "--pseudonymise" || a == "--pseudonymize") {
            pseudonymised = true;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error(say(l, "okänd flagga \"", "unknown option \"") + a + "\"");
        } else if (input.empty()) {
            input = a;
        } else {
            return usage_error(say(l, "mer än en modellfil (\"", "more than one model file (\"") +
                               input + "\", \"" + a + "\")");
        }
    }
    if (input.empty()) return usage_error(say(l, "ingen modellfil angiven", "no model file given"));
    if (output.empty() && csv_dir.empty() && ics.empty())
        return usage_error(say(l, "ingen utfil angiven (-o RAPPORT.html, .docx, .xlsx …)",
                               "no output file given (-o OUT.html, .docx, .xlsx …)"));
    exports::ReportFormat format = exports::ReportFormat::Html;
    if (!output.empty() && !exports::report_format_for_path(output, format))
        return usage_error(output +
                           say(l, ": utfilen ska sluta på .html, .md, .docx, .odt eller .xlsx",
                               ": the output must end in .html, .md, .docx, .odt or .xlsx"));
    try {
        if (!output.empty()) exports::check_output_path(output, {input}, l);
        if (!ics.empty()) exports::check_output_path(ics, {input}, l);
    } catch (const exports::OutputError& e) {
        err << "modeller report: " << e.what() << "\n";
        return 2;
    }

    Model m;
    try {
        m = load_model_file(input);
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            err << escape_for_message(e.file(), 300) << ": " << p.where << ": " << p.problem
                << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << escape_for_message(input, 300) << ": " << escape_for_message(e.what(), 500) << "\n";
        return 2;
    }
    if (!since.empty()) {
        // The older version: a file that does not load is named, and nothing is written.
        const std::string what =
            say(l, " (--since, den äldre versionen)", " (--since, the older version)");
        try {
            Model old = load_model_file(since);
            if (pseudonymised) old = pseudonymise(old);
            options.since = std::make_shared<const Model>(std::move(old));
            options.since_file = since;
        } catch (const ModelFileError& e) {
            for (const auto& p : e.problems())
                err << escape_for_message(e.file(), 300) << what << ": " << p.where << ": "
                    << p.problem << "\n";
            return 2;
        } catch (const std::exception& e) {
            err << escape_for_message(since, 300) << what << ": "
                << escape_for_message(e.what(), 500) << "\n";
            return 2;
        }
    }
    if (pseudonymised) m = pseudonymise(m); // before the rules: findings quote names too
    try {
        const CheckResult findings = run_rules(m);
        const exports::ReportDocument doc = exports::build_report(m, findings, options);
        if (!output.empty()) {
            std::string bytes;
            switch (format) {
            case exports::ReportFormat::Html:
                bytes = exports::write_html(doc);
                break;
            case exports::ReportFormat::Markdown:
                bytes = exports::write_markdown(doc);
                break;
            case exports::ReportFormat::Docx:
            case exports::ReportFormat::Odt:
                bytes = exports::write_docx(m, doc, options, format == exports::ReportFormat::Odt);
                break;
            case exports::ReportFormat::Xlsx:
                bytes = exports::write_xlsx(doc);
                break;
            }
            exports::write_output(output, bytes, {input}, l, &out);
            if (output != "-")
                out << output << ": " << format_word(format)
                    << say(l, "-rapport av ", " report of ") << input << "\n";
        }
        if (!csv_dir.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(csv_dir, ec);
            if (ec) {
                err << "modeller report: " << csv_dir << ": " << ec.message() << "\n";
                return 2;
            }
            const auto files = exports::write_csv_tables(doc);
            for (const auto& [name, content] : files)
                exports::write_output((std::filesystem::path(csv_dir) / name).string(), content,
                                      {input}, l, &out);
            if (output != "-")
                out << csv_dir << ": " << files.size()
                    << say(l, " tabeller som CSV", " tables as CSV") << "\n";
        }
        if (!ics.empty()) {
            exports::write_output(ics, exports::write_ics(m, l), {input}, l, &out);
            if (ics != "-" && output != "-")
                out << ics << ": "
                    << say(l, "årshjulet som kalender", "the annual cycle as a calendar") << "\n";
        }
    } catch (const std::exception& e) {
        err << "modeller report: " << e.what() << "\n";
        return 2;
    }
    return 0;
}

} // namespace skm::cli
