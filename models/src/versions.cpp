// Diff and three-way merge on the canonical JSON form of a model (see skm/versions.hpp).
#include "skm/versions.hpp"

#include "skm/field_labels.hpp"
#include "skm/model_file.hpp"

#include <cereal/archives/json.hpp> // configures rapidjson before its headers
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <set>
#include <stdexcept>

namespace skm {
namespace {

using rapidjson::Value;

rapidjson::Document dom(const Model& m) {
    rapidjson::Document d;
    const std::string text = serialize_model(m);
    d.Parse(text.c_str(), text.size());
    if (d.HasParseError() || !d.IsObject())
        throw std::logic_error("the canonical model text did not parse back");
    return d;
}

std::string compact(const Value& v) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    v.Accept(w);
    return std::string(buf.GetString(), buf.GetSize());
}

const Value* member(const Value& obj, const char* key) {
    if (!obj.IsObject()) return nullptr;
    auto it = obj.FindMember(key);
    return it == obj.MemberEnd() ? nullptr : &it->value;
}

bool is_meta(const std::string& key) {
    return key == "format" || key == "schema_version";
}

std::string str_member(const Value& el, const char* key) {
    const Value* v = member(el, key);
    return v && v->IsString() ? std::string(v->GetString(), v->GetStringLength()) : std::string();
}

// An element's key: its id; for rule settings (no id) the finding key, rule and element, so two
// municipalities' waivers or actions on different findings merge rather than conflict.
std::string id_of(const Value& el) {
    if (member(el, "id")) return str_member(el, "id");
    std::string k = str_member(el, "rule");
    if (member(el, "element")) k += " " + str_member(el, "element");
    return k;
}

std::string name_of(const Value& el) {
    for (const char* k : {"name", "title", "description"})
        if (const Value* v = member(el, k); v && v->IsString() && v->GetStringLength() > 0)
            return std::string(v->GetString(), v->GetStringLength());
    return id_of(el);
}

// Elements of one collection by id, keeping their order.
struct Indexed {
    std::vector<std::string> order;
    std::map<std::string, const Value*> by_id;
};

Indexed index(const Value* arr) {
    Indexed out;
    if (!arr || !arr->IsArray()) return out;
    for (const auto& el : arr->GetArray()) {
        const std::string id = id_of(el);
        if (out.by_id.emplace(id, &el).second) out.order.push_back(id);
    }
    return out;
}

std::vector<FieldChange> field_changes(const Value& a, const Value& b) {
    std::vector<FieldChange> out;
    static const Value null_value;
    std::set<std::string> seen;
    for (const auto& m : b.GetObject()) {
        const std::string key(m.name.GetString(), m.name.GetStringLength());
        seen.insert(key);
        const Value* av = member(a, key.c_str());
        if (!av) av = &null_value;
        if (*av != m.value) out.push_back({key, compact(*av), compact(m.value)});
    }
    for (const auto& m : a.GetObject()) {
        const std::string key(m.name.GetString(), m.name.GetStringLength());
        if (!seen.count(key)) out.push_back({key, compact(m.value), "null"});
    }
    return out;
}

} // namespace

std::string change_word(ElementChange::Kind k, Lang lang) {
    const bool sv = lang == Lang::Sv;
    switch (k) {
    case ElementChange::Kind::Added:
        return sv ? "tillagd" : "added";
    case ElementChange::Kind::Removed:
        return sv ? "borttagen" : "removed";
    case ElementChange::Kind::Changed:
        break;
    }
    return sv ? "ändrad" : "changed";
}

namespace {

std::string plain(const Value& v) {
    return std::string(v.GetString(), v.GetStringLength());
}

// A scalar: an id as the name of its element, a yes/no in words, a number as written.
ValueLine scalar_line(const Value& v, bool yes_no, const Model& in, Lang lang) {
    const bool sv = lang == Lang::Sv;
    if (v.IsNull()) return {sv ? "uppgift saknas" : "not stated", {}, ValueLine::State::Unknown};
    if (v.IsBool()) {
        if (v.GetBool()) return {sv ? "ja" : "yes", {}, ValueLine::State::Value};
        if (yes_no) return {sv ? "nej" : "no", {}, ValueLine::State::Value};
        return {sv ? "ingen" : "none", {}, ValueLine::State::None};
    }
    if (v.IsString()) {
        const std::string s = plain(v);
        if (s.empty()) return {sv ? "tomt" : "empty", {}, ValueLine::State::None};
        if (s == kNoneWordForYesNo) return {sv ? "ingen" : "none", {}, ValueLine::State::None};
        if (kind_of(in, s) != 0) return {display_name(in, s), s, ValueLine::State::Value};
        return {s, {}, ValueLine::State::Value};
    }
    return {compact(v), {}, ValueLine::State::Value}; // a number as written
}

// An entry of a list of parts (a member, an owner, an escalation step): the element it is about
// first, then its other stated fields; a part with an id or name of its own (a step) by that name.
ValueLine object_line(const Value& obj, const Model& in, Lang lang) {
    for (const char* k : {"name", "title"})
        if (const Value* v = member(obj, k); v && v->IsString() && v->GetStringLength() > 0)
            return {plain(*v), str_member(obj, "id"), ValueLine::State::Value};
    if (const Value* v = member(obj, "id"); v && v->IsString())
        return {display_name(in, plain(*v)), plain(*v), ValueLine::State::Value};
    ValueLine line;
    std::string details;
    for (const auto& m : obj.GetObject()) {
        if (m.value.IsNull()) continue;
        const std::string key = plain(m.name);
        std::string text;
        if (m.value.IsArray()) {
            for (const auto& e : m.value.GetArray())
                text += (text.empty() ? "" : ", ") + (e.IsObject()
                                                          ? object_line(e, in, lang).text
                                                          : scalar_line(e, false, in, lang).text);
            if (text.empty()) continue;
        } else if (m.value.IsObject()) {
            text = object_line(m.value, in, lang).text;
        } else {
            const ValueLine v = scalar_line(m.value, true, in, lang);
            if (line.text.empty() && !v.id.empty()) {
                line.text = v.text;
                line.id = v.id;
                continue;
            }
            text = v.text;
        }
        details += (details.empty() ? "" : ", ") + field_title(key, lang) + ": " + text;
    }
    if (line.text.empty()) {
        line.text = details;
    } else if (!details.empty()) {
        line.text += " (" + details + ")";
    }
    constexpr std::size_t kMax = 200;
    if (line.text.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(line.text[cut]) & 0xC0) == 0x80)
            --cut; // never inside a UTF-8 character
        line.text = line.text.substr(0, cut) + "…";
    }
    return line;
}

} // namespace

std::vector<ValueLine> readable_value(const std::string& json, const std::string& other,
                                      const Model& in, Lang lang) {
    rapidjson::Document v;
    v.Parse(json.c_str(), json.size());
    if (v.HasParseError()) return {{json, {}, ValueLine::State::Value}};
    rapidjson::Document o;
    o.Parse(other.c_str(), other.size());
    const bool yes_no = !o.HasParseError() && o.IsBool() && o.GetBool();
    std::vector<ValueLine> out;
    if (v.IsArray()) {
        for (const auto& e : v.GetArray())
            out.push_back(e.IsObject() ? object_line(e, in, lang)
                                       : scalar_line(e, false, in, lang));
        if (out.empty())
            out.push_back({lang == Lang::Sv ? "inga" : "none", {}, ValueLine::State::None});
        return out;
    }
    if (v.IsObject()) return {object_line(v, in, lang)};
    return {scalar_line(v, yes_no, in, lang)};
}

std::vector<ElementChange> diff_models(const Model& a, const Model& b) {
    const rapidjson::Document da = dom(a), db = dom(b);
    std::vector<ElementChange> out;
    for (const auto& top : db.GetObject()) {
        const std::string key(top.name.GetString(), top.name.GetStringLength());
        if (is_meta(key)) continue;
        const Value* av = member(da, key.c_str());
        if (top.value.IsObject()) {
            // The header and the rule settings: one element each, compared field by field.
            if (!av || !av->IsObject()) continue;
            auto fields = field_changes(*av, top.value);
            if (fields.empty()) continue;
            ElementChange c;
            c.collection = key;
            c.id = key;
            c.name = key == "model" ? name_of(top.value) : key;
            c.fields = std::move(fields);
            out.push_back(std::move(c));
            continue;
        }
        if (!top.value.IsArray()) continue;
        const Indexed ia = index(av), ib = index(&top.value);
        for (const auto& id : ib.order) {
            const Value& bel = *ib.by_id.at(id);
            auto it = ia.by_id.find(id);
            if (it == ia.by_id.end()) {
                out.push_back({ElementChange::Kind::Added, key, id, name_of(bel), {}});
                continue;
            }
            auto fields = field_changes(*it->second, bel);
            if (!fields.empty())
                out.push_back(
                    {ElementChange::Kind::Changed, key, id, name_of(bel), std::move(fields)});
        }
        for (const auto& id : ia.order)
            if (!ib.by_id.count(id))
                out.push_back(
                    {ElementChange::Kind::Removed, key, id, name_of(*ia.by_id.at(id)), {}});
    }
    return out;
}

std::vector<ElementChange> part_changes(const FieldChange& f) {
    rapidjson::Document a, b;
    a.Parse(f.before.c_str(), f.before.size());
    b.Parse(f.after.c_str(), f.after.size());
    if (a.HasParseError() || b.HasParseError()) return {};
    const Value* av = a.IsArray() ? &a : nullptr;
    const Value* bv = b.IsArray() ? &b : nullptr;
    if (!av && !bv) return {};
    for (const Value* side : {av, bv})
        if (side)
            for (const auto& el : side->GetArray())
                if (!el.IsObject() || !member(el, "id")) return {};
    const Indexed ia = index(av), ib = index(bv);
    std::vector<ElementChange> out;
    for (const auto& id : ib.order) {
        const Value& bel = *ib.by_id.at(id);
        auto it = ia.by_id.find(id);
        if (it == ia.by_id.end()) {
            out.push_back({ElementChange::Kind::Added, f.field, id, name_of(bel), {}});
            continue;
        }
        auto fields = field_changes(*it->second, bel);
        if (!fields.empty())
            out.push_back(
                {ElementChange::Kind::Changed, f.field, id, name_of(bel), std::move(fields)});
    }
    for (const auto& id : ia.order)
        if (!ib.by_id.count(id))
            out.push_back(
                {ElementChange::Kind::Removed, f.field, id, name_of(*ia.by_id.at(id)), {}});
    return out;
}

std::vector<ReadableField> readable_fields(const ElementChange& c, const Model& before,
                                           const Model& after, Lang lang) {
    std::vector<ReadableField> out;
    for (const auto& f : c.fields) {
        const std::string title = field_title(f.field, lang);
        const auto parts = part_changes(f);
        if (parts.empty()) {
            out.push_back({title, readable_value(f.before, f.after, before, lang),
                           readable_value(f.after, f.before, after, lang)});
            continue;
        }
        for (const auto& p : parts) {
            const std::string part = title + " \"" + p.name + "\"";
            if (p.kind != ElementChange::Kind::Changed) {
                out.push_back(
                    {part, {}, {{change_word(p.kind, lang), {}, ValueLine::State::Value}}});
                continue;
            }
            for (const auto& pf : p.fields)
                out.push_back({part + ": " + field_title(pf.field, lang),
                               readable_value(pf.before, pf.after, before, lang),
                               readable_value(pf.after, pf.before, after, lang)});
        }
    }
    return out;
}

namespace {

class Merger {
  public:
    Merger(rapidjson::Document& out, std::vector<MergeConflict>& conflicts)
        : alloc_(out.GetAllocator()), conflicts_(conflicts) {}

    // Field by field: one side's change is taken, equal changes once, different ones conflict
    // (and keep ours in the scratch result, which is then not used).
    Value fields(const std::string& collection, const std::string& id, const std::string& name,
                 const Value& base, const Value& ours, const Value& theirs) {
        static const Value null_value;
        Value result(rapidjson::kObjectType);
        std::vector<std::string> keys;
        std::set<std::string> seen;
        for (const Value* side : {&ours, &theirs, &base})
            if (side->IsObject())
                for (const auto& m : side->GetObject()) {
                    std::string k(m.name.GetString(), m.name.GetStringLength());
                    if (seen.insert(k).second) keys.push_back(std::move(k));
                }
        for (const auto& k : keys) {
            const Value* b = member(base, k.c_str());
            const Value* o = member(ours, k.c_str());
            const Value* t = member(theirs, k.c_str());
            if (!b) b = &null_value;
            if (!o) o = &null_value;
            if (!t) t = &null_value;
            const Value* pick = o;
            if (*o == *b)
                pick = t;
            else if (*t == *b || *o == *t)
                pick = o;
            else
                conflicts_.push_back(
                    {collection, id, name, k, compact(*b), compact(*o), compact(*t)});
            result.AddMember(Value(k.c_str(), static_cast<rapidjson::SizeType>(k.size()), alloc_),
                             Value(*pick, alloc_), alloc_);
        }
        return result;
    }

    Value collection(const std::string& key, const Value* base, const Value* ours,
                     const Value* theirs) {
        static const Value empty_object(rapidjson::kObjectType);
        const Indexed ib = index(base), io = index(ours), it = index(theirs);
        Value result(rapidjson::kArrayType);
        auto removed_vs_changed = [&](const std::string& id, const Value& b, const Value* o,
                                      const Value* t) {
            conflicts_.push_back({key, id, name_of(o ? *o : *t), "", compact(b),
                                  o ? compact(*o) : std::string(),
                                  t ? compact(*t) : std::string()});
        };
        for (const auto& id : io.order) {
            const Value& o = *io.by_id.at(id);
            auto bi = ib.by_id.find(id);
            auto ti = it.by_id.find(id);
            if (bi != ib.by_id.end()) {
                if (ti != it.by_id.end()) {
                    result.PushBack(fields(key, id, name_of(o), *bi->second, o, *ti->second),
                                    alloc_);
                } else if (o != *bi->second) {
                    removed_vs_changed(id, *bi->second, &o, nullptr); // theirs removed it
                }
                // else: theirs removed an element ours left alone: removed.
            } else if (ti != it.by_id.end()) {
                // Added on both sides under one id: the same element, or a conflict per field.
                result.PushBack(fields(key, id, name_of(o), empty_object, o, *ti->second), alloc_);
            } else {
                result.PushBack(Value(o, alloc_), alloc_);
            }
        }
        for (const auto& id : it.order) {
            if (io.by_id.count(id)) continue;
            const Value& t = *it.by_id.at(id);
            auto bi = ib.by_id.find(id);
            if (bi == ib.by_id.end())
                result.PushBack(Value(t, alloc_), alloc_); // added by theirs
            else if (t != *bi->second)
                removed_vs_changed(id, *bi->second, nullptr, &t); // ours removed it
        }
        return result;
    }

    // Severity overrides, waivers and actions: lists merged entry by entry (by rule, and element
    // for waivers and actions), like collections.
    Value settings(const Value& base, const Value& ours, const Value& theirs) {
        Value result(rapidjson::kObjectType);
        for (const auto& m : ours.GetObject()) {
            const std::string k(m.name.GetString(), m.name.GetStringLength());
            Value merged;
            if (m.value.IsArray()) {
                merged = collection("rule_settings." + k, member(base, k.c_str()), &m.value,
                                    member(theirs, k.c_str()));
            } else {
                merged.CopyFrom(m.value, alloc_);
            }
            result.AddMember(Value(k.c_str(), static_cast<rapidjson::SizeType>(k.size()), alloc_),
                             merged, alloc_);
        }
        return result;
    }

  private:
    rapidjson::Document::AllocatorType& alloc_;
    std::vector<MergeConflict>& conflicts_;
};

} // namespace

MergeResult merge_models(const Model& base, const Model& ours, const Model& theirs) {
    const rapidjson::Document db = dom(base), dom_ours = dom(ours), dt = dom(theirs);
    MergeResult r;
    rapidjson::Document out;
    out.SetObject();
    Merger merger(out, r.conflicts);
    static const Value null_value;
    for (const auto& top : dom_ours.GetObject()) {
        const std::string key(top.name.GetString(), top.name.GetStringLength());
        const Value* b = member(db, key.c_str());
        const Value* t = member(dt, key.c_str());
        Value merged;
        if (is_meta(key))
            merged.CopyFrom(top.value, out.GetAllocator());
        else if (top.value.IsArray())
            merged = merger.collection(key, b, &top.value, t);
        else if (key == "rule_settings" && top.value.IsObject())
            merged = merger.settings(b ? *b : null_value, top.value, t ? *t : null_value);
        else if (top.value.IsObject())
            merged = merger.fields(key, key, key == "model" ? name_of(top.value) : key,
                                   b ? *b : null_value, top.value, t ? *t : null_value);
        else
            merged.CopyFrom(top.value, out.GetAllocator());
        out.AddMember(
            Value(key.c_str(), static_cast<rapidjson::SizeType>(key.size()), out.GetAllocator()),
            merged, out.GetAllocator());
    }
    if (!r.conflicts.empty()) return r;
    try {
        r.merged = parse_model(compact(out), "merge");
    } catch (const ModelFileError& e) {
        for (const auto& p : e.problems())
            r.problems.push_back(p.where + ": " + p.problem);
        return r;
    }
    for (const auto& p : check_references(r.merged))
        r.problems.push_back(p.where + ": " + p.problem);
    r.ok = r.problems.empty();
    return r;
}

} // namespace skm
