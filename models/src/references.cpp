// Reference checking: every id a field names must exist, be of a kind the field allows, and be
// unique across the whole model (references carry no type, so ids must not collide).
#include "skm/model_file.hpp"
#include "visit_traits.hpp"

#include <string>
#include <type_traits>
#include <unordered_map>

namespace skm {
namespace {

std::string kind_words(std::uint32_t mask) {
    static const char* names[] = {
        "principal",       "unit", "role",    "citizen party", "level",          "level link",
        "forum",           "flow", "consent", "document",      "responsibility", "process",
        "escalation path", "plan", "regime",  "follow-up",     "change",         "process step"};
    std::string s;
    for (int i = 0; i < 18; ++i)
        if (mask & (1u << i)) s += (s.empty() ? "" : " or ") + std::string(names[i]);
    return s;
}

using detail::is_maybe;
using detail::is_vector;

// Pass 1: every id with its kind; duplicates reported.
struct IdCollector {
    std::unordered_map<Id, std::uint32_t> ids;
    std::unordered_map<Id, const Process*> processes;
    std::vector<FileProblem>* problems;
    template <class T>
    void collection(const char* name, const std::vector<T>& items, std::uint32_t k) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Id& id = items[i].id;
            std::string where = std::string(name) + "[" + std::to_string(i) + "].id";
            if (id.empty()) {
                problems->push_back({where, "the element has no id"});
                continue;
            }
            // "." separates process and step in a step reference ("P-1.S-2"): an id with a dot
            // in it would make such references ambiguous.
            if (id.find('.') != std::string::npos)
                problems->push_back({where, "id " + quote_for_message(id) +
                                                " contains \".\", which is reserved for step "
                                                "references (PROCESS.STEP)"});
            if (!ids.emplace(id, k).second)
                problems->push_back(
                    {where, "id " + quote_for_message(id) + " is used by more than one element"});
            if constexpr (std::is_same_v<T, Process>) processes[id] = &items[i];
        }
    }
    template <class T> void field(const char*, const T&) {}
};

// Pass 2: walk every reference field.
struct RefChecker {
    const IdCollector& known;
    std::vector<FileProblem>& problems;
    std::string path;

    template <class T>
    void collection(const char* name, const std::vector<T>& items, std::uint32_t) {
        walk_list(name, items);
    }
    template <class T> void field(const char* name, const T& value) {
        if constexpr (is_vector<T>::value) {
            if constexpr (std::is_class_v<typename T::value_type> &&
                          !std::is_same_v<typename T::value_type, std::string>)
                walk_list(name, value);
        } else if constexpr (is_maybe<T>::value) {
            using Inner = std::remove_cvref_t<decltype(value.value())>;
            if constexpr (requires(const Inner& x, RefChecker& c) { x.visit(c); })
                if (value.is_set()) nested(name, value.value());
        } else if constexpr (requires(const T& x, RefChecker& c) { x.visit(c); }) {
            nested(name, value);
        }
    }
    void ref(const char* name, const Id& id, std::uint32_t mask) { check(name, id, mask); }
    void ref(const char* name, const Maybe<Id>& id, std::uint32_t mask) {
        if (id.is_set()) check(name, id.value(), mask);
    }
    void ref(const char* name, const std::vector<Id>& ids, std::uint32_t mask) {
        for (const auto& id : ids)
            check(name, id, mask);
    }
    void ref(const char* name, const Maybe<std::vector<Id>>& ids, std::uint32_t mask) {
        if (ids.is_set())
            for (auto& id : ids.value())
                check(name, id, mask);
    }

    template <class T> void walk_list(const char* name, const std::vector<T>& items) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string label = std::to_string(i);
            if constexpr (requires { items[i].id; })
                if (!items[i].id.empty()) label = escape_for_message(items[i].id, 40);
            nested((std::string(name) + "[" + label + "]").c_str(), items[i]);
        }
    }
    template <class T> void nested(const std::string& name, const T& value) {
        const std::string saved = path;
        path = path.empty() ? name : path + "." + name;
        value.visit(*this);
        path = saved;
    }

    void check(const char* name, const Id& id, std::uint32_t mask) {
        const std::string where = path.empty() ? name : path + "." + name;
        if (id.empty()) {
            problems.push_back({where, "empty reference"});
            return;
        }
        if (mask & RefStep) {
            auto dot = id.find('.');
            if (dot != std::string::npos) {
                auto p = known.processes.find(id.substr(0, dot));
                if (p == known.processes.end()) {
                    problems.push_back({where, "refers to " + quote_for_message(id) +
                                                   ", but there is no process " +
                                                   quote_for_message(id.substr(0, dot))});
                    return;
                }
                const std::string step = id.substr(dot + 1);
                for (const auto& s : p->second->steps)
                    if (s.id == step) return;
                problems.push_back({where, "refers to " + quote_for_message(id) + ", but process " +
                                               quote_for_message(p->first) + " has no step " +
                                               quote_for_message(step)});
                return;
            }
        }
        auto it = known.ids.find(id);
        if (it == known.ids.end()) {
            problems.push_back({where, "refers to " + quote_for_message(id) +
                                           ", which does not exist (expected a " +
                                           kind_words(mask) + ")"});
            return;
        }
        if (!(it->second & mask))
            problems.push_back({where, "refers to " + quote_for_message(id) + ", which is a " +
                                           kind_words(it->second) + "; expected a " +
                                           kind_words(mask)});
    }
};

} // namespace

std::vector<FileProblem> check_references(const Model& model) {
    std::vector<FileProblem> problems;
    IdCollector ids;
    ids.problems = &problems;
    const Model& m = model;
    m.visit(ids);
    RefChecker refs{ids, problems, ""};
    m.visit(refs);
    // Step ids are local to their process: present, unique there, and without a dot.
    for (const auto& p : m.processes) {
        std::unordered_map<Id, int> seen;
        for (std::size_t i = 0; i < p.steps.size(); ++i) {
            const Id& sid = p.steps[i].id;
            const std::string where = "processes[" + escape_for_message(p.id, 40) + "].steps[" +
                                      std::to_string(i) + "].id";
            if (sid.empty())
                problems.push_back({where, "the step has no id"});
            else if (sid.find('.') != std::string::npos)
                problems.push_back({where, "step id " + quote_for_message(sid) +
                                               " contains \".\", which is reserved for step "
                                               "references (PROCESS.STEP)"});
            if (!sid.empty() && ++seen[sid] == 2)
                problems.push_back({where, "step id " + quote_for_message(sid) +
                                               " is used by more than one step of this process"});
        }
    }
    // Step successors and lanes are local to their process.
    for (const auto& p : m.processes) {
        for (const auto& s : p.steps) {
            for (const auto& n : s.next) {
                bool found = false;
                for (const auto& t : p.steps)
                    found = found || t.id == n;
                if (!found)
                    problems.push_back({"processes[" + escape_for_message(p.id, 40) + "].steps[" +
                                            escape_for_message(s.id, 40) + "].next",
                                        "refers to step " + quote_for_message(n) +
                                            ", which this process does not have"});
            }
        }
    }
    return problems;
}

} // namespace skm
