#pragma once
// Column widths for the report's tables in Word and OpenDocument (see table_widths.cpp).
#include "skm/report.hpp"

#include <vector>

namespace skm::exports::docx {

// The table's text size in Word and OpenDocument (points); style_tables sets the same.
inline constexpr double kTableTextPt = 10;

// The columns' shares of `width_pt` (they add up to 1): every column at least as wide as its
// longest word, the rest shared out by how much text each column holds on one line, as a
// browser's automatic table layout does.
std::vector<double> column_shares(const Table& t, double width_pt);

} // namespace skm::exports::docx
