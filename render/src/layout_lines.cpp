#include "layout_lines.hpp"

#include <sstream>

namespace skm::render::detail {
namespace {

bool read_point(std::istringstream& in, Point& p) {
    return static_cast<bool>(in >> p.x >> p.y);
}

} // namespace

bool parse_layout_lines(const std::string& text, RawLayout& out, std::string& error) {
    std::istringstream lines(text);
    std::string line;
    bool have_bounds = false;
    int line_no = 0;
    while (std::getline(lines, line)) {
        ++line_no;
        if (line.empty()) continue;
        std::istringstream in(line);
        std::string kind, name;
        in >> kind;
        bool ok = true;
        if (kind == "bounds") {
            ok = static_cast<bool>(in >> out.width >> out.height);
            have_bounds = ok;
        } else if (kind == "node") {
            RawNode n;
            ok = (in >> name) && read_point(in, n.centre) && (in >> n.w >> n.h);
            if (ok) out.nodes[name] = n;
        } else if (kind == "edge") {
            RawEdge e;
            int sflag = 0, eflag = 0, lflag = 0, count = 0;
            ok = (in >> name >> sflag) && read_point(in, e.start_tip) && (in >> eflag) &&
                 read_point(in, e.end_tip) && (in >> lflag) && read_point(in, e.label_pos) &&
                 (in >> count) && count >= 0 && count < 1000000;
            for (int i = 0; ok && i < count; ++i) {
                Point p;
                ok = read_point(in, p);
                e.points.push_back(p);
            }
            e.has_start = sflag != 0;
            e.has_end = eflag != 0;
            e.has_label = lflag != 0;
            if (ok) out.edges[name] = std::move(e);
        } else if (kind == "cluster") {
            RawCluster c;
            int lflag = 0;
            ok = (in >> name >> c.box.x >> c.box.y >> c.box.w >> c.box.h >> lflag) &&
                 read_point(in, c.label_pos);
            c.has_label = lflag != 0;
            if (ok) out.clusters[name] = c;
        } else {
            ok = false;
        }
        if (!ok) {
            error = "layoutsvaret är trasigt på rad " + std::to_string(line_no);
            return false;
        }
    }
    if (!have_bounds) {
        error = "layoutsvaret saknar storlek";
        return false;
    }
    return true;
}

} // namespace skm::render::detail
