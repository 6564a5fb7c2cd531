#include "annual_cycle.hpp"

#include "report_labels.hpp"

#include <algorithm>

namespace skm::exports {
namespace {

Date add_days(const Date& d, int days) {
    // Civil-calendar arithmetic by day number (Howard Hinnant's algorithm, inverted).
    int z = d.days_since_epoch() + days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int dd = doy - (153 * mp + 2) / 5 + 1;
    const int mm = mp < 10 ? mp + 3 : mp - 9;
    if (mm <= 2) ++y;
    return Date{y, mm, dd};
}

// Saturday and Sunday move to the Monday after.
Date weekday(const Date& d) {
    const int dow = ((d.days_since_epoch() % 7) + 11) % 7; // 0 = Monday (1970-01-01 a Thursday)
    return dow == 5 ? add_days(d, 2) : dow == 6 ? add_days(d, 1) : d;
}

// Evenly spread dates: `count` per period, periods given as [from, to) day ranges.
void spread(std::vector<Date>& out, const Date& from, const Date& to, int count) {
    const int a = from.days_since_epoch(), b = to.days_since_epoch();
    if (count <= 0 || b <= a) return;
    const double step = static_cast<double>(b - a) / count;
    for (int i = 0; i < count; ++i)
        out.push_back(weekday(add_days(from, static_cast<int>(step * (i + 0.5)))));
}

std::vector<Date> occurrences(const Frequency& f, const Date& start, const Date& end) {
    std::vector<Date> out;
    if (f.kind != Frequency::Kind::Count || f.count <= 0) return out;
    const int n = std::min(f.count, 31);
    switch (f.per) {
    case FrequencyPer::Vecka:
        for (Date w = start; w < end; w = add_days(w, 7))
            spread(out, w, std::min(add_days(w, 5), end), n);
        break;
    case FrequencyPer::Manad:
        for (int k = 0; k < 12; ++k)
            spread(out, start.plus_months(k), start.plus_months(k + 1), n);
        break;
    case FrequencyPer::Termin:
        // Swedish school terms: spring mid-January to mid-June, autumn mid-August to mid-December.
        for (int y = start.year; y <= end.year; ++y) {
            std::vector<Date> t;
            spread(t, Date{y, 1, 15}, Date{y, 6, 15}, n);
            spread(t, Date{y, 8, 15}, Date{y, 12, 15}, n);
            for (const auto& d : t)
                if (d >= start && d < end) out.push_back(d);
        }
        break;
    case FrequencyPer::Ar:
        spread(out, start, end, n);
        break;
    }
    return out;
}

} // namespace

Date cycle_start(const Model& m) {
    const Date s = m.info.snapshot;
    return s.year > 0 ? Date{s.year, s.month, 1} : Date{2000, 1, 1};
}

std::vector<CycleEvent> annual_cycle(const Model& m, Lang l) {
    using report::tr;
    const Date start = cycle_start(m), end = start.plus_months(12);
    auto within = [&](const Date& d) { return d >= start && d < end; };
    std::vector<CycleEvent> ev;
    for (const auto& f : m.forums) {
        if (f.status != ElementStatus::Active || !f.frequency.is_set()) continue;
        for (const auto& d : occurrences(f.frequency.value(), start, end))
            if (!f.end.is_set() || d <= f.end.value())
                ev.push_back({d, CycleKind::Meeting, f.id, f.name, true});
        if (f.end.is_set() && within(f.end.value()))
            ev.push_back({f.end.value(), CycleKind::Ends, f.id,
                          tr(l, "Upphör: ", "Ends: ") + f.name, false});
    }
    for (const auto& u : m.followups) {
        if (!u.frequency.is_set()) continue;
        for (const auto& d : occurrences(u.frequency.value(), start, end))
            ev.push_back({d, CycleKind::FollowUp, u.id,
                          tr(l, "Uppföljning: ", "Follow-up: ") + u.name, true});
    }
    for (const auto& d : m.documents) {
        if (d.status == DocStatus::Upphord) continue;
        if (d.review_date.is_set() && within(d.review_date.value()))
            ev.push_back({d.review_date.value(), CycleKind::Review, d.id,
                          tr(l, "Revidering: ", "Review: ") + d.title, false});
        if (d.review_cycle_months.is_set() && d.review_cycle_months.value() > 0 &&
            d.review_cycle_months.value() <= 240 && d.adopted.is_set()) {
            const int cyc = d.review_cycle_months.value();
            for (int k = 1; k <= 2400 / cyc; ++k) {
                const Date r = d.adopted.value().plus_months(k * cyc);
                if (r >= end) break;
                if (within(r) && !(d.review_date.is_set() && d.review_date.value() == r))
                    ev.push_back({r, CycleKind::Review, d.id,
                                  tr(l, "Revidering: ", "Review: ") + d.title, false});
            }
        }
        if (d.valid_to.is_set() && within(d.valid_to.value()))
            ev.push_back({d.valid_to.value(), CycleKind::ValidTo, d.id,
                          tr(l, "Giltighet upphör: ", "Validity ends: ") + d.title, false});
    }
    for (const auto& c : m.changes)
        if (within(c.date))
            ev.push_back({c.date, CycleKind::Change, c.id,
                          tr(l, "Förändring: ", "Change: ") + c.description, false});
    std::stable_sort(ev.begin(), ev.end(),
                     [](const CycleEvent& a, const CycleEvent& b) { return a.date < b.date; });
    return ev;
}

} // namespace skm::exports
