#include "map_document.hpp"

#include "i18n.hpp"
#include "skm/model_file.hpp"

#include <chrono>
#include <exception>

namespace skm::gui {

MapDocument::MapDocument() {
    reset(empty_model(), {});
}

MapDocument::~MapDocument() {
    if (rules_job_) rules_job_->result.wait();
}

void MapDocument::reset(Model m, std::string path, bool recovered) {
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
    history_.undo(model_);
    changed();
}

void MapDocument::redo() {
    if (read_only_ || !history_.can_redo()) return;
    history_.redo(model_);
    changed();
}

void MapDocument::mark_saved() {
    history_.mark_saved();
    recovered_ = false;
}

void MapDocument::changed() {
    ++generation_;
    // A job still running works on an older model: its result will be dropped, and the rules
    // run again when it is taken.
    if (!rules_job_) start_rules();
}

void MapDocument::start_rules() {
    // The job shares the generation's copy of the model (the layout worker takes the same one).
    rules_job_ = RulesJob{generation_, std::async(std::launch::async, [s = snapshot()]() mutable {
                              const std::shared_ptr<const Model> model = std::move(s);
                              return run_rules(*model);
                          })};
}

std::shared_ptr<const Model> MapDocument::snapshot() {
    if (!snapshot_ || snapshot_generation_ != generation_) {
        snapshot_ = std::make_shared<const Model>(model_);
        snapshot_generation_ = generation_;
    }
    return snapshot_;
}

bool MapDocument::take_rules_result() {
    RulesJob job = std::move(*rules_job_);
    rules_job_.reset();
    try {
        CheckResult r = job.result.get();
        if (job.generation == generation_) {
            findings_ = std::make_shared<const CheckResult>(std::move(r));
            findings_generation_ = job.generation;
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
