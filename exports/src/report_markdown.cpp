// The report as Markdown (GitHub-flavoured tables), for pasting into a document or a wiki.
// Diagrams cannot travel in Markdown; their text alternatives do.
#include "report_labels.hpp"
#include "skm/report.hpp"

#include <sstream>

namespace skm::exports {
namespace {

using report::tr;

std::string item_md(const Item& it) {
    const std::string t = escape_markdown(it.text);
    if (it.state == CellState::Unknown) return "*" + t + "*";
    return t;
}

std::string cell_md(const Cell& cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (i) out += "<br>";
        out += item_md(cell[i]);
    }
    return out.empty() ? " " : out;
}

std::string one_line(std::string_view t) {
    std::string out(t);
    for (char& ch : out)
        if (ch == '\n' || ch == '\r') ch = ' ';
    return escape_markdown(out);
}

void write_row(std::ostream& os, const std::vector<std::string>& cells) {
    os << "|";
    for (const auto& c : cells)
        os << " " << c << " |";
    os << "\n";
}

void write_table(std::ostream& os, const Table& t) {
    if (!t.caption.empty() && !t.key_value) os << "**" << one_line(t.caption) << "**\n\n";
    std::vector<std::string> head;
    for (const auto& h : t.headers)
        head.push_back(one_line(h));
    write_row(os, head);
    write_row(os, std::vector<std::string>(head.size(), "---"));
    for (const auto& row : t.rows) {
        std::vector<std::string> cells;
        for (const auto& cell : row)
            cells.push_back(cell_md(cell));
        cells.resize(head.size(), " ");
        write_row(os, cells);
    }
    os << "\n";
}

void write_block(std::ostream& os, const Block& b, Lang l) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
        os << (p->note ? "> " : "") << escape_markdown(p->text) << "\n\n";
    } else if (const auto* t = std::get_if<Table>(&b)) {
        if (!t->sheet_only) write_table(os, *t);
    } else if (const auto* d = std::get_if<Diagram>(&b)) {
        if (d->svg.empty())
            os << "> " << escape_markdown(d->note) << "\n\n";
        else
            os << "*" << one_line(d->title) << ": "
               << tr(l, "bilden finns i HTML-versionen av rapporten.",
                     "the picture is in the HTML version of the report.")
               << "*\n\n";
    }
}

} // namespace

std::string write_markdown(const ReportDocument& doc) {
    std::ostringstream os;
    const Lang l = doc.lang;
    os << "# " << one_line(doc.title) << "\n\n*"
       << tr(l, "Samverkanskarta – underlag till styrdokument",
             "Collaboration map – material for governing documents")
       << "*\n\n";
    Table facts;
    facts.headers = {tr(l, "Uppgift", "Field"), tr(l, "Värde", "Value")};
    for (const auto& [label, value] : doc.facts)
        facts.rows.push_back({Cell{Item{label, {}, CellState::Value}}, value});
    write_table(os, facts);
    os << tr(l,
             "*uppgift saknas* betyder att modellen inte säger något om saken – en "
             "dokumentationsbrist. ingen eller inget betyder att det är beskrivet att den saknas.",
             "*not stated* means the model says nothing about it – a documentation gap. none "
             "means it is described as absent.")
       << "\n\n";
    for (const auto& s : doc.sections) {
        os << (s.level <= 2 ? "## " : "### ") << one_line(s.title) << "\n\n";
        for (const auto& b : s.blocks)
            write_block(os, b, l);
    }
    return os.str();
}

} // namespace skm::exports
