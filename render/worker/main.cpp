// skm-layout-worker: lays out (or renders) one DOT graph read from stdin, so that Graphviz runs
// outside the editor. `skm-layout-worker layout` writes "ok" and layout lines; `render FORMAT`
// writes "ok" and the file. On failure: exit status 1 and the reason on stderr.
#include "graphviz_run.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

// Graphviz, pango and fontconfig keep allocations for the life of the process, and the worker
// exits right after one graph: a leak report here says nothing about our code, but its exit
// status would turn a good layout into an error. Only read by sanitizer builds.
extern "C" const char* __asan_default_options() {
    return "detect_leaks=0";
}

namespace {

// A worker nobody waits for is only wasted processor time: at most this long, whatever it is asked.
constexpr long kDefaultTimeLimitSeconds = 300;

// Dies with the editor (issue 11 §7): when the editor is killed, its layout would otherwise run
// on to the end with nobody to read it. PR_SET_PDEATHSIG sends us SIGKILL when the thread that
// started us ends; the editor starts each worker from a thread that waits for it. The parent may
// already be gone before the call took effect, so its pid is checked afterwards.
void die_with_parent(long parent) {
    if (parent <= 0) return; // started by hand
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (static_cast<long>(getppid()) != parent) _exit(1);
}

} // namespace

int main(int argc, char** argv) {
#if !defined(__SANITIZE_ADDRESS__)
    // A runaway layout must not take the machine's memory with it. (Not under AddressSanitizer,
    // which reserves terabytes of address space for its shadow memory.)
    rlimit lim{};
    lim.rlim_cur = lim.rlim_max = 4ull << 30;
    setrlimit(RLIMIT_AS, &lim);
#endif

    // Options from the editor (worker_client.cpp) come after the command words.
    std::vector<std::string> words;
    long parent = 0, time_limit = kDefaultTimeLimitSeconds;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--parent=", 0) == 0)
            parent = std::atol(a.c_str() + 9);
        else if (a.rfind("--time-limit=", 0) == 0)
            time_limit = std::atol(a.c_str() + 13);
        else
            words.push_back(a);
    }
    die_with_parent(parent);
    // Our own limit, in case nobody is left to enforce the editor's: wall-clock (SIGALRM) and
    // processor time (SIGXCPU), both fatal by default.
    if (time_limit <= 0 || time_limit > kDefaultTimeLimitSeconds)
        time_limit = kDefaultTimeLimitSeconds;
    alarm(static_cast<unsigned>(time_limit));
    rlimit cpu{};
    cpu.rlim_cur = static_cast<rlim_t>(time_limit);
    cpu.rlim_max = static_cast<rlim_t>(time_limit + 5);
    setrlimit(RLIMIT_CPU, &cpu);

    const std::string cmd = words.empty() ? "" : words[0];
    if (!(cmd == "layout" || (cmd == "render" && words.size() > 1))) {
        std::cerr << "usage: skm-layout-worker layout | render svg|pdf|png [--parent=PID] "
                     "[--time-limit=SECONDS]  (DOT on stdin)\n";
        return 2;
    }
    const std::string dot((std::istreambuf_iterator<char>(std::cin)),
                          std::istreambuf_iterator<char>());
    const auto r = cmd == "layout" ? skm::render::detail::gv_layout_lines(dot)
                                   : skm::render::detail::gv_render(dot, words[1]);
    if (!r.ok) {
        std::cerr << r.error << "\n";
        return 1;
    }
    std::fwrite("ok\n", 1, 3, stdout);
    std::fwrite(r.data.data(), 1, r.data.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
