#include "report_cells.hpp"

#include <exception>

namespace skm::exports::report {

std::string element_name(const Ctx& c, const Id& id) {
    if (id == "model") return c.t("hela modellen", "the whole model");
    const auto dot = id.find('.');
    if (dot != Id::npos) {
        if (const Process* p = find_by_id(c.m.processes, id.substr(0, dot))) {
            if (const Step* s = find_by_id(p->steps, id.substr(dot + 1)))
                return p->name + " – " + (s->name.empty() ? s->id : s->name);
        }
    }
    if (const Citizen* ci = find_by_id(c.m.citizens, id)) return word(ci->kind, c.lang);
    if (const Consent* co = find_by_id(c.m.consents, id)) {
        std::string text = c.t("samtycke", "consent");
        if (!co->given_by.empty()) {
            text += c.t(" från ", " from ");
            for (std::size_t i = 0; i < co->given_by.size(); ++i)
                text += (i ? ", " : "") + element_name(c, co->given_by[i]);
        }
        return text;
    }
    return display_name(c.m, id);
}

Item value_item(std::string text, Id id) {
    return Item{std::move(text), std::move(id), CellState::Value};
}
Item unknown_item(const Ctx& c) {
    return Item{unknown_text(c.lang), {}, CellState::Unknown};
}
Item none_item(const Ctx& c, Genus g) {
    return Item{none_text(c.lang, g), {}, CellState::None};
}
Item name_item(const Ctx& c, const Id& id) {
    return value_item(element_name(c, id), id);
}

Cell value_cell(std::string text, Id id) {
    return {value_item(std::move(text), std::move(id))};
}
Cell unknown_cell(const Ctx& c) {
    return {unknown_item(c)};
}

Cell names_cell(const Ctx& c, const std::vector<Id>& ids) {
    if (ids.empty()) return unknown_cell(c);
    Cell cell;
    for (const auto& id : ids)
        cell.push_back(name_item(c, id));
    return cell;
}

Cell ref_cell(const Ctx& c, const Maybe<Id>& ref, Genus g) {
    if (ref.is_set()) return {name_item(c, ref.value())};
    if (ref.is_none()) return {none_item(c, g)};
    return unknown_cell(c);
}

Cell text_cell(const Ctx& c, const Maybe<std::string>& text, Genus g) {
    if (text.is_set()) return value_cell(text.value());
    if (text.is_none()) return {none_item(c, g)};
    return unknown_cell(c);
}

Cell date_cell(const Ctx& c, const Maybe<Date>& date, Genus g) {
    if (date.is_set()) return value_cell(date.value().str());
    if (date.is_none()) return {none_item(c, g)};
    return unknown_cell(c);
}

Cell days_cell(const Ctx& c, const Maybe<int>& days, Genus g) {
    if (days.is_set()) return value_cell(days_text(days.value(), c.lang));
    if (days.is_none()) return {none_item(c, g)};
    return unknown_cell(c);
}

std::vector<Cell> kv_row(std::string key, Cell value) {
    return {value_cell(std::move(key)), std::move(value)};
}

Table kv_table(const Ctx& c, std::string caption) {
    Table t;
    t.caption = std::move(caption);
    t.headers = {c.t("Uppgift", "Field"), c.t("Värde", "Value")};
    t.key_value = true;
    return t;
}

namespace {

// A renderer's error may carry a whole diagnostic dump (a worker's stderr, with process ids);
// the report shows its first line only, so the note stays readable and the output reproducible.
std::string first_line(const std::string& error) {
    std::size_t start = error.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return {};
    std::size_t end = error.find_first_of("\r\n", start);
    std::string line =
        error.substr(start, end == std::string::npos ? std::string::npos : end - start);
    constexpr std::size_t kMax = 300;
    if (line.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        line = line.substr(0, cut) + "…";
    }
    return line;
}

} // namespace

Diagram make_diagram(const Ctx& c, const render::ViewSpec& view, std::string title) {
    Diagram d;
    d.title = std::move(title);
    d.view = view;
    const std::string failed =
        c.t("Diagrammet kunde inte ritas: ", "The diagram could not be drawn: ");
    try {
        ExportResult r = c.diagrams ? c.diagrams(c.m, view) : ExportResult{};
        if (!r.ok) {
            const std::string why = first_line(r.error);
            d.note = failed + (why.empty() ? c.t("okänt fel", "unknown error") : why);
        } else {
            const std::string prefix = anchor_for("d", render::view_name(view)) + "-";
            d.svg = sanitize_svg(r.bytes, prefix);
            // Further pages of a map too large for one legible page, each with its own ids.
            for (std::size_t i = 1; i < r.pages.size() && !d.svg.empty(); ++i) {
                d.more.push_back(
                    sanitize_svg(r.pages[i], prefix + "p" + std::to_string(i + 1) + "-"));
                if (d.more.back().empty()) d.svg.clear();
            }
            d.parts = r.page_parts;
            if (d.svg.empty())
                d.note = failed + c.t("bilden innehöll otillåtet innehåll och har utelämnats",
                                      "the picture held disallowed content and was left out");
        }
    } catch (const std::exception& e) {
        d.note = failed + first_line(e.what());
    }
    if (!d.note.empty())
        d.note += c.t(". Tabellen nedan beskriver samma innehåll.",
                      ". The table below describes the same content.");
    return d;
}

std::string anchor_for(std::string_view prefix, const Id& id) {
    std::string a(prefix);
    a += '-';
    for (unsigned char ch : id) {
        const bool safe = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                          (ch >= '0' && ch <= '9') || ch == '-';
        if (safe) {
            a += static_cast<char>(ch);
        } else {
            static const char* hex = "0123456789abcdef";
            a += '_';
            a += hex[ch >> 4];
            a += hex[ch & 15];
        }
    }
    return a;
}

} // namespace skm::exports::report
