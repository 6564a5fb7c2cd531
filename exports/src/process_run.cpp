#include "process_run.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace skm::exports {

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input,
                          double timeout_seconds) {
    ProcessResult r;
    int in[2], err[2];
    if (pipe2(in, O_CLOEXEC) != 0) return r;
    if (pipe2(err, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        return r;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(err[1]);
    if (rc != 0) {
        close(in[1]);
        close(err[0]);
        return r;
    }
    r.started = true;
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    fcntl(err[0], F_SETFL, O_NONBLOCK);
    std::signal(SIGPIPE, SIG_IGN); // a helper that exits early must not kill us
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
    std::size_t sent = 0;
    bool in_open = true, err_open = true;
    if (input.empty()) {
        close(in[1]);
        in_open = false;
    }
    while (in_open || err_open) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        if (left <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        pollfd fds[2];
        int n = 0;
        if (in_open) fds[n++] = {in[1], POLLOUT, 0};
        if (err_open) fds[n++] = {err[0], POLLIN, 0};
        if (poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long>(left, 1000))) < 0 &&
            errno != EINTR)
            break;
        for (int i = 0; i < n; ++i) {
            if (fds[i].fd == in[1] && (fds[i].revents & (POLLOUT | POLLERR | POLLHUP))) {
                const ssize_t w = write(in[1], input.data() + sent, input.size() - sent);
                if (w > 0) sent += static_cast<std::size_t>(w);
                if (w < 0 && errno != EAGAIN && errno != EINTR) sent = input.size();
                if (sent >= input.size()) {
                    close(in[1]);
                    in_open = false;
                }
            } else if (fds[i].fd == err[0] && (fds[i].revents & (POLLIN | POLLERR | POLLHUP))) {
                char buf[4096];
                const ssize_t got = read(err[0], buf, sizeof buf);
                if (got > 0) {
                    if (r.err.size() < 65536) r.err.append(buf, static_cast<std::size_t>(got));
                } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                    close(err[0]);
                    err_open = false;
                }
            }
        }
    }
    if (in_open) close(in[1]);
    if (err_open) close(err[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace skm::exports
