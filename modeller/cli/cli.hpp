#pragma once
// Subcommands of the headless `modeller` tool. Each returns the process exit code and writes
// only to the streams it is given, so tests can run them in-process.
#include "skm/lang.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace skm::cli {

using Args = std::vector<std::string>;

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err);
int cmd_info(const Args& args, std::ostream& out, std::ostream& err);
int cmd_check(const Args& args, std::ostream& out, std::ostream& err);
int cmd_export(const Args& args, std::ostream& out, std::ostream& err);
int cmd_report(const Args& args, std::ostream& out, std::ostream& err);
int cmd_examples(const Args& args, std::ostream& out, std::ostream& err);
int cmd_diff(const Args& args, std::ostream& out, std::ostream& err);
int cmd_merge(const Args& args, std::ostream& out, std::ostream& err);

// Dispatch `modeller <subcommand> args…`.
int run(const Args& argv, std::ostream& out, std::ostream& err);

// `modeller COMMAND --help`: the usage line and what the command does.
void print_command_help(const std::string& name, std::ostream& out, Lang lang);

// Where the bundled example models are (installed or in the source tree).
std::string examples_dir();

} // namespace skm::cli
