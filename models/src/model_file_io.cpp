// Reading and atomically writing model files on disk.
#include "skm/model_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace skm {

Model load_model_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw ModelFileError(path,
                             {{"(file)", std::string("cannot open: ") + std::strerror(errno)}});
    if (S_ISDIR(st.st_mode))
        throw ModelFileError(path, {{"(file)", "is a folder, not a model file"}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ModelFileError(path,
                             {{"(file)", std::string("cannot open: ") + std::strerror(errno)}});
    std::ostringstream ss;
    ss << in.rdbuf();
    Model m = parse_model(ss.str(), path);
    auto problems = check_references(m);
    if (!problems.empty()) throw ModelFileError(path, std::move(problems));
    return m;
}

void write_file_atomically(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error(path + ": cannot write: " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it the file, or a power cut could leave
    // the user with an empty model.
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error(path + ": cannot write: " + std::strerror(err));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error(path + ": cannot replace the file: " + std::strerror(err));
    }
}

void save_model_file(const Model& m, const std::string& path) {
    const std::string content = serialize_model(m);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        // Keep the previous version: copy (not move) so the target exists at every instant.
        std::ifstream in(path, std::ios::binary);
        std::ostringstream old;
        old << in.rdbuf();
        write_file_atomically(path + ".bak", old.str());
    }
    write_file_atomically(path, content);
}

} // namespace skm
