// The report's diagrams come from the diagram export, as SVG.
#include "skm/report.hpp"

namespace skm::exports {

DiagramSource default_diagram_source() {
    return [](const Model& m, const render::ViewSpec& view) {
        ExportOptions options;
        options.show_title_and_date = false; // the report's own headings say what each one is
        options.paper = Paper::TextWidth;    // a figure across the text of a portrait page
        return export_diagram(m, view, Format::Svg, options);
    };
}

} // namespace skm::exports
