#include "worker_client.hpp"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace skm::render::detail {
namespace {

bool executable(const std::string& p) {
    return !p.empty() && access(p.c_str(), X_OK) == 0;
}

class Fd {
  public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    void reset() {
        if (fd_ >= 0) close(fd_);
        fd_ = -1;
    }
    int* out() { return &fd_; }

  private:
    int fd_ = -1;
};

void nonblocking(int fd) {
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

} // namespace

std::string find_worker(std::string& error) {
    if (const char* env = std::getenv("SKM_LAYOUT_WORKER"); env && *env) {
        if (executable(env)) return env;
        error =
            std::string("SKM_LAYOUT_WORKER pekar på ") + env + ", som inte är ett körbart program";
        return {};
    }
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        std::string self(buf, static_cast<std::size_t>(n));
        const auto slash = self.rfind('/');
        const std::string beside = self.substr(0, slash + 1) + "skm-layout-worker";
        if (executable(beside)) return beside;
    }
#ifdef SKM_LAYOUT_WORKER_BUILD_PATH
    if (executable(SKM_LAYOUT_WORKER_BUILD_PATH)) return SKM_LAYOUT_WORKER_BUILD_PATH;
#endif
    error = "layoutprogrammet skm-layout-worker hittades inte (lägg det bredvid programmet eller "
            "ange SKM_LAYOUT_WORKER)";
    return {};
}

GvOutcome run_worker(const std::vector<std::string>& args, const std::string& dot,
                     double timeout_seconds, const std::atomic<bool>* cancel) {
    GvOutcome r;
    const std::string path = find_worker(r.error);
    if (path.empty()) return r;

    // stdin is a socket so writing to a worker that died raises no SIGPIPE (MSG_NOSIGNAL).
    int sv[2], out_p[2], err_p[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        r.error = std::string("kunde inte starta layoutprogrammet: ") + std::strerror(errno);
        return r;
    }
    Fd to_child(sv[0]), child_in(sv[1]);
    if (pipe2(out_p, O_CLOEXEC) != 0) {
        r.error = std::string("kunde inte starta layoutprogrammet: ") + std::strerror(errno);
        return r;
    }
    Fd from_child(out_p[0]), child_out(out_p[1]);
    if (pipe2(err_p, O_CLOEXEC) != 0) {
        r.error = std::string("kunde inte starta layoutprogrammet: ") + std::strerror(errno);
        return r;
    }
    Fd err_from_child(err_p[0]), child_err(err_p[1]);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, child_in.get(), 0);
    posix_spawn_file_actions_adddup2(&fa, child_out.get(), 1);
    posix_spawn_file_actions_adddup2(&fa, child_err.get(), 2);
    std::vector<std::string> argv_s{path};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    // The worker dies with us (PR_SET_PDEATHSIG, checked against our pid) and stops by itself a
    // little after our own limit, so a killed editor leaves no layout running (issue 11 §7).
    argv_s.push_back("--parent=" + std::to_string(getpid()));
    argv_s.push_back("--time-limit=" + std::to_string(static_cast<long>(timeout_seconds) + 10));
    std::vector<char*> argv;
    for (auto& a : argv_s)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, path.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    child_in.reset();
    child_out.reset();
    child_err.reset();
    if (rc != 0) {
        r.error = "kunde inte starta " + path + ": " + std::strerror(rc);
        return r;
    }
    nonblocking(to_child.get());
    nonblocking(from_child.get());
    nonblocking(err_from_child.get());

    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
    std::size_t written = 0;
    std::string out, err;
    bool killed = false, timed_out = false;
    if (dot.empty()) shutdown(to_child.get(), SHUT_WR);
    while (from_child.get() >= 0 || err_from_child.get() >= 0) {
        pollfd fds[3];
        int nfds = 0;
        int wi = -1, oi = -1, ei = -1;
        if (to_child.get() >= 0 && written < dot.size()) {
            wi = nfds;
            fds[nfds++] = {to_child.get(), POLLOUT, 0};
        }
        if (from_child.get() >= 0) {
            oi = nfds;
            fds[nfds++] = {from_child.get(), POLLIN, 0};
        }
        if (err_from_child.get() >= 0) {
            ei = nfds;
            fds[nfds++] = {err_from_child.get(), POLLIN, 0};
        }
        poll(fds, static_cast<nfds_t>(nfds), 20);
        if ((cancel && cancel->load()) || std::chrono::steady_clock::now() > deadline) {
            timed_out = !(cancel && cancel->load());
            kill(pid, SIGKILL);
            killed = true;
            break;
        }
        if (wi >= 0 && (fds[wi].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t w =
                send(to_child.get(), dot.data() + written, dot.size() - written, MSG_NOSIGNAL);
            if (w > 0)
                written += static_cast<std::size_t>(w);
            else if (w < 0 && errno != EAGAIN && errno != EINTR)
                written = dot.size();
            if (written >= dot.size()) shutdown(to_child.get(), SHUT_WR);
        }
        auto drain = [](Fd& fd, std::string& into) {
            char buf[65536];
            for (;;) {
                const ssize_t n = read(fd.get(), buf, sizeof buf);
                if (n > 0)
                    into.append(buf, static_cast<std::size_t>(n));
                else if (n == 0) {
                    fd.reset();
                    return;
                } else
                    return; // EAGAIN or error: try again after poll
            }
        };
        if (oi >= 0 && (fds[oi].revents & (POLLIN | POLLHUP | POLLERR))) drain(from_child, out);
        if (ei >= 0 && (fds[ei].revents & (POLLIN | POLLHUP | POLLERR))) drain(err_from_child, err);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (killed) {
        r.error = timed_out ? "layouten tog för lång tid och avbröts (över " +
                                  std::to_string(static_cast<int>(timeout_seconds)) + " s)"
                            : "layouten avbröts";
        return r;
    }
    if (WIFSIGNALED(status)) {
        r.error = "layoutprogrammet kraschade (signal " + std::to_string(WTERMSIG(status)) +
                  "); diagrammet kunde inte ritas";
        return r;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || out.rfind("ok\n", 0) != 0) {
        while (!err.empty() && (err.back() == '\n' || err.back() == ' '))
            err.pop_back();
        r.error = err.empty() ? "layoutprogrammet svarade inte som väntat" : err;
        return r;
    }
    r.ok = true;
    r.data = out.substr(3);
    return r;
}

} // namespace skm::render::detail
