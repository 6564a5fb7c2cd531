#pragma once
// Running the layout worker (skm-layout-worker) as a child process: Graphviz crashes, hangs and
// heap corruption stay in the child and come back here as an error value.
#include "graphviz_run.hpp"

#include <atomic>
#include <string>
#include <vector>

namespace skm::render::detail {

// Where the worker is: $SKM_LAYOUT_WORKER, else next to this executable (/proc/self/exe), else
// the build tree. Empty (with `error` set) when none is executable.
std::string find_worker(std::string& error);

// Sends `dot` to a worker started with `args` ("layout" or "render FORMAT"). Kills it after
// `timeout_seconds` or as soon as `cancel` becomes true.
GvOutcome run_worker(const std::vector<std::string>& args, const std::string& dot,
                     double timeout_seconds, const std::atomic<bool>* cancel = nullptr);

} // namespace skm::render::detail
