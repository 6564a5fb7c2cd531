#include "pandoc_ast.hpp"

#include "report_labels.hpp"
#include "table_widths.hpp"

#include <cereal/archives/json.hpp> // configures rapidjson before its headers
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace skm::exports::docx {
namespace {

using W = rapidjson::Writer<rapidjson::StringBuffer>;

void str(W& w, const std::string& s) {
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}

// {"t": tag, "c": …} with the content written by `body`.
void node(W& w, const char* tag, const std::function<void()>& body) {
    w.StartObject();
    w.Key("t");
    w.String(tag);
    if (body) {
        w.Key("c");
        body();
    }
    w.EndObject();
}

void attr(W& w, const std::string& id = {}, const std::vector<std::string>& classes = {},
          const std::vector<std::pair<std::string, std::string>>& kv = {}) {
    w.StartArray();
    str(w, id);
    w.StartArray();
    for (const auto& c : classes)
        str(w, c);
    w.EndArray();
    w.StartArray();
    for (const auto& [k, v] : kv) {
        w.StartArray();
        str(w, k);
        str(w, v);
        w.EndArray();
    }
    w.EndArray();
    w.EndArray();
}

// Text as pandoc inlines: words and spaces, line breaks for newlines.
void inlines(W& w, const std::string& text) {
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        node(w, "Str", [&] { str(w, word); });
        word.clear();
    };
    for (char ch : text) {
        if (ch == ' ' || ch == '\t') {
            flush();
            node(w, "Space", nullptr);
        } else if (ch == '\n') {
            flush();
            node(w, "LineBreak", nullptr);
        } else if (static_cast<unsigned char>(ch) >= 0x20 || ch < 0) {
            word += ch;
        }
    }
    flush();
}

void para(W& w, const std::string& text) {
    node(w, "Para", [&] {
        w.StartArray();
        inlines(w, text);
        w.EndArray();
    });
}

// A cell: one line per item; "uppgift saknas" in italics, so a gap looks unlike a value.
void cell_inlines(W& w, const Cell& cell, bool strong) {
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (i > 0) node(w, "LineBreak", nullptr);
        const Item& it = cell[i];
        if (it.state == CellState::Unknown)
            node(w, "Emph", [&] {
                w.StartArray();
                inlines(w, it.text);
                w.EndArray();
            });
        else if (strong)
            node(w, "Strong", [&] {
                w.StartArray();
                inlines(w, it.text);
                w.EndArray();
            });
        else
            inlines(w, it.text);
    }
}

void table_cell(W& w, const std::function<void()>& content) {
    w.StartArray();
    attr(w);
    node(w, "AlignDefault", nullptr);
    w.Int(1);
    w.Int(1);
    w.StartArray();
    node(w, "Plain", [&] {
        w.StartArray();
        content();
        w.EndArray();
    });
    w.EndArray();
    w.EndArray();
}

void table(W& w, const Table& t) {
    // A4 with 2.5 cm margins: 16 cm of text in portrait, 24.7 cm in landscape (a template's
    // own page keeps these proportions).
    const auto widths = column_shares(t, is_wide(t) ? 700.2 : 453.5);
    node(w, "Table", [&] {
        w.StartArray();
        attr(w);
        // Caption.
        w.StartArray();
        w.Null();
        w.StartArray();
        if (!t.caption.empty() && !t.key_value)
            node(w, "Plain", [&] {
                w.StartArray();
                inlines(w, t.caption);
                w.EndArray();
            });
        w.EndArray();
        w.EndArray();
        // Column specs.
        w.StartArray();
        for (double cw : widths) {
            w.StartArray();
            node(w, "AlignLeft", nullptr);
            node(w, "ColWidth", [&] { w.Double(cw); });
            w.EndArray();
        }
        w.EndArray();
        // Head: a real header row, repeated on every page (pandoc marks it w:tblHeader).
        w.StartArray();
        attr(w);
        w.StartArray();
        if (!t.key_value) {
            w.StartArray();
            attr(w);
            w.StartArray();
            for (const auto& h : t.headers)
                table_cell(w, [&] { inlines(w, h); });
            w.EndArray();
            w.EndArray();
        }
        w.EndArray();
        w.EndArray();
        // One body.
        w.StartArray();
        w.StartArray();
        attr(w);
        w.Int(0);
        w.StartArray();
        w.EndArray();
        w.StartArray();
        for (const auto& row : t.rows) {
            w.StartArray();
            attr(w);
            w.StartArray();
            for (std::size_t i = 0; i < t.headers.size(); ++i)
                table_cell(w, [&] {
                    if (i < row.size()) cell_inlines(w, row[i], t.key_value && i == 0);
                });
            w.EndArray();
            w.EndArray();
        }
        w.EndArray();
        w.EndArray();
        w.EndArray();
        // Foot.
        w.StartArray();
        attr(w);
        w.StartArray();
        w.EndArray();
        w.EndArray();
        w.EndArray();
    });
}

void section_break(W& w, const char* placeholder) {
    node(w, "RawBlock", [&] {
        w.StartArray();
        w.String("openxml");
        str(w, std::string("<w:p><w:pPr><w:sectPr>") + placeholder + "</w:sectPr></w:pPr></w:p>");
        w.EndArray();
    });
}

void figure(W& w, const FigureFile& f) {
    // An image alone in a paragraph with the title "fig:" is a captioned figure in pandoc.
    node(w, "Para", [&] {
        w.StartArray();
        node(w, "Image", [&] {
            w.StartArray();
            char wd[32], ht[32];
            std::snprintf(wd, sizeof wd, "%.2fcm", f.width_cm);
            std::snprintf(ht, sizeof ht, "%.2fcm", f.height_cm);
            attr(w, {}, {}, {{"width", wd}, {"height", ht}});
            w.StartArray();
            inlines(w, f.caption);
            w.EndArray();
            w.StartArray();
            str(w, f.file);
            w.String("fig:");
            w.EndArray();
            w.EndArray();
        });
        w.EndArray();
    });
}

void note(W& w, const std::string& text) {
    node(w, "Div", [&] {
        w.StartArray();
        attr(w, {}, {}, {{"custom-style", "Block Text"}});
        w.StartArray();
        para(w, text);
        w.EndArray();
        w.EndArray();
    });
}

void meta_text(W& w, const char* key, const std::string& text) {
    w.Key(key);
    node(w, "MetaInlines", [&] {
        w.StartArray();
        inlines(w, text);
        w.EndArray();
    });
}

} // namespace

namespace {

// A chapter: a level-2 section with the deeper ones under it; it prints landscape as a whole.
std::size_t chapter_end(const std::vector<Section>& secs, std::size_t i) {
    std::size_t end = i + 1;
    while (end < secs.size() && secs[end].level > 2)
        ++end;
    return end;
}

bool chapter_is_wide(const std::vector<Section>& secs, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        for (const auto& b : secs[k].blocks)
            if (const auto* t = std::get_if<Table>(&b); t && is_wide(*t)) return true;
    return false;
}

} // namespace

std::vector<bool> landscape_diagrams(const ReportDocument& doc) {
    std::vector<bool> out;
    const auto& secs = doc.sections;
    for (std::size_t i = 0; i < secs.size();) {
        const std::size_t end = chapter_end(secs, i);
        const bool wide = chapter_is_wide(secs, i, end);
        for (std::size_t k = i; k < end; ++k)
            for (const auto& b : secs[k].blocks)
                if (std::holds_alternative<Diagram>(b)) out.push_back(wide);
        i = end;
    }
    return out;
}

bool is_wide(const Table& t) {
    return !t.sheet_only && !t.key_value && (t.wide || t.headers.size() >= 7);
}

std::string pandoc_json(const ReportDocument& doc,
                        const std::vector<std::vector<FigureFile>>& figures,
                        bool landscape_breaks) {
    const Lang l = doc.lang;
    rapidjson::StringBuffer sb;
    W w(sb);
    w.StartObject();
    w.Key("pandoc-api-version");
    w.StartArray();
    for (int v : {1, 22, 2, 1})
        w.Int(v);
    w.EndArray();
    w.Key("meta");
    w.StartObject();
    meta_text(w, "title", doc.title);
    meta_text(w, "subtitle",
              report::tr(l, "Samverkanskarta – underlag till styrdokument",
                         "Collaboration map – material for governing documents"));
    meta_text(w, "lang", l == Lang::Sv ? "sv-SE" : "en-GB");
    meta_text(w, "toc-title", report::tr(l, "Innehåll", "Contents"));
    w.EndObject();
    w.Key("blocks");
    w.StartArray();

    // Title page facts as a field/value table.
    Table facts;
    facts.key_value = true;
    facts.headers = {report::tr(l, "Uppgift", "Field"), report::tr(l, "Värde", "Value")};
    for (const auto& [label, value] : doc.facts)
        facts.rows.push_back({Cell{Item{label}}, value});
    table(w, facts);
    note(w,
         report::tr(l,
                    "\"uppgift saknas\" (kursivt) betyder att modellen inte säger något om saken "
                    "– en dokumentationsbrist. \"ingen\" eller \"inget\" betyder att det är "
                    "beskrivet att den saknas.",
                    "\"not stated\" (in italics) means the model says nothing about it – a "
                    "documentation gap. \"none\" means it is described as absent."));

    std::size_t diagram = 0;
    const auto& secs = doc.sections;
    bool in_landscape = false;
    for (std::size_t i = 0; i < secs.size();) {
        const std::size_t end = chapter_end(secs, i);
        const bool wide = chapter_is_wide(secs, i, end);
        if (landscape_breaks && wide != in_landscape) {
            section_break(w, in_landscape ? kLandscapeBreak : kPortraitBreak);
            in_landscape = wide;
        }
        for (std::size_t k = i; k < end; ++k) {
            const Section& s = secs[k];
            node(w, "Header", [&] {
                w.StartArray();
                w.Int(s.level == 2 ? 1 : 2);
                attr(w, s.anchor);
                w.StartArray();
                inlines(w, s.title);
                w.EndArray();
                w.EndArray();
            });
            for (const auto& b : s.blocks) {
                if (const auto* p = std::get_if<Paragraph>(&b)) {
                    if (p->note)
                        note(w, p->text);
                    else
                        para(w, p->text);
                } else if (const auto* t = std::get_if<Table>(&b)) {
                    if (!t->sheet_only) table(w, *t);
                } else if (const auto* d = std::get_if<Diagram>(&b)) {
                    const auto* files = diagram < figures.size() ? &figures[diagram] : nullptr;
                    ++diagram;
                    if (files && !files->empty()) {
                        for (const auto& f : *files)
                            figure(w, f);
                    } else {
                        note(w, d->note.empty() ? report::tr(l, "Diagrammet kunde inte ritas.",
                                                             "The diagram could not be drawn.")
                                                : d->note);
                    }
                }
            }
        }
        i = end;
    }
    // Ending on a landscape chapter: the document's last section (its body page setup) turns
    // landscape, instead of a break that would leave an empty portrait page behind.
    if (landscape_breaks && in_landscape)
        node(w, "RawBlock", [&] {
            w.StartArray();
            w.String("openxml");
            str(w, std::string("<!--") + kEndsLandscape + "-->");
            w.EndArray();
        });
    w.EndArray();
    w.EndObject();
    return sb.GetString();
}

} // namespace skm::exports::docx
