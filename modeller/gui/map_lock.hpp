#pragma once
// An advisory lock on an open map (issue 11 §1): a small file beside the map names who has it open
// (user, host, editor instance), so a second editor — on this machine or on a shared drive — can
// say "opened by anna on kontor-3" before two people edit the same map. Advisory only: the save
// itself is guarded by the changed-on-disk check (FileStamp), whatever the lock says.
#include <optional>
#include <string>

namespace skm::gui {

struct LockHolder {
    std::string user, host, instance;
};

// ".<name>.skm-lock" beside the map (beside a symlink's target).
std::string lock_path_for(const std::string& map_path);

class MapLock {
  public:
    MapLock() = default;
    MapLock(const MapLock&) = delete;
    MapLock& operator=(const MapLock&) = delete;
    ~MapLock() { release(); }

    // Takes the lock for `map_path` (releasing any held for another map). When another running
    // editor holds it, the lock is left to it and its holder is returned. A lock left by an editor
    // no longer running on this host is taken over. A folder we cannot write to: no lock, no
    // holder (opening works as before).
    std::optional<LockHolder> acquire(const std::string& map_path);
    // Removes our lock file, only if it is still ours.
    void release();
    const std::string& held_path() const { return held_; }

  private:
    std::string held_; // the lock file we created, "" when none
};

// Who else holds the lock on `map_path` now, without taking or releasing any lock: another running
// editor's lock (nullopt when there is no lock, it is ours, or it was left by an editor that is
// gone). Asked before opening a map (to offer read-only) and before saving onto one.
std::optional<LockHolder> other_lock_holder(const std::string& map_path);

// The lock file's contents for this editor, and a parser for any lock file.
std::string lock_text_for_this_editor();
std::optional<LockHolder> parse_lock(const std::string& text);

} // namespace skm::gui
