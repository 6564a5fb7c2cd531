#include "cli.hpp"

#include <cstdlib>
#include <functional>
#include <ostream>
#include <sys/stat.h>

namespace skm::cli {
namespace {

struct Subcommand {
    const char* name;
    const char* usage;
    int (*fn)(const Args&, std::ostream&, std::ostream&);
};

const Subcommand kSubcommands[] = {
    {"validate",
     "validate FILE            load the model and check every reference (exit 0 ok, 2 not)",
     cmd_validate},
    {"info", "info FILE                counts of each kind of element", cmd_info},
    {"check", "check FILE [--format text|json] [--fail-on error|warning|info|never] [--lang sv|en]",
     cmd_check},
    {"export",
     "export FILE --view structure|handoffs|process:ID|escalation --format svg|pdf|png|dot -o OUT",
     cmd_export},
    {"report", "report FILE -o OUT.html|OUT.md [--lang sv|en]", cmd_report},
    {"examples", "examples                 list the bundled example models", cmd_examples},
};

void usage(std::ostream& os) {
    os << "Samverkanskartan – modeller\n\nUsage: modeller <command> …\n\n";
    for (const auto& s : kSubcommands)
        os << "  " << s.usage << "\n";
}

} // namespace

std::string examples_dir() {
    if (const char* env = std::getenv("SKM_EXAMPLES_DIR")) return env;
    return std::string(SKM_SOURCE_DIR) + "/models/examples";
}

int run(const Args& argv, std::ostream& out, std::ostream& err) {
    if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        usage(argv.empty() ? err : out);
        return argv.empty() ? 2 : 0;
    }
    for (const auto& s : kSubcommands)
        if (argv[0] == s.name) return s.fn(Args(argv.begin() + 1, argv.end()), out, err);
    err << "modeller: unknown command \"" << argv[0] << "\"\n\n";
    usage(err);
    return 2;
}

} // namespace skm::cli
