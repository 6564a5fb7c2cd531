#pragma once
// Where an export's bytes go (issue 11 §2): an export never touches a model. The output path is
// refused when it is one of the inputs or any file that reads as a model file; "-" is standard
// output; a device or FIFO is written directly, never replaced; a symlink is written through to
// its target; a regular file is replaced atomically (temporary file in the same folder, then
// rename), keeping the permissions it had.
#include "skm/lang.hpp"

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace skm::exports {

struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Throws OutputError with a message that names the path. `inputs` are the files the command
// read (the model), which the output must never be.
void write_output(const std::string& path, const std::string& bytes,
                  const std::vector<std::string>& inputs, Lang lang, std::ostream* stdout_stream);

// The checks alone (for a writer that cannot hand over its bytes in one piece).
void check_output_path(const std::string& path, const std::vector<std::string>& inputs, Lang lang);

// True when the file at `path` starts like a model file (its "format" marker), whatever else
// is in it: such a file is someone's work.
bool looks_like_model_file(const std::string& path);

} // namespace skm::exports
