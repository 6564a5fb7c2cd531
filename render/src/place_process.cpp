// Process map as a cross-functional flowchart: one lane per actor (the process's lanes, then
// any other performer or participant of a step), all lanes the same length; steps in sequence
// columns so that every step lies after all its predecessors whatever its lane; numbered steps;
// a step performed by several adjacent lanes spans them, other lanes that take part get a mark
// with the step's number; orthogonal connectors routed by Graphviz on our pinned positions;
// loops back dashed. Left to right, or top to bottom (lanes as columns) for portrait pages.
#include "place_process.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "text_metrics.hpp"
#include "text_wrap.hpp"

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <unordered_map>

namespace skm::render::detail {
namespace {

constexpr double kMargin = 16;
constexpr double kLaneHeader = 150; // the lane-name column (row, when vertical)
constexpr double kStepWidth = 164;  // text boxes
constexpr double kColumnGap = 64;   // between sequence columns: room for connectors and labels
constexpr double kLanePad = 16;     // around steps inside a lane
constexpr double kMinLane = 74;
constexpr double kMarkW = 46, kMarkH = 26;
constexpr double kStepSize = 11;

constexpr Rgba kLaneFills[] = {0xF4F7FBFF, 0xFBF9F4FF};
constexpr Rgba kFlowColor = 0x333333FF, kHandoffColor = 0x1F4E79FF, kLoopColor = 0x6B6B6BFF;

struct StepLook {
    NodeShape shape;
    Rgba fill;
    double pen;
    const char* key;
};

StepLook look_of(StepType t) {
    switch (t) {
    case StepType::Start:
        return {NodeShape::Ellipse, 0xDFF0D8FF, 1.4, "step:start"};
    case StepType::Slut:
        return {NodeShape::Ellipse, 0xF2DEDEFF, 2.6, "step:end"};
    case StepType::Beslut:
        return {NodeShape::Diamond, 0xFFF3C4FF, 1.4, "step:decision"};
    case StepType::Mote:
        return {NodeShape::RoundedBox, 0xDCE9F7FF, 1.4, "step:meeting"};
    case StepType::Samtycke:
        return {NodeShape::Note, 0xEDE4F7FF, 1.4, "step:consent"};
    default:
        return {NodeShape::RoundedBox, 0xFFFFFFFF, 1.4, "step:activity"};
    }
}

void register_legend(Scene& s) {
    const Lang l = s.lang;
    auto swatch = [&](const char* key, StepType t, std::string label) {
        const StepLook lk = look_of(t);
        LegendEntry e;
        e.label = std::move(label);
        e.shape = lk.shape;
        e.fill = lk.fill;
        e.width = lk.pen;
        s.legend(key, e);
    };
    swatch("step:start", StepType::Start, tr(l, "Start", "Start"));
    swatch("step:activity", StepType::Aktivitet,
           tr(l, "Aktivitet (kallelse, uppföljning …)", "Activity (summons, follow-up …)"));
    swatch("step:meeting", StepType::Mote, tr(l, "Möte", "Meeting"));
    swatch("step:consent", StepType::Samtycke, tr(l, "Samtycke", "Consent"));
    swatch("step:decision", StepType::Beslut, tr(l, "Beslut", "Decision"));
    swatch("step:end", StepType::Slut, tr(l, "Slut", "End"));
    LegendEntry perf;
    perf.label = tr(l, "3 = utför också steg 3", "3 = also performs step 3");
    perf.shape = NodeShape::RoundedBox;
    perf.width = 1.2;
    s.legend("mark:performs", perf);
    LegendEntry part = perf;
    part.label = tr(l, "3 = deltar i steg 3", "3 = takes part in step 3");
    part.style = LineStyle::Dashed;
    part.fill = 0xFFFFFFFF;
    s.legend("mark:present", part);
    LegendEntry flow;
    flow.kind = LegendKind::Line;
    flow.label = tr(l, "Nästa steg", "Next step");
    flow.stroke = kFlowColor;
    flow.width = 1.4;
    flow.arrow_end = true;
    s.legend("flow:same", flow);
    LegendEntry hand = flow;
    hand.label = tr(l, "Överlämning mellan simbanor", "Handoff between lanes");
    hand.stroke = kHandoffColor;
    hand.width = 2.2;
    s.legend("flow:handoff", hand);
    LegendEntry loop = flow;
    loop.label = tr(l, "Tillbaka till ett tidigare steg", "Back to an earlier step");
    loop.stroke = kLoopColor;
    loop.style = LineStyle::Dashed;
    s.legend("flow:loop", loop);
    LegendEntry share = flow;
    share.label = tr(l, "Steget och dess märken", "A step and its marks");
    share.stroke = 0x8A8A8AFF;
    share.style = LineStyle::Dotted;
    share.width = 1.0;
    share.arrow_end = false;
    s.legend("share", share);
}

struct StepInfo {
    const Step* step = nullptr;
    std::vector<int> lanes;   // performer lanes (indices), in the step's order
    std::vector<int> present; // participant lanes not among the performers
    int lo = 0, hi = 0;       // the lane range the step's column slot takes
    bool spans = false;       // performers are adjacent lanes: one box over all of them
    int column = 0;
    int number = 0;
    int node = -1;
};

// Lines of a step's text with its number in front ("3." bold, then the name).
struct StepText {
    std::vector<Line> lines;
    double number_w = 0;
    std::string number;
};

StepText step_text(const Step& s, int number, double width) {
    StepText st;
    const bool event = s.type == StepType::Start || s.type == StepType::Slut;
    if (!event && number > 0) {
        st.number = std::to_string(number) + ".";
        st.number_w = text_width(st.number + " ", kStepSize, true);
    }
    const std::string name = s.name.empty() && !event ? s.id : s.name;
    for (auto& l : wrap_text(name, width, kStepSize, false, kMaxLabelChars, st.number_w))
        st.lines.push_back({std::move(l), kStepSize, false, kInk});
    if (st.lines.size() == 1 && st.lines[0].text.empty()) st.lines.clear();
    return st;
}

// Places a step's text block centred in its box, the number in front of the first line.
void place_step_text(SNode& n, const StepText& st, double cy) {
    const FontMetrics fm = font_metrics();
    const double lh = kStepSize * fm.line_height;
    double y = cy - lh * static_cast<double>(st.lines.size()) / 2;
    for (std::size_t i = 0; i < st.lines.size(); ++i) {
        const double w = text_width(st.lines[i].text, kStepSize, false);
        const double lead = i == 0 ? st.number_w : 0;
        double x = (n.box.w - w - lead) / 2;
        if (i == 0 && !st.number.empty()) {
            GeoText num;
            num.text = st.number;
            num.size = kStepSize;
            num.bold = true;
            num.color = kInk;
            num.box = {x, y, text_width(st.number, kStepSize, true), lh};
            num.baseline = y + kStepSize * fm.ascent;
            n.texts.push_back(num);
            x += lead;
        }
        GeoText t;
        t.text = st.lines[i].text;
        t.size = kStepSize;
        t.color = kInk;
        t.box = {x, y, w, lh};
        t.baseline = y + kStepSize * fm.ascent;
        n.texts.push_back(std::move(t));
        y += lh;
    }
}

// Box size for a step's text: boxes fit the text with padding; an ellipse or a diamond
// circumscribes the text block.
void size_step(SNode& n, const StepText& st, StepType type) {
    const FontMetrics fm = font_metrics();
    double tw = 0;
    for (std::size_t i = 0; i < st.lines.size(); ++i)
        tw = std::max(tw, text_width(st.lines[i].text, kStepSize) + (i == 0 ? st.number_w : 0));
    const double th = kStepSize * fm.line_height * static_cast<double>(st.lines.size());
    double w = 0, h = 0;
    if (type == StepType::Beslut) {
        // A centred a×b rectangle fits a diamond of half-diagonals A, B when a/A + b/B ≤ 1;
        // A = a + r·b, B = b + a/r does so with the diamond's aspect r.
        const double a = tw / 2 + 4, b = th / 2 + 2, r = 1.5;
        w = 2 * (a + r * b);
        h = 2 * (b + a / r);
    } else if (type == StepType::Start || type == StepType::Slut) {
        w = std::max(64.0, tw * 1.42 + 10);
        h = std::max(34.0, th * 1.42 + 8);
    } else {
        w = kStepWidth;
        h = std::max(40.0, th + 2 * kPad);
    }
    n.box.w = w;
    n.box.h = h;
    place_step_text(n, st, h / 2);
}

} // namespace

Scene build_process(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    Lookup look(m, lang);
    Scene s;
    s.lang = lang;
    s.engine = Scene::Engine::Pinned;
    s.splines = "ortho";
    const Process* p = nullptr;
    for (const auto& pr : m.processes)
        if (pr.id == view.process) {
            p = &pr;
            break;
        }
    if (!p) {
        s.title = m.info.name;
        s.message = tr(lang, "Processen finns inte: ", "No such process: ") + view.process;
        return s;
    }
    s.title = m.info.name + " – " + tr(lang, "Process: ", "Process: ") + p->name;
    if (p->steps.empty()) {
        s.message = tr(lang, "Processen har inga steg", "The process has no steps");
        return s;
    }
    register_legend(s);
    const bool vertical = view.lanes == LaneFlow::TopToBottom ||
                          (view.lanes == LaneFlow::Auto && view.page_height > 0 &&
                           view.page_height > view.page_width);
    s.lanes_vertical = vertical;

    // Lanes: the process's own, then other performers, then participants, in first appearance.
    std::vector<Id> lanes;
    std::unordered_map<Id, int> lane_index;
    auto add_lane = [&](const Id& id) {
        if (id.empty() || lane_index.count(id)) return;
        lane_index[id] = static_cast<int>(lanes.size());
        lanes.push_back(id);
    };
    for (const auto& l : p->lanes)
        add_lane(l);
    for (const auto& st : p->steps)
        for (const auto& l : st.lanes)
            add_lane(l);
    for (const auto& st : p->steps)
        for (const auto& l : st.participants)
            add_lane(l);

    const std::size_t n = p->steps.size();
    std::unordered_map<Id, int> step_of;
    for (std::size_t i = 0; i < n; ++i)
        step_of.emplace(p->steps[i].id, static_cast<int>(i));
    std::vector<std::vector<int>> next(n), prev(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto& t : p->steps[i].next)
            if (auto it = step_of.find(t); it != step_of.end()) {
                next[i].push_back(it->second);
                prev[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(i));
            }

    // Loops back: edges to a step on the current depth-first path, searched from the start
    // steps first, then from every other step in model order.
    std::set<std::pair<int, int>> back;
    {
        std::vector<int> state(n, 0); // 0 new, 1 on the path, 2 done
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < n; ++i)
            if (p->steps[i].type == StepType::Start) order.push_back(i);
        for (std::size_t i = 0; i < n; ++i)
            if (p->steps[i].type != StepType::Start) order.push_back(i);
        for (std::size_t root : order) {
            if (state[root]) continue;
            std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
            state[root] = 1;
            while (!stack.empty()) {
                auto& [v, k] = stack.back();
                if (k < next[v].size()) {
                    const auto w = static_cast<std::size_t>(next[v][k++]);
                    if (state[w] == 1)
                        back.insert({static_cast<int>(v), static_cast<int>(w)});
                    else if (state[w] == 0) {
                        state[w] = 1;
                        stack.push_back({w, 0});
                    }
                } else {
                    state[v] = 2;
                    stack.pop_back();
                }
            }
        }
    }

    // Performer lanes; a start or end without one joins its neighbour's lane.
    std::vector<StepInfo> info(n);
    for (std::size_t i = 0; i < n; ++i) {
        info[i].step = &p->steps[i];
        for (const auto& l : p->steps[i].lanes)
            if (std::find(info[i].lanes.begin(), info[i].lanes.end(), lane_index[l]) ==
                info[i].lanes.end())
                info[i].lanes.push_back(lane_index[l]);
    }
    auto first_lane_of = [&](const std::vector<int>& nbrs) {
        for (int k : nbrs)
            if (!info[static_cast<std::size_t>(k)].lanes.empty())
                return info[static_cast<std::size_t>(k)].lanes.front();
        return -1;
    };
    bool no_lane = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!info[i].lanes.empty()) continue;
        const StepType t = p->steps[i].type;
        int l = t == StepType::Slut ? first_lane_of(prev[i]) : first_lane_of(next[i]);
        if (l < 0) l = t == StepType::Slut ? first_lane_of(next[i]) : first_lane_of(prev[i]);
        if (l < 0) {
            no_lane = true;
            l = -2; // resolved below, once the "no lane" lane has its index
        }
        info[i].lanes.push_back(l);
    }
    if (no_lane) {
        lane_index[""] = static_cast<int>(lanes.size());
        lanes.push_back("");
        for (auto& si : info)
            for (auto& l : si.lanes)
                if (l == -2) l = lane_index[""];
    }
    std::vector<bool> lane_used(lanes.size(), false);
    for (std::size_t i = 0; i < n; ++i) {
        auto& si = info[i];
        for (int l : si.lanes)
            lane_used[static_cast<std::size_t>(l)] = true;
        for (const auto& pa : p->steps[i].participants) {
            const int l = lane_index[pa];
            if (std::find(si.lanes.begin(), si.lanes.end(), l) == si.lanes.end() &&
                std::find(si.present.begin(), si.present.end(), l) == si.present.end())
                si.present.push_back(l);
            lane_used[static_cast<std::size_t>(l)] = true;
        }
        std::vector<int> sorted = si.lanes;
        std::sort(sorted.begin(), sorted.end());
        si.spans = sorted.size() > 1 &&
                   sorted.back() - sorted.front() + 1 == static_cast<int>(sorted.size());
        si.lo = sorted.front();
        si.hi = sorted.back();
        for (int l : si.present)
            si.lo = std::min(si.lo, l), si.hi = std::max(si.hi, l);
    }
    // A lane with nothing in it (a process lane no step uses) would be an empty strip: left out.
    {
        std::vector<int> remap(lanes.size(), -1);
        std::vector<Id> used;
        for (std::size_t l = 0; l < lanes.size(); ++l)
            if (lane_used[l]) {
                remap[l] = static_cast<int>(used.size());
                used.push_back(lanes[l]);
            }
        lanes = used;
        for (auto& si : info) {
            for (auto& l : si.lanes)
                l = remap[static_cast<std::size_t>(l)];
            for (auto& l : si.present)
                l = remap[static_cast<std::size_t>(l)];
            si.lo = remap[static_cast<std::size_t>(si.lo)];
            si.hi = remap[static_cast<std::size_t>(si.hi)];
        }
    }

    // Sequence columns: each step after all its (non-loop) predecessors, in topological order
    // with the model's order breaking ties; a step moves further right while its column slot is
    // taken in any lane of its range.
    {
        std::vector<int> indeg(n, 0);
        for (std::size_t v = 0; v < n; ++v)
            for (int w : next[v])
                if (!back.count({static_cast<int>(v), w})) ++indeg[static_cast<std::size_t>(w)];
        std::priority_queue<int, std::vector<int>, std::greater<>> ready;
        for (std::size_t v = 0; v < n; ++v)
            if (indeg[v] == 0) ready.push(static_cast<int>(v));
        std::map<int, std::vector<std::pair<int, int>>> taken; // column → lane ranges
        std::vector<int> min_col(n, 0);
        int number = 0;
        std::vector<int> topo;
        while (!ready.empty()) {
            const int v = ready.top();
            ready.pop();
            topo.push_back(v);
            auto& si = info[static_cast<std::size_t>(v)];
            int c = min_col[static_cast<std::size_t>(v)];
            auto clash = [&](int col) {
                for (const auto& [lo, hi] : taken[col])
                    if (!(si.hi < lo || hi < si.lo)) return true;
                return false;
            };
            while (clash(c))
                ++c;
            si.column = c;
            taken[c].push_back({si.lo, si.hi});
            for (int w : next[static_cast<std::size_t>(v)]) {
                if (back.count({v, w})) continue;
                auto& mc = min_col[static_cast<std::size_t>(w)];
                mc = std::max(mc, c + 1);
                if (--indeg[static_cast<std::size_t>(w)] == 0) ready.push(w);
            }
        }
        // Numbers follow the reading order: by column, then lane.
        std::vector<int> order = topo;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto& x = info[static_cast<std::size_t>(a)];
            const auto& y = info[static_cast<std::size_t>(b)];
            return x.column != y.column ? x.column < y.column : x.lo < y.lo;
        });
        for (int v : order) {
            const StepType t = p->steps[static_cast<std::size_t>(v)].type;
            if (t != StepType::Start && t != StepType::Slut)
                info[static_cast<std::size_t>(v)].number = ++number;
        }
    }
    int columns = 0;
    for (const auto& si : info)
        columns = std::max(columns, si.column + 1);

    // Nodes with their sizes.
    for (std::size_t i = 0; i < n; ++i) {
        auto& si = info[i];
        const Step& st = *si.step;
        SNode node;
        node.element = p->id + "." + st.id;
        node.kind = NodeKind::Step;
        node.number = si.number;
        const StepLook lk = look_of(st.type);
        node.shape = lk.shape;
        node.fill = lk.fill;
        node.pen = lk.pen;
        node.legend.push_back(lk.key);
        const double text_w = st.type == StepType::Beslut ? 112
                              : st.type == StepType::Start || st.type == StepType::Slut
                                  ? 104
                                  : kStepWidth - 2 * kPad;
        size_step(node, step_text(st, si.number, text_w), st.type);
        node.tooltip = st.name + " (" + word(st.type, lang) + ")";
        if (!st.participants.empty()) {
            node.tooltip += "\n" + tr(lang, "Deltar: ", "Present: ");
            for (std::size_t k = 0; k < st.participants.size(); ++k)
                node.tooltip += (k ? ", " : "") + look.name(st.participants[k]);
        }
        if (st.legal_basis)
            node.tooltip += "\n" + tr(lang, "Lagrum: ", "Legal basis: ") + *st.legal_basis;
        if (st.deadline_days)
            node.tooltip += "\n" + tr(lang, "Tidsgräns: ", "Deadline: ") +
                            std::to_string(*st.deadline_days) + tr(lang, " dagar", " days");
        node.band = lanes[static_cast<std::size_t>(si.lanes.front())];
        si.node = s.add(std::move(node));
    }

    // Extents: along the flow (columns) and across it (lanes).
    auto along = [&](const SNode& nd) { return vertical ? nd.box.h : nd.box.w; };
    auto across = [&](const SNode& nd) { return vertical ? nd.box.w : nd.box.h; };
    std::vector<double> col_size(static_cast<std::size_t>(columns), 0);
    std::vector<double> lane_size(lanes.size(), kMinLane);
    for (const auto& si : info) {
        const SNode& nd = s.nodes[static_cast<std::size_t>(si.node)];
        auto& cs = col_size[static_cast<std::size_t>(si.column)];
        cs = std::max(cs, along(nd));
        if (!si.spans) {
            auto& ls = lane_size[static_cast<std::size_t>(si.lanes.front())];
            ls = std::max(ls, across(nd) + 2 * kLanePad);
        }
        if (!si.present.empty() || (!si.spans && si.lanes.size() > 1))
            cs = std::max(cs, vertical ? kMarkH : kMarkW);
    }
    // Lane headers need room across too (their names), in the vertical layout along the lanes.
    const FontMetrics fm = font_metrics();
    std::vector<std::vector<Line>> header_lines(lanes.size());
    const double header_text_w = vertical ? 0 : kLaneHeader - 16;
    double header_depth = vertical ? 0 : kLaneHeader;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const Id& id = lanes[l];
        const std::string name = id.empty() ? tr(lang, "Utan simbana", "No lane") : look.name(id);
        const double w = vertical ? lane_size[l] - 12 : header_text_w;
        header_lines[l] = wrapped(name, std::max(w, 80.0), kNameSize, true);
        if (const auto* r = look.role(id); r && r->unit.is_set())
            for (auto& line : wrapped(look.name(r->unit.value()), std::max(w, 80.0), kSmallSize,
                                      false, kMutedInk))
                header_lines[l].push_back(std::move(line));
        if (vertical)
            header_depth = std::max(header_depth, lines_height(header_lines[l]) + 16);
        else
            lane_size[l] = std::max(lane_size[l], lines_height(header_lines[l]) + 16);
    }
    // A spanning step taller than its lanes together widens them evenly.
    for (const auto& si : info) {
        if (!si.spans) continue;
        double total = 0;
        for (int l = si.lo; l <= si.hi; ++l)
            total += lane_size[static_cast<std::size_t>(l)];
        const double need = across(s.nodes[static_cast<std::size_t>(si.node)]) + 2 * kLanePad;
        if (need > total) {
            const double extra = (need - total) / (si.hi - si.lo + 1);
            for (int l = si.lo; l <= si.hi; ++l)
                lane_size[static_cast<std::size_t>(l)] += extra;
        }
    }
    // The gap after a column is wide enough for the labels of the arrows leaving it (they sit
    // on the horizontal run between the columns; in a vertical map beside the vertical run).
    std::vector<double> gap_after(static_cast<std::size_t>(columns), kColumnGap);
    if (!vertical)
        for (std::size_t i = 0; i < n; ++i) {
            if (!p->steps[i].handoff) continue;
            const auto* f = look.flow(*p->steps[i].handoff);
            if (!f) continue;
            const double w = text_width(word(f->type, lang), kSmallSize) + 28;
            auto& g = gap_after[static_cast<std::size_t>(info[i].column)];
            g = std::max(g, std::min(w, 160.0));
        }
    std::vector<double> lane_at(lanes.size()), col_at(static_cast<std::size_t>(columns));
    {
        double pos = kMargin;
        for (std::size_t l = 0; l < lanes.size(); ++l) {
            lane_at[l] = pos;
            pos += lane_size[l];
        }
        pos = kMargin + header_depth + kColumnGap / 2;
        for (int c = 0; c < columns; ++c) {
            col_at[static_cast<std::size_t>(c)] = pos;
            pos += col_size[static_cast<std::size_t>(c)] + gap_after[static_cast<std::size_t>(c)];
        }
    }
    const double flow_end = columns > 0 ? col_at[static_cast<std::size_t>(columns - 1)] +
                                              col_size[static_cast<std::size_t>(columns - 1)] +
                                              kColumnGap / 2
                                        : kMargin + header_depth;
    const double lanes_end = lane_at.back() + lane_size.back();
    // (along, across) → (x, y)
    auto to_xy = [&](double a, double c) { return vertical ? Point{c, a} : Point{a, c}; };

    // Lanes: clusters of equal length with a header node at their start.
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        SCluster c;
        c.element = lanes[l];
        c.kind = ClusterKind::Lane;
        c.band = lanes[l];
        c.label = header_lines[l].empty() ? std::string() : header_lines[l][0].text;
        c.fill = kLaneFills[l % 2];
        c.stroke = kBandStroke;
        const Point a = to_xy(kMargin, lane_at[l]);
        c.box = vertical ? Rect{a.x, a.y, lane_size[l], flow_end - kMargin}
                         : Rect{a.x, a.y, flow_end - kMargin, lane_size[l]};
        s.add(std::move(c));
        SNode h;
        h.element = lanes[l];
        h.kind = NodeKind::Header;
        h.band = lanes[l];
        h.shape = NodeShape::Plaintext;
        h.principals = look.principals_of(lanes[l]);
        h.tooltip = look.name(lanes[l]);
        const double hw = vertical ? lane_size[l] - 12 : header_text_w;
        const double hh = lines_height(header_lines[l]);
        h.box.w = std::max(widest_of(header_lines[l]), 1.0);
        h.box.h = hh;
        place_lines(h.texts, header_lines[l], h.box.w, 0, vertical, 0);
        if (vertical) {
            h.box.x = lane_at[l] + (lane_size[l] - h.box.w) / 2;
            h.box.y = kMargin + 8;
        } else {
            h.box.x = kMargin + 10;
            h.box.y = lane_at[l] + (lane_size[l] - hh) / 2;
        }
        (void)hw;
        if (!lanes[l].empty() && look.inactive(lanes[l])) {
            h.greyed = true;
            for (auto& t : h.texts)
                t.color = kGreyText;
        }
        s.add(std::move(h));
    }
    // A line between the lane headers and the flow.
    // Steps at the centre of their column and lane range.
    for (auto& si : info) {
        SNode& nd = s.nodes[static_cast<std::size_t>(si.node)];
        const double a0 = col_at[static_cast<std::size_t>(si.column)];
        const double amid = a0 + col_size[static_cast<std::size_t>(si.column)] / 2;
        const int lo = si.spans ? si.lanes.front() : si.lanes.front();
        int c_lo = lo, c_hi = lo;
        if (si.spans) {
            c_lo = *std::min_element(si.lanes.begin(), si.lanes.end());
            c_hi = *std::max_element(si.lanes.begin(), si.lanes.end());
        }
        const double c0 = lane_at[static_cast<std::size_t>(c_lo)];
        const double c1 =
            lane_at[static_cast<std::size_t>(c_hi)] + lane_size[static_cast<std::size_t>(c_hi)];
        const double cmid = (c0 + c1) / 2;
        if (si.spans) {
            // One box over all the lanes that perform the step: stretched across them, its
            // text re-centred.
            const double span = c1 - c0 - 2 * kLanePad;
            double& extent = vertical ? nd.box.w : nd.box.h;
            const double grow = span - extent;
            if (grow > 0) {
                extent = span;
                for (auto& t : nd.texts) {
                    if (vertical) {
                        t.box.x += grow / 2;
                    } else {
                        t.box.y += grow / 2;
                        t.baseline += grow / 2;
                    }
                }
            }
        }
        const Point centre = to_xy(amid, cmid);
        nd.box.x = centre.x - nd.box.w / 2;
        nd.box.y = centre.y - nd.box.h / 2;
    }
    // Marks in the other lanes that perform or attend a step, joined to it by a dotted line.
    for (auto& si : info) {
        std::vector<std::pair<int, bool>> marks; // lane, performs
        if (!si.spans)
            for (std::size_t k = 1; k < si.lanes.size(); ++k)
                marks.push_back({si.lanes[k], true});
        for (int l : si.present)
            marks.push_back({l, false});
        const SNode step = s.nodes[static_cast<std::size_t>(si.node)];
        for (const auto& [l, performs] : marks) {
            SNode mk;
            mk.element = step.element;
            mk.kind = NodeKind::StepShare;
            mk.number = si.number;
            mk.band = lanes[static_cast<std::size_t>(l)];
            mk.shape = NodeShape::RoundedBox;
            mk.fill = performs ? step.fill : 0xFFFFFFFF;
            mk.style = performs ? LineStyle::Solid : LineStyle::Dashed;
            mk.pen = 1.2;
            mk.legend.push_back(performs ? "mark:performs" : "mark:present");
            mk.box.w = kMarkW;
            mk.box.h = kMarkH;
            const std::string label =
                si.number > 0 ? std::to_string(si.number)
                              : (si.step->type == StepType::Start ? tr(lang, "start", "start")
                                                                  : tr(lang, "slut", "end"));
            place_lines(mk.texts, {{label, kSmallSize, true, kInk}}, kMarkW,
                        (kMarkH - kSmallSize * fm.line_height) / 2);
            const double amid = col_at[static_cast<std::size_t>(si.column)] +
                                col_size[static_cast<std::size_t>(si.column)] / 2;
            const double cmid =
                lane_at[static_cast<std::size_t>(l)] + lane_size[static_cast<std::size_t>(l)] / 2;
            const Point c = to_xy(amid, cmid);
            mk.box.x = c.x - kMarkW / 2;
            mk.box.y = c.y - kMarkH / 2;
            mk.tooltip = look.name(lanes[static_cast<std::size_t>(l)]) +
                         (performs ? tr(lang, " utför också: ", " also performs: ")
                                   : tr(lang, " deltar i: ", " takes part in: ")) +
                         si.step->name;
            const int mi = s.add(mk);
            // The dotted line runs straight along the column (the slot is ours in every lane
            // between, so it crosses nothing).
            SEdge e;
            e.element = step.element;
            e.kind = EdgeKind::Share;
            e.from = si.node;
            e.to = mi;
            e.routed = false;
            e.orthogonal = true;
            e.arrow_end = false;
            e.style = LineStyle::Dotted;
            e.color = 0x8A8A8AFF;
            e.width = 1.0;
            e.legend.push_back("share");
            const Rect& a = step.box;
            const Rect& b = s.nodes[static_cast<std::size_t>(mi)].box;
            if (vertical) {
                const double y = a.y + a.h / 2;
                e.points = b.x > a.x ? std::vector<Point>{{a.x + a.w, y}, {b.x, y}}
                                     : std::vector<Point>{{a.x, y}, {b.x + b.w, y}};
            } else {
                const double x = a.x + a.w / 2;
                e.points = b.y > a.y ? std::vector<Point>{{x, a.y + a.h}, {x, b.y}}
                                     : std::vector<Point>{{x, a.y}, {x, b.y + b.h}};
            }
            s.add(e);
        }
    }

    // Transitions: orthogonal, routed by Graphviz; handoffs between lanes thicker and blue;
    // loops back dashed. Labelled with the handoff flow bound to the step.
    for (std::size_t i = 0; i < n; ++i) {
        const Step& st = p->steps[i];
        std::set<int> done;
        for (int w : next[i]) {
            if (!done.insert(w).second) continue;
            const auto& a = info[i];
            const auto& b = info[static_cast<std::size_t>(w)];
            SEdge e;
            e.element = p->id + "." + st.id + "->" + p->steps[static_cast<std::size_t>(w)].id;
            e.kind = EdgeKind::Transition;
            e.from = a.node;
            e.to = b.node;
            e.orthogonal = true;
            e.loop = back.count({static_cast<int>(i), w}) > 0;
            const bool cross = a.lanes.front() != b.lanes.front();
            if (e.loop) {
                e.style = LineStyle::Dashed;
                e.color = kLoopColor;
                e.width = 1.4;
                e.legend.push_back("flow:loop");
            } else if (cross) {
                e.color = kHandoffColor;
                e.width = 2.2;
                e.legend.push_back("flow:handoff");
            } else {
                e.color = kFlowColor;
                e.width = 1.4;
                e.legend.push_back("flow:same");
            }
            if (st.handoff)
                if (const auto* f = look.flow(*st.handoff)) {
                    e.label = word(f->type, lang);
                    e.tooltip = f->name;
                }
            if (e.tooltip.empty())
                e.tooltip = st.name + " \xE2\x86\x92 " + p->steps[static_cast<std::size_t>(w)].name;
            s.add(e);
        }
    }
    (void)lanes_end;
    return s;
}

} // namespace skm::render::detail
