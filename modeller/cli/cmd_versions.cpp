// `modeller diff A B` and `modeller merge BASE OURS THEIRS -o OUT`: versions of a map, per
// element and field, with names; merge is usable as a git merge driver (docs/versions.md).
#include "cli.hpp"
#include "cli_lang.hpp"

#include "skm/model_file.hpp"
#include "skm/versions.hpp"

#include <cereal/archives/json.hpp> // configures rapidjson before its headers
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <optional>
#include <ostream>

namespace skm::cli {
namespace {

std::optional<Model> load(const std::string& file, std::ostream& err) {
    try {
        return load_model_file(file);
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            err << e.file() << ": " << p.where << ": " << p.problem << "\n";
    } catch (const std::exception& e) {
        err << file << ": " << e.what() << "\n";
    }
    return std::nullopt;
}

// "forums F-LGS \"Ledningsgruppen\"" – the name a reader knows, and the id to find it by.
std::string element_label(const std::string& collection, const Id& id, const std::string& name) {
    std::string s = collection;
    if (id != collection) s += " " + id;
    if (!name.empty() && name != id && name != collection) s += " \"" + name + "\"";
    return s;
}

void write_diff_json(std::ostream& out, const std::string& a, const std::string& b,
                     const std::vector<ElementChange>& changes) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
    w.SetIndent(' ', 2);
    auto str = [&](const std::string& s) {
        w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
    };
    // Values are already JSON: written raw so a reader gets them typed, not as strings.
    auto raw = [&](const std::string& json) {
        w.RawValue(json.c_str(), json.size(), rapidjson::kObjectType);
    };
    w.StartObject();
    w.Key("format");
    str("samverkanskartan-diff");
    w.Key("version");
    w.Int(1);
    w.Key("a");
    str(a);
    w.Key("b");
    str(b);
    w.Key("changes");
    w.StartArray();
    for (const auto& c : changes) {
        w.StartObject();
        w.Key("kind");
        str(change_word(c.kind, Lang::En));
        w.Key("collection");
        str(c.collection);
        w.Key("id");
        str(c.id);
        w.Key("name");
        str(c.name);
        w.Key("fields");
        w.StartArray();
        for (const auto& f : c.fields) {
            w.StartObject();
            w.Key("field");
            str(f.field);
            w.Key("before");
            raw(f.before);
            w.Key("after");
            raw(f.after);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out << "\n";
}

} // namespace

int cmd_diff(const Args& args, std::ostream& out, std::ostream& err) {
    const Lang l = run_language(args);
    std::vector<std::string> files;
    std::string format = "text";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" || a == "--lang") {
            if (i + 1 >= args.size()) {
                err << "modeller diff: " << a << say(l, " behöver ett värde\n", " needs a value\n");
                return 2;
            }
            if (a == "--format") format = args[i + 1];
            ++i;
        } else if (a.rfind("--lang=", 0) == 0) {
            continue;
        } else if (!a.empty() && a[0] == '-') {
            err << say(l, "modeller diff: okänd flagga ", "modeller diff: unknown option ") << a
                << "\n";
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.size() != 2 || (format != "text" && format != "json")) {
        err << say(l, "användning: ", "usage: ")
            << "modeller diff A B [--format text|json] [--lang sv|en]\n";
        return 2;
    }
    const auto a = load(files[0], err);
    const auto b = load(files[1], err);
    if (!a || !b) return 2;
    const auto changes = diff_models(*a, *b);
    if (format == "json") {
        write_diff_json(out, files[0], files[1], changes);
        return changes.empty() ? 0 : 1;
    }
    if (changes.empty()) {
        out << say(l, "Inga skillnader.\n", "No differences.\n");
        return 0;
    }
    out << files[0] << " → " << files[1] << ": " << changes.size()
        << say(l, " ändrade element\n", " elements changed\n");
    for (const auto& c : changes) {
        out << "  " << change_word(c.kind, l) << "  " << element_label(c.collection, c.id, c.name)
            << "\n";
        for (const auto& f : c.fields)
            out << "      " << f.field << ": " << f.before << " → " << f.after << "\n";
    }
    return 1;
}

int cmd_merge(const Args& args, std::ostream& out, std::ostream& err) {
    const Lang l = run_language(args);
    std::vector<std::string> files;
    std::string output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-o" || a == "--output" || a == "--lang") {
            if (i + 1 >= args.size()) {
                err << "modeller merge: " << a
                    << say(l, " behöver ett värde\n", " needs a value\n");
                return 2;
            }
            if (a != "--lang") output = args[i + 1];
            ++i;
        } else if (a.rfind("--lang=", 0) == 0) {
            continue;
        } else if (!a.empty() && a[0] == '-') {
            err << say(l, "modeller merge: okänd flagga ", "modeller merge: unknown option ") << a
                << "\n";
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.size() != 3 || output.empty()) {
        err << say(l, "användning: ", "usage: ")
            << "modeller merge BASE OURS THEIRS -o OUT [--lang sv|en]\n";
        return 2;
    }
    const auto base = load(files[0], err);
    const auto ours = load(files[1], err);
    const auto theirs = load(files[2], err);
    if (!base || !ours || !theirs) return 2;
    const MergeResult r = merge_models(*base, *ours, *theirs);
    if (!r.conflicts.empty()) {
        // Nothing is written: the steering group decides, the tool does not pick a side.
        err << say(l, "modeller merge: ", "modeller merge: ") << r.conflicts.size()
            << say(l, " konflikter; inget skrevs till ", " conflicts; nothing was written to ")
            << output << "\n";
        for (const auto& c : r.conflicts) {
            err << "  " << element_label(c.collection, c.id, c.name);
            if (c.field.empty()) {
                err << say(l, ": borttagen på ena sidan, ändrad på den andra\n",
                           ": removed on one side, changed on the other\n");
                continue;
            }
            err << "." << c.field << "\n      " << say(l, "bas:   ", "base:   ") << c.base
                << "\n      " << say(l, "vår:   ", "ours:   ") << c.ours << "\n      "
                << say(l, "deras: ", "theirs: ") << c.theirs << "\n";
        }
        return 1;
    }
    if (!r.ok) {
        err << say(l,
                   "modeller merge: sammanslagningen blir ingen giltig karta; inget skrevs till ",
                   "modeller merge: the merge is not a valid map; nothing was written to ")
            << output << "\n";
        for (const auto& p : r.problems)
            err << "  " << p << "\n";
        return 1;
    }
    try {
        write_file_atomically(output, serialize_model(r.merged));
    } catch (const std::exception& e) {
        err << output << ": " << e.what() << "\n";
        return 2;
    }
    out << say(l, "Sammanslaget: ", "Merged: ") << output << "\n";
    return 0;
}

} // namespace skm::cli
