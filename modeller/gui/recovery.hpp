#pragma once
// Autosave to a recovery file while the map has unsaved edits, and the offer to recover after a
// crash. The user's own file is only ever written by an explicit save.
#include "map_document.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace skm::gui {

// Recovery file for a document path ("" = an untitled map):
// state_dir()/recovery/<stem>-<hash>.json, so two maps with the same file name never collide.
std::filesystem::path recovery_path_for(const std::string& document_path);

// A recovery file worth offering for this document: it exists and is newer than the saved file
// (or the document was never saved).
std::optional<std::filesystem::path> recovery_to_offer(const std::string& document_path);

// Loads a recovery file; throws ModelFileError like load_model_file.
Model load_recovery(const std::filesystem::path& p);

class Autosave {
  public:
    // Interval from SKM_AUTOSAVE_SECONDS (tests use 1 s), else 30 s.
    Autosave();
    std::chrono::milliseconds interval() const { return interval_; }

    // Call every frame: writes when the document is dirty, has changed since the last write and
    // the interval has passed since the first unsaved change. Returns true when it wrote.
    bool tick(const MapDocument& doc, std::chrono::steady_clock::time_point now);
    // The document was saved or closed cleanly: its recovery file is no longer needed.
    void discard(const std::string& document_path);
    const std::string& last_error() const { return last_error_; }

  private:
    std::chrono::milliseconds interval_;
    std::uint64_t written_generation_ = 0;
    std::optional<std::chrono::steady_clock::time_point> pending_since_;
    std::string last_error_;
};

} // namespace skm::gui
