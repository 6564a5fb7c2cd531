#include "skm/output_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

namespace skm::exports {
namespace {

std::string t(Lang l, const char* sv, const char* en) {
    return l == Lang::Sv ? sv : en;
}

std::string sys_error() {
    return std::strerror(errno);
}

// The path a write lands on: a symlink's final target (which may not exist yet).
std::string resolve(const std::string& path) {
    std::string p = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
        char buf[PATH_MAX];
        const ssize_t n = readlink(p.c_str(), buf, sizeof buf - 1);
        if (n <= 0) return p;
        std::string target(buf, static_cast<std::size_t>(n));
        if (target[0] != '/') {
            const auto slash = p.rfind('/');
            target = (slash == std::string::npos ? std::string() : p.substr(0, slash + 1)) + target;
        }
        p = target;
    }
    return p;
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    if (stat(a.c_str(), &sa) != 0 || stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void write_all(int fd, const std::string& bytes, const std::string& path, Lang l) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw OutputError(t(l, "kunde inte skriva ", "could not write ") + path + ": " +
                              sys_error());
        done += static_cast<std::size_t>(n);
    }
}

} // namespace

bool looks_like_model_file(const std::string& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    if (n <= 0) return false;
    const std::string head(buf, static_cast<std::size_t>(n));
    // The model file's first key is its format marker (models/src/model_file_io.cpp).
    const auto f = head.find("\"format\"");
    return f != std::string::npos && head.find("samverkanskartan-modell", f) != std::string::npos;
}

void check_output_path(const std::string& path, const std::vector<std::string>& inputs, Lang l) {
    if (path.empty()) throw OutputError(t(l, "ingen utfil angiven", "no output file given"));
    if (path == "-") return;
    const std::string target = resolve(path);
    for (const auto& in : inputs)
        if (!in.empty() && (same_file(target, in) || target == in))
            throw OutputError(path + t(l,
                                       ": är modellfilen som läses – välj ett annat namn för "
                                       "exporten",
                                       ": is the model file being read – choose another name for "
                                       "the export"));
    if (looks_like_model_file(target))
        throw OutputError(path + t(l,
                                   ": är en modellfil – en export skriver aldrig över en "
                                   "karta (välj ett annat namn)",
                                   ": is a model file – an export never overwrites a map (choose "
                                   "another name)"));
    struct stat st {};
    if (stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        throw OutputError(path + t(l, ": är en mapp", ": is a folder"));
}

void write_output(const std::string& path, const std::string& bytes,
                  const std::vector<std::string>& inputs, Lang l, std::ostream* stdout_stream) {
    check_output_path(path, inputs, l);
    if (path == "-") {
        if (!stdout_stream) throw OutputError(t(l, "ingen standard ut", "no standard output"));
        stdout_stream->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        stdout_stream->flush();
        if (!*stdout_stream)
            throw OutputError(
                t(l, "kunde inte skriva till standard ut", "could not write to standard output"));
        return;
    }
    const std::string target = resolve(path);
    struct stat st {};
    const bool exists = stat(target.c_str(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        // A device, FIFO or socket: write into it; replacing it would break the system.
        const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            throw OutputError(t(l, "kunde inte öppna ", "could not open ") + path + ": " +
                              sys_error());
        try {
            write_all(fd, bytes, path, l);
        } catch (...) {
            ::close(fd);
            throw;
        }
        ::close(fd);
        return;
    }
    const auto slash = target.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : target.substr(0, slash);
    const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
    std::string tmpl = dir + "/." + base + ".tmp-XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        throw OutputError(
            t(l, "kunde inte skriva i mappen för ", "could not write in the folder of ") + path +
            ": " + sys_error());
    try {
        write_all(fd, bytes, path, l);
        ::fchmod(
            fd, exists ? (st.st_mode & 07777) : 0644 & ~[] {
                const mode_t u = ::umask(0);
                ::umask(u);
                return u;
            }());
        if (::fsync(fd) != 0)
            throw OutputError(t(l, "kunde inte skriva ", "could not write ") + path + ": " +
                              sys_error());
    } catch (...) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw;
    }
    ::close(fd);
    if (::rename(tmpl.c_str(), target.c_str()) != 0) {
        const std::string why = sys_error();
        ::unlink(tmpl.c_str());
        throw OutputError(t(l, "kunde inte skriva ", "could not write ") + path + ": " + why);
    }
}

} // namespace skm::exports
