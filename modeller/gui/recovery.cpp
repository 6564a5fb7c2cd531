#include "recovery.hpp"

#include "paths.hpp"
#include "skm/model_file.hpp"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <unistd.h>

namespace skm::gui {
namespace fs = std::filesystem;

namespace {

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. With the pid
// it names one process for the life of the machine (pids are reused, start times are not).
std::string start_time_of(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return {};
    const auto close = line.rfind(')'); // the command name may contain spaces and parentheses
    if (close == std::string::npos) return {};
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i)
        if (i == 22) return field;
    return {};
}

bool instance_alive(const std::string& id) {
    const auto dash = id.find('-');
    if (dash == std::string::npos || dash == 0) return false;
    const long pid = std::atol(id.substr(0, dash).c_str());
    return pid > 0 && start_time_of(pid) == id.substr(dash + 1);
}

// "<stem>-<hash>" for a document path: the part of the name shared by every instance.
std::string key_for(const std::string& document_path) {
    if (document_path.empty()) return "namnlos";
    std::error_code ec;
    fs::path abs = fs::weakly_canonical(document_path, ec);
    if (ec) abs = document_path;
    std::ostringstream name;
    name << abs.stem().string() << "-" << std::hex
         << (std::hash<std::string>{}(abs.string()) & 0xFFFFFFFFu);
    return name.str();
}

// The instance part of a recovery file name, when the file belongs to `key`.
std::optional<std::string> instance_of(const fs::path& file, const std::string& key) {
    const std::string name = file.filename().string();
    const std::string prefix = key + ".";
    if (name.rfind(prefix, 0) != 0 || file.extension() != ".json") return std::nullopt;
    const std::string inst = name.substr(prefix.size(), name.size() - prefix.size() - 5);
    if (inst.empty() || inst.find('.') != std::string::npos) return std::nullopt;
    return inst;
}

volatile std::sig_atomic_t g_termination = 0;

extern "C" void on_termination(int sig) {
    g_termination = sig;
}

} // namespace

const std::string& instance_id() {
    static const std::string id = [] {
        const long pid = static_cast<long>(::getpid());
        return std::to_string(pid) + "-" + start_time_of(pid);
    }();
    return id;
}

fs::path recovery_path_for(const std::string& document_path) {
    return state_dir() / "recovery" / (key_for(document_path) + "." + instance_id() + ".json");
}

std::vector<fs::path> orphaned_recovery_files(const std::string& document_path) {
    const fs::path dir = state_dir() / "recovery";
    const std::string key = key_for(document_path);
    std::vector<std::pair<fs::file_time_type, fs::path>> found;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const auto inst = instance_of(e.path(), key);
        if (!inst || *inst == instance_id() || instance_alive(*inst)) continue;
        std::error_code ec2;
        if (!e.is_regular_file(ec2)) continue;
        found.emplace_back(fs::last_write_time(e.path(), ec2), e.path());
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<fs::path> out;
    for (auto& f : found)
        out.push_back(std::move(f.second));
    return out;
}

std::optional<fs::path> recovery_to_offer(const std::string& document_path) {
    // Whatever happened to the original since: deleted, truncated or merely touched, the
    // recovery file holds edits that were never saved.
    auto files = orphaned_recovery_files(document_path);
    if (files.empty()) return std::nullopt;
    return files.front();
}

Model load_recovery(const fs::path& p) {
    // Same bounded read and the same reference check as an opened file: a recovered map must be
    // one that Ctrl+S can write and the next start can open again.
    Model m = parse_model(read_model_text(p.string()), p.string());
    auto problems = check_references(m);
    if (!problems.empty()) throw ModelFileError(p.string(), std::move(problems));
    return m;
}

void install_termination_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_termination;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGTERM, SIGHUP, SIGINT})
        sigaction(sig, &sa, nullptr);
}

int termination_requested() {
    return static_cast<int>(g_termination);
}

Autosave::Autosave() : interval_(std::chrono::seconds(30)) {
    if (const char* v = std::getenv("SKM_AUTOSAVE_SECONDS"); v && *v) {
        const double s = std::atof(v);
        if (s > 0) interval_ = std::chrono::milliseconds(static_cast<long>(s * 1000));
    }
}

bool Autosave::write(const MapDocument& doc) {
    try {
        const fs::path p = recovery_path_for(doc.path());
        fs::create_directories(p.parent_path());
        // Readable by the user only (a map may name individuals), and a link planted at the
        // recovery file's name is replaced rather than written through.
        WriteOptions o;
        o.new_file_mode = 0600;
        o.follow_symlinks = false;
        write_file_atomically(p.string(), serialize_model(doc.model()), o);
        last_error_.clear();
    } catch (const std::exception& e) {
        last_error_ = e.what();
    }
    written_generation_ = doc.generation();
    return last_error_.empty();
}

bool Autosave::tick(const MapDocument& doc, std::chrono::steady_clock::time_point now) {
    if (!doc.dirty() || doc.generation() == written_generation_) {
        if (!doc.dirty()) pending_since_.reset();
        return false;
    }
    if (!pending_since_) pending_since_ = now;
    if (now - *pending_since_ < interval_) return false;
    const bool ok = write(doc);
    pending_since_ = now; // the next write waits a full interval again
    return ok;
}

bool Autosave::write_now(const MapDocument& doc) {
    if (!doc.dirty() || doc.generation() == written_generation_) return true;
    return write(doc);
}

void Autosave::discard(const std::string& document_path, bool and_orphans) {
    std::error_code ec;
    fs::remove(recovery_path_for(document_path), ec);
    if (and_orphans)
        for (const auto& f : orphaned_recovery_files(document_path))
            fs::remove(f, ec);
    written_generation_ = 0;
    pending_since_.reset();
}

} // namespace skm::gui
