#include "recovery.hpp"

#include "paths.hpp"
#include "skm/model_file.hpp"

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

namespace skm::gui {
namespace fs = std::filesystem;

fs::path recovery_path_for(const std::string& document_path) {
    const fs::path dir = state_dir() / "recovery";
    if (document_path.empty()) return dir / "namnlos.json";
    std::error_code ec;
    fs::path abs = fs::weakly_canonical(document_path, ec);
    if (ec) abs = document_path;
    std::ostringstream name;
    name << abs.stem().string() << "-" << std::hex
         << (std::hash<std::string>{}(abs.string()) & 0xFFFFFFFFu) << ".json";
    return dir / name.str();
}

std::optional<fs::path> recovery_to_offer(const std::string& document_path) {
    const fs::path r = recovery_path_for(document_path);
    std::error_code ec;
    if (!fs::exists(r, ec)) return std::nullopt;
    if (document_path.empty() || !fs::exists(document_path, ec)) return r;
    if (fs::last_write_time(r, ec) > fs::last_write_time(document_path, ec)) return r;
    return std::nullopt;
}

Model load_recovery(const fs::path& p) {
    // Same bounded read and the same reference check as an opened file: a recovered map must be
    // one that Ctrl+S can write and the next start can open again.
    Model m = parse_model(read_model_text(p.string()), p.string());
    auto problems = check_references(m);
    if (!problems.empty()) throw ModelFileError(p.string(), std::move(problems));
    return m;
}

Autosave::Autosave() : interval_(std::chrono::seconds(30)) {
    if (const char* v = std::getenv("SKM_AUTOSAVE_SECONDS"); v && *v) {
        const double s = std::atof(v);
        if (s > 0) interval_ = std::chrono::milliseconds(static_cast<long>(s * 1000));
    }
}

bool Autosave::tick(const MapDocument& doc, std::chrono::steady_clock::time_point now) {
    if (!doc.dirty() || doc.generation() == written_generation_) {
        if (!doc.dirty()) pending_since_.reset();
        return false;
    }
    if (!pending_since_) pending_since_ = now;
    if (now - *pending_since_ < interval_) return false;
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
    pending_since_ = now; // the next write waits a full interval again
    return last_error_.empty();
}

void Autosave::discard(const std::string& document_path) {
    std::error_code ec;
    fs::remove(recovery_path_for(document_path), ec);
    written_generation_ = 0;
    pending_since_.reset();
}

} // namespace skm::gui
