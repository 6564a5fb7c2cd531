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

const char* status_word(ActionStatus s, Lang l) {
    switch (s) {
    case ActionStatus::Oppen:
        return l == Lang::Sv ? "öppen" : "open";
    case ActionStatus::Pagar:
        return l == Lang::Sv ? "pågår" : "in progress";
    case ActionStatus::Atgardad:
        return l == Lang::Sv ? "åtgärdad" : "done";
    }
    return "";
}

// "ägare Enhetschef, senast 2020-06-01, öppen, FÖRSENAD: note"
std::string action_text(const Model& m, const FindingAction& a, Lang l, const Date& today) {
    const bool sv = l == Lang::Sv;
    std::string s;
    auto add = [&](const std::string& part) { s += (s.empty() ? "" : ", ") + part; };
    if (a.owner.is_set()) add((sv ? "ägare " : "owner ") + display_name(m, a.owner.value()));
    if (a.due.is_set()) add((sv ? "senast " : "due ") + a.due.value().str());
    add(status_word(a.status, l));
    if (action_overdue(a, today)) add(sv ? "FÖRSENAD" : "OVERDUE");
    if (a.note.is_set() && !a.note.value().empty()) s += ": " + a.note.value();
    return s;
}

} // namespace

void write_findings_text(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& r, Lang l, const Date& today) {
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
        if (f.action)
            out << (sv ? "      Åtgärd: " : "      Action: ") << action_text(m, *f.action, l, today)
                << "\n";
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
    if (!r.resolved_actions.empty()) {
        // The finding is gone while its action was tracked: the gap was closed.
        out << "\n"
            << (sv ? "Åtgärdade (brister som inte längre finns)"
                   : "Resolved (findings no longer present)")
            << " (" << r.resolved_actions.size() << ")\n";
        for (const auto& a : r.resolved_actions)
            out << "  " << a.rule << "  " << a.element << "\n      " << action_text(m, a, l, today)
                << "\n";
    }
    if (r.findings.empty()) out << (sv ? "  Inga brister hittades.\n" : "  No findings.\n");
}

void write_findings_json(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& r, Lang l, const Date& today) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
    w.SetIndent(' ', 2);
    auto str = [&](const std::string& s) {
        w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
    };
    std::size_t waived = 0;
    for (const auto& f : r.findings)
        waived += f.waived;
    auto maybe_str = [&](const char* key, const std::string* s) {
        w.Key(key);
        if (s)
            str(*s);
        else
            w.Null();
    };
    auto write_action = [&](const FindingAction& a) {
        w.StartObject();
        maybe_str("owner", a.owner.is_set() ? &a.owner.value() : nullptr);
        const std::string due = a.due.is_set() ? a.due.value().str() : std::string();
        maybe_str("due", a.due.is_set() ? &due : nullptr);
        w.Key("status");
        str(std::string(to_word(a.status)));
        maybe_str("note", a.note.is_set() ? &a.note.value() : nullptr);
        w.Key("overdue");
        w.Bool(action_overdue(a, today));
        w.EndObject();
    };

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
        w.Key("action");
        if (f.action)
            write_action(*f.action);
        else
            w.Null();
        w.EndObject();
    }
    w.EndArray();
    w.Key("resolved_actions");
    w.StartArray();
    for (const auto& a : r.resolved_actions) {
        w.StartObject();
        w.Key("rule");
        str(a.rule);
        w.Key("element");
        str(a.element);
        w.Key("action");
        write_action(a);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out << "\n";
}

} // namespace skm::cli
