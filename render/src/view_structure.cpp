// Structure map: the levels as ordered bands (tier order P, S, O, I, then A), forums in their
// bands, reporting lines and level links between them.
#include "dot_text.hpp"
#include "view_style.hpp"

#include <algorithm>
#include <map>

namespace skm::render::detail {
namespace {

std::string links_label(const LevelLink& l) {
    std::string s;
    for (auto t : l.types) {
        if (!s.empty()) s += ", ";
        s += to_word(t);
    }
    return s;
}

std::string forum_kind_line(const Forum& f) {
    std::string s(to_word(f.kind));
    if (f.frequency) s += " · " + f.frequency->str();
    return s;
}

} // namespace

ViewGraph build_structure(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    ViewGraph g;
    g.title = m.info.name + " – " + tr(lang, "Strukturkarta", "Structure map");

    const std::vector<const Level*> levels = levels_in_order(m);
    bool unplaced = false;
    for (const auto& f : m.forums)
        if (!f.level || !find_by_id(m.levels, *f.level)) unplaced = true;

    std::map<Id, int> band_of_level; // level id -> cluster index
    std::map<Id, int> header_of_level;
    auto add_band = [&](const Id& level_id, const std::string& name, const std::string& sub) {
        VCluster c;
        c.element = level_id;
        c.label = name;
        c.fill = kBandFill;
        c.stroke = kBandStroke;
        c.same_rank = true;
        c.draw_label = false;
        c.wrap = 6;
        const int ci = g.add_cluster(c);
        VNode h;
        h.element = level_id;
        h.lines = wrap_label(name, 20);
        h.lines.push_back(sub);
        h.shape = NodeShape::Plaintext;
        h.font_size = 16;
        h.cluster = ci;
        h.header = true;
        h.level = level_id;
        h.tooltip = name;
        const int hi = g.add_node(h);
        g.chain.push_back(hi);
        band_of_level[level_id] = ci;
        header_of_level[level_id] = hi;
    };
    for (const auto* l : levels) {
        std::string sub = std::string(tr(lang, "nivå ", "tier ")) + std::string(to_word(l->tier));
        if (l->geography) sub += " · " + std::string(to_word(*l->geography));
        add_band(l->id, l->name, sub);
    }
    if (unplaced) add_band("", tr(lang, "Utan nivå", "No level"), "");

    std::map<PrincipalType, bool> used;
    bool any_grey = false;
    std::map<Id, int> forum_node;
    for (const auto& f : m.forums) {
        VNode n;
        n.element = f.id;
        n.lines = wrap_label(f.name);
        n.lines.push_back(forum_kind_line(f));
        const Id lvl = f.level && band_of_level.count(*f.level) ? *f.level : Id{};
        n.cluster = band_of_level[lvl];
        n.level = lvl;
        n.principals = f.principals;
        paint_by_principals(n, m, f.principals, used);
        n.tooltip = f.name;
        if (f.purpose) n.tooltip += "\n" + *f.purpose;
        if (inactive(f.status)) {
            grey_out(n);
            n.lines.push_back("(" + std::string(to_word(f.status)) + ")");
            any_grey = true;
        }
        forum_node[f.id] = g.add_node(n);
    }

    // Link roles (kontaktperson, samordnare) with a tier stand in the first band of that tier:
    // they are the people the levels and organisations are joined through.
    std::map<Tier, Id> first_level_of_tier;
    for (const auto* l : levels)
        if (!first_level_of_tier.count(l->tier)) first_level_of_tier[l->tier] = l->id;
    std::map<Id, int> role_node;
    for (const auto& r : m.roles) {
        if (!(r.liaison || r.coordinator) || !r.tier) continue;
        const auto lvl = first_level_of_tier.find(*r.tier);
        if (lvl == first_level_of_tier.end()) continue;
        VNode n;
        n.element = r.id;
        n.lines = wrap_label(r.title);
        n.lines.push_back(r.coordinator ? tr(lang, "samordnare", "coordinator")
                                        : tr(lang, "kontaktperson", "liaison"));
        n.shape = NodeShape::Ellipse;
        n.cluster = band_of_level[lvl->second];
        n.level = lvl->second;
        n.principals = principals_of(m, r.id);
        paint_by_principals(n, m, n.principals, used);
        n.tooltip = r.title;
        if (r.unit) n.tooltip += " (" + display_name(m, *r.unit) + ")";
        if (r.vacant) {
            grey_out(n);
            n.lines.push_back(tr(lang, "(vakant)", "(vacant)"));
            any_grey = true;
        }
        role_node[r.id] = g.add_node(n);
    }

    auto band_rank = [&](int node) {
        const int c = g.nodes[static_cast<std::size_t>(node)].cluster;
        for (std::size_t i = 0; i < g.chain.size(); ++i)
            if (g.nodes[static_cast<std::size_t>(g.chain[i])].cluster == c)
                return static_cast<int>(i);
        return 0;
    };
    // Edges always point down the ladder for the layout; upward reporting is drawn reversed.
    for (const auto& f : m.forums) {
        if (!f.reports_to || !forum_node.count(*f.reports_to)) continue;
        VEdge e;
        e.element = f.id + ":reports_to";
        e.from = forum_node[f.id];
        e.to = forum_node[*f.reports_to];
        e.tooltip = f.name + " " + tr(lang, "rapporterar till", "reports to") + " " +
                    display_name(m, *f.reports_to);
        e.greyed = inactive(f.status);
        if (e.greyed) e.color = kGreyStroke;
        if (band_rank(e.from) > band_rank(e.to)) {
            std::swap(e.from, e.to);
            e.reversed = true;
        }
        g.add_edge(e);
    }
    bool any_convening = false;
    for (const auto& f : m.forums)
        for (const auto* who : {&f.convener, &f.chair}) {
            if (!who->is_set() || !role_node.count(who->value())) continue;
            if (who == &f.chair && f.convener == f.chair) continue;
            VEdge e;
            e.element = f.id + ":" + who->value();
            e.from = role_node[who->value()];
            e.to = forum_node[f.id];
            if (band_rank(e.from) > band_rank(e.to)) std::swap(e.from, e.to);
            e.style = LineStyle::Dotted;
            e.color = 0x777777FF;
            e.arrow = false;
            e.tooltip = display_name(m, who->value()) + " " +
                        (who == &f.convener ? tr(lang, "sammankallar", "convenes")
                                            : tr(lang, "är ordförande i", "chairs")) +
                        " " + f.name;
            g.add_edge(e);
            any_convening = true;
        }
    for (const auto& l : m.level_links) {
        if (!header_of_level.count(l.a) || !header_of_level.count(l.b) || l.a == l.b) continue;
        VEdge e;
        e.element = l.id;
        e.from = header_of_level[l.a];
        e.to = header_of_level[l.b];
        if (band_rank(e.from) > band_rank(e.to)) std::swap(e.from, e.to);
        e.label = wrap_label(links_label(l), 40, 60)[0];
        e.tooltip = display_name(m, l.a) + " ↔ " + display_name(m, l.b) + ": " + links_label(l);
        e.style = LineStyle::Dashed;
        e.color = 0x5B6F8FFF;
        e.arrow = false;
        e.weight = 0;
        g.add_edge(e);
    }

    add_principal_legend(g, used, lang);
    if (any_grey)
        g.legend.push_back({tr(lang, "Vilande/upphörd", "Dormant/ended"), kGreyFill, kGreyStroke,
                            LineStyle::Dashed});
    bool any_reporting = false;
    for (const auto& e : g.edges)
        any_reporting |= e.element.ends_with(":reports_to");
    if (any_reporting)
        g.legend.push_back(
            {tr(lang, "Rapporterar till", "Reports to"), 0, 0x333333FF, LineStyle::Solid, true});
    if (any_convening)
        g.legend.push_back({tr(lang, "Sammankallande/ordförande", "Convenes/chairs"), 0, 0x777777FF,
                            LineStyle::Dotted, true});
    if (!m.level_links.empty())
        g.legend.push_back(
            {tr(lang, "Nivålänk", "Level link"), 0, 0x5B6F8FFF, LineStyle::Dashed, true});
    return g;
}

} // namespace skm::render::detail
