#include "map_document.hpp"

#include "i18n.hpp"
#include "skm/model_file.hpp"

#include <chrono>
#include <exception>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace skm::gui {
namespace {

std::vector<std::uint32_t> element_slots(const CheckResult& r) {
    std::unordered_map<std::string_view, std::uint32_t> slot_of;
    slot_of.reserve(r.findings.size());
    std::vector<std::uint32_t> out;
    out.reserve(r.findings.size());
    for (const auto& f : r.findings)
        out.push_back(
            slot_of.emplace(f.element(), static_cast<std::uint32_t>(slot_of.size())).first->second);
    return out;
}

// The copy a future holds, waiting for it; null if it could not be made (out of memory).
std::shared_ptr<const FrozenModel>
frozen_or_null(const std::shared_future<std::shared_ptr<const FrozenModel>>& copy) {
    try {
        return copy.get();
    } catch (const std::exception&) {
        return nullptr;
    }
}

} // namespace

MapDocument::MapDocument() {
    reset(empty_model(), {});
}

MapDocument::~MapDocument() {
    // Both read what this object owns (the copy reads model_).
    if (snapshot_.valid()) snapshot_.wait();
    if (rules_job_) rules_job_->result.wait();
}

void MapDocument::reset(Model m, std::string path, bool recovered) {
    before_change();
    model_ = std::move(m);
    path_ = std::move(path);
    history_.clear();
    history_.mark_saved();
    recovered_ = recovered;
    read_only_ = false;
    selection.clear();
    changed();
}

bool MapDocument::execute(std::unique_ptr<Command> c) {
    if (read_only_) {
        last_error_ = tr(Str::ReadOnlyEditRefused);
        return false;
    }
    before_change();
    try {
        history_.execute(model_, std::move(c));
    } catch (const std::exception& e) {
        last_error_ = e.what();
        return false;
    }
    last_error_.clear();
    changed();
    return true;
}

void MapDocument::undo() {
    if (read_only_ || !history_.can_undo()) return;
    before_change();
    history_.undo(model_);
    changed();
}

void MapDocument::redo() {
    if (read_only_ || !history_.can_redo()) return;
    before_change();
    history_.redo(model_);
    changed();
}

void MapDocument::mark_saved() {
    history_.mark_saved();
    recovered_ = false;
}

void MapDocument::before_change() {
    if (snapshot_.valid()) snapshot_.wait();
}

void MapDocument::changed() {
    ++generation_;
    // The last copy goes on the disposer's thread (before_change() has waited for it). Nothing
    // changes model_ until the next before_change(), which waits for the new copy.
    if (snapshot_.valid()) disposer_.later(std::move(snapshot_));
    snapshot_ = std::async(std::launch::async, [this] {
                    return std::make_shared<const FrozenModel>(model_);
                }).share();
    // A job still running works on an older model: its result will be dropped, and the rules
    // run again when it is taken.
    if (!rules_job_) start_rules();
}

void MapDocument::start_rules() {
    // The job shares the generation's copy of the model and its index (the layout worker takes
    // the same copy) and waits for it on its own thread, not on the UI's.
    rules_job_ = RulesJob{generation_, std::async(std::launch::async, [s = snapshot_]() mutable {
                              Found out;
                              out.model = s.get();
                              s = {};
                              out.findings = run_rules(out.model->index);
                              out.slots = element_slots(out.findings);
                              return out;
                          })};
}

std::shared_ptr<const Model> MapDocument::snapshot() {
    return snapshot_source()();
}

std::function<std::shared_ptr<const Model>()> MapDocument::snapshot_source() const {
    return [copy = snapshot_]() -> std::shared_ptr<const Model> {
        const std::shared_ptr<const FrozenModel> frozen = frozen_or_null(copy);
        if (!frozen) return nullptr;
        return {frozen, &frozen->model};
    };
}

std::string MapDocument::findings_name_of(const Id& id) const {
    return found_->model ? found_->model->index.display_name(id) : display_name(model_, id);
}

std::string MapDocument::name_of(const Id& id) const {
    if (snapshot_.valid() &&
        snapshot_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        if (const auto frozen = frozen_or_null(snapshot_)) return frozen->index.display_name(id);
    return display_name(model_, id); // no copy yet, or none could be made
}

bool MapDocument::take_rules_result() {
    RulesJob job = std::move(*rules_job_);
    rules_job_.reset();
    try {
        Found r = job.result.get();
        if (job.generation == generation_) {
            // The findings and copy they replace are freed off the UI thread.
            disposer_.later(std::exchange(found_, std::make_shared<const Found>(std::move(r))));
            findings_generation_ = job.generation;
        } else {
            disposer_.later(std::move(r));
        }
    } catch (const std::exception&) {
        // The rules could not run at all (out of memory): keep the last findings rather than
        // retrying without end.
        if (job.generation == generation_) findings_generation_ = job.generation;
    }
    if (!findings_current()) start_rules(); // the model changed while the job ran
    return findings_current();
}

bool MapDocument::poll_findings() {
    if (!rules_job_ ||
        rules_job_->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    return take_rules_result();
}

void MapDocument::wait_findings() {
    while (!findings_current()) {
        if (!rules_job_) start_rules();
        rules_job_->result.wait();
        take_rules_result();
    }
}

Model empty_model() {
    Model m;
    const auto today = std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    m.info.id = "karta";
    m.info.name = "Ny samverkanskarta";
    m.info.snapshot =
        Date{static_cast<int>(today.year()), static_cast<int>(unsigned(today.month())),
             static_cast<int>(unsigned(today.day()))};
    m.info.version = "1";
    return m;
}

std::string why_unopenable(const Model& m) {
    std::vector<FileProblem> problems;
    try {
        problems = check_references(parse_model(serialize_model(m), "(saved)"));
    } catch (const ModelFileError& e) {
        problems = e.problems();
    } catch (const std::exception& e) {
        return e.what();
    }
    std::string out;
    for (const auto& p : problems)
        out += p.where + ": " + p.problem + "\n";
    return out;
}

} // namespace skm::gui
