#pragma once
// The model file: cereal-written JSON, UTF-8, one schema version, stable key order.
// See docs/model-format.md for the format a person can read and hand-edit.
#include "skm/model.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace skm {

// 2: units.level, rule_settings.actions (and further fields added in the same release); every
// addition has a default, so version-1 files read unchanged.
inline constexpr int kSchemaVersion = 2;
inline constexpr const char* kFormatName = "samverkanskartan-modell";
// How an optional yes/no field's "explicitly none" is written ("none" is read too): false is
// that field's "no", so it cannot also mean none.
inline constexpr const char* kNoneWordForYesNo = "ingen";

// One problem in a model file: where (line:column, or the path of the field) and what.
struct FileProblem {
    std::string where;   // "12:5" or "forums[F-LGS].convener"
    std::string problem; // what is wrong, in plain words
};

class ModelFileError : public std::runtime_error {
  public:
    ModelFileError(std::string file, std::vector<FileProblem> problems);
    const std::string& file() const { return file_; }
    const std::vector<FileProblem>& problems() const { return problems_; }

  private:
    std::string file_;
    std::vector<FileProblem> problems_;
};

// Parse a model from JSON text. `name` is used in messages (usually the file path).
// Throws ModelFileError naming the place and problem; never crashes on hostile input.
Model parse_model(std::string_view json, const std::string& name);

// Write the model as JSON (ends with a newline). Same model, same bytes.
std::string serialize_model(const Model& m);

// The largest model file read: far above any real map (a county with 3,000 elements is ~2 MiB),
// small enough that a hostile file cannot take the editor's memory.
inline constexpr std::size_t kMaxModelFileBytes = 64u * 1024u * 1024u;

// The bytes of a model file, read safely: opened without blocking and checked through the open
// descriptor before a byte is read, so a folder, FIFO, socket or device (/dev/zero) is refused at
// once with a message, and a file larger than `max_bytes` is refused without being read (a file
// that grows while being read is cut off and refused too). Throws ModelFileError.
std::string read_model_text(const std::string& path, std::size_t max_bytes = kMaxModelFileBytes);

// What a file on disk was when it was read or written: enough to notice that someone else (a git
// pull, a colleague on a shared drive, a second editor) has replaced it since.
struct FileStamp {
    bool exists = false;
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::uint64_t hash = 0; // FNV-1a over the bytes
    bool operator==(const FileStamp&) const = default;
};

// The stamp of the file at `path` now (exists == false when there is none or it cannot be read).
FileStamp file_stamp(const std::string& path);
// The stamp of `text` as if just written or read (mtime unset).
FileStamp stamp_of_text(const std::string& text);
// True when the file behind `now` holds other bytes than the one behind `then`. A file that was
// only touched (same size and content, new time) has not changed.
bool content_changed(const FileStamp& then, const FileStamp& now);

// Thrown by save_model_file when the file on disk is no longer the one the editor loaded.
class FileChangedError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Read (read_model_text) and parse a file; also checks every reference. Throws ModelFileError.
Model load_model_file(const std::string& path);
// The same, also recording the stamp of the bytes that were read.
Model load_model_file(const std::string& path, FileStamp& stamp);

// How write_file_atomically treats the file it replaces.
struct WriteOptions {
    // Permissions for a file that does not exist yet; -1: 0666 less the umask. A file that exists
    // keeps its own permissions and group (a private 0600 map stays private).
    int new_file_mode = -1;
    // true: a symlink is written through to its target (the link stays, as the user made it);
    // false: the name itself is replaced (backups and recovery files: a link planted there by
    // someone else cannot redirect the write to another of the user's files).
    bool follow_symlinks = true;
};

// Write `content` to `path` atomically, without a backup: a temporary file with an unpredictable
// name is created beside the final target with O_CREAT|O_EXCL|O_NOFOLLOW (so nobody can plant a
// link in its place), filled, given the target's permissions and group, flushed to disk and
// renamed over the target. A target that exists but is read-only or not a regular file is
// refused. Throws std::runtime_error naming the file.
void write_file_atomically(const std::string& path, const std::string& content,
                           const WriteOptions& options = {});

// Atomic save of a model (write_file_atomically). The version on disk is first copied to
// `path.bak`, but only when it still reads as a model: an emptied, truncated or unreadable file
// never replaces a good backup. New files are 0600 when the map holds individual-level content
// (has_individual_content), else 0666 less the umask. Stale temporary files left by earlier
// killed saves beside the file are removed. Throws std::runtime_error naming the file.
void save_model_file(const Model& m, const std::string& path);
// The same, but first checks that the file on disk is still `expected` (the stamp from the load or
// the last save; for a map never saved, a stamp with exists == false): when someone else has
// changed or replaced it since, nothing is written and FileChangedError says so; never overwrite
// silently. A file removed since is simply written again. Returns the new stamp.
FileStamp save_model_file(const Model& m, const std::string& path, const FileStamp& expected);

// True when the map describes individuals (citizen parties, an individual-level tier or
// geography, or named persons in roles): such files are created readable by their owner only.
bool has_individual_content(const Model& m);

// Removes our own temporary files beside `path` left behind by saves that were killed: regular
// files owned by this user, named like ours, and older than `min_age_seconds` (a save in progress
// in another editor is never touched). Returns how many were removed.
int clean_stale_temp_files(const std::string& path, int min_age_seconds = 120);

// Text from a file made safe to print in a message: control characters (C0, DEL, C1), the
// noncharacters U+FFFE/U+FFFF and invalid UTF-8 bytes are written as \n, \t, \xNN or \uNNNN, so
// no raw escape sequence reaches a terminal; longer text is cut after `max_chars` characters with
// "…" (a 10 MB key must not become a 10 MB message).
std::string escape_for_message(std::string_view text, std::size_t max_chars = 60);
// The same, in double quotes.
std::string quote_for_message(std::string_view text, std::size_t max_chars = 60);

// Things a file can say that parse and resolve but make no sense, each with the place: cycles in
// unit parents, forum reports_to and document parents; a role that is its own substitute; process
// steps that loop with no way out; negative counts, capacities, days and months; age_min above
// age_max; an end before its start; text that looks like a Swedish personal identity number
// (personnummer) in any field of a map that should describe roles, not people. Load warnings:
// load_model_file does not refuse them (a map the editor saved must always open again); the
// command line reports them (validate, check) and the editor can list them.
std::vector<FileProblem> check_consistency(const Model& m);

// True when `text` contains something shaped like a personnummer or samordningsnummer
// (YYMMDD-NNNN, YYYYMMDD-NNNN, with "-", "+" or nothing between, a plausible month and day).
bool contains_personal_number(std::string_view text);

// Every reference that points at nothing, or at the wrong kind of element, and every duplicate id.
std::vector<FileProblem> check_references(const Model& m);

} // namespace skm
