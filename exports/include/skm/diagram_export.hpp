#pragma once
// Diagram exports: SVG, PDF, PNG and DOT of one view of a model. Same model, same bytes (SVG, DOT).
#include "skm/export_format.hpp"
#include "skm/rules.hpp"
#include "skm/view.hpp"

#include <string>

namespace skm::exports {

enum class Paper { A4, A3 };

struct ExportOptions {
    Paper paper = Paper::A4;
    bool landscape = true;
    int dpi = 300;     // PNG
    std::string title; // empty: the model name and the view's name
    bool show_title_and_date = true;
    // SVG, PDF and PNG are drawn by Graphviz in the skm-layout-worker process when it can be
    // found, otherwise in this process. The editor should set this to false: then a missing
    // worker is an error instead of Graphviz running (and possibly crashing) inside it.
    bool allow_in_process = true;
};

struct ExportResult {
    bool ok = false;
    std::string error; // when !ok
    std::string bytes; // the file content
};

ExportResult export_diagram(const Model& m, const render::ViewSpec& view, Format format,
                            const ExportOptions& options = {},
                            const CheckResult* findings = nullptr);

// Writes the export to `path` atomically; the error names the path.
ExportResult export_diagram_to_file(const Model& m, const render::ViewSpec& view, Format format,
                                    const std::string& path, const ExportOptions& options = {},
                                    const CheckResult* findings = nullptr);

} // namespace skm::exports
