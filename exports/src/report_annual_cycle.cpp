// Årshjul för samverkan och uppföljning (domain.md §4.2 item 9) as a month table; the same
// events go to the .ics calendar (write_ics).
#include "annual_cycle.hpp"
#include "report_cells.hpp"

#include <map>

namespace skm::exports::report {
namespace {

const char* month_name(int m, Lang l) {
    static const char* sv[] = {"januari",   "februari", "mars",     "april",
                               "maj",       "juni",     "juli",     "augusti",
                               "september", "oktober",  "november", "december"};
    static const char* en[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
    // Months outside 1..12 wrap (never a negative index); one array per branch, because GCC 12
    // with ASan reports the conditional array expression as maybe-uninitialized.
    const int i = ((m - 1) % 12 + 12) % 12;
    return l == Lang::Sv ? sv[i] : en[i];
}

} // namespace

void add_annual_cycle_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "annual-cycle";
    s.title = c.t("Årshjul", "Annual cycle");
    const auto events = annual_cycle(c.m, c.lang);
    const Date start = cycle_start(c.m);
    s.blocks.push_back(Paragraph{
        c.t("Tolv månader från nulägesdatumet: forumens möten efter deras mötesfrekvens, "
            "uppföljningar, revideringar, giltighetstider och planerade förändringar. Modellen "
            "anger hur ofta ett forum möts, inte vilka dagar: antalet möten per månad följer "
            "frekvensen, datumen bestämmer forumet självt. Samma händelser finns som kalenderfil "
            "(.ics).",
            "Twelve months from the snapshot date: forum meetings by their frequency, follow-ups, "
            "reviews, validity ends and planned changes. The model says how often a forum meets, "
            "not on which days: the number of meetings per month follows the frequency, the "
            "forum sets the dates. The same events are available as a calendar file (.ics).")});
    Table t;
    t.kind = "annual-cycle";
    t.wide = true;
    t.caption = s.title;
    t.headers = {c.t("Månad", "Month"), c.t("Forummöten", "Forum meetings"),
                 c.t("Uppföljning", "Follow-up"), c.t("Styrdokument", "Documents"),
                 c.t("Förändringar", "Changes")};
    for (int k = 0; k < 12; ++k) {
        const Date m0 = start.plus_months(k), m1 = start.plus_months(k + 1);
        std::map<Id, int> meetings; // forum → meetings this month, in first-seen order below
        std::vector<Id> order;
        Cell follow, docs, changes;
        for (const auto& e : events) {
            if (e.date < m0 || !(e.date < m1)) continue;
            switch (e.kind) {
            case CycleKind::Meeting:
                if (!meetings.count(e.element)) order.push_back(e.element);
                ++meetings[e.element];
                break;
            case CycleKind::FollowUp:
                follow.push_back(value_item(e.what, e.element));
                break;
            case CycleKind::Review:
            case CycleKind::ValidTo:
                docs.push_back(value_item(e.date.str() + " " + e.what, e.element));
                break;
            case CycleKind::Change:
            case CycleKind::Ends:
                changes.push_back(value_item(e.date.str() + " " + e.what, e.element));
                break;
            }
        }
        Cell meet;
        for (const auto& id : order)
            meet.push_back(value_item(element_name(c, id) +
                                          (meetings[id] > 1 ? " (" + std::to_string(meetings[id]) +
                                                                  c.t(" möten)", " meetings)")
                                                            : ""),
                                      id));
        t.rows.push_back(
            {value_cell(std::string(month_name(m0.month, c.lang)) + " " + std::to_string(m0.year)),
             meet, follow, docs, changes});
        t.row_ids.emplace_back();
    }
    s.blocks.push_back(std::move(t));
    out.push_back(std::move(s));
}

} // namespace skm::exports::report
