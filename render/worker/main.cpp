// skm-layout-worker: lays out (or renders) one DOT graph read from stdin, so that Graphviz runs
// outside the editor. `skm-layout-worker layout` writes "ok" and layout lines; `render FORMAT`
// writes "ok" and the file. On failure: exit status 1 and the reason on stderr.
#include "graphviz_run.hpp"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <sys/resource.h>

// Graphviz, pango and fontconfig keep allocations for the life of the process, and the worker
// exits right after one graph: a leak report here says nothing about our code, but its exit
// status would turn a good layout into an error. Only read by sanitizer builds.
extern "C" const char* __asan_default_options() {
    return "detect_leaks=0";
}

int main(int argc, char** argv) {
#if !defined(__SANITIZE_ADDRESS__)
    // A runaway layout must not take the machine's memory with it. (Not under AddressSanitizer,
    // which reserves terabytes of address space for its shadow memory.)
    rlimit lim{};
    lim.rlim_cur = lim.rlim_max = 4ull << 30;
    setrlimit(RLIMIT_AS, &lim);
#endif

    const std::string cmd = argc > 1 ? argv[1] : "";
    if (!(cmd == "layout" || (cmd == "render" && argc > 2))) {
        std::cerr << "usage: skm-layout-worker layout | render svg|pdf|png  (DOT on stdin)\n";
        return 2;
    }
    const std::string dot((std::istreambuf_iterator<char>(std::cin)),
                          std::istreambuf_iterator<char>());
    const auto r = cmd == "layout" ? skm::render::detail::gv_layout_lines(dot)
                                   : skm::render::detail::gv_render(dot, argv[2]);
    if (!r.ok) {
        std::cerr << r.error << "\n";
        return 1;
    }
    std::fwrite("ok\n", 1, 3, stdout);
    std::fwrite(r.data.data(), 1, r.data.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
