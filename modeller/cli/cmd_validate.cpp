#include "cli.hpp"

#include "skm/model_file.hpp"

#include <ostream>

namespace skm::cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) {
        err << "usage: modeller validate FILE\n";
        return 2;
    }
    try {
        Model m = load_model_file(args[0]);
        out << args[0] << ": ok (" << m.info.name << ")\n";
        return 0;
    } catch (const ModelFileError& e) {
        // One line per problem, each naming the file and the place.
        for (const auto& p : e.problems())
            err << e.file() << ": " << p.where << ": " << p.problem << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << args[0] << ": " << e.what() << "\n";
        return 2;
    }
}

} // namespace skm::cli
