#include "cli.hpp"

#include <ostream>

namespace skm::cli {

// Built in its own issue; until then it says so instead of pretending.
int cmd_check(const Args&, std::ostream&, std::ostream& err) {
    err << "modeller check: not available in this build yet\n";
    return 2;
}

} // namespace skm::cli
