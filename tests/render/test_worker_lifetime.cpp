// The layout worker dies with its editor (issue 11 §7): killed with the process that started it,
// and stopped by its own time limit when nobody enforces one.
#include "../render/src/worker_client.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

// A graph dot needs far longer than these tests wait for (clusters, random edges with labels:
// over 30 s on the development machine).
std::string slow_dot() {
    std::mt19937 rng(1);
    const int clusters = 50, per = 40, n = clusters * per;
    std::ostringstream d;
    d << "digraph G {\n";
    for (int c = 0; c < clusters; ++c) {
        d << " subgraph cluster_" << c << " {";
        for (int i = 0; i < per; ++i)
            d << " n" << c * per + i << ";";
        d << " }\n";
    }
    for (int e = 0; e < 6000; ++e)
        d << " n" << rng() % n << " -> n" << rng() % n << " [label=\"e" << e << "\"];\n";
    d << "}\n";
    return d.str();
}

// The pids of processes whose parent is `parent` and whose command is the layout worker.
std::vector<pid_t> workers_of(pid_t parent) {
    std::vector<pid_t> out;
    DIR* d = opendir("/proc");
    if (!d) return out;
    while (const dirent* e = readdir(d)) {
        const pid_t pid = static_cast<pid_t>(std::atol(e->d_name));
        if (pid <= 0) continue;
        std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
        std::string line;
        std::getline(stat, line);
        const auto close = line.rfind(')');
        if (close == std::string::npos) continue;
        const std::string comm = line.substr(line.find('(') + 1, close - line.find('(') - 1);
        std::istringstream rest(line.substr(close + 2));
        char state = 0;
        long ppid = 0;
        rest >> state >> ppid;
        if (ppid == parent && comm.find("skm-layout-wor") == 0) out.push_back(pid);
    }
    closedir(d);
    return out;
}

// Gone: no such process, or a zombie waiting for whoever inherited it to reap it.
bool gone(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return true;
    const auto close = line.rfind(')');
    return close == std::string::npos || line.size() < close + 3 || line[close + 2] == 'Z' ||
           line[close + 2] == 'X';
}

bool wait_until(double seconds, const std::function<bool()>& f) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (f()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return f();
}

} // namespace

TEST_CASE("the worker is gone soon after the editor that started it is killed") {
    const std::string dot = slow_dot();
    const pid_t editor = fork();
    REQUIRE(editor >= 0);
    if (editor == 0) {
        // The "editor": asks for a layout with a generous limit and is killed while it waits.
        (void)skm::render::detail::run_worker({"layout"}, dot, 120);
        _exit(0);
    }
    std::vector<pid_t> w;
    const bool started = wait_until(10, [&] {
        w = workers_of(editor);
        return !w.empty();
    });
    REQUIRE(started);
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // deep inside Graphviz now
    REQUIRE_FALSE(gone(w[0]));
    kill(editor, SIGKILL);
    int status = 0;
    waitpid(editor, &status, 0);
    CHECK(wait_until(3, [&] { return gone(w[0]); }));
    if (!gone(w[0])) kill(w[0], SIGKILL); // leave nothing running whatever the outcome
}

TEST_CASE("the worker stops at its own time limit when nobody stops it") {
    std::string error;
    const std::string worker = skm::render::detail::find_worker(error);
    REQUIRE_MESSAGE(!worker.empty(), error);
    int in[2];
    REQUIRE(pipe(in) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(in[0], 0);
        close(in[0]);
        close(in[1]);
        const int devnull = ::open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(worker.c_str(), worker.c_str(), "layout", "--time-limit=1",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    close(in[0]);
    const std::string dot = slow_dot();
    std::size_t done = 0;
    while (done < dot.size()) {
        const ssize_t n = write(in[1], dot.data() + done, dot.size() - done);
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    close(in[1]);
    int status = 0;
    const bool ended = wait_until(8, [&] { return waitpid(pid, &status, WNOHANG) == pid; });
    if (!ended) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    CHECK(ended);
    CHECK(WIFSIGNALED(status)); // SIGALRM (or SIGXCPU), not a normal exit
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(s < 8);
}
