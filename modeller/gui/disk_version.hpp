#pragma once
// The version of the open map that is on disk now, beside the one in the editor (issue 11 §1):
// what the save-conflict dialog compares with and reloads.
#include "skm/commands.hpp"
#include "skm/model_file.hpp"
#include "skm/versions.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace skm::gui {

struct DiskVersion {
    bool ok = false;
    Model model;       // when ok
    FileStamp stamp;   // of the bytes that were read, when ok
    std::string error; // why it could not be read as a map, when not ok
};

// Reads and checks the file like File → Open; never throws.
DiskVersion load_disk_version(const std::string& path);

// A changed element's fields in words: "Namn: \"A\" → \"B\"; Sammankallande: …", at most
// `max_fields` of them, then "+N more fields".
std::string describe_fields(const ElementChange& c, std::size_t max_fields = 3);

// The whole model replaced by the version on disk as one undo step, so Undo brings the editor's
// own edits back after a reload.
class LoadDiskVersion : public Command {
  public:
    LoadDiskVersion(Model before, Model after)
        : before_(std::move(before)), after_(std::move(after)) {}
    std::string name(Lang l) const override;
    void apply(Model& m) override { m = after_; }
    void revert(Model& m) override { m = before_; }

  private:
    Model before_, after_;
};

} // namespace skm::gui
