#pragma once
// The open map: the model, its undo history, where it is saved, the current findings and the
// selection. Every change goes through execute()/undo()/redo(), which rerun the rules, so the
// findings, the dirty marker and autosave all follow the same edits.
//
// The rules run off the UI thread: a change hands a copy of the model, with its generation, to a
// background job, and the last findings stay on show until poll_findings() (once a frame) takes
// the job's result. A result for a model that has changed since is dropped and the rules run
// again on the current one; at most one job runs at a time.
//
// The copy itself is made off the UI thread too (on a 100,000-element model it takes 30–45 ms,
// two frames): a change starts a copy of the model as it now is, and the UI goes on reading
// the model while the copy reads it. Only the next change waits for a copy still under way, so
// the model never changes under it; edits come far apart compared with the copy.
#include "disposer.hpp"
#include "skm/commands.hpp"
#include "skm/model_index.hpp"
#include "skm/rules.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace skm::gui {

// One generation of the model, frozen: a copy and its index (ids to elements and names), built
// off the UI thread and shared by the rules job, the layout worker and the panels' look-ups.
struct FrozenModel {
    explicit FrozenModel(const Model& m) : model(m), index(model) {}
    const Model model;
    const ModelIndex index; // points into `model` above
};

class MapDocument {
  public:
    MapDocument();
    ~MapDocument();
    MapDocument(const MapDocument&) = delete;
    MapDocument& operator=(const MapDocument&) = delete;

    const Model& model() const { return model_; }
    // The findings of the model as it was at findings_generation(): the current model's once
    // findings_current(), until then the last ones.
    const CheckResult& findings() const { return found_->findings; }
    // The same findings, shared with a job that keeps them (the layout worker) without a copy.
    std::shared_ptr<const CheckResult> shared_findings() const {
        return {found_, &found_->findings};
    }
    // For each of findings(), a number shared by the findings about the same element (0, 1, …
    // in order of first appearance), worked out with the findings off the UI thread: the panel
    // finds each element's first row with it instead of hashing tens of thousands of ids.
    const std::vector<std::uint32_t>& findings_element_slots() const { return found_->slots; }
    // An immutable copy of the current model, made once per generation on a background thread
    // and shared by the rules job and the layout worker. Waits for the copy if it is not yet
    // done (the findings of a generation arrive after its copy: once findings_current(), it is).
    // Null if the copy could not be made (out of memory).
    std::shared_ptr<const Model> snapshot();
    // The same copy, handed over by a function that waits for it on the caller's thread (the
    // layout's): the map can be asked for right after an edit. Null if it could not be made.
    std::function<std::shared_ptr<const Model>()> snapshot_source() const;
    // The display name of an element as the model stood when the findings on show were found
    // (the names that match them), from that copy's index: no walk of the model per row.
    std::string findings_name_of(const Id& id) const;
    // The display name of an element of the current model: from the generation's index once its
    // copy is made, otherwise (for the frames right after an edit) by a walk of the model.
    std::string name_of(const Id& id) const;
    std::uint64_t findings_generation() const { return findings_generation_; }
    bool findings_current() const { return findings_generation_ == generation_; }
    // Takes the background job's findings if it has finished (without waiting); true when the
    // findings of the current model have arrived.
    bool poll_findings();
    // Waits until the findings are those of the current model (an export, a test).
    void wait_findings();
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
    // Every change to model_ goes between these two: the first waits for a copy still reading
    // the model, the second starts the copy of the changed one and the rules.
    void before_change();
    void changed();
    void start_rules();
    bool take_rules_result();
    Model model_;
    History history_;
    std::string path_;
    // What one run of the rules gives: the findings, their element slots and the copy of the
    // model they were found in. Kept and replaced as one.
    struct Found {
        CheckResult findings;
        std::vector<std::uint32_t> slots;
        std::shared_ptr<const FrozenModel> model; // null before the first run
    };
    std::shared_ptr<const Found> found_ = std::make_shared<const Found>();
    // Frees old copies and findings off the UI thread (what it still holds goes when the
    // document does).
    Disposer disposer_;
    // The copy of the model at generation_, under way or done.
    std::shared_future<std::shared_ptr<const FrozenModel>> snapshot_;
    std::uint64_t generation_ = 1;
    std::uint64_t findings_generation_ = 0;
    struct RulesJob {
        std::uint64_t generation;
        std::future<Found> result;
    };
    std::optional<RulesJob> rules_job_;
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
