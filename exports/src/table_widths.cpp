// Word and LibreOffice break a word that does not fit its column in the middle ("Familjeen" /
// "heten"), and a column's share of the width decides how tall its rows grow. Each column has a
// minimum (its longest word, up to about eight letters: longer compounds are hyphenated, the
// document asks for automatic Swedish hyphenation), a maximum (its longest line: a column is
// never wider than its text needs) and a weight, the square root of the text it holds per row
// (widths in proportion to that root keep the rows of mixed short and long columns low). The
// width is shared by weight, clamped to each column's minimum and maximum, until it settles.
// Texts are measured in DejaVu Sans, as wide as LibreOffice's stand-in for Word's Cambria.
#include "table_widths.hpp"

#include "text_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace skm::exports::docx {
namespace {

// A cell's left and right margins in Word's default table style (0.19 cm each) and a border.
constexpr double kCellPaddingPt = 2 * 5.4 + 1;

// Longer words are hyphenated rather than given their whole length.
constexpr double kLongestWordPt = 44;

struct Extent {
    double min = 0, max = 0, text = 0;
};

void measure(Extent& e, const std::string& text, bool bold) {
    std::string line, word;
    auto end_word = [&] {
        if (!word.empty())
            e.min = std::max(
                e.min, std::min(kLongestWordPt, figure::text_width(word, kTableTextPt, bold)));
        word.clear();
    };
    auto end_line = [&] {
        end_word();
        if (!line.empty()) {
            const double w = figure::text_width(line, kTableTextPt, bold);
            e.max = std::max(e.max, w);
            e.text += w;
        }
        line.clear();
    };
    for (char ch : text) {
        if (ch == '\n') {
            end_line();
            continue;
        }
        if (ch == ' ' || ch == '\t')
            end_word();
        else
            word += ch;
        line += ch;
    }
    end_line();
}

} // namespace

std::vector<double> column_shares(const Table& t, double width_pt) {
    const std::size_t n = t.headers.size();
    std::vector<double> w(n, 0);
    if (n == 0) return w;
    std::vector<Extent> cols(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!t.key_value) measure(cols[i], t.headers[i], true);
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < row.size() && i < n; ++i)
            for (const auto& it : row[i])
                measure(cols[i], it.text, t.key_value && i == 0);
    const double rows = static_cast<double>(std::max<std::size_t>(1, t.rows.size()));
    double sum_min = 0, sum_max = 0;
    std::vector<double> weight(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& c = cols[i];
        c.min += kCellPaddingPt;
        c.max = std::max(c.max + kCellPaddingPt, c.min);
        sum_min += c.min;
        sum_max += c.max;
        weight[i] = std::sqrt(std::max(1.0, c.text / rows));
    }
    if (sum_max <= width_pt) {
        // Everything fits on one line: each column its longest line, the rest shared alike.
        for (std::size_t i = 0; i < n; ++i)
            w[i] = cols[i].max;
    } else if (sum_min >= width_pt) {
        for (std::size_t i = 0; i < n; ++i)
            w[i] = cols[i].min;
    } else {
        std::vector<bool> fixed(n, false);
        for (bool changed = true; changed;) {
            changed = false;
            double room = width_pt, weights = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (fixed[i])
                    room -= w[i];
                else
                    weights += weight[i];
            }
            for (std::size_t i = 0; i < n && weights > 0; ++i) {
                if (fixed[i]) continue;
                w[i] = room * weight[i] / weights;
            }
            // Clamp the one column furthest outside its bounds, then share out again.
            std::size_t worst = n;
            double by = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (fixed[i]) continue;
                const double out = std::max(cols[i].min - w[i], w[i] - cols[i].max);
                if (out > by + 1e-9) {
                    by = out;
                    worst = i;
                }
            }
            if (worst < n) {
                w[worst] = std::clamp(w[worst], cols[worst].min, cols[worst].max);
                fixed[worst] = true;
                changed = true;
            }
        }
    }
    double total = 0;
    for (double v : w)
        total += v;
    for (double& v : w)
        v = total > 0 ? v / total : 1.0 / static_cast<double>(n);
    return w;
}

} // namespace skm::exports::docx
