// The report's tables for spreadsheets: every table (not the field/value descriptions of single
// elements) as an Excel sheet through libxlsxwriter, or as CSV files.
#include "skm/report.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace skm::exports {
namespace {

std::string cell_text(const Cell& c) {
    std::string s;
    for (const auto& it : c)
        s += (s.empty() ? "" : "\n") + it.text;
    return s;
}

std::size_t chars(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char ch : s)
        n += (ch & 0xC0) != 0x80;
    return n;
}

// Sheet names: at most 31 characters, none of []:*?/\ , unique (case-insensitively, as Excel).
std::string sheet_name(std::string name, std::set<std::string>& used) {
    for (auto& ch : name)
        if (std::string("[]:*?/\\").find(ch) != std::string::npos) ch = '-';
    auto cut = [](std::string s, std::size_t max_chars) {
        std::size_t n = 0, i = 0;
        for (; i < s.size(); ++i) {
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == max_chars) break;
        }
        return s.substr(0, i);
    };
    auto lower = [](std::string s) {
        for (auto& ch : s)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return s;
    };
    std::string base = cut(name, 31);
    while (!base.empty() && (base.back() == ' ' || base.back() == '\''))
        base.pop_back();
    if (base.empty()) base = "Tabell";
    std::string candidate = base;
    for (int k = 2; used.count(lower(candidate)); ++k) {
        const std::string suffix = " (" + std::to_string(k) + ")";
        candidate = cut(base, 31 - suffix.size()) + suffix;
    }
    used.insert(lower(candidate));
    return candidate;
}

} // namespace

std::vector<std::pair<std::string, const Table*>> sheet_tables(const ReportDocument& doc) {
    std::vector<std::pair<std::string, const Table*>> out;
    std::set<std::string> used;
    for (const auto& s : doc.sections)
        for (const auto& b : s.blocks) {
            const auto* t = std::get_if<Table>(&b);
            // Field/value descriptions of one element are no tables to sort or filter; the
            // per-rule finding lists repeat the findings overview, the per-kind change lists the
            // table of all changes.
            if (!t || t->key_value || t->headers.empty() || t->kind == "gap-list" ||
                t->kind == "change-list")
                continue;
            // A generic caption ("Översikt", "Steg") takes its section's name.
            std::string name = t->caption;
            static const std::set<std::string> generic = {
                "Översikt",       "Overview",       "Steg",    "Steps",
                "Steg i ordning", "Steps in order", "Brister", "Findings"};
            if (name.empty() || generic.count(name))
                name = s.title + (name.empty() ? "" : " – " + name);
            out.emplace_back(sheet_name(name, used), t);
        }
    return out;
}

std::string write_xlsx(const ReportDocument& doc) {
    // libxlsxwriter writes to a file; a private temporary one, read back and removed.
    std::string path = (std::filesystem::temp_directory_path() / "skm-xlsx-XXXXXX").string();
    const int fd = ::mkstemp(path.data());
    if (fd < 0) throw std::runtime_error("mkstemp: " + path);
    ::close(fd);
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_FALSE;
    opts.tmpdir = nullptr;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &opts);
    if (!wb) {
        std::remove(path.c_str());
        throw std::runtime_error("libxlsxwriter: workbook_new");
    }
    lxw_format* head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xE3EAF2);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(head, LXW_BORDER_THIN);
    lxw_format* body = workbook_add_format(wb);
    format_set_text_wrap(body);
    format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* unknown = workbook_add_format(wb);
    format_set_text_wrap(unknown);
    format_set_italic(unknown);
    format_set_font_color(unknown, 0x7F7F7F);
    format_set_align(unknown, LXW_ALIGN_VERTICAL_TOP);

    std::string title = doc.title, author = "Samverkanskartan";
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    workbook_set_properties(wb, &props);

    for (const auto& [name, t] : sheet_tables(doc)) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
        if (!ws) continue;
        std::vector<double> width(t->headers.size(), 8);
        for (std::size_t c = 0; c < t->headers.size(); ++c) {
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), t->headers[c].c_str(), head);
            width[c] = std::max(width[c], static_cast<double>(chars(t->headers[c])) + 2);
        }
        for (std::size_t r = 0; r < t->rows.size(); ++r) {
            const auto& row = t->rows[r];
            for (std::size_t c = 0; c < row.size() && c < t->headers.size(); ++c) {
                const std::string text = cell_text(row[c]);
                const bool all_unknown =
                    !row[c].empty() && std::all_of(row[c].begin(), row[c].end(), [](const Item& i) {
                        return i.state == CellState::Unknown;
                    });
                worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                       text.c_str(), all_unknown ? unknown : body);
                std::size_t longest = 0;
                std::stringstream lines(text);
                for (std::string line; std::getline(lines, line);)
                    longest = std::max(longest, chars(line));
                width[c] = std::max(width[c], static_cast<double>(longest) + 2);
            }
        }
        for (std::size_t c = 0; c < width.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::min(width[c], 60.0), nullptr);
        worksheet_freeze_panes(ws, 1, 0); // the header row stays while scrolling
        if (!t->rows.empty())
            worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t->rows.size()),
                                 static_cast<lxw_col_t>(t->headers.size() - 1));
    }
    const lxw_error e = workbook_close(wb);
    std::string bytes;
    if (e == LXW_NO_ERROR) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        bytes = ss.str();
    }
    std::remove(path.c_str());
    if (e != LXW_NO_ERROR || bytes.empty())
        throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(e));
    return bytes;
}

std::vector<std::pair<std::string, std::string>> write_csv_tables(const ReportDocument& doc) {
    std::vector<std::pair<std::string, std::string>> out;
    int n = 0;
    for (const auto& [name, t] : sheet_tables(doc)) {
        std::string csv = "\xEF\xBB\xBF"; // BOM: Excel then reads UTF-8
        auto field = [&](const std::string& s) {
            csv += '"';
            for (char ch : s)
                csv += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            csv += '"';
        };
        for (std::size_t c = 0; c < t->headers.size(); ++c) {
            if (c) csv += ',';
            field(t->headers[c]);
        }
        csv += "\r\n";
        for (const auto& row : t->rows) {
            for (std::size_t c = 0; c < t->headers.size(); ++c) {
                if (c) csv += ',';
                field(c < row.size() ? cell_text(row[c]) : std::string());
            }
            csv += "\r\n";
        }
        std::string file;
        for (unsigned char ch : name) {
            if (std::isalnum(ch) || ch >= 0x80)
                file += static_cast<char>(ch);
            else if (!file.empty() && file.back() != '-')
                file += '-';
        }
        while (!file.empty() && file.back() == '-')
            file.pop_back();
        char num[16];
        std::snprintf(num, sizeof num, "%02d-", ++n);
        out.emplace_back(num + file + ".csv", std::move(csv));
    }
    return out;
}

} // namespace skm::exports
