// Pseudonymised copies of a map (see skm/pseudonymise.hpp).
#include "skm/pseudonymise.hpp"

#include "skm/model_file.hpp"
#include "visit_traits.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

namespace skm {
namespace {

using detail::is_maybe;
using detail::is_vector;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Replaces every personnummer-shaped run in `s` (as contains_personal_number finds them).
std::string mask_personal_numbers(const std::string& s) {
    if (!contains_personal_number(s)) return s;
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]))) {
            // The longest candidate starting here that is a personnummer on its own.
            std::size_t best = 0;
            for (std::size_t len : {13u, 12u, 11u}) {
                if (i + len > s.size()) continue;
                const std::string cand = s.substr(i, len);
                // Only digits and at most one separator: the number itself, nothing around it.
                const auto seps = std::count_if(cand.begin(), cand.end(),
                                                [](char c) { return c == '-' || c == '+'; });
                const auto digits = std::count_if(cand.begin(), cand.end(), is_digit);
                if (seps + digits == static_cast<long>(len) && seps <= 1 &&
                    (i + len == s.size() || !is_digit(s[i + len])) &&
                    contains_personal_number(cand)) {
                    best = len;
                    break;
                }
            }
            if (best) {
                out += "ÅÅMMDD-XXXX";
                i += best;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

// Walks every text field of the copy, mutably: masks personal numbers and replaces the names of
// the people found in the first pass wherever they occur.
struct TextRewriter {
    const std::vector<std::pair<std::string, std::string>>& names; // longest first
    template <class T> void collection(const char*, std::vector<T>& items, std::uint32_t) {
        for (auto& it : items)
            it.visit(*this);
    }
    template <class T> void ref(const char*, T&, std::uint32_t) {} // ids stay: references
    template <class T> void field(const char*, T& value) {
        if constexpr (std::is_same_v<T, std::string>) {
            rewrite(value);
        } else if constexpr (is_maybe<T>::value) {
            if (value.is_set()) field("", value.value());
        } else if constexpr (is_vector<T>::value) {
            for (auto& e : value)
                field("", e);
        } else if constexpr (requires(T & x, TextRewriter & w) { x.visit(w); }) {
            value.visit(*this);
        }
    }
    // One pass, names tried longest first at each place, so a placeholder is never itself
    // searched again ("Per" must not rewrite the "Per" of "Person 2").
    void rewrite(std::string& s) const {
        if (!names.empty()) {
            std::string out;
            std::size_t i = 0;
            while (i < s.size()) {
                bool hit = false;
                for (const auto& [name, placeholder] : names)
                    if (s.compare(i, name.size(), name) == 0) {
                        out += placeholder;
                        i += name.size();
                        hit = true;
                        break;
                    }
                if (!hit) out += s[i++];
            }
            s = std::move(out);
        }
        s = mask_personal_numbers(s);
    }
};

} // namespace

Model pseudonymise(const Model& in) {
    // Pass 1, on the original: every named person, numbered by first appearance.
    std::map<std::string, std::string> placeholder;
    std::vector<std::pair<std::string, std::string>> order;
    auto person = [&](const std::string& name) -> std::string {
        if (name.empty() || name == "namngiven") return name;
        auto it = placeholder.find(name);
        if (it != placeholder.end()) return it->second;
        const std::string p = "Person " + std::to_string(placeholder.size() + 1);
        placeholder.emplace(name, p);
        order.emplace_back(name, p);
        return p;
    };
    for (const auto& r : in.roles)
        if (r.person.is_set()) person(r.person.value());
    for (const auto& l : in.levels)
        for (const auto& k : l.key_persons)
            person(k);
    // Pass 2: names inside any text, longest first so "Anna Berg" goes before "Anna". Names
    // shorter than three characters are left out there: they would match inside ordinary words.
    std::vector<std::pair<std::string, std::string>> names;
    for (const auto& p : order)
        if (p.first.size() >= 3) names.push_back(p);
    std::stable_sort(names.begin(), names.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    Model m = in;
    TextRewriter w{names};
    m.visit(w);
    // Pass 3: the person fields themselves, exactly, whatever their length; citizen notes.
    for (std::size_t i = 0; i < m.roles.size(); ++i)
        if (in.roles[i].person.is_set()) m.roles[i].person = person(in.roles[i].person.value());
    for (std::size_t i = 0; i < m.levels.size(); ++i)
        for (std::size_t k = 0; k < m.levels[i].key_persons.size(); ++k)
            m.levels[i].key_persons[k] = person(in.levels[i].key_persons[k]);
    int note = 0;
    for (auto& c : m.citizens)
        if (c.note.is_set()) c.note = "Anteckning " + std::to_string(++note);
    return m;
}

} // namespace skm
