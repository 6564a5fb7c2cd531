#include "map_document.hpp"

#include "i18n.hpp"
#include "skm/model_file.hpp"

#include <chrono>
#include <exception>

namespace skm::gui {

MapDocument::MapDocument() {
    reset(empty_model(), {});
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
    findings_ = run_rules(model_);
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
