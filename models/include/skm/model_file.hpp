#pragma once
// The model file: cereal-written JSON, UTF-8, one schema version, stable key order.
// See docs/model-format.md for the format a person can read and hand-edit.
#include "skm/model.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace skm {

// 2: units.level, rule_settings.actions (and further fields added in the same release); every
// addition has a default, so version-1 files read unchanged.
inline constexpr int kSchemaVersion = 2;
inline constexpr const char* kFormatName = "samverkanskartan-modell";

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

// Read and parse a file; also checks every reference.
Model load_model_file(const std::string& path);

// Atomic save: write a temporary file beside the target, flush, keep the previous version as
// `path.bak`, then rename over the target. Throws std::runtime_error naming the file on failure.
void save_model_file(const Model& m, const std::string& path);

// Write `content` to `path` atomically (temp file + rename), without a backup.
void write_file_atomically(const std::string& path, const std::string& content);

// Every reference that points at nothing, or at the wrong kind of element, and every duplicate id.
std::vector<FileProblem> check_references(const Model& m);

} // namespace skm
