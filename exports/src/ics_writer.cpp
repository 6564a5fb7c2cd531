// The annual cycle as an iCalendar file (RFC 5545): one all-day event per entry, with stable
// UIDs so re-importing the calendar updates the entries instead of doubling them.
#include "annual_cycle.hpp"
#include "skm/report.hpp"

namespace skm::exports {
namespace {

std::string ics_text(const std::string& s) {
    std::string out;
    for (unsigned char ch : s) {
        if (ch == '\\' || ch == ';' || ch == ',') {
            out += '\\';
            out += static_cast<char>(ch);
        } else if (ch == '\n')
            out += "\\n";
        else if (ch >= 0x20 && ch != 0x7F)
            out += static_cast<char>(ch);
    }
    return out;
}

std::string ymd(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
    return buf;
}

// Lines longer than 75 octets fold onto continuation lines starting with a space, never inside
// a UTF-8 sequence.
void line(std::string& out, const std::string& text) {
    std::size_t at = 0, limit = 75;
    while (text.size() - at > limit) {
        std::size_t cut = at + limit;
        while (cut > at && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        out += text.substr(at, cut - at) + "\r\n ";
        at = cut;
        limit = 74;
    }
    out += text.substr(at) + "\r\n";
}

std::string uid_part(const std::string& s) {
    std::string out;
    for (unsigned char ch : s)
        out += (std::isalnum(ch) || ch == '-' || ch == '.') ? static_cast<char>(ch) : '_';
    return out;
}

} // namespace

std::string write_ics(const Model& m, Lang l) {
    const bool sv = l == Lang::Sv;
    std::string o;
    line(o, "BEGIN:VCALENDAR");
    line(o, "VERSION:2.0");
    line(o, "PRODID:-//Samverkanskartan//Arshjul//" + std::string(sv ? "SV" : "EN"));
    line(o, "CALSCALE:GREGORIAN");
    line(o, "X-WR-CALNAME:" + ics_text((sv ? "Årshjul – " : "Annual cycle – ") + m.info.name));
    const std::string stamp =
        ymd(m.info.snapshot.year > 0 ? m.info.snapshot : Date{2000, 1, 1}) + "T000000Z";
    int serial = 0;
    for (const auto& e : annual_cycle(m, l)) {
        line(o, "BEGIN:VEVENT");
        line(o, "UID:" + uid_part(m.info.id) + "-" + uid_part(e.element) + "-" + ymd(e.date) + "-" +
                    std::to_string(++serial) + "@samverkanskartan");
        line(o, "DTSTAMP:" + stamp);
        line(o, "DTSTART;VALUE=DATE:" + ymd(e.date));
        line(o, "SUMMARY:" + ics_text(e.what));
        if (e.spread)
            line(o, "DESCRIPTION:" +
                        ics_text(sv ? "Planerat efter mötesfrekvensen i samverkanskartan; forumet "
                                      "bestämmer dagen."
                                    : "Placed by the meeting frequency in the collaboration map; "
                                      "the forum sets the day."));
        line(o, "TRANSP:TRANSPARENT");
        line(o, "END:VEVENT");
    }
    line(o, "END:VCALENDAR");
    return o;
}

} // namespace skm::exports
