// Escalation ladder: each tvist/avvikelse path top-down, steps in order joined by a bold chain,
// parallel targets of one step side by side.
#include "dot_text.hpp"
#include "view_style.hpp"

#include <algorithm>
#include <map>

namespace skm::render::detail {

ViewGraph build_escalation(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    ViewGraph g;
    g.title = m.info.name + " – " + tr(lang, "Eskaleringsvägar", "Escalation paths");

    std::vector<const Escalation*> paths;
    for (const auto& e : m.escalations)
        paths.push_back(&e);
    std::stable_sort(paths.begin(), paths.end(), [](const Escalation* a, const Escalation* b) {
        return static_cast<int>(a->kind) < static_cast<int>(b->kind);
    });
    std::map<PrincipalType, bool> used;
    bool any_grey = false;
    for (const auto* path : paths) {
        VCluster c;
        c.element = path->id;
        c.label = path->name + " (" + std::string(to_word(path->kind)) + ")";
        c.fill = path->kind == EscalationKind::Tvist ? 0xF7F3FBFF : 0xFDF6EEFF;
        c.stroke = kBandStroke;
        const int ci = g.add_cluster(c);

        std::vector<int> previous;
        if (path->initiator) {
            VNode n;
            n.element = *path->initiator;
            n.lines = wrap_label(display_name(m, *path->initiator));
            n.lines.insert(n.lines.begin(), tr(lang, "Initiativ:", "Raised by:"));
            n.shape = NodeShape::Ellipse;
            n.cluster = ci;
            n.principals = principals_of(m, *path->initiator);
            n.tooltip = path->trigger ? *path->trigger : display_name(m, *path->initiator);
            previous.push_back(g.add_node(n));
        }
        std::vector<const EscalationStep*> steps;
        for (const auto& s : path->steps)
            steps.push_back(&s);
        std::stable_sort(steps.begin(), steps.end(),
                         [](const auto* a, const auto* b) { return a->order < b->order; });
        for (const auto* s : steps) {
            std::vector<int> current;
            for (const auto& target : s->targets) {
                VNode n;
                n.element = target;
                n.lines = wrap_label(std::to_string(s->order) + ". " + display_name(m, target));
                n.cluster = ci;
                n.principals = principals_of(m, target);
                if (const auto* f = find_by_id(m.forums, target); f && f->level)
                    n.level = *f->level;
                paint_by_principals(n, m, n.principals, used);
                n.tooltip = display_name(m, target);
                if (s->outcome)
                    n.tooltip +=
                        std::string("\n") + tr(lang, "Utfall: ", "Outcome: ") + *s->outcome;
                if (actor_inactive(m, target)) {
                    grey_out(n);
                    any_grey = true;
                }
                current.push_back(g.add_node(n));
            }
            for (std::size_t k = 0; k < previous.size(); ++k)
                for (std::size_t j = 0; j < current.size(); ++j) {
                    VEdge e;
                    e.element = path->id;
                    e.from = previous[k];
                    e.to = current[j];
                    e.style = LineStyle::Bold;
                    e.width = 2.6;
                    e.color = 0x7A2E2EFF;
                    if (k == 0 && j == 0 && s->time_limit) e.label = *s->time_limit;
                    e.tooltip = path->name;
                    g.add_edge(e);
                }
            if (!current.empty()) previous = current;
        }
    }
    if (paths.empty())
        g.empty_message =
            tr(lang, "Modellen har inga eskaleringsvägar", "The model has no escalation paths");
    add_principal_legend(g, used, lang);
    if (any_grey)
        g.legend.push_back({tr(lang, "Vilande/upphörd", "Dormant/ended"), kGreyFill, kGreyStroke,
                            LineStyle::Dashed});
    g.legend.push_back(
        {tr(lang, "Eskaleringssteg", "Escalation step"), 0, 0x7A2E2EFF, LineStyle::Bold, true});
    return g;
}

} // namespace skm::render::detail
