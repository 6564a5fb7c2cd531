// Escalation ladder: one column per path (tvist first, then avvikelse), the initiator on top,
// then the steps in `order` downwards; the targets of one step (one per party) side by side.
// Between two steps the arrows never cross: equal numbers of targets are joined pairwise
// (each party's own chain), one to many fans out or in, and many to many meet at a junction.
#include "place_escalation.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "text_metrics.hpp"

#include <algorithm>

namespace skm::render::detail {
namespace {

constexpr double kMargin = 16;
constexpr double kTile = 190;
constexpr double kGapX = 18;
constexpr double kRowGap = 46;
constexpr double kPathGap = 40;
constexpr Rgba kStepColor = 0x7A2E2EFF;

} // namespace

Scene build_escalation(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    Lookup look(m, lang);
    Scene s;
    s.lang = lang;
    s.engine = Scene::Engine::Pinned;
    s.splines = "ortho";
    s.title = m.info.name + " – " + tr(lang, "Eskaleringsvägar", "Escalation paths");
    std::vector<const Escalation*> paths;
    for (const auto& e : m.escalations)
        if (view.only_principal.empty() ||
            std::any_of(e.steps.begin(), e.steps.end(), [&](const EscalationStep& st) {
                return std::any_of(st.targets.begin(), st.targets.end(), [&](const Id& t) {
                    auto prs = look.principals_of(t);
                    return std::find(prs.begin(), prs.end(), view.only_principal) != prs.end();
                });
            }))
            paths.push_back(&e);
    std::stable_sort(paths.begin(), paths.end(), [](const Escalation* a, const Escalation* b) {
        return static_cast<int>(a->kind) < static_cast<int>(b->kind);
    });
    if (paths.empty()) {
        s.message = m.escalations.empty()
                        ? tr(lang, "Modellen har inga eskaleringsvägar",
                             "The model has no escalation paths")
                        : tr(lang, "Inget att visa i den här vyn", "Nothing to show in this view");
        return s;
    }
    add_principal_legend(s);
    LegendEntry step_entry;
    step_entry.kind = LegendKind::Line;
    step_entry.label = tr(lang, "Nästa steg i eskaleringen", "Next escalation step");
    step_entry.stroke = kStepColor;
    step_entry.width = 2.4;
    step_entry.arrow_end = true;
    s.legend("esc:step", step_entry);
    LegendEntry start_entry;
    start_entry.label = tr(lang, "Den som tar initiativet", "Who raises it");
    start_entry.shape = NodeShape::Ellipse;
    s.legend("esc:initiator", start_entry);

    const FontMetrics fm = font_metrics();
    double x = kMargin;
    for (const auto* path : paths) {
        // Rows of nodes: the initiator, then each step's targets.
        struct Row {
            std::vector<SNode> nodes;
            std::string time_limit;
            double w = 0, h = 0;
        };
        std::vector<Row> rows;
        auto tile = [&](const Id& who, const std::string& prefix, bool initiator) {
            SNode n;
            n.element = who;
            n.kind = look.forum(who) ? NodeKind::Forum : NodeKind::Actor;
            n.owner = path->id;
            n.shape = initiator ? NodeShape::Ellipse : NodeShape::RoundedBox;
            n.principals = look.principals_of(who);
            const double inner = initiator ? kTile * 0.68 : kTile - 2 * kPad;
            std::vector<Line> lines;
            if (initiator)
                lines.push_back(
                    {tr(lang, "Initiativ:", "Raised by:"), kSmallSize, false, kMutedInk});
            for (auto& l : wrapped(prefix + look.name(who), inner, kNameSize, false))
                lines.push_back(std::move(l));
            const double th = lines_height(lines);
            n.box.w = kTile;
            n.box.h = initiator ? std::max(th * 1.42 + 6, 44.0) : th + 2 * kPad;
            place_lines(n.texts, lines, kTile, (n.box.h - th) / 2);
            std::string key;
            n.fill = principals_fill(look, n.principals, key);
            if (!key.empty()) n.legend.push_back(key);
            if (initiator) n.legend.push_back("esc:initiator");
            n.tooltip = look.name(who);
            if (look.inactive(who)) grey_out(s, n);
            return n;
        };
        if (path->initiator) {
            Row r;
            r.nodes.push_back(tile(*path->initiator, "", true));
            if (path->trigger) r.nodes.back().tooltip += "\n" + *path->trigger;
            rows.push_back(std::move(r));
        }
        std::vector<const EscalationStep*> steps;
        for (const auto& st : path->steps)
            steps.push_back(&st);
        std::stable_sort(steps.begin(), steps.end(),
                         [](const auto* a, const auto* b) { return a->order < b->order; });
        for (const auto* st : steps) {
            if (st->targets.empty()) continue;
            Row r;
            for (const auto& t : st->targets) {
                SNode n = tile(t, std::to_string(st->order) + ". ", false);
                n.number = st->order;
                if (st->outcome)
                    n.tooltip += "\n" + tr(lang, "Utfall: ", "Outcome: ") + *st->outcome;
                r.nodes.push_back(std::move(n));
            }
            if (st->time_limit) r.time_limit = *st->time_limit;
            rows.push_back(std::move(r));
        }
        double width = 0;
        for (auto& r : rows) {
            for (const auto& n : r.nodes) {
                r.w += n.box.w;
                r.h = std::max(r.h, n.box.h);
            }
            r.w += kGapX * static_cast<double>(r.nodes.size() - 1);
            width = std::max(width, r.w);
        }
        // The path's box with its name on top.
        SCluster c;
        c.element = path->id;
        c.kind = ClusterKind::Path;
        c.label = path->name + " (" + word(path->kind, lang) + ")";
        c.fill = path->kind == EscalationKind::Tvist ? 0xF7F3FBFF : 0xFDF6EEFF;
        c.stroke = kBandStroke;
        width = std::max(width, kTile) + 2 * kPad;
        std::vector<Line> head = wrapped(c.label, width - 2 * kPad, kTitleSize, true);
        double y = kMargin + 8;
        y += place_lines(c.texts, head, 0, y, false, x + kPad) + 14;
        std::vector<int> previous;
        for (std::size_t ri = 0; ri < rows.size(); ++ri) {
            auto& r = rows[ri];
            double nx = x + (width - r.w) / 2;
            std::vector<int> current;
            for (auto& n : r.nodes) {
                n.box.x = nx;
                n.box.y = y + (r.h - n.box.h) / 2;
                nx += n.box.w + kGapX;
                current.push_back(s.add(std::move(n)));
            }
            if (!previous.empty()) {
                auto edge = [&](int from, int to, bool arrow, bool label) {
                    SEdge e;
                    e.element = path->id;
                    e.kind = EdgeKind::Escalation;
                    e.from = from;
                    e.to = to;
                    e.orthogonal = true;
                    e.arrow_end = arrow;
                    e.color = kStepColor;
                    e.width = 2.4;
                    e.tooltip = path->name;
                    if (label) e.label = r.time_limit;
                    e.legend.push_back("esc:step");
                    s.add(e);
                };
                const std::size_t np = previous.size(), nc = current.size();
                if (np == nc) {
                    for (std::size_t k = 0; k < nc; ++k)
                        edge(previous[k], current[k], true, k == 0);
                } else if (np == 1 || nc == 1) {
                    for (int a : previous)
                        for (int b : current)
                            edge(a, b, true, a == previous[0] && b == current[0]);
                } else {
                    // Many to many: meet at a junction halfway, then fan out.
                    SNode j;
                    j.kind = NodeKind::Other;
                    j.shape = NodeShape::Circle;
                    j.fill = kStepColor;
                    j.stroke = kStepColor;
                    j.box = {x + width / 2 - 4, y - kRowGap / 2 - 4, 8, 8};
                    const int ji = s.add(std::move(j));
                    for (int a : previous)
                        edge(a, ji, false, false);
                    for (int b : current)
                        edge(ji, b, true, b == current[0]);
                }
            }
            previous = current;
            y += r.h + kRowGap;
        }
        c.box = {x, kMargin, width, y - kRowGap + kPad + 4 - kMargin};
        s.add(std::move(c));
        x += width + kPathGap;
    }
    (void)fm;
    // Clusters are drawn before nodes; the paths are the only clusters, so order is fine.
    return s;
}

} // namespace skm::render::detail
