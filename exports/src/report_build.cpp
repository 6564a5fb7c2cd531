// Assembles the report: the title page facts, then the sections in the order a governing
// document presents them (domain.md §4.2).
#include "report_cells.hpp"

#include <algorithm>
#include <cctype>

namespace skm::exports {

const Section* ReportDocument::find(const std::string& anchor) const {
    for (const auto& s : sections)
        if (s.anchor == anchor) return &s;
    return nullptr;
}

ReportDocument build_report(const Model& m, const CheckResult& findings, const ReportOptions& o) {
    const DiagramSource diagrams = o.diagrams ? o.diagrams : default_diagram_source();
    const report::Ctx c{m, o.lang, diagrams, findings};
    ReportDocument doc;
    doc.lang = o.lang;
    doc.title = m.info.name.empty() ? c.t("Samverkanskarta", "Collaboration map") : m.info.name;

    using report::text_cell;
    auto fact = [&](std::string label, Cell value) {
        doc.facts.emplace_back(std::move(label), std::move(value));
    };
    fact(c.t("Samverkansmodell", "Collaboration model"), report::value_cell(doc.title, m.info.id));
    fact(c.t("Geografi", "Geography"), text_cell(c, m.info.geography));
    fact(c.t("Målgrupp", "Target group"), text_cell(c, m.info.target_group));
    fact(c.t("Nulägesdatum", "Snapshot date"), report::value_cell(m.info.snapshot.str()));
    fact(c.t("Status", "Status"), report::value_cell(m.info.status == ModelStatus::Nulage
                                                         ? c.t("nuläge", "as-is (nuläge)")
                                                         : c.t("börläge", "to-be (börläge)")));
    fact(c.t("Styrgrupp", "Steering group"), text_cell(c, m.info.steering_group));
    if (!m.info.version.empty())
        fact(c.t("Version", "Version"), report::value_cell(m.info.version));
    Cell sources;
    for (const auto& s : m.info.sources)
        sources.push_back(report::value_item(s));
    if (sources.empty()) sources.push_back(report::unknown_item(c));
    fact(c.t("Källor", "Sources"), sources);
    const Date generated = o.date.is_set() ? o.date.value() : m.info.snapshot;
    fact(c.t("Rapporten skapad", "Report date"), report::value_cell(generated.str()));

    report::add_structure_section(c, doc.sections);
    report::add_level_mapping_section(c, doc.sections);
    report::add_forum_section(c, doc.sections);
    report::add_contact_section(c, doc.sections);
    report::add_handoff_section(c, doc.sections);
    report::add_responsibility_section(c, doc.sections);
    report::add_document_section(c, doc.sections);
    report::add_annual_cycle_section(c, doc.sections);
    report::add_escalation_section(c, doc.sections);
    report::add_process_section(c, doc.sections);
    report::add_template_section(c, doc.sections);
    if (o.since) report::add_changes_section(c, doc.sections, *o.since, o.since_file);
    report::add_gap_section(c, doc.sections, generated);
    return doc;
}

bool report_format_for_path(const std::string& path, ReportFormat& out) {
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (ext == "html" || ext == "htm")
        out = ReportFormat::Html;
    else if (ext == "md" || ext == "markdown")
        out = ReportFormat::Markdown;
    else if (ext == "docx")
        out = ReportFormat::Docx;
    else if (ext == "odt")
        out = ReportFormat::Odt;
    else if (ext == "xlsx")
        out = ReportFormat::Xlsx;
    else
        return false;
    return true;
}

std::string make_report(const Model& m, ReportFormat format, const ReportOptions& o) {
    const CheckResult findings = run_rules(m);
    const ReportDocument doc = build_report(m, findings, o);
    switch (format) {
    case ReportFormat::Html:
        return write_html(doc);
    case ReportFormat::Markdown:
        return write_markdown(doc);
    case ReportFormat::Docx:
        return write_docx(m, doc, o, false);
    case ReportFormat::Odt:
        return write_docx(m, doc, o, true);
    case ReportFormat::Xlsx:
        return write_xlsx(doc);
    }
    return {};
}

} // namespace skm::exports
