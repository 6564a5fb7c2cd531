// Reading and atomically writing model files on disk (issue 11: never lose the user's work).
//
// Reading: open without blocking, fstat the descriptor, refuse anything that is not a regular
// file of sane size before reading a byte. Writing: an unpredictable temporary name created
// exclusively and without following links, in the folder of the final target, with the target's
// permissions and group, fsync, rename, fsync of the folder.
#include "skm/model_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace skm {
namespace {

std::string sys_error(int err) {
    return std::strerror(err);
}

// Closes a descriptor on every path out of a function.
struct Fd {
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
    int release() {
        const int f = fd;
        fd = -1;
        return f;
    }
};

std::string dir_of(const std::string& p) {
    const auto slash = p.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return p.substr(0, slash);
}

std::string base_of(const std::string& p) {
    const auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

// The path a write through `path` lands on: the final target of a chain of symlinks (which may
// not exist yet). Relative link targets are relative to the link's folder.
std::string resolve_links(const std::string& path) {
    std::string p = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
        char buf[PATH_MAX];
        const ssize_t n = ::readlink(p.c_str(), buf, sizeof buf - 1);
        if (n <= 0) return p;
        std::string target(buf, static_cast<std::size_t>(n));
        if (target[0] != '/') target = dir_of(p) + "/" + target;
        p = target;
    }
    throw std::runtime_error(path + ": too many levels of symbolic links");
}

// The process umask, read without changing it (umask(2) can only be read by setting it, which
// would race with other threads creating files).
mode_t current_umask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
    return 022;
}

// Our temporary names: ".<name>.skm-tmp-<16 random hex digits>", hidden and recognisable, so
// clean_stale_temp_files finds exactly ours.
std::string temp_prefix(const std::string& base) {
    return "." + base + ".skm-tmp-";
}

std::string random_hex() {
    unsigned char bytes[8];
    std::size_t got = 0;
    while (got < sizeof bytes) {
        const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error(std::string("no random numbers: ") + sys_error(errno));
        }
        got += static_cast<std::size_t>(n);
    }
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (unsigned char b : bytes) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

void write_all(int fd, const std::string& content, const std::string& path) {
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw std::runtime_error(path + ": cannot write: " + sys_error(n < 0 ? errno : ENOSPC));
        done += static_cast<std::size_t>(n);
    }
}

// Writes `content` to the exact name `target` (no links followed): temp file, then rename.
void replace_file(const std::string& shown, const std::string& target, const std::string& content,
                  mode_t mode, std::optional<gid_t> group, std::optional<uid_t> owner) {
    const std::string dir = dir_of(target);
    const std::string prefix = dir + "/" + temp_prefix(base_of(target));
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        tmp = prefix + random_hex();
        // O_EXCL|O_NOFOLLOW: the name must be new, and a link planted under it is never opened.
        // 0600 until the content is complete and the final mode is set.
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            throw std::runtime_error(shown + ": cannot create a file in the folder " + dir + ": " +
                                     sys_error(errno));
    }
    if (fd < 0) throw std::runtime_error(shown + ": cannot create a temporary file in " + dir);
    Fd guard(fd);
    try {
        write_all(fd, content, shown);
        if (owner || group) {
            // Keep the owner and group of the file we replace; when the group cannot be kept (not
            // a member), drop the group's permissions rather than hand them to another group.
            if (::fchown(fd, owner ? *owner : static_cast<uid_t>(-1),
                         group ? *group : static_cast<gid_t>(-1)) != 0 &&
                (!group || ::fchown(fd, static_cast<uid_t>(-1), *group) != 0))
                mode &= ~static_cast<mode_t>(S_IRWXG);
        }
        if (::fchmod(fd, mode & 07777) != 0)
            throw std::runtime_error(shown + ": cannot set permissions: " + sys_error(errno));
        // The data must be on disk before the rename makes it the file, or a power cut could
        // leave the user with an empty model.
        if (::fsync(fd) != 0)
            throw std::runtime_error(shown + ": cannot write: " + sys_error(errno));
        if (::close(guard.release()) != 0)
            throw std::runtime_error(shown + ": cannot write: " + sys_error(errno));
    } catch (...) {
        ::unlink(tmp.c_str());
        throw;
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error(shown + ": cannot replace the file: " + sys_error(err));
    }
    // The rename itself must survive a power cut too.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

// What the file we are about to replace is; refuses what must not be replaced.
struct Existing {
    bool exists = false;
    struct stat st {};
};

Existing inspect_target(const std::string& shown, const std::string& target) {
    Existing e;
    if (::lstat(target.c_str(), &e.st) != 0) {
        if (errno == ENOENT) return e;
        throw std::runtime_error(shown + ": cannot check the file: " + sys_error(errno));
    }
    e.exists = true;
    if (S_ISLNK(e.st.st_mode)) return e; // only when links are not followed: the link is replaced
    if (S_ISDIR(e.st.st_mode)) throw std::runtime_error(shown + ": is a folder, not a file");
    if (!S_ISREG(e.st.st_mode))
        throw std::runtime_error(shown +
                                 ": is not a regular file (a device or pipe); not replaced");
    // Read-only is the user's (or an administrator's) decision; renaming over it would ignore it.
    // The permission bits are checked as well as access(), which lets root through.
    if ((e.st.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0)
        throw std::runtime_error(shown +
                                 ": the file is read-only; save under another name, or make it "
                                 "writable first");
    return e;
}

void write_checked(const std::string& path, const std::string& content, const WriteOptions& o) {
    const std::string target = o.follow_symlinks ? resolve_links(path) : path;
    const Existing e = inspect_target(path, target);
    mode_t mode;
    std::optional<gid_t> group;
    std::optional<uid_t> owner;
    if (e.exists && S_ISREG(e.st.st_mode)) {
        mode = e.st.st_mode & 07777;
        group = e.st.st_gid;
        if (::geteuid() == 0) owner = e.st.st_uid; // only root may keep another user's ownership
    } else {
        mode = o.new_file_mode >= 0 ? static_cast<mode_t>(o.new_file_mode)
                                    : static_cast<mode_t>(0666 & ~current_umask());
    }
    replace_file(path, target, content, mode, group, owner);
}

} // namespace

std::string read_model_text(const std::string& path, std::size_t max_bytes) {
    auto fail = [&](const std::string& problem) {
        return ModelFileError(path, {{"(file)", problem}});
    };
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    // O_NOCTTY: a terminal device must not become our controlling terminal.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw fail("cannot open: " + sys_error(errno));
    Fd guard(fd);
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw fail("cannot open: " + sys_error(errno));
    if (S_ISDIR(st.st_mode)) throw fail("is a folder, not a model file");
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
        throw fail("is a pipe or socket, not a model file; save the model to a file first");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) throw fail("is a device, not a model file");
    if (!S_ISREG(st.st_mode)) throw fail("is not a regular file");
    if (static_cast<unsigned long long>(st.st_size) > max_bytes)
        throw fail("the file is larger than " + std::to_string(max_bytes >> 20) +
                   " MiB; this is not a model file");
    std::string text;
    text.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    for (;;) {
        // Read one byte past the size seen, to notice a file that grows while we read it.
        if (got == text.size()) {
            if (text.size() > max_bytes) break;
            text.resize(std::min(max_bytes + 1, text.size() + 65536));
        }
        const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw fail("cannot read: " + sys_error(errno));
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    text.resize(got);
    if (got > max_bytes)
        throw fail("the file is larger than " + std::to_string(max_bytes >> 20) +
                   " MiB; this is not a model file");
    return text;
}

Model load_model_file(const std::string& path) {
    Model m = parse_model(read_model_text(path), path);
    auto problems = check_references(m);
    if (!problems.empty()) throw ModelFileError(path, std::move(problems));
    return m;
}

FileStamp stamp_of_text(const std::string& text) {
    FileStamp s;
    s.exists = true;
    s.size = text.size();
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    s.hash = h;
    return s;
}

FileStamp file_stamp(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
    FileStamp s;
    try {
        s = stamp_of_text(read_model_text(path));
    } catch (const std::exception&) {
        // Unreadable or oversized now: something other than our file; its size still tells.
        s.exists = true;
        s.size = static_cast<std::uint64_t>(st.st_size);
        s.hash = ~0ull;
    }
    s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

bool content_changed(const FileStamp& then, const FileStamp& now) {
    if (then.exists != now.exists) return true;
    return then.exists && (then.size != now.size || then.hash != now.hash);
}

Model load_model_file(const std::string& path, FileStamp& stamp) {
    const std::string text = read_model_text(path);
    FileStamp s = stamp_of_text(text);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    Model m = parse_model(text, path);
    auto problems = check_references(m);
    if (!problems.empty()) throw ModelFileError(path, std::move(problems));
    stamp = s;
    return m;
}

void write_file_atomically(const std::string& path, const std::string& content,
                           const WriteOptions& options) {
    write_checked(path, content, options);
}

bool has_individual_content(const Model& m) {
    if (!m.citizens.empty()) return true;
    for (const auto& l : m.levels)
        if (l.tier == Tier::I ||
            (l.geography.is_set() && l.geography.value() == Geography::Individ) ||
            !l.key_persons.empty())
            return true;
    for (const auto& r : m.roles)
        if (r.person.is_set()) return true;
    return false;
}

int clean_stale_temp_files(const std::string& path, int min_age_seconds) {
    const std::string target = resolve_links(path);
    const std::string dir = dir_of(target), base = base_of(target);
    const std::string ours = temp_prefix(base);
    // Also the names of the first release (`name.tmp-PID`), when that process is gone.
    const std::string legacy = base + ".tmp-";
    DIR* d = ::opendir(dir.c_str());
    if (!d) return 0;
    int removed = 0;
    const std::time_t now = std::time(nullptr);
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        bool candidate = false;
        if (name.rfind(ours, 0) == 0 && name.size() == ours.size() + 16) {
            candidate = true;
        } else if (name.rfind(legacy, 0) == 0 && name.size() > legacy.size()) {
            const std::string pid = name.substr(legacy.size());
            if (pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos)
                continue;
            const pid_t p = static_cast<pid_t>(std::stol(pid));
            candidate = p > 0 && ::kill(p, 0) != 0 && errno == ESRCH;
        }
        if (!candidate) continue;
        const std::string full = dir + "/" + name;
        struct stat st {};
        if (::lstat(full.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        if (now - st.st_mtime < min_age_seconds) continue; // perhaps another editor saving now
        if (::unlink(full.c_str()) == 0) ++removed;
    }
    ::closedir(d);
    return removed;
}

FileStamp save_model_file(const Model& m, const std::string& path, const FileStamp& expected) {
    const FileStamp now = file_stamp(resolve_links(path));
    // Removed since: saving creates it anew and overwrites nobody's work. Replaced or edited
    // since (or created, for a map that had no file): refuse, whatever the times say.
    if (now.exists && content_changed(expected, now))
        throw FileChangedError(
            path + ": the file has been changed on disk since it was opened (by another "
                   "program, a second editor or a colleague); nothing was written. "
                   "Your edits are kept: save them under another name, or reopen the "
                   "file to see the other version");
    save_model_file(m, path);
    return file_stamp(resolve_links(path));
}

void save_model_file(const Model& m, const std::string& path) {
    const std::string content = serialize_model(m);
    const std::string target = resolve_links(path);
    const Existing e = inspect_target(path, target); // refuses read-only files before anything
    if (e.exists && S_ISREG(e.st.st_mode)) {
        // Keep the previous version, but only a good one: a file emptied or truncated on disk (or
        // one we cannot read) must not replace the last good backup.
        std::optional<std::string> old;
        try {
            std::string text = read_model_text(target);
            (void)parse_model(text, target);
            old = std::move(text);
        } catch (const std::exception&) {
        }
        if (old) {
            // Same permissions and group as the map itself; a link planted at the backup's name
            // is replaced, not followed.
            WriteOptions bo;
            bo.follow_symlinks = false;
            const std::string bak = target + ".bak";
            struct stat bst {};
            if (::lstat(bak.c_str(), &bst) == 0 && S_ISREG(bst.st_mode) &&
                (bst.st_mode & 0222) == 0)
                ::unlink(
                    bak.c_str()); // a read-only backup is ours to replace, not a reason to fail
            replace_file(bak, bak, *old, e.st.st_mode & 07777, e.st.st_gid,
                         ::geteuid() == 0 ? std::optional<uid_t>(e.st.st_uid) : std::nullopt);
        }
    }
    WriteOptions o;
    o.new_file_mode = has_individual_content(m) ? 0600 : -1;
    write_file_atomically(target, content, o);
    clean_stale_temp_files(target);
}

} // namespace skm
