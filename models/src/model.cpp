#include "skm/model.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace skm {

std::string Date::str() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
    return buf;
}

static bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 31; // a default-constructed Date; never an index out of bounds
    return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

bool Date::parse(const std::string& s, Date& out) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    Date d;
    d.year = std::stoi(s.substr(0, 4));
    d.month = std::stoi(s.substr(5, 2));
    d.day = std::stoi(s.substr(8, 2));
    if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
        return false;
    out = d;
    return true;
}

int Date::days_since_epoch() const {
    // Howard Hinnant's days_from_civil algorithm, written out.
    int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = month + (month > 2 ? -3 : 9);
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::plus_months(int months) const {
    // In 64 bits with floor division: `review_cycle_months` and `horizon_months` come from the
    // file and may be anything an int holds. The result is kept within years 1–9999 (the dates
    // the file format can write), so a month index never leaves 1–12 and no sum overflows.
    const long long total = static_cast<long long>(year) * 12 + (month - 1) + months;
    long long y = total / 12, mo = total % 12;
    if (mo < 0) {
        mo += 12;
        --y;
    }
    if (y > 9999) return Date{9999, 12, 31};
    if (y < 1) return Date{1, 1, 1};
    Date d = *this;
    d.year = static_cast<int>(y);
    d.month = static_cast<int>(mo) + 1;
    if (d.day < 1) d.day = 1;
    if (d.day > days_in_month(d.year, d.month)) d.day = days_in_month(d.year, d.month);
    return d;
}

std::string Frequency::str() const {
    switch (kind) {
    case Kind::AsNeeded:
        return "vid behov";
    case Kind::Unquantified:
        return words.empty() ? "regelbundet" : words;
    case Kind::Count:
        break;
    }
    return std::to_string(count) + " per " + std::string(to_word(per));
}

bool Frequency::parse(const std::string& s, Frequency& out) {
    Frequency f;
    if (s == "vid behov") {
        f.kind = Kind::AsNeeded;
    } else if (s == "regelbundet") {
        f.kind = Kind::Unquantified;
    } else if (!s.empty() && !(s[0] >= '0' && s[0] <= '9') && s[0] != ' ' && s.back() != ' ') {
        // Words, not a count ("löpande", "flera gånger per år"): stored as written. Text that
        // starts with a digit must be a count, so "1 per decennium" is still an error.
        f.kind = Kind::Unquantified;
        f.words = s;
    } else {
        const auto sp = s.find(" per ");
        if (sp == std::string::npos || sp == 0 || sp > 4) return false;
        for (std::size_t i = 0; i < sp; ++i)
            if (s[i] < '0' || s[i] > '9') return false;
        f.count = std::stoi(s.substr(0, sp));
        if (f.count < 1) return false;
        auto per = from_word<FrequencyPer>(s.substr(sp + 5));
        if (!per) return false;
        f.per = *per;
    }
    out = f;
    return true;
}

std::vector<const Level*> levels_in_order(const Model& m) {
    auto rank = [](Tier t) {
        switch (t) {
        case Tier::P:
            return 0;
        case Tier::S:
            return 1;
        case Tier::O:
            return 2;
        case Tier::I:
            return 3;
        case Tier::A:
            return 4;
        }
        return 5;
    };
    std::vector<const Level*> out;
    out.reserve(m.levels.size());
    for (const auto& l : m.levels)
        out.push_back(&l);
    std::stable_sort(out.begin(), out.end(), [&](const Level* a, const Level* b) {
        if (rank(a->tier) != rank(b->tier)) return rank(a->tier) < rank(b->tier);
        return a->order < b->order;
    });
    return out;
}

Id effective_principal(const Model& m, const Unit& u) {
    const Unit* cur = &u;
    for (std::size_t guard = 0; cur && guard <= m.units.size(); ++guard) {
        if (cur->principal.is_set()) return cur->principal.value();
        if (!cur->parent.is_set()) break;
        cur = find_by_id(m.units, cur->parent.value());
    }
    return {};
}

namespace {
struct NameFinder {
    const Id& id;
    std::string found;
    std::uint32_t kind = 0;
    template <class T> void collection(const char*, const std::vector<T>& items, std::uint32_t k) {
        if (kind) return;
        for (const auto& it : items) {
            if (it.id != id) continue;
            kind = k;
            if constexpr (requires { it.name; })
                found = it.name;
            else if constexpr (requires { it.title; })
                found = it.title;
            else if constexpr (requires { it.kind; })
                found = std::string(to_word(it.kind));
            if (found.empty()) found = id;
            return;
        }
    }
    template <class T> void field(const char*, const T&) {}
};
} // namespace

std::string display_name(const Model& m, const Id& id) {
    NameFinder f{id, {}};
    m.visit(f);
    return f.kind ? f.found : id;
}

std::uint32_t kind_of(const Model& m, const Id& id) {
    NameFinder f{id, {}};
    m.visit(f);
    return f.kind;
}

} // namespace skm
