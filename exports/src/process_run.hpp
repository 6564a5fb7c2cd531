#pragma once
// Runs a helper program (pandoc) with text on its standard input, collecting its standard error,
// with a time limit. Never through a shell: the arguments go to the program as they are.
#include <string>
#include <vector>

namespace skm::exports {

struct ProcessResult {
    bool started = false; // false: the program could not be run (not installed)
    int exit_code = -1;   // -1 when it was killed (time limit) or died from a signal
    std::string err;      // its standard error (the first 64 KiB)
};

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input,
                          double timeout_seconds);

} // namespace skm::exports
