// `modeller check`: run the gap rules and report findings for a terminal or as stable JSON.
#include "cli.hpp"
#include "findings_output.hpp"

#include "skm/model_file.hpp"
#include "skm/rules.hpp"

#include <ostream>

namespace skm::cli {

int cmd_check(const Args& args, std::ostream& out, std::ostream& err) {
    std::string file, format = "text", fail_on = "error", lang = "sv";
    bool count_questions = false; // questions (basis unknown) fail the run only when asked
    Maybe<Date> today;            // overdue actions are judged at this date (default: snapshot)
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) {
                err << "modeller check: " << a << " needs a value\n";
                return false;
            }
            target = args[++i];
            return true;
        };
        if (a == "--format") {
            if (!value(format)) return 2;
        } else if (a == "--fail-on") {
            if (!value(fail_on)) return 2;
        } else if (a == "--lang") {
            if (!value(lang)) return 2;
        } else if (a == "--date") {
            std::string d;
            if (!value(d)) return 2;
            Date parsed;
            if (!Date::parse(d, parsed)) {
                err << "modeller check: --date must be YYYY-MM-DD, not \"" << d << "\"\n";
                return 2;
            }
            today = parsed;
        } else if (a == "--count-questions") {
            count_questions = true;
        } else if (!a.empty() && a[0] == '-') {
            err << "modeller check: unknown option " << a << "\n";
            return 2;
        } else if (file.empty()) {
            file = a;
        } else {
            err << "modeller check: only one FILE, got also " << a << "\n";
            return 2;
        }
    }
    if (file.empty()) {
        err << "usage: modeller check FILE [--format text|json] [--fail-on "
               "error|warning|info|never] [--count-questions] [--date YYYY-MM-DD] [--lang "
               "sv|en]\n";
        return 2;
    }
    if (format != "text" && format != "json") {
        err << "modeller check: --format must be text or json, not \"" << format << "\"\n";
        return 2;
    }
    if (lang != "sv" && lang != "en") {
        err << "modeller check: --lang must be sv or en, not \"" << lang << "\"\n";
        return 2;
    }
    int threshold; // findings with rank <= threshold fail the run
    if (fail_on == "error")
        threshold = 0;
    else if (fail_on == "warning")
        threshold = 1;
    else if (fail_on == "info")
        threshold = 2;
    else if (fail_on == "never")
        threshold = -1;
    else {
        err << "modeller check: --fail-on must be error, warning, info or never, not \"" << fail_on
            << "\"\n";
        return 2;
    }

    Model m;
    const std::string shown = escape_for_message(file, 300);
    try {
        m = load_model_file(file);
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            err << shown << ": " << p.where << ": " << p.problem << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << shown << ": " << escape_for_message(e.what(), 500) << "\n";
        return 2;
    }
    // Load warnings go to standard error, so the findings output (text or JSON) stays as it is;
    // they fail the run at --fail-on warning or stricter.
    const auto warnings = check_consistency(m);
    for (const auto& p : warnings)
        err << shown << ": " << p.where << ": warning: " << p.problem << "\n";

    const CheckResult result = run_rules(m);
    const Lang l = lang == "sv" ? Lang::Sv : Lang::En;
    const Date at = today.is_set() ? today.value() : m.info.snapshot;
    if (format == "json")
        write_findings_json(out, file, m, result, l, at);
    else
        write_findings_text(out, file, m, result, l, at);

    if (!warnings.empty() && threshold >= 1) return 1;
    for (const auto& f : result.findings) {
        if (f.waived) continue; // a waiver is the steering group's decision: it never fails a run
        // A question is something to find out, not a gap: a map under construction should not
        // fail CI for what it has not described yet, unless the steering group asks it to.
        if (f.basis == Basis::Unknown && !count_questions) continue;
        const int rank = f.severity == Severity::Error     ? 0
                         : f.severity == Severity::Warning ? 1
                                                           : 2;
        if (rank <= threshold) return 1;
    }
    return 0;
}

} // namespace skm::cli
