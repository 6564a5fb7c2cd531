#pragma once
// Versions of a map: a semantic diff per element and field, and a three-way merge, so a steering
// group can compare nuläge with börläge and a county's municipalities can keep one map in git.
//
// Both work on the canonical file form (serialize_model): an element is matched by its id within
// its collection, a field by its key; the model header and the rule settings are compared field
// by field like one element each. Values are compared as JSON, so every field the file has is
// covered without a list to keep up to date.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <vector>

namespace skm {

struct FieldChange {
    std::string field;         // "convener"
    std::string before, after; // the values as compact JSON ("null", "\"R-X\"", "false")
};

struct ElementChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::string collection; // "forums"; "model" for the header, "rule_settings" for the settings
    Id id;                  // the element id ("model", "rule_settings" for those two)
    std::string name;       // its name or title in the newer version (the older when removed)
    std::vector<FieldChange> fields; // Changed only
};

// What changed from `a` to `b`, in file order: collections in file order, elements in b's order
// with removed ones where they stood in a.
std::vector<ElementChange> diff_models(const Model& a, const Model& b);

// One element and field both sides changed differently from the base (or an element one side
// removed while the other changed it).
struct MergeConflict {
    std::string collection;
    Id id;
    std::string name;
    std::string field;              // empty when the conflict is about the element as a whole
    std::string base, ours, theirs; // compact JSON; "" when the element is absent on that side
};

struct MergeResult {
    bool ok = false; // no conflicts and the merged model is valid
    Model merged;    // valid only when ok
    std::vector<MergeConflict> conflicts;
    // Problems of a merge without field conflicts whose result is still not a valid model (one
    // side deleted a unit a flow added by the other side refers to).
    std::vector<std::string> problems;
};

// The entries of a changed list field that have ids of their own (a process's steps), compared
// like elements: which were added, removed or changed, in the newer order with removed ones where
// they stood. Empty for a list of plain values or of parts without ids (a forum's members).
std::vector<ElementChange> part_changes(const FieldChange& f);

// Three-way merge per element and field: a change on one side is taken; the same change on both
// is taken once; different changes to one field are a conflict and nothing is chosen.
MergeResult merge_models(const Model& base, const Model& ours, const Model& theirs);

// "ändrad", "tillagd", "borttagen" / "changed", "added", "removed".
std::string change_word(ElementChange::Kind k, Lang lang);

// One line of a field's value as a reader sees it (the report's "Förändringar sedan …", the
// editor's comparison): an id becomes the name of the element it refers to, null "uppgift
// saknas", an explicit none "ingen", a list one line per entry.
struct ValueLine {
    enum class State { Value, Unknown, None };
    std::string text;
    Id id; // the element the line names, if it names one
    State state = State::Value;
};

// `json` is a FieldChange's before or after, `other` the value on the other side: a false whose
// other side is true is a "no" of a yes/no field, any other false an explicit none (the file writes
// none as false). Ids are looked up in `in`, the version the value belongs to.
std::vector<ValueLine> readable_value(const std::string& json, const std::string& other,
                                      const Model& in, Lang lang);

// A changed element's fields as a reader follows them: each field by its title with its values
// readable; a list of parts with ids (a process's steps) part by part – `Steg "Anmälan": Namn`
// with that part's values, an added or removed part with the word for it as its value after.
// `before` and `after` are the two versions, for the names of the elements the values refer to.
struct ReadableField {
    std::string field;
    std::vector<ValueLine> before, after;
};
std::vector<ReadableField> readable_fields(const ElementChange& c, const Model& before,
                                           const Model& after, Lang lang);

} // namespace skm
