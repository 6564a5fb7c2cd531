// `modeller <command> …`: the table of commands, their help in both languages, --version.
#include "cli.hpp"
#include "cli_lang.hpp"

#include <cstdlib>
#include <ostream>

namespace skm::cli {
namespace {

struct Subcommand {
    const char* name;
    const char* usage; // the same in both languages: options are English words
    const char* what_sv;
    const char* what_en;
    int (*fn)(const Args&, std::ostream&, std::ostream&);
};

const Subcommand kSubcommands[] = {
    {"validate", "validate FILE",
     "läser modellen och kontrollerar varje referens (slutkod 0 eller 2)",
     "load the model and check every reference (exit 0 ok, 2 not)", cmd_validate},
    {"info", "info FILE", "antal element av varje slag", "counts of each kind of element",
     cmd_info},
    {"check",
     "check FILE [--format text|json] [--fail-on error|warning|info|never] [--count-questions]\n"
     "           [--date YYYY-MM-DD] [--lang sv|en]",
     "kör bristreglerna; slutkod 1 vid brister på eller över --fail-on (kartläggningsfrågor bara "
     "med --count-questions)",
     "run the gap rules; exit 1 for gaps at or above --fail-on (questions too with "
     "--count-questions)",
     cmd_check},
    {"export",
     "export FILE --view structure|handoffs|process:ID|escalation -o OUT|- [--format "
     "svg|pdf|png|dot]\n           [--paper a4|a3|text-width|slide] [--portrait|--landscape] "
     "[--no-heading] [--findings] [--dpi N] [--lang sv|en]",
     "en vy som figur för utskrift, Word eller bildspel",
     "one view as a figure for print, Word or slides", cmd_export},
    {"report",
     "report FILE -o OUT.html|.md|.docx|.odt|.xlsx [--csv DIR] [--ics FILE] [--template REF.docx]\n"
     "           [--findings] [--lang sv|en] [--date YYYY-MM-DD]",
     "rapport till styrdokument (HTML, Markdown, Word, OpenDocument, Excel)",
     "the governing-document report (HTML, Markdown, Word, OpenDocument, Excel)", cmd_report},
    {"diff", "diff A B [--format text|json] [--lang sv|en]",
     "jämför två versioner per element och fält (slutkod 0 lika, 1 olika, 2 fel)",
     "compare two versions per element and field (exit 0 same, 1 different, 2 error)", cmd_diff},
    {"merge", "merge BASE OURS THEIRS -o OUT [--lang sv|en]",
     "trevägssammanslagning per element och fält; konflikter namnges, slutkod 1 (docs/versions.md)",
     "three-way merge per element and field; conflicts are named, exit 1 (docs/versions.md)",
     cmd_merge},
    {"examples", "examples", "de medföljande exempelkartorna", "list the bundled example models",
     cmd_examples},
};

void usage(std::ostream& os, Lang l) {
    os << say(l, "Samverkanskartan – modeller ", "Samverkanskartan – modeller ") << SKM_VERSION
       << "\n\n"
       << say(l, "Användning: modeller <kommando> …\n\n", "Usage: modeller <command> …\n\n");
    for (const auto& s : kSubcommands)
        os << "  " << s.usage << "\n      " << (l == Lang::Sv ? s.what_sv : s.what_en) << "\n";
    os << "\n"
       << say(l,
              "  modeller KOMMANDO --help   hjälp för ett kommando\n"
              "  modeller --version         programmets version\n"
              "  --lang sv|en               meddelandenas språk (svenska är förval)\n"
              "Slutkoder: 0 klart, 1 brister (check), skillnader (diff) eller konflikter (merge),\n"
              "2 fel i kommandot, filen eller utfilen.\n",
              "  modeller COMMAND --help    help for one command\n"
              "  modeller --version         the program's version\n"
              "  --lang sv|en               the language of messages (Swedish by default)\n"
              "Exit codes: 0 done, 1 findings (check), differences (diff) or conflicts (merge),\n"
              "2 a wrong command, file or output.\n");
}

} // namespace

std::string examples_dir() {
    if (const char* env = std::getenv("SKM_EXAMPLES_DIR")) return env;
    return std::string(SKM_SOURCE_DIR) + "/models/examples";
}

void print_command_help(const std::string& name, std::ostream& out, Lang l) {
    for (const auto& s : kSubcommands)
        if (name == s.name) {
            out << say(l, "användning: modeller ", "usage: modeller ") << s.usage << "\n  "
                << (l == Lang::Sv ? s.what_sv : s.what_en) << "\n";
            return;
        }
}

int run(const Args& argv, std::ostream& out, std::ostream& err) {
    const Lang l = run_language(argv);
    if (argv.empty()) {
        usage(err, l);
        return 2;
    }
    if (argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        if (argv[0] == "help" && argv.size() > 1) {
            for (const auto& s : kSubcommands)
                if (argv[1] == s.name) {
                    print_command_help(s.name, out, l);
                    return 0;
                }
        }
        usage(out, l);
        return 0;
    }
    if (argv[0] == "--version" || argv[0] == "-V") {
        out << "modeller (Samverkanskartan) " << SKM_VERSION << "\n";
        return 0;
    }
    if (argv[0] == "--lang" && argv.size() >= 2) // `modeller --lang en export …`
        return run(Args(argv.begin() + 2, argv.end()), out, err);
    for (const auto& s : kSubcommands)
        if (argv[0] == s.name) {
            const Args rest(argv.begin() + 1, argv.end());
            // Every command answers --help the same way, whichever engineer wrote it.
            if (wants_help(rest) && std::string(s.name) != "export" &&
                std::string(s.name) != "report") {
                print_command_help(s.name, out, l);
                return 0;
            }
            return s.fn(rest, out, err);
        }
    err << say(l, "modeller: okänt kommando \"", "modeller: unknown command \"") << argv[0]
        << "\"\n\n";
    usage(err, l);
    return 2;
}

} // namespace skm::cli
