#pragma once
// The open map: the model, its undo history, where it is saved, the current findings and the
// selection. Every change goes through execute()/undo()/redo(), which rerun the rules, so the
// findings, the dirty marker and autosave all follow the same edits.
#include "skm/commands.hpp"
#include "skm/rules.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace skm::gui {

class MapDocument {
  public:
    MapDocument();

    const Model& model() const { return model_; }
    const CheckResult& findings() const { return findings_; }
    const History& history() const { return history_; }
    const std::string& path() const { return path_; }
    void set_path(std::string path) { path_ = std::move(path); }

    // Replaces the whole document (open, new, recover). `recovered` marks it unsaved. The new
    // document is editable.
    void reset(Model m, std::string path, bool recovered = false);

    // Opened read-only (another editor holds the map's lock): every edit, undo and redo is
    // refused, execute() saying why in last_error().
    void set_read_only(bool on) { read_only_ = on; }
    bool read_only() const { return read_only_; }

    // Runs an edit; on failure the model is unchanged and last_error() says why.
    bool execute(std::unique_ptr<Command> c);
    void undo();
    void redo();

    bool dirty() const { return history_.dirty() || recovered_; }
    void mark_saved();
    // Changes with every edit, undo, redo and reset: views compare it to know when to refresh.
    std::uint64_t generation() const { return generation_; }
    const std::string& last_error() const { return last_error_; }

    Id selection;

  private:
    void changed();
    Model model_;
    History history_;
    std::string path_;
    CheckResult findings_;
    std::uint64_t generation_ = 1;
    bool recovered_ = false;
    bool read_only_ = false;
    std::string last_error_;
};

// Why the model, once saved, could not be opened again: the written bytes are read back exactly as
// File → Open reads a file (parse, then every reference checked). Empty when it would reopen.
std::string why_unopenable(const Model& m);

// A new, empty map with today's date as snapshot.
Model empty_model();

} // namespace skm::gui
