#include "map_lock.hpp"

#include "recovery.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace skm::gui {
namespace {

std::string user_name() {
    if (const char* u = std::getenv("USER"); u && *u) return u;
    if (const passwd* pw = ::getpwuid(::geteuid())) return pw->pw_name;
    return std::to_string(::geteuid());
}

std::string host_name() {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0) return "?";
    return buf;
}

std::string read_small(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return {};
    char buf[1024];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

bool create_exclusively(const std::string& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    if (!ok) ::unlink(path.c_str());
    return ok;
}

// Same host, and the instance (pid + start time) no longer runs.
bool stale(const LockHolder& h) {
    if (h.host != host_name()) return false; // cannot tell for another machine: assume alive
    const auto dash = h.instance.find('-');
    if (dash == std::string::npos) return true;
    const std::string pid = h.instance.substr(0, dash);
    std::ifstream in("/proc/" + pid + "/stat");
    std::string line;
    if (!std::getline(in, line)) return true;
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i) {
    }
    return field != h.instance.substr(dash + 1);
}

} // namespace

std::string lock_path_for(const std::string& map_path) {
    std::string p = map_path;
    char buf[PATH_MAX];
    if (::realpath(map_path.c_str(), buf)) p = buf;
    const auto slash = p.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : p.substr(0, slash);
    const std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
    return dir + "/." + base + ".skm-lock";
}

std::string lock_text_for_this_editor() {
    return "user=" + user_name() + "\nhost=" + host_name() + "\ninstance=" + instance_id() + "\n";
}

std::optional<LockHolder> parse_lock(const std::string& text) {
    LockHolder h;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string k = line.substr(0, eq), v = line.substr(eq + 1, 200);
        if (k == "user") h.user = v;
        if (k == "host") h.host = v;
        if (k == "instance") h.instance = v;
    }
    if (h.user.empty() && h.host.empty()) return std::nullopt;
    return h;
}

std::optional<LockHolder> other_lock_holder(const std::string& map_path) {
    const std::string text = read_small(lock_path_for(map_path));
    if (text.empty() || text == lock_text_for_this_editor()) return std::nullopt;
    const auto holder = parse_lock(text);
    if (!holder || stale(*holder)) return std::nullopt;
    return holder;
}

std::optional<LockHolder> MapLock::acquire(const std::string& map_path) {
    const std::string lock = lock_path_for(map_path);
    if (lock == held_) return std::nullopt;
    release();
    const std::string mine = lock_text_for_this_editor();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (create_exclusively(lock, mine)) {
            held_ = lock;
            return std::nullopt;
        }
        if (errno != EEXIST) return std::nullopt; // read-only folder: no lock
        const auto holder = parse_lock(read_small(lock));
        if (holder && !stale(*holder)) return holder;
        ::unlink(lock.c_str()); // left by an editor that is gone (or unreadable): take it over
    }
    return std::nullopt;
}

void MapLock::release() {
    if (held_.empty()) return;
    if (read_small(held_) == lock_text_for_this_editor()) ::unlink(held_.c_str());
    held_.clear();
}

} // namespace skm::gui
