#include "findings_output.hpp"

#include <cereal/archives/json.hpp> // configures rapidjson before its headers
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <iostream>
#include <ostream>
#include <unistd.h>

namespace skm::cli {
namespace {

const char* severity_heading(Severity s, Lang l) {
    switch (s) {
    case Severity::Error:
        return l == Lang::Sv ? "Allvarliga brister" : "Errors";
    case Severity::Warning:
        return l == Lang::Sv ? "Varningar" : "Warnings";
    case Severity::Info:
        return l == Lang::Sv ? "Information" : "Information";
    }
    return "";
}

} // namespace

void write_findings_text(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& r, Lang l) {
    const bool sv = l == Lang::Sv;
    // Colour only on a terminal, so piped output and tests stay plain.
    const bool colour = &out == &std::cout && ::isatty(1);
    auto paint = [&](Severity s) -> const char* {
        if (!colour) return "";
        return s == Severity::Error     ? "\x1b[1;31m"
               : s == Severity::Warning ? "\x1b[1;33m"
                                        : "\x1b[1;36m";
    };
    const char* reset = colour ? "\x1b[0m" : "";
    std::size_t waived = 0;
    for (const auto& f : r.findings)
        waived += f.waived;
    const std::size_t questions = r.count_questions();

    out << file << ": " << m.info.name << "\n";
    out << (sv ? "  Brister: " : "  Gaps: ") << r.count(Severity::Error, false, Basis::Gap)
        << (sv ? " allvarliga, " : " errors, ") << r.count(Severity::Warning, false, Basis::Gap)
        << (sv ? " varningar, " : " warnings, ") << r.count(Severity::Info, false, Basis::Gap)
        << " info" << (sv ? ", " : ", ") << waived << (sv ? " undantagna" : " waived") << "\n"
        << (sv ? "  Kartläggningsfrågor: " : "  Mapping questions: ") << questions << "\n";

    auto line = [&](const Finding& f) {
        out << "  " << f.sub;
        for (std::size_t pad = f.sub.size(); pad < 9; ++pad)
            out << ' ';
        out << f.element() << "\n      " << f.message(l);
        if (f.projected && f.at.is_set())
            out << (sv ? "  [projicerad från " : "  [projected from ") << f.at.value().str() << "]";
        out << "\n";
    };
    // Gaps first, by severity: what the map describes as missing or wrong.
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const std::size_t n = r.count(s, false, Basis::Gap);
        if (n == 0) continue;
        out << "\n" << paint(s) << severity_heading(s, l) << " (" << n << ")" << reset << "\n";
        for (const auto& f : r.findings)
            if (f.severity == s && !f.waived && f.basis == Basis::Gap) line(f);
    }
    // Then the questions: what the map does not describe, with what to find out.
    if (questions) {
        out << "\n"
            << (sv ? "Kartläggningsfrågor" : "Mapping questions") << " (" << questions << ")\n";
        for (const auto& f : r.findings) {
            if (f.waived || f.basis != Basis::Unknown) continue;
            line(f);
            const std::string ask = find_out(f, l);
            if (!ask.empty())
                out << (sv ? "      Ta reda på: " : "      Find out: ") << ask << "\n";
        }
    }
    if (waived) {
        out << "\n"
            << (sv ? "Undantag med motivering" : "Waived findings") << " (" << waived << ")\n";
        for (const auto& f : r.findings) {
            if (!f.waived) continue;
            out << "  " << f.sub << "  " << f.element() << "\n      " << f.message(l) << "\n      "
                << (sv ? "Motivering: " : "Justification: ") << f.waiver_justification << " ("
                << f.waiver_author;
            if (f.waiver_date.is_set()) out << ", " << f.waiver_date.value().str();
            out << ")\n";
        }
    }
    if (r.findings.empty()) out << (sv ? "  Inga brister hittades.\n" : "  No findings.\n");
}

void write_findings_json(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& r, Lang l) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
    w.SetIndent(' ', 2);
    auto str = [&](const std::string& s) {
        w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
    };
    std::size_t waived = 0;
    for (const auto& f : r.findings)
        waived += f.waived;

    w.StartObject();
    w.Key("format");
    str("samverkanskartan-check");
    w.Key("version");
    w.Int(1);
    w.Key("file");
    str(file);
    w.Key("model");
    str(m.info.id);
    w.Key("snapshot");
    str(m.info.snapshot.str());
    w.Key("lang");
    str(l == Lang::Sv ? "sv" : "en");
    w.Key("summary");
    w.StartObject();
    w.Key("error");
    w.Uint64(r.count(Severity::Error));
    w.Key("warning");
    w.Uint64(r.count(Severity::Warning));
    w.Key("info");
    w.Uint64(r.count(Severity::Info));
    w.Key("waived");
    w.Uint64(waived);
    w.Key("gaps");
    w.Uint64(r.findings.size() - waived - r.count_questions());
    w.Key("questions");
    w.Uint64(r.count_questions());
    w.EndObject();
    w.Key("findings");
    w.StartArray();
    for (const auto& f : r.findings) {
        w.StartObject();
        w.Key("rule");
        str(f.rule);
        w.Key("sub");
        str(f.sub);
        w.Key("severity");
        str(std::string(to_word(f.severity)));
        w.Key("basis");
        str(std::string(to_word(f.basis)));
        w.Key("element");
        str(f.element());
        w.Key("elements");
        w.StartArray();
        for (const auto& e : f.elements)
            str(e);
        w.EndArray();
        w.Key("message");
        str(f.message(l));
        w.Key("projected");
        w.Bool(f.projected);
        w.Key("at");
        if (f.at.is_set())
            str(f.at.value().str());
        else
            w.Null();
        w.Key("waived");
        w.Bool(f.waived);
        if (f.waived) {
            w.Key("waiver");
            w.StartObject();
            w.Key("justification");
            str(f.waiver_justification);
            w.Key("author");
            str(f.waiver_author);
            w.Key("date");
            if (f.waiver_date.is_set())
                str(f.waiver_date.value().str());
            else
                w.Null();
            w.EndObject();
        }
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out << "\n";
}

} // namespace skm::cli
