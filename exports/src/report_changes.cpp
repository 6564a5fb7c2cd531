// Förändringar sedan … (issue 10 §3): what was added, removed and changed since an older version
// of the map, from the core diff (skm/versions.hpp), one part per element kind and one row per
// changed field with its value before and after, by name rather than id.
#include "report_cells.hpp"
#include "skm/field_labels.hpp"
#include "skm/versions.hpp"

#include <filesystem>

namespace skm::exports::report {
namespace {

CellState cell_state(ValueLine::State s) {
    switch (s) {
    case ValueLine::State::Unknown:
        return CellState::Unknown;
    case ValueLine::State::None:
        return CellState::None;
    case ValueLine::State::Value:
        break;
    }
    return CellState::Value;
}

Cell cell_of(const std::vector<ValueLine>& lines) {
    Cell out;
    for (const auto& v : lines)
        out.push_back({v.text, v.id, cell_state(v.state)});
    return out;
}

// The header and the rule settings are "the model" as a whole, not an element with a name.
Cell element_cell(const ElementChange& ch) {
    if (ch.collection == "rule_settings") return {};
    return value_cell(ch.name.empty() ? ch.id : ch.name, ch.collection == "model" ? Id() : ch.id);
}

} // namespace

void add_changes_section(const Ctx& c, std::vector<Section>& out, const Model& since,
                         const std::string& since_file) {
    const std::vector<ElementChange> changes = diff_models(since, c.m);
    const std::string name = since_name(c.m, since, since_file);
    Section s;
    s.anchor = "changes";
    s.title = c.t("Förändringar sedan ", "Changes since ") + name;
    if (changes.empty()) {
        s.blocks.push_back(
            Paragraph{c.t("Inga förändringar sedan ", "No changes since ") + name + "."});
        out.push_back(std::move(s));
        return;
    }
    int added = 0, removed = 0, changed = 0;
    for (const auto& ch : changes)
        (ch.kind == ElementChange::Kind::Added     ? added
         : ch.kind == ElementChange::Kind::Removed ? removed
                                                   : changed)++;
    const std::string file =
        since_file.empty() ? std::string()
                           : " (" + std::filesystem::path(since_file).filename().string() + ")";
    s.blocks.push_back(Paragraph{
        c.t("Det som har lagts till, tagits bort och ändrats i kartan sedan ",
            "What was added to, removed from and changed in the map since ") +
        name + file +
        c.t(", per slag av element. För varje ändrat fält visas värdet före och efter.",
            ", by kind of element. Each changed field is shown with its value before and after.") +
        " " + c.t("Tillagda: ", "Added: ") + std::to_string(added) + ". " +
        c.t("Borttagna: ", "Removed: ") + std::to_string(removed) + ". " +
        c.t("Ändrade: ", "Changed: ") + std::to_string(changed) + "."});

    // All changes in one table for the spreadsheet (sort and filter by kind), one row per field.
    Table all;
    all.kind = "changes";
    all.caption = c.t("Förändringar", "Changes");
    all.sheet_only = true;
    all.headers = {c.t("Slag", "Kind"),  c.t("Ändring", "Change"), c.t("Element", "Element"),
                   c.t("Id", "Id"),      c.t("Fält", "Field"),     c.t("Före", "Before"),
                   c.t("Efter", "After")};
    std::vector<Section> parts;
    std::string part_of; // the collection of the last part
    for (const auto& ch : changes) {
        if (parts.empty() || part_of != ch.collection) {
            part_of = ch.collection;
            Section part;
            part.level = 3;
            part.anchor = anchor_for("changes", ch.collection);
            part.title = collection_title(ch.collection, c.lang);
            Table t;
            t.kind = "change-list";
            t.caption = c.t("Förändringar: ", "Changes: ") + part.title;
            t.headers = {c.t("Ändring", "Change"), c.t("Element", "Element"), c.t("Fält", "Field"),
                         c.t("Före", "Before"), c.t("Efter", "After")};
            part.blocks.push_back(std::move(t));
            parts.push_back(std::move(part));
        }
        Table& t = std::get<Table>(parts.back().blocks.back());
        const Cell what = value_cell(change_word(ch.kind, c.lang));
        const Cell element = element_cell(ch);
        const Cell id = ch.collection == "model" || ch.collection == "rule_settings"
                            ? Cell{}
                            : value_cell(ch.id);
        const Cell kind = value_cell(collection_title(ch.collection, c.lang));
        if (ch.fields.empty()) {
            t.rows.push_back({what, element, {}, {}, {}});
            t.row_ids.push_back(ch.id);
            all.rows.push_back({kind, what, element, id, {}, {}, {}});
            all.row_ids.push_back(ch.id);
            continue;
        }
        bool first = true;
        for (const auto& f : readable_fields(ch, since, c.m, c.lang)) {
            const Cell field = value_cell(f.field);
            const Cell before = cell_of(f.before);
            const Cell after = cell_of(f.after);
            // The element is named on its first row only; the rows below are its other fields.
            t.rows.push_back(
                {first ? what : Cell{}, first ? element : Cell{}, field, before, after});
            t.row_ids.push_back(ch.id);
            all.rows.push_back({kind, what, element, id, field, before, after});
            all.row_ids.push_back(ch.id);
            first = false;
        }
    }
    s.blocks.push_back(std::move(all));
    out.push_back(std::move(s));
    for (auto& p : parts)
        out.push_back(std::move(p));
}

} // namespace skm::exports::report

namespace skm::exports {

std::string since_name(const Model& now, const Model& since, const std::string& since_file) {
    std::string who;
    if (!since.info.version.empty() && since.info.version != now.info.version)
        who = "version " + since.info.version;
    else if (!since.info.name.empty() && since.info.name != now.info.name)
        who = since.info.name;
    const bool other_date = since.info.snapshot != now.info.snapshot;
    const std::string date = since.info.snapshot.str();
    if (!who.empty()) return other_date ? who + " (" + date + ")" : who;
    if (other_date || since_file.empty()) return date;
    return std::filesystem::path(since_file).filename().string();
}

} // namespace skm::exports
