// Process map: one swimlane per lane, top-down in the model's lane order, steps left to right
// in process order within each lane. The tech-notes pattern: each lane a cluster holding an inner
// rank=same subgraph, an invisible chain of lane headers orders the lanes, invisible flat edges
// order the steps of a lane, `label` only on edges between lanes and `xlabel` on edges within
// one (a labelled flat edge in a clustered graph corrupts Graphviz's heap in gvFreeLayout).
#include "dot_text.hpp"
#include "view_style.hpp"

#include <algorithm>
#include <map>

namespace skm::render::detail {
namespace {

constexpr Rgba kLaneFills[] = {0xF5F8FCFF, 0xFBF8F1FF};

void style_step(VNode& n, StepType t) {
    switch (t) {
    case StepType::Start:
        n.shape = NodeShape::Circle;
        n.fill = 0xDFF0D8FF;
        break;
    case StepType::Slut:
        n.shape = NodeShape::DoubleCircle;
        n.fill = 0xF2DEDEFF;
        break;
    case StepType::Beslut:
        n.shape = NodeShape::Diamond;
        n.fill = 0xFFF3C4FF;
        break;
    case StepType::Mote:
        n.shape = NodeShape::RoundedBox;
        n.fill = 0xDCE9F7FF;
        break;
    case StepType::Samtycke:
        n.shape = NodeShape::Note;
        n.fill = 0xEDE4F7FF;
        break;
    default:
        n.shape = NodeShape::RoundedBox;
        n.fill = 0xFFFFFFFF;
    }
}

} // namespace

// The lane a step is drawn in: its first lane when that is one of the process lanes; a start or
// end step without a lane joins its neighbour's lane, so it does not open a lane of its own.
Id lane_of(const Process& p, std::size_t i, const std::map<Id, int>& lanes) {
    auto own = [&](std::size_t k) -> Id {
        const Step& s = p.steps[k];
        return !s.lanes.empty() && lanes.count(s.lanes[0]) ? s.lanes[0] : Id{};
    };
    Id l = own(i);
    if (!l.empty()) return l;
    const StepType t = p.steps[i].type;
    if (t == StepType::Start)
        for (std::size_t k = i + 1; k < p.steps.size(); ++k)
            if (!own(k).empty()) return own(k);
    if (t == StepType::Slut)
        for (std::size_t k = i; k-- > 0;)
            if (!own(k).empty()) return own(k);
    return {};
}

ViewGraph build_process(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    ViewGraph g;
    const Process* p = find_by_id(m.processes, view.process);
    if (!p) {
        g.title = m.info.name;
        g.empty_message =
            std::string(tr(lang, "Processen finns inte: ", "No such process: ")) + view.process;
        return g;
    }
    g.title = m.info.name + " – " + tr(lang, "Process: ", "Process: ") + p->name;

    std::map<Id, int> lane_cluster;
    std::vector<Id> lanes;
    for (const auto& l : p->lanes)
        if (!lane_cluster.count(l)) {
            lane_cluster[l] = -1;
            lanes.push_back(l);
        }
    std::vector<Id> step_lane;
    for (std::size_t i = 0; i < p->steps.size(); ++i)
        step_lane.push_back(lane_of(*p, i, lane_cluster));
    if (std::find(step_lane.begin(), step_lane.end(), Id{}) != step_lane.end()) lanes.push_back("");
    // A lane with no step of its own would be an empty strip; its actor is named on the steps
    // it shares ("+ …"), so it is left out.
    std::erase_if(lanes, [&](const Id& l) {
        return std::find(step_lane.begin(), step_lane.end(), l) == step_lane.end();
    });

    std::map<Id, int> lane_index;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const Id& l = lanes[i];
        lane_index[l] = static_cast<int>(i);
        const std::string name =
            l.empty() ? std::string(tr(lang, "Utan simbana", "No lane")) : display_name(m, l);
        VCluster c;
        c.element = l;
        c.label = name;
        c.fill = kLaneFills[i % 2];
        c.stroke = kBandStroke;
        c.draw_label = false;
        c.same_rank = true;
        const int ci = g.add_cluster(c);
        lane_cluster[l] = ci;
        VNode h;
        h.element = l;
        h.lines = wrap_label(name, 16);
        h.shape = NodeShape::Plaintext;
        h.font_size = 16;
        h.cluster = ci;
        h.header = true;
        h.principals = principals_of(m, l);
        h.tooltip = name;
        if (!l.empty() && actor_inactive(m, l)) grey_out(h);
        g.chain.push_back(g.add_node(h));
    }

    std::map<Id, int> step_node;
    std::map<Id, int> step_index;
    std::map<Id, int> last_in_lane;
    for (std::size_t i = 0; i < p->steps.size(); ++i) {
        const Step& s = p->steps[i];
        VNode n;
        n.element = p->id + "." + s.id;
        const bool round = s.type == StepType::Start || s.type == StepType::Slut;
        n.lines = wrap_label(s.name, round ? 14 : 22, round ? 42 : 88);
        style_step(n, s.type);
        n.cluster = lane_cluster[step_lane[i]];
        for (const auto& l : s.lanes)
            for (const auto& pr : principals_of(m, l))
                n.principals.push_back(pr);
        if (s.lanes.size() > 1) {
            std::string also = "+ ";
            for (std::size_t k = 1; k < s.lanes.size(); ++k)
                also += (k > 1 ? ", " : "") + display_name(m, s.lanes[k]);
            for (auto& line : wrap_label(also, 26, 52))
                n.lines.push_back(line);
        }
        n.tooltip = s.name + " (" + std::string(to_word(s.type)) + ")";
        if (!s.participants.empty()) {
            n.tooltip += std::string("\n") + tr(lang, "Deltar: ", "Present: ");
            for (std::size_t k = 0; k < s.participants.size(); ++k)
                n.tooltip += (k ? ", " : "") + display_name(m, s.participants[k]);
        }
        if (s.legal_basis)
            n.tooltip += std::string("\n") + tr(lang, "Lagrum: ", "Legal basis: ") + *s.legal_basis;
        if (s.deadline_days)
            n.tooltip += std::string("\n") + tr(lang, "Tidsgräns: ", "Deadline: ") +
                         std::to_string(*s.deadline_days) + tr(lang, " dagar", " days");
        const int ni = g.add_node(n);
        step_node[s.id] = ni;
        step_index[s.id] = static_cast<int>(i);
        // Process order within the lane: an invisible flat edge from the lane's previous step.
        if (auto it = last_in_lane.find(step_lane[i]); it != last_in_lane.end()) {
            VEdge order;
            order.from = it->second;
            order.to = ni;
            order.invisible = true;
            order.weight = 5;
            g.add_edge(order);
        }
        last_in_lane[step_lane[i]] = ni;
    }

    bool any_handoff = false;
    for (const auto& s : p->steps)
        for (const auto& next : s.next) {
            if (!step_node.count(next)) continue;
            VEdge e;
            e.element = p->id + "." + s.id + "->" + next;
            e.from = step_node[s.id];
            e.to = step_node[next];
            const bool cross = g.nodes[static_cast<std::size_t>(e.from)].cluster !=
                               g.nodes[static_cast<std::size_t>(e.to)].cluster;
            if (cross) {
                e.color = 0x1F4E79FF;
                e.width = 2.2;
                any_handoff = true;
            }
            if (s.handoff)
                if (const auto* f = find_by_id(m.flows, *s.handoff)) {
                    e.label = std::string(to_word(f->type));
                    e.tooltip = f->name;
                }
            const int la = lane_index[step_lane[static_cast<std::size_t>(step_index[s.id])]];
            const int lb = lane_index[step_lane[static_cast<std::size_t>(step_index[next])]];
            if (la > lb || (la == lb && step_index[next] <= step_index[s.id])) {
                // Drawn against the lane order or back to an earlier step: keep the layout's
                // edges pointing down and forward, and let the arrow show the real direction.
                std::swap(e.from, e.to);
                e.reversed = true;
                if (la == lb) e.style = LineStyle::Dashed;
            }
            g.add_edge(e);
        }
    if (p->steps.empty())
        g.empty_message = tr(lang, "Processen har inga steg", "The process has no steps");

    g.legend.push_back({tr(lang, "Start", "Start"), 0xDFF0D8FF});
    g.legend.push_back({tr(lang, "Aktivitet", "Activity"), 0xFFFFFFFF});
    g.legend.push_back({tr(lang, "Möte", "Meeting"), 0xDCE9F7FF});
    g.legend.push_back({tr(lang, "Beslut", "Decision"), 0xFFF3C4FF});
    g.legend.push_back({tr(lang, "Slut", "End"), 0xF2DEDEFF});
    if (any_handoff)
        g.legend.push_back({tr(lang, "Överlämning mellan simbanor", "Handoff between lanes"), 0,
                            0x1F4E79FF, LineStyle::Bold, true});
    return g;
}

} // namespace skm::render::detail
