#pragma once
// Autosave to a recovery file while the map has unsaved edits, and the offer to recover after a
// crash. The user's own file is only ever written by an explicit save.
//
// Recovery files are keyed by the map's path *and* the editor instance (pid and process start
// time), so two editors on one map, or two untitled maps, never share or delete each other's
// file; a file whose instance is no longer running is offered for its path whatever happened to
// the original since (deleted, truncated, touched).
#include "map_document.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace skm::gui {

// This editor's instance id: "<pid>-<start time in clock ticks since boot>".
const std::string& instance_id();

// This instance's recovery file for a document path ("" = an untitled map):
// state_dir()/recovery/<stem>-<hash of the path>.<instance>.json.
std::filesystem::path recovery_path_for(const std::string& document_path);

// Every recovery file for this document path left by an instance that is no longer running,
// newest first.
std::vector<std::filesystem::path> orphaned_recovery_files(const std::string& document_path);

// The recovery file to offer for this document: the newest orphaned one.
std::optional<std::filesystem::path> recovery_to_offer(const std::string& document_path);

// Loads a recovery file with the same bounded read and reference check as an opened map; throws
// ModelFileError like load_model_file.
Model load_recovery(const std::filesystem::path& p);

// SIGTERM, SIGHUP and SIGINT ask the editor to end after a final autosave instead of ending at
// once (up to a whole autosave interval of edits would be lost). The handler only sets a flag;
// the main loop polls it.
void install_termination_handlers();
// The signal that asked us to end, or 0.
int termination_requested();

class Autosave {
  public:
    // Interval from SKM_AUTOSAVE_SECONDS (tests use 1 s), else 30 s.
    Autosave();
    std::chrono::milliseconds interval() const { return interval_; }

    // Call every frame: writes when the document is dirty, has changed since the last write and
    // the interval has passed since the first unsaved change. Returns true when it wrote.
    bool tick(const MapDocument& doc, std::chrono::steady_clock::time_point now);
    // Writes now when the document has unsaved edits not yet in the recovery file (the final
    // autosave before the editor ends on a signal). Returns false when writing failed.
    bool write_now(const MapDocument& doc);
    // The document was saved or closed cleanly: this instance's recovery file for it is no
    // longer needed. With `and_orphans` (after a save of that path, or when the user declines the
    // recovery offer) also those left for it by instances no longer running. A running editor's
    // file is never touched.
    void discard(const std::string& document_path, bool and_orphans = false);
    // Why the last write failed ("" when it succeeded), for the status bar.
    const std::string& last_error() const { return last_error_; }

  private:
    bool write(const MapDocument& doc);
    std::chrono::milliseconds interval_;
    std::uint64_t written_generation_ = 0;
    std::optional<std::chrono::steady_clock::time_point> pending_since_;
    std::string last_error_;
};

} // namespace skm::gui
