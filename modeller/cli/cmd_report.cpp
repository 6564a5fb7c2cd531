// `modeller report FILE -o OUT.html|OUT.md [--lang sv|en] [--date YYYY-MM-DD]`: the
// governing-document report. The date on the title page comes from the model or --date, never
// from the clock, so the same model gives the same file.
#include "cli.hpp"

#include "skm/model_file.hpp"
#include "skm/report.hpp"

#include <exception>
#include <ostream>

namespace skm::cli {
namespace {

constexpr const char* kUsage =
    "usage: modeller report FILE -o OUT.html|OUT.md [--lang sv|en] [--date YYYY-MM-DD]\n";

int usage_error(std::ostream& err, const std::string& message) {
    err << "modeller report: " << message << "\n" << kUsage;
    return 2;
}

} // namespace

int cmd_report(const Args& args, std::ostream& out, std::ostream& err) {
    std::string input, output;
    exports::ReportOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "-h" || a == "--help") {
            out << kUsage;
            return 0;
        } else if (a == "-o" || a == "--output") {
            if (!has_value) return usage_error(err, a + " needs a file name");
            output = args[++i];
        } else if (a == "--lang") {
            if (!has_value) return usage_error(err, "--lang needs sv or en");
            const std::string& v = args[++i];
            if (v == "sv")
                options.lang = Lang::Sv;
            else if (v == "en")
                options.lang = Lang::En;
            else
                return usage_error(err, "unknown language \"" + v + "\" (use sv or en)");
        } else if (a == "--date") {
            if (!has_value) return usage_error(err, "--date needs a date YYYY-MM-DD");
            Date d;
            if (!Date::parse(args[++i], d))
                return usage_error(err, "\"" + args[i] + "\" is not a date YYYY-MM-DD");
            options.date = d;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error(err, "unknown option \"" + a + "\"");
        } else if (input.empty()) {
            input = a;
        } else {
            return usage_error(err, "more than one model file (\"" + input + "\", \"" + a + "\")");
        }
    }
    if (input.empty()) return usage_error(err, "no model file given");
    if (output.empty()) return usage_error(err, "no output file given (-o OUT.html or -o OUT.md)");
    exports::ReportFormat format;
    if (!exports::report_format_for_path(output, format))
        return usage_error(err, output + ": the output must end in .html or .md");

    Model m;
    try {
        m = load_model_file(input);
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            err << e.file() << ": " << p.where << ": " << p.problem << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << input << ": " << e.what() << "\n";
        return 2;
    }
    try {
        write_file_atomically(output, exports::make_report(m, format, options));
    } catch (const std::exception& e) {
        // write_file_atomically names the path in its message.
        err << "modeller report: " << e.what() << "\n";
        return 2;
    }
    out << output << ": " << (format == exports::ReportFormat::Html ? "HTML" : "Markdown")
        << " report of " << input << "\n";
    return 0;
}

} // namespace skm::cli
