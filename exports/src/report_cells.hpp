#pragma once
// Shared helpers for the report's section builders: turning ids, tri-state attributes and enum
// values into table cells, with names (not ids) as the visible text.
#include "report_labels.hpp"
#include "skm/report.hpp"

#include <string>
#include <vector>

namespace skm::exports::report {

struct Ctx {
    const Model& m;
    Lang lang;
    const DiagramSource& diagrams;
    const CheckResult& findings;
    std::string t(std::string_view sv, std::string_view en) const { return tr(lang, sv, en); }
};

// The name a reader knows an element by: name or title, the kind of a citizen party, a
// description of a consent, "process – step" for a step reference; the id when nothing matches.
std::string element_name(const Ctx& c, const Id& id);

Item value_item(std::string text, Id id = {});
Item unknown_item(const Ctx& c);
Item none_item(const Ctx& c, Genus g = Genus::Common);
Item name_item(const Ctx& c, const Id& id);

Cell value_cell(std::string text, Id id = {});
Cell unknown_cell(const Ctx& c);
// One line per element; an empty list is not stated.
Cell names_cell(const Ctx& c, const std::vector<Id>& ids);
Cell ref_cell(const Ctx& c, const Maybe<Id>& ref, Genus g = Genus::Common);
Cell text_cell(const Ctx& c, const Maybe<std::string>& text, Genus g = Genus::Common);
Cell date_cell(const Ctx& c, const Maybe<Date>& date, Genus g = Genus::Common);
Cell days_cell(const Ctx& c, const Maybe<int>& days, Genus g = Genus::Common);

template <class E> Cell enum_cell(const Ctx& c, const Maybe<E>& e, Genus g = Genus::Common) {
    if (e.is_set()) return value_cell(word(e.value(), c.lang));
    if (e.is_none()) return {none_item(c, g)};
    return unknown_cell(c);
}

// A key/value row for a table describing one element.
std::vector<Cell> kv_row(std::string key, Cell value);

Table kv_table(const Ctx& c, std::string caption);

// Diagram of one view through the injected source; a failure becomes a note, never an exception.
Diagram make_diagram(const Ctx& c, const render::ViewSpec& view, std::string title);

// Anchors are built from ids, which may hold any text: keep them to safe characters.
std::string anchor_for(std::string_view prefix, const Id& id);

void add_structure_section(const Ctx& c, std::vector<Section>& out);
void add_forum_section(const Ctx& c, std::vector<Section>& out);
void add_handoff_section(const Ctx& c, std::vector<Section>& out);
void add_responsibility_section(const Ctx& c, std::vector<Section>& out);
void add_document_section(const Ctx& c, std::vector<Section>& out);
void add_escalation_section(const Ctx& c, std::vector<Section>& out);
void add_process_section(const Ctx& c, std::vector<Section>& out);
// The gap report, the mapping questions and the åtgärdsplan; `today` (the report date) decides
// which actions are overdue.
void add_gap_section(const Ctx& c, std::vector<Section>& out, const Date& today);
void add_contact_section(const Ctx& c, std::vector<Section>& out);
void add_annual_cycle_section(const Ctx& c, std::vector<Section>& out);
void add_level_mapping_section(const Ctx& c, std::vector<Section>& out);
void add_template_section(const Ctx& c, std::vector<Section>& out);
// "Förändringar sedan …": what changed from `since` (an older version, from `since_file`) to the
// report's model, grouped by element kind.
void add_changes_section(const Ctx& c, std::vector<Section>& out, const Model& since,
                         const std::string& since_file);

} // namespace skm::exports::report
