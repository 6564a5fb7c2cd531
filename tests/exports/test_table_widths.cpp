// Column widths of the report's Word tables: every column holds its longest word (up to the
// length beyond which Swedish hyphenation takes over), no column is wider than its longest line,
// and a column with more text gets more of the width than a column of single words.
#include "../../exports/src/table_widths.hpp"
#include "../../exports/src/text_metrics.hpp"

#include <doctest/doctest.h>

#include <numeric>

using namespace skm::exports;

namespace {

Table handoff_like() {
    Table t;
    t.headers = {"Typ", "Kanal", "Återkoppling"};
    for (int i = 0; i < 6; ++i)
        t.rows.push_back(
            {{Item{"anmälan", "", CellState::Value}},
             {Item{"telefon", "", CellState::Value}},
             {Item{"Återkoppling till anmälaren per telefon eller brev inom två veckor, med "
                   "besked om utredning inleds och vem som är handläggare på Familjeenheten",
                   "", CellState::Value}}});
    return t;
}

} // namespace

TEST_CASE("docx table widths: shares add up, long text gets room, short columns keep words") {
    const Table t = handoff_like();
    const double width = 453.5; // 16 cm
    const auto s = docx::column_shares(t, width);
    REQUIRE(s.size() == 3);
    CHECK(std::accumulate(s.begin(), s.end(), 0.0) == doctest::Approx(1.0));
    CHECK(s[2] > 2 * s[0]);
    CHECK(s[2] > 2 * s[1]);
    // The one-word columns are at least as wide as their words plus the cell's margins.
    CHECK(s[0] * width >= figure::text_width("anmälan", docx::kTableTextPt) + 10);
    CHECK(s[1] * width >= figure::text_width("telefon", docx::kTableTextPt) + 10);
}

TEST_CASE("docx table widths: a table whose lines all fit keeps each column to its line") {
    Table t;
    t.headers = {"Forum", "Nivå"};
    t.rows.push_back({{Item{"BUS styrgrupp", "", CellState::Value}},
                      {Item{"Förvaltningsnivå", "", CellState::Value}}});
    const auto s = docx::column_shares(t, 453.5);
    REQUIRE(s.size() == 2);
    // Both fit on one line; the shares follow the lines' widths.
    const double a = figure::text_width("BUS styrgrupp", docx::kTableTextPt),
                 b = figure::text_width("Förvaltningsnivå", docx::kTableTextPt);
    CHECK((s[0] < s[1]) == (a < b));
    CHECK(s[0] + s[1] == doctest::Approx(1.0));
}

TEST_CASE("docx table widths: an empty table and one without rows give valid shares") {
    Table none;
    CHECK(docx::column_shares(none, 453.5).empty());
    Table heads;
    heads.headers = {"A", "B", "C"};
    const auto s = docx::column_shares(heads, 453.5);
    REQUIRE(s.size() == 3);
    CHECK(std::accumulate(s.begin(), s.end(), 0.0) == doctest::Approx(1.0));
    for (double v : s)
        CHECK(v > 0);
}
