#pragma once
// Where a figure goes and how a laid-out map is put on it: the page sizes (A4, A3, a 16 cm text
// width for a Word page, a 16:9 slide), the scale that keeps every text legible, and the split
// into several pages when a map cannot fit at that scale. Never shrinks below legibility.
#include "figure_scene.hpp"
#include "skm/diagram_export.hpp"
#include "skm/geometry.hpp"

#include <string>
#include <vector>

namespace skm::exports::figure {

// Text sizes the layout uses for what the geometry does not size itself (see render's DOT).
inline constexpr double kEdgeLabelSize = 12;
inline constexpr double kClusterLabelSize = 16;
// Fixed sizes on every page, whatever the map's scale (points).
inline constexpr double kHeadingSize = 14;
inline constexpr double kSublineSize = 9;
inline constexpr double kLegendSize = 8;
inline constexpr double kNoteSize = 8;

struct PageFormat {
    double width = 0, height = 0; // the sheet (points)
    double margin = 0;
    bool crop = false;        // the page shrinks to the figure (SVG/PNG on paper, text width)
    bool fixed_width = false; // text width: the width stays, only the height shrinks
    double min_body = 8;      // node labels at least this size on the page
    double min_text = 7;      // any other text at least this size
    double max_scale = 1;     // how far a small map may grow
    std::string name;         // "A4 liggande", for messages
};

PageFormat page_format(Paper paper, bool landscape, Format format, Lang lang);

// One page: which part of which laid-out map, at what scale, and what continues where.
struct PagePlan {
    const render::Geometry* geo = nullptr;
    Rect window; // in the geometry's coordinates
    double scale = 1;
    std::string part; // "Nivå: Verksamhetsnivå", "Del 2 av 4" …; empty for a whole map
    std::vector<std::string> notes;
    // A continued page of a process with lanes as columns repeats the lanes' names in a strip
    // at its top (like a table's header row), so every page says whose column is whose.
    bool lane_heads = false;
    // A continued page whose top cuts through a level band (the structure map) names that band
    // in the same strip ("Förvaltningsnivå (forts.)"), since its name stayed on the page before.
    bool band_heads = false;
};

// The height of that strip on the printed page (points).
inline constexpr double kLaneHeadStrip = 16;

// The level band a page starting at `y` cuts through, or nullptr.
const render::GeoCluster* continued_band(const render::Geometry& g, double y);

// The part of a geometry that is drawn: clusters, nodes, edges and labels (not the legend box).
Rect content_bounds(const render::Geometry& g);

// The smallest scale at which every text of `g` meets the format's minimum sizes.
double min_legible_scale(const render::Geometry& g, const PageFormat& f);

// The heading broken into lines no wider than `width` at the heading's fixed size (a long
// model name on a portrait page wraps instead of running off the sheet).
std::vector<std::string> heading_lines(const std::string& heading, double width);

// The map area of a page, given the heading, the legend and a footer note line.
struct Frame {
    Rect map;
    double legend_top = 0;
    double footer_baseline = 0;
};

struct Decor {
    std::string heading; // empty: no heading
    std::string subline; // under the heading (dates)
    std::vector<render::LegendEntry> legend;
    bool footer = false; // the page carries a note line (several pages)
};

Frame frame_for(const PageFormat& f, const Decor& d, double page_w, double page_h);
double legend_height(const std::vector<render::LegendEntry>& legend, double width);

// Plans the pages for one laid-out map: one page when it fits at a legible scale, otherwise a
// grid of pages cut between nodes where possible.
std::vector<PagePlan> plan_pages(const render::Geometry& g, const PageFormat& f, const Decor& d,
                                 Lang lang);

// True when the layout holds only the renderer's "nothing to show" message.
bool is_empty_view(const render::Geometry& g, std::string* message = nullptr);

// Draws one planned page. `page_no`/`page_count` go into the subline when there are several.
Scene draw_page(const PagePlan& p, const PageFormat& f, const Decor& d, int page_no, int page_count,
                Lang lang);

} // namespace skm::exports::figure
