#include "cli.hpp"

#include "skm/model_file.hpp"

#include <ostream>

namespace skm::cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) {
        err << "usage: modeller validate FILE\n";
        return 2;
    }
    // Everything printed from the file is escaped: a file name or id must not carry terminal
    // control sequences to the screen.
    const std::string shown = escape_for_message(args[0], 300);
    try {
        Model m = load_model_file(args[0]);
        // Load warnings: the file opens, but says something that makes no sense (or holds a
        // personal identity number). Exit 1, like `check` with findings.
        const auto warnings = check_consistency(m);
        for (const auto& p : warnings)
            err << shown << ": " << p.where << ": warning: " << p.problem << "\n";
        out << shown << ": ok (" << escape_for_message(m.info.name, 200) << ")";
        if (!warnings.empty())
            out << ", " << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings");
        out << "\n";
        return warnings.empty() ? 0 : 1;
    } catch (const ModelFileError& e) {
        // One line per problem, each naming the file and the place.
        for (const auto& p : e.problems())
            err << shown << ": " << p.where << ": " << p.problem << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << shown << ": " << escape_for_message(e.what(), 500) << "\n";
        return 2;
    }
}

} // namespace skm::cli
