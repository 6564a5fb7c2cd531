#include "cli.hpp"

#include "skm/model_file.hpp"

#include <iomanip>
#include <ostream>

namespace skm::cli {

int cmd_info(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 1) {
        err << "usage: modeller info FILE\n";
        return 2;
    }
    Model m;
    try {
        m = load_model_file(args[0]);
    } catch (const std::exception& e) {
        err << escape_for_message(e.what(), 500) << "\n"; // carries the file name: escaped
        return 2;
    }
    out << m.info.name << "\n";
    out << "  id: " << m.info.id << "   nulägesdatum: " << m.info.snapshot.str()
        << "   planeringshorisont: " << m.info.horizon_months << " mån\n";
    auto row = [&](const char* label, std::size_t n) {
        out << "  " << std::left << std::setw(28) << label << std::right << std::setw(6) << n
            << "\n";
    };
    std::size_t steps = 0;
    for (const auto& p : m.processes)
        steps += p.steps.size();
    std::size_t memberships = 0;
    for (const auto& f : m.forums)
        memberships += f.members.size();
    row("regimes", m.regimes.size());
    row("principals", m.principals.size());
    row("units", m.units.size());
    row("roles", m.roles.size());
    row("citizen parties", m.citizens.size());
    row("levels", m.levels.size());
    row("level links", m.level_links.size());
    row("forums", m.forums.size());
    row("  memberships", memberships);
    row("consents", m.consents.size());
    row("flows", m.flows.size());
    row("documents", m.documents.size());
    row("responsibilities", m.responsibilities.size());
    row("processes", m.processes.size());
    row("  steps", steps);
    row("escalation paths", m.escalations.size());
    row("plans", m.plans.size());
    row("follow-ups", m.followups.size());
    row("planned changes", m.changes.size());
    row("waivers", m.rules.waivers.size());
    return 0;
}

} // namespace skm::cli
