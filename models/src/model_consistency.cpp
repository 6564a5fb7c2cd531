// Load warnings (issue 11 §5, §8): what a file can say that parses and resolves but makes no
// sense, and personal identity numbers in a map that should describe roles, not people. One
// walker over the shared field lists sees every text, number and date of every element, so a new
// field is checked without anyone remembering to add it here.
#include "skm/model_file.hpp"
#include "visit_traits.hpp"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

namespace skm {
namespace {

using detail::is_maybe;
using detail::is_vector;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Counts, capacities and durations: a negative value is always a typing error.
bool must_not_be_negative(std::string_view name) {
    auto ends = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    return name == "capacity" || name == "refusals" || ends("_days") || ends("_months") ||
           name == "age_min" || name == "age_max";
}

// The start/end pairs of an element, by field name.
const std::pair<const char*, const char*> kDatePairs[] = {
    {"start", "end"}, {"valid_from", "valid_to"}, {"from", "to"}, {"adopted", "valid_to"}};

struct Walker {
    std::vector<FileProblem>& out;
    std::string path;
    // Per element being walked: its dates and whole numbers by field name.
    std::map<std::string, Date>* dates = nullptr;
    std::map<std::string, int>* ints = nullptr;

    std::string at(const char* name) const { return path.empty() ? name : path + "." + name; }

    template <class T>
    void collection(const char* name, const std::vector<T>& items, std::uint32_t) {
        walk_list(name, items);
    }
    template <class T> void ref(const char* name, const T& value, std::uint32_t) {
        field(name, value); // ids are text too: a personnummer can be typed as an id
    }
    template <class T> void field(const char* name, const T& value) {
        if constexpr (std::is_same_v<T, std::string>) {
            text(name, value);
        } else if constexpr (std::is_same_v<T, int>) {
            number(name, value);
        } else if constexpr (std::is_same_v<T, Date>) {
            if (dates) (*dates)[name] = value;
        } else if constexpr (is_maybe<T>::value) {
            if (value.is_set()) field(name, value.value());
        } else if constexpr (is_vector<T>::value) {
            using E = typename T::value_type;
            if constexpr (requires(const E& e, Walker& w) { e.visit(w); })
                walk_list(name, value);
            else
                for (const auto& e : value)
                    field(name, e);
        } else if constexpr (requires(const T& x, Walker& w) { x.visit(w); }) {
            nested(name, value);
        }
    }

    void text(const char* name, const std::string& s) {
        if (contains_personal_number(s))
            out.push_back({at(name), "looks like a personal identity number (personnummer); a map "
                                     "describes roles and organisations, so remove it or write "
                                     "the role instead (the file may be shared)"});
    }

    void number(const char* name, int v) {
        if (ints) (*ints)[name] = v;
        if (v < 0 && must_not_be_negative(name))
            out.push_back({at(name), "is negative (" + std::to_string(v) + ")"});
    }

    template <class T> void walk_list(const char* name, const std::vector<T>& items) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string label = std::to_string(i);
            if constexpr (requires { items[i].id; })
                if (!items[i].id.empty()) label = escape_for_message(items[i].id, 40);
            nested(std::string(name) + "[" + label + "]", items[i]);
        }
    }

    template <class T> void nested(const std::string& name, const T& value) {
        const std::string saved = path;
        auto* saved_dates = dates;
        auto* saved_ints = ints;
        std::map<std::string, Date> my_dates;
        std::map<std::string, int> my_ints;
        path = path.empty() ? name : path + "." + name;
        dates = &my_dates;
        ints = &my_ints;
        value.visit(*this);
        for (const auto& [from, to] : kDatePairs) {
            auto a = my_dates.find(from), b = my_dates.find(to);
            if (a != my_dates.end() && b != my_dates.end() && b->second < a->second)
                out.push_back({path + "." + to, std::string("is before ") + from + " (" +
                                                    b->second.str() + " < " + a->second.str() +
                                                    ")"});
        }
        auto lo = my_ints.find("age_min"), hi = my_ints.find("age_max");
        if (lo != my_ints.end() && hi != my_ints.end() && lo->second > hi->second)
            out.push_back({path + ".age_min", "is above age_max (" + std::to_string(lo->second) +
                                                  " > " + std::to_string(hi->second) + ")"});
        path = saved;
        dates = saved_dates;
        ints = saved_ints;
    }
};

// A chain of `parent`-like links that comes back to where it started. Reported once per cycle,
// at its first element in file order, with the chain spelt out.
template <class T, class Next>
void find_cycles(const std::vector<T>& items, const char* list, const char* field, Next next,
                 std::vector<FileProblem>& out) {
    std::unordered_map<Id, const T*> by_id;
    for (const auto& it : items)
        by_id.emplace(it.id, &it);
    std::unordered_set<Id> reported;
    for (const auto& start : items) {
        if (reported.count(start.id)) continue;
        std::vector<Id> chain{start.id};
        std::unordered_set<Id> on_chain{start.id};
        const T* cur = &start;
        while (true) {
            const Id* n = next(*cur);
            if (!n) break;
            if (*n == start.id) {
                std::string text;
                for (const auto& id : chain) {
                    text += escape_for_message(id, 40) + " → ";
                    reported.insert(id);
                }
                text += escape_for_message(start.id, 40);
                out.push_back(
                    {std::string(list) + "[" + escape_for_message(start.id, 40) + "]." + field,
                     "forms a cycle: " + text});
                break;
            }
            if (!on_chain.insert(*n).second) break; // a cycle further on, reported from there
            auto it = by_id.find(*n);
            if (it == by_id.end()) break;
            chain.push_back(*n);
            cur = it->second;
        }
    }
}

// Steps that loop with no way out: from a step on a cycle, no end is reachable. A loop back for
// more work ("komplettering" → "bedömning") or a step repeated while needed is a real process;
// one nobody can leave is not.
void find_trapped_steps(const Process& p, std::vector<FileProblem>& out) {
    std::unordered_map<Id, const Step*> by_id;
    for (const auto& s : p.steps)
        by_id.emplace(s.id, &s);
    // Steps from which an exit (an end step, or a step with no successor) can be reached.
    std::unordered_map<Id, std::vector<Id>> preds;
    std::vector<Id> work;
    std::unordered_set<Id> can_exit;
    for (const auto& s : p.steps) {
        for (const auto& n : s.next)
            preds[n].push_back(s.id);
        if (s.type == StepType::Slut || s.next.empty())
            if (can_exit.insert(s.id).second) work.push_back(s.id);
    }
    while (!work.empty()) {
        const Id id = work.back();
        work.pop_back();
        for (const auto& pr : preds[id])
            if (can_exit.insert(pr).second) work.push_back(pr);
    }
    for (const auto& s : p.steps) {
        const std::string where = "processes[" + escape_for_message(p.id, 40) + "].steps[" +
                                  escape_for_message(s.id, 40) + "].next";
        // A step that repeats ("uppföljningsmöte så länge behov finns": next includes itself)
        // is fine as long as the process can still move on from it.
        if (!can_exit.count(s.id) && !s.next.empty())
            out.push_back({where, "the steps from here loop without reaching an end step"});
    }
}

} // namespace

bool contains_personal_number(std::string_view s) {
    // YYMMDD[-+]NNNN or YYYYMMDD[-]?NNNN, not part of a longer run of digits. Ten digits with no
    // separator are left out: that is also how phone numbers are written (0701234567).
    auto digits_at = [&](std::size_t i, std::size_t n) {
        if (i + n > s.size()) return false;
        for (std::size_t k = 0; k < n; ++k)
            if (!is_digit(s[i + k])) return false;
        return true;
    };
    auto num = [&](std::size_t i, std::size_t n) {
        int v = 0;
        for (std::size_t k = 0; k < n; ++k)
            v = v * 10 + (s[i + k] - '0');
        return v;
    };
    // Month 01–12; day 01–31, or 61–91 for a samordningsnummer (day + 60).
    auto plausible_date = [&](std::size_t mm) {
        const int month = num(mm, 2), day = num(mm + 2, 2);
        return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
        auto ends_clean = [&](std::size_t end) { return end >= s.size() || !is_digit(s[end]); };
        // 12 digits with the century (19/20), with or without a dash before the last four.
        if (digits_at(i, 8) && (num(i, 2) == 19 || num(i, 2) == 20) && plausible_date(i + 4)) {
            if (digits_at(i + 8, 4) && ends_clean(i + 12)) return true;
            if (i + 8 < s.size() && (s[i + 8] == '-' || s[i + 8] == '+') && digits_at(i + 9, 4) &&
                ends_clean(i + 13))
                return true;
        }
        // 10 digits, with "-" (or "+" past 100 years of age) before the last four.
        if (digits_at(i, 6) && plausible_date(i + 2) && i + 6 < s.size() &&
            (s[i + 6] == '-' || s[i + 6] == '+') && digits_at(i + 7, 4) && ends_clean(i + 11))
            return true;
    }
    return false;
}

std::vector<FileProblem> check_consistency(const Model& m) {
    std::vector<FileProblem> out;
    Walker w{out, ""};
    m.visit(w);
    find_cycles(
        m.units, "units", "parent",
        [](const Unit& u) { return u.parent.is_set() ? &u.parent.value() : nullptr; }, out);
    find_cycles(
        m.forums, "forums", "reports_to",
        [](const Forum& f) { return f.reports_to.is_set() ? &f.reports_to.value() : nullptr; },
        out);
    find_cycles(
        m.documents, "documents", "parent",
        [](const Document& d) { return d.parent.is_set() ? &d.parent.value() : nullptr; }, out);
    // Two roles that deputise for each other are common and fine; a role cannot stand in for
    // itself.
    for (const auto& r : m.roles)
        if (r.substitute.is_set() && r.substitute.value() == r.id)
            out.push_back({"roles[" + escape_for_message(r.id, 40) + "].substitute",
                           "the role is its own substitute"});
    for (const auto& p : m.processes)
        find_trapped_steps(p, out);
    return out;
}

} // namespace skm
