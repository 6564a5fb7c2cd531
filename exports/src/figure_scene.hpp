#pragma once
// A figure page as a flat list of drawing primitives in page coordinates (points, origin top
// left). One scene is built per page from a laid-out render::Geometry; the SVG writer and the
// cairo writer (PDF, PNG) each only serialise it, so the three formats cannot drift apart.
#include "skm/geometry.hpp"

#include <string>
#include <vector>

namespace skm::exports::figure {

using render::LineStyle;
using render::Point;
using render::Rect;
using render::Rgba;

constexpr Rgba kNone = 0; // no paint (alpha 0)

struct Paint {
    Rgba fill = kNone;
    Rgba stroke = kNone;
    double width = 1.0;
    LineStyle style = LineStyle::Solid;
};

enum class TextAnchor { Start, Middle, End };

struct Item {
    enum class Kind {
        Begin,     // a group: id, cls and title (the tooltip) — an element of the model
        End,       // closes the innermost group
        ClipBegin, // clip everything until ClipEnd to `rect`
        ClipEnd,
        Rect,    // rect, radius
        Ellipse, // within rect
        Polygon, // points, closed
        Polyline,
        Bezier, // points: 1 + 3k cubic control points
        Text,   // one line: text at pos (baseline), size, bold, anchor
    };
    Kind kind = Kind::Rect;
    Paint paint;
    Rect rect;
    double radius = 0;
    std::vector<Point> points;
    std::string text; // Text: the line; Begin: the title
    Point pos;
    double size = 10;
    bool bold = false;
    TextAnchor anchor = TextAnchor::Start;
    std::string id, cls; // Begin
};

struct Scene {
    double width = 0, height = 0; // the page, points
    std::string title;            // document title (SVG <title>, PDF metadata)
    std::string lang = "sv";      // BCP 47 tag for the document
    std::vector<Item> items;

    void begin(std::string id, std::string cls, std::string title);
    void end();
    void rect(Rect r, Paint p, double radius = 0);
    void ellipse(Rect r, Paint p);
    void polygon(std::vector<Point> pts, Paint p);
    void polyline(std::vector<Point> pts, Paint p);
    void bezier(std::vector<Point> pts, Paint p);
    void text(std::string line, Point baseline, double size, Rgba color, TextAnchor a,
              bool bold = false);
    void clip(Rect r);
    void unclip();

    // The smallest text size on the page (points), 0 when there is no text.
    double smallest_text() const;
};

} // namespace skm::exports::figure
