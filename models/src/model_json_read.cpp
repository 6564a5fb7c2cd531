// JSON → Model. cereal's input archive reports neither position nor field path, so we parse
// with the rapidjson that cereal is built on (validating UTF-8, iteratively so that deep nesting
// cannot overflow the stack) and walk the same visit() lists as the writer, keeping the path of
// the field we are in for every message.
#include "skm/model_file.hpp"
#include "visit_traits.hpp"

// cereal must come first: it configures rapidjson (assertions throw instead of abort).
#include <cereal/archives/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <set>
#include <string>
#include <type_traits>

namespace skm {
namespace {

constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
constexpr std::size_t kMaxStringBytes = 100000;

using detail::is_maybe;
using detail::is_vector;

struct Fail {
    std::string where, problem;
};

std::string describe(const rapidjson::Value& v) {
    switch (v.GetType()) {
    case rapidjson::kNullType:
        return "null";
    case rapidjson::kFalseType:
        return "false";
    case rapidjson::kTrueType:
        return "true";
    case rapidjson::kObjectType:
        return "an object";
    case rapidjson::kArrayType:
        return "a list";
    case rapidjson::kStringType:
        // Capped and escaped: the value came from the file and goes to a terminal.
        return quote_for_message(std::string_view(v.GetString(), v.GetStringLength()), 40);
    case rapidjson::kNumberType:
        return v.IsInt() ? std::to_string(v.GetInt()) : "a number";
    }
    return "a value";
}

template <class E> std::string allowed_words() {
    std::string s;
    for (const auto& [v, w] : EnumInfo<E>::entries) {
        if (!s.empty()) s += ", ";
        // Piecewise: `"\"" + std::string` trips GCC 12's false -Wrestrict at -O3 (bug 105329).
        s += '"';
        s += w;
        s += '"';
    }
    return s;
}

class Reader {
  public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    // Visitor protocol used by visit(): read the member `name` of the current object.
    template <class T> void field(const char* name, T& out) {
        seen_->insert(name);
        auto it = obj_->FindMember(name);
        if (it == obj_->MemberEnd()) return; // missing fields keep their default (unknown)
        const std::string saved = path_;
        path_ = path_.empty() ? name : path_ + "." + name;
        read(it->value, out);
        path_ = saved;
    }
    template <class T> void ref(const char* name, T& out, std::uint32_t) { field(name, out); }
    template <class T> void collection(const char* name, std::vector<T>& out, std::uint32_t) {
        field(name, out);
    }

    template <class T> void read_object(const rapidjson::Value& v, T& out) {
        if (!v.IsObject()) fail("expected an object, got " + describe(v));
        const rapidjson::Value* saved_obj = obj_;
        std::set<std::string>* saved_seen = seen_;
        std::set<std::string> seen;
        obj_ = &v;
        seen_ = &seen;
        out.visit(*this);
        check_members(v, seen);
        obj_ = saved_obj;
        seen_ = saved_seen;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw Fail{path_.empty() ? "(top level)" : path_, problem};
    }

    void check_members(const rapidjson::Value& v, const std::set<std::string>& known) const {
        std::set<std::string> names;
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
            std::string n(m->name.GetString(), m->name.GetStringLength());
            if (!names.insert(n).second) fail("field " + quote_for_message(n) + " is given twice");
            if (!known.count(n))
                fail("unknown field " + quote_for_message(n) +
                     " (misspelt, or from a newer version?)");
        }
    }

  private:
    std::set<std::string>* seen_ = nullptr;

    template <class T> void read(const rapidjson::Value& v, T& out) {
        if constexpr (std::is_same_v<T, std::string>) {
            out = read_string(v);
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!v.IsBool()) fail("expected true or false, got " + describe(v));
            out = v.GetBool();
        } else if constexpr (std::is_same_v<T, int>) {
            if (!v.IsInt()) fail("expected a whole number, got " + describe(v));
            out = v.GetInt();
        } else if constexpr (std::is_enum_v<T>) {
            if (!v.IsString())
                fail("expected one of " + allowed_words<T>() + ", got " + describe(v));
            auto e = from_word<T>(std::string_view(v.GetString(), v.GetStringLength()));
            if (!e)
                fail("unknown value " + describe(v) + "; expected one of " + allowed_words<T>());
            out = *e;
        } else if constexpr (std::is_same_v<T, Date>) {
            std::string s = v.IsString() ? read_string(v) : std::string();
            if (!Date::parse(s, out))
                fail("expected a date like \"2015-06-01\", got " + describe(v));
        } else if constexpr (std::is_same_v<T, Frequency>) {
            std::string s = v.IsString() ? read_string(v) : std::string();
            if (!Frequency::parse(s, out))
                fail(
                    "expected a frequency like \"1 per månad\", \"2 per termin\", \"vid behov\" or "
                    "\"regelbundet\", got " +
                    describe(v));
        } else if constexpr (is_maybe<T>::value) {
            using Inner = std::remove_cvref_t<decltype(out.value())>;
            if (v.IsNull()) {
                out.set_unknown();
            } else if (std::is_same_v<Inner, bool> && v.IsString() &&
                       (std::string_view(v.GetString(), v.GetStringLength()) == kNoneWordForYesNo ||
                        std::string_view(v.GetString(), v.GetStringLength()) == "none")) {
                out.set_none(); // a yes/no field's "explicitly none" (false is its "no")
            } else if (v.IsFalse() && !std::is_same_v<Inner, bool>) {
                out.set_none();
            } else {
                Inner inner{};
                read(v, inner);
                out.set(std::move(inner));
            }
        } else if constexpr (is_vector<T>::value) {
            if (!v.IsArray()) fail("expected a list, got " + describe(v));
            out.clear();
            out.reserve(v.Size());
            const std::string saved = path_;
            for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
                path_ = saved + "[" + element_label(v[i], i) + "]";
                out.emplace_back();
                read(v[i], out.back());
            }
            path_ = saved;
        } else {
            read_object(v, out);
        }
    }

    std::string read_string(const rapidjson::Value& v) const {
        if (!v.IsString()) fail("expected text, got " + describe(v));
        if (v.GetStringLength() > kMaxStringBytes)
            fail("text is longer than " + std::to_string(kMaxStringBytes) + " bytes");
        std::string s(v.GetString(), v.GetStringLength());
        // The parser has validated the UTF-8, so multi-byte forms can be matched directly.
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
                fail("text contains a control character (code " + std::to_string(c) + ")");
            if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
                fail("text contains a control character (U+00" +
                     std::string(1, "0123456789ABCDEF"[next >> 4]) +
                     std::string(1, "0123456789ABCDEF"[next & 15]) + ")");
            // U+FFFE and U+FFFF are not characters; in an SVG or DOCX they make the XML invalid.
            if (c == 0xEF && next == 0xBF && i + 2 < s.size() &&
                (static_cast<unsigned char>(s[i + 2]) == 0xBE ||
                 static_cast<unsigned char>(s[i + 2]) == 0xBF))
                fail("text contains U+FFFE or U+FFFF, which is not a character");
        }
        return s;
    }

    // Name list elements by their id where they have one: "forums[F-LGS]" reads better than "[3]".
    static std::string element_label(const rapidjson::Value& el, rapidjson::SizeType i) {
        if (el.IsObject()) {
            auto it = el.FindMember("id");
            if (it != el.MemberEnd() && it->value.IsString() && it->value.GetStringLength() > 0 &&
                it->value.GetStringLength() < 80)
                return escape_for_message(
                    std::string_view(it->value.GetString(), it->value.GetStringLength()), 40);
        }
        return std::to_string(i);
    }

    const rapidjson::Value* obj_ = nullptr;
    std::string path_;
};

std::string line_col(std::string_view text, std::size_t offset) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// The top level is read like any other object: the header fields, then the collections.
struct TopLevel {
    Model& m;
    std::string format;
    int version = 0;
    template <class V> void visit(V& v) {
        v.field("format", format);
        v.field("schema_version", version);
        m.visit(v);
    }
};

// Upgrades a parsed document from an older schema version, one step at a time. Version 2 only
// added fields with defaults, so 1 → 2 needs no rewriting; a later change adds its step here.
void migrate(rapidjson::Document& doc, int from_version) {
    (void)doc;
    for (int v = from_version; v < kSchemaVersion; ++v) {
        // switch (v) { case 1: migrate_1_to_2(doc); break; }
    }
}

} // namespace

ModelFileError::ModelFileError(std::string file, std::vector<FileProblem> problems)
    : std::runtime_error([&] {
          std::string msg = escape_for_message(file, 300);
          if (!problems.empty())
              msg += ": " + problems.front().where + ": " + problems.front().problem;
          if (problems.size() > 1)
              msg += " (and " + std::to_string(problems.size() - 1) + " more problem" +
                     (problems.size() > 2 ? "s" : "") + ")";
          return msg;
      }()),
      file_(std::move(file)), problems_(std::move(problems)) {}

Model parse_model(std::string_view json, const std::string& name) {
    auto error = [&](std::string where, std::string problem) {
        return ModelFileError(name, {FileProblem{std::move(where), std::move(problem)}});
    };
    if (json.size() > kMaxFileBytes)
        throw error("(file)", "the file is larger than " + std::to_string(kMaxFileBytes >> 20) +
                                  " MiB; this is not a model file");
    if (json.empty()) throw error("(file)", "the file is empty");
    // The parser stops at a raw NUL as if the text ended there, so bytes after it would be
    // silently ignored: refuse the file instead, naming the place.
    if (const auto nul = json.find('\0'); nul != std::string_view::npos)
        throw error(line_col(json, nul),
                    "the file contains a NUL byte (not a text file, or damaged)");

    rapidjson::Document doc;
    try {
        doc.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
            json.data(), json.size());
    } catch (const std::exception& e) {
        throw error("(file)", std::string("the JSON parser gave up: ") + e.what());
    }
    if (doc.HasParseError()) {
        std::string problem = rapidjson::GetParseError_En(doc.GetParseError());
        if (doc.GetParseError() == rapidjson::kParseErrorDocumentEmpty ||
            doc.GetParseError() == rapidjson::kParseErrorObjectMissCommaOrCurlyBracket ||
            doc.GetParseError() == rapidjson::kParseErrorArrayMissCommaOrSquareBracket)
            if (doc.GetErrorOffset() >= json.size())
                problem += " (the file ends too early: truncated?)";
        if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding)
            problem = "text is not valid UTF-8 (save the file as UTF-8)";
        throw error(line_col(json, doc.GetErrorOffset()), "JSON syntax error: " + problem);
    }
    if (!doc.IsObject()) throw error("(top level)", "expected a JSON object, got " + describe(doc));

    auto fmt = doc.FindMember("format");
    if (fmt == doc.MemberEnd() || !fmt->value.IsString() ||
        std::string_view(fmt->value.GetString()) != kFormatName)
        throw error("format", std::string("not a Samverkanskartan model (expected \"format\": \"") +
                                  kFormatName + "\")");
    auto ver = doc.FindMember("schema_version");
    if (ver == doc.MemberEnd() || !ver->value.IsInt())
        throw error("schema_version", "missing or not a whole number");
    const int version = ver->value.GetInt();
    if (version > kSchemaVersion)
        throw error("schema_version",
                    "the file is from a newer version of Samverkanskartan (schema " +
                        std::to_string(version) + "); this version reads schema " +
                        std::to_string(kSchemaVersion) + " and older. Update the program.");
    if (version < 1)
        throw error("schema_version", "unknown schema version " + std::to_string(version));
    migrate(doc, version);

    Model m;
    try {
        Reader r("");
        TopLevel top{m, {}, 0};
        r.read_object(doc, top);
        if (m.info.id.empty()) throw Fail{"model.id", "the model has no id"};
    } catch (const Fail& f) {
        throw error(f.where, f.problem);
    } catch (const ModelFileError&) {
        throw;
    } catch (const std::exception& e) {
        throw error("(file)", std::string("could not be read: ") + e.what());
    }
    return m;
}

} // namespace skm
