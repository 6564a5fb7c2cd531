// Handoff map: the actors and the flows between them, styled by flow type. Laid out by dot
// (left to right) from our fixed node sizes; feedback (återkoppling, bekräftelse) is dashed and
// drawn back to the sender.
#include "view_handoffs.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "scope.hpp"
#include "text_wrap.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace skm::render::detail {
namespace {

constexpr double kActorWidth = 168;
// Above this many actors dot needs minutes for the map (a county: 1,000 units and 3,000 flows
// took over 3 minutes) and no one can read it: each principal's actors then collapse into one
// node, and its flows into one edge per kind with a count, until the user expands a principal
// (ViewSpec::expanded_groups). Forums and actors of several principals stay themselves.
constexpr std::size_t kMaxActors = 120;

enum class FlowGroup { Report, Feedback, Consult, Transfer, Decision, Info };

FlowGroup group_of(FlowType t) {
    switch (t) {
    case FlowType::Anmalan:
    case FlowType::Avvikelse:
    case FlowType::Tvist:
        return FlowGroup::Report;
    case FlowType::Aterkoppling:
    case FlowType::Bekraftelse:
        return FlowGroup::Feedback;
    case FlowType::Konsultation:
    case FlowType::Samradssamtal:
    case FlowType::Samverkansmote:
        return FlowGroup::Consult;
    case FlowType::Overlamning:
    case FlowType::Remiss:
    case FlowType::Utskrivning:
    case FlowType::Inskrivningsmeddelande:
    case FlowType::Vardplanering:
        return FlowGroup::Transfer;
    case FlowType::Kallelse:
    case FlowType::Uppgiftslamnande:
    case FlowType::Beslut:
        return FlowGroup::Decision;
    case FlowType::Information:
    case FlowType::Rapportering:
    case FlowType::Arsberattelse:
    case FlowType::Utvardering:
        return FlowGroup::Info;
    }
    return FlowGroup::Info;
}

struct GroupLook {
    Rgba color;
    LineStyle style;
    double width;
    const char* key;
    const char* sv;
    const char* en;
};

GroupLook look_of(FlowGroup g) {
    switch (g) {
    case FlowGroup::Report:
        return {0xB23B3BFF,
                LineStyle::Bold,
                2.4,
                "flow:report",
                "Anmälan, avvikelse, tvist",
                "Report, deviation, dispute"};
    case FlowGroup::Feedback:
        return {0x2E7D32FF,      LineStyle::Dashed,           1.6,
                "flow:feedback", "Återkoppling, bekräftelse", "Feedback, acknowledgement"};
    case FlowGroup::Consult:
        return {0x5B6F8FFF,     LineStyle::Dotted,      1.8,
                "flow:consult", "Konsultation, samråd", "Consultation"};
    case FlowGroup::Transfer:
        return {0x1F4E79FF,      LineStyle::Solid,      2.2,
                "flow:transfer", "Överlämning, remiss", "Handover, referral"};
    case FlowGroup::Decision:
        return {0x6A1B9AFF,
                LineStyle::Solid,
                1.6,
                "flow:decision",
                "Kallelse, beslut, uppgifter",
                "Summons, decision, information provided"};
    case FlowGroup::Info:
        return {0x555555FF,
                LineStyle::Solid,
                1.2,
                "flow:info",
                "Information, rapportering",
                "Information, reporting"};
    }
    return {0x555555FF, LineStyle::Solid, 1.2, "flow:info", "", ""};
}

} // namespace

Scene build_handoffs(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    Lookup look(m, lang);
    Scene s;
    s.lang = lang;
    s.engine = Scene::Engine::Dot;
    s.left_to_right = true;
    s.title = m.info.name + " – " + tr(lang, "Överlämningar", "Handoffs");
    if (m.flows.empty()) {
        s.message = tr(lang, "Modellen har inga flöden", "The model has no flows");
        return s;
    }
    add_principal_legend(s);
    for (auto grp : {FlowGroup::Report, FlowGroup::Transfer, FlowGroup::Consult,
                     FlowGroup::Decision, FlowGroup::Info, FlowGroup::Feedback}) {
        const GroupLook lk = look_of(grp);
        LegendEntry e;
        e.kind = LegendKind::Line;
        e.label = tr(lang, lk.sv, lk.en);
        e.stroke = lk.color;
        e.style = lk.style;
        e.width = lk.width;
        e.arrow_end = true;
        s.legend(lk.key, e);
    }
    LegendEntry citizen;
    citizen.label = tr(lang, "Barnet, familjen", "The child, the family");
    citizen.shape = NodeShape::Ellipse;
    s.legend("actor:citizen", citizen);
    LegendEntry forum;
    forum.label = tr(lang, "Forum", "Forum");
    forum.shape = NodeShape::Box;
    forum.width = 1.4;
    s.legend("actor:forum", forum);

    // Scoping over actors, joined by their flows.
    std::vector<ScopeItem> items;
    std::unordered_map<Id, int> item_of;
    std::unordered_map<Id, Id> member_level; // an actor's level: its first forum's
    for (const auto& f : m.forums)
        if (f.level)
            for (const auto& mem : f.members)
                member_level.emplace(mem.member, *f.level);
    auto item = [&](const Id& id) {
        if (auto it = item_of.find(id); it != item_of.end()) return it->second;
        Id level;
        if (const auto* fo = look.forum(id); fo && fo->level)
            level = *fo->level;
        else if (auto ml = member_level.find(id); ml != member_level.end())
            level = ml->second;
        item_of[id] = static_cast<int>(items.size());
        items.push_back({id, level, look.principals_of(id)});
        return item_of[id];
    };
    std::vector<std::pair<int, int>> links;
    for (const auto& f : m.flows)
        if (!f.from.empty() && !f.to.empty()) links.emplace_back(item(f.from), item(f.to));
    const std::vector<bool> keep = scope_keep(items, links, view);

    // Level of detail: which principals' actors collapse into one node.
    std::set<Id> all_groups;
    std::set<Id> actors_kept;
    for (const auto& f : m.flows) {
        if (f.from.empty() || f.to.empty()) continue;
        if (!keep[static_cast<std::size_t>(item_of[f.from])] ||
            !keep[static_cast<std::size_t>(item_of[f.to])])
            continue;
        actors_kept.insert(f.from);
        actors_kept.insert(f.to);
    }
    std::unordered_map<Id, Id> group_of_actor; // actor → "group:<principal>"
    for (const Id& a : actors_kept) {
        if (look.forum(a)) continue; // forums stay themselves: they join principals
        const auto ps = look.principals_of(a);
        if (ps.size() != 1) continue;
        group_of_actor[a] = group_id(ps[0]);
        all_groups.insert(group_id(ps[0]));
    }
    std::set<Id> collapsed(view.collapsed_groups.begin(), view.collapsed_groups.end());
    const bool crowded = actors_kept.size() > kMaxActors;
    if (view.detail == Detail::Grouped || crowded)
        collapsed.insert(all_groups.begin(), all_groups.end());
    for (const auto& g : view.expanded_groups)
        collapsed.erase(g);
    for (const auto& g : all_groups) {
        s.groups.push_back(g);
        if (collapsed.count(g)) s.collapsed_groups.push_back(g);
    }
    std::unordered_map<Id, int> group_units; // actors per collapsed group
    for (const auto& [a, g] : group_of_actor)
        if (collapsed.count(g)) ++group_units[g];
    // What an actor is drawn as: itself, or its principal's collapsed node.
    auto drawn_as = [&](const Id& id) -> Id {
        if (auto it = group_of_actor.find(id);
            it != group_of_actor.end() && collapsed.count(it->second))
            return it->second;
        return id;
    };

    std::unordered_map<Id, int> node_of;
    auto group_node = [&](const Id& gid) {
        if (auto it = node_of.find(gid); it != node_of.end()) return it->second;
        const Id principal = group_principal(gid);
        SNode n;
        n.element = gid;
        n.kind = NodeKind::Group;
        n.count = group_units[gid];
        n.shape = NodeShape::Box;
        n.pen = 2.4;
        std::vector<Line> lines =
            wrapped(look.name(principal), kActorWidth - 2 * kPad, kActorSize, true);
        const std::string count = std::to_string(n.count) + tr(lang, " aktörer", " actors");
        lines.push_back({count, kSmallSize, false, kMutedInk});
        const double th = lines_height(lines);
        n.box = {0, 0, kActorWidth, th + 2 * kPad};
        place_lines(n.texts, lines, kActorWidth, kPad);
        n.principals = {principal};
        std::string key;
        n.fill = principals_fill(look, n.principals, key);
        if (!key.empty()) n.legend.push_back(key);
        n.legend.push_back("group:collapsed");
        n.tooltip = look.name(principal) + " – " + count;
        const int i = s.add(std::move(n));
        node_of[gid] = i;
        return i;
    };
    if (!s.collapsed_groups.empty()) {
        LegendEntry grouped;
        grouped.label =
            tr(lang, "Huvudmannens aktörer (hopfällda)", "A principal's actors (collapsed)");
        grouped.shape = NodeShape::Box;
        grouped.width = 2.4;
        s.legend("group:collapsed", grouped);
    }
    // Flows to or from a collapsed principal are drawn as one edge per pair of nodes (feedback
    // apart, drawn back), labelled with its kinds and counts and styled as its commonest kind:
    // one edge per pair and kind made dot take 48 s for a county's 1,100 labelled edges.
    struct Bundle {
        int edge = -1;
        int count = 0;
        std::map<FlowType, int> types;
        std::map<FlowGroup, int> groups;
        std::vector<std::string> names;
    };
    std::map<std::tuple<Id, Id, bool>, Bundle> bundles;
    auto bundle_label = [&](const Bundle& bu) {
        std::vector<std::pair<int, FlowType>> by_count;
        for (const auto& [t, n] : bu.types)
            by_count.emplace_back(-n, t);
        std::sort(by_count.begin(), by_count.end());
        std::string label;
        std::size_t shown = 0;
        for (const auto& [negative, t] : by_count) {
            if (shown == 2) break;
            label += (label.empty() ? "" : " \xC2\xB7 ") + word(t, lang);
            if (-negative > 1) label += " \xC3\x97" + std::to_string(-negative); // ×N
            ++shown;
        }
        if (by_count.size() > shown)
            label += " \xC2\xB7 +" + std::to_string(by_count.size() - shown) +
                     tr(lang, " slag", " kinds");
        return label;
    };

    auto actor = [&](const Id& id) {
        if (auto it = node_of.find(id); it != node_of.end()) return it->second;
        SNode n;
        n.element = id;
        n.kind = look.forum(id) ? NodeKind::Forum : NodeKind::Actor;
        n.shape = look.citizen(id) ? NodeShape::Ellipse
                  : look.forum(id) ? NodeShape::Box
                  : look.role(id)  ? NodeShape::Box
                                   : NodeShape::RoundedBox;
        const bool round = n.shape == NodeShape::Ellipse;
        const double inner = round ? kActorWidth * 0.68 : kActorWidth - 2 * kPad;
        std::vector<Line> lines = wrapped(look.name(id), inner, kActorSize);
        if (const auto* r = look.role(id); r && r->unit.is_set())
            for (auto& l : wrapped("(" + look.name(r->unit.value()) + ")", inner, kSmallSize, false,
                                   kMutedInk))
                lines.push_back(std::move(l));
        const double th = lines_height(lines);
        n.box = {0, 0, kActorWidth, round ? std::max(th * 1.45 + 6, 40.0) : th + 2 * kPad};
        place_lines(n.texts, lines, kActorWidth, (n.box.h - th) / 2);
        n.principals = look.principals_of(id);
        std::string key;
        n.fill = principals_fill(look, n.principals, key);
        if (!key.empty()) n.legend.push_back(key);
        if (look.citizen(id)) n.legend.push_back("actor:citizen");
        if (look.forum(id)) n.legend.push_back("actor:forum");
        n.tooltip = look.name(id);
        if (look.inactive(id)) grey_out(s, n);
        const int i = s.add(std::move(n));
        node_of[id] = i;
        return i;
    };

    for (const auto& f : m.flows) {
        if (f.from.empty() || f.to.empty()) continue;
        if (!keep[static_cast<std::size_t>(item_of[f.from])] ||
            !keep[static_cast<std::size_t>(item_of[f.to])])
            continue;
        const Id da = drawn_as(f.from), db = drawn_as(f.to);
        const bool bundled = da != f.from || db != f.to;
        if (bundled && da == db) continue; // inside one collapsed principal: not between nodes
        const int a = da != f.from ? group_node(da) : actor(f.from);
        const int b = db != f.to ? group_node(db) : actor(f.to);
        const FlowGroup grp = group_of(f.type);
        const GroupLook lk = look_of(grp);
        if (bundled) {
            Bundle& bu = bundles[{da, db, grp == FlowGroup::Feedback}];
            ++bu.count;
            ++bu.types[f.type];
            ++bu.groups[grp];
            if (bu.names.size() < 6)
                bu.names.push_back((f.name.empty() ? word(f.type, lang) : f.name) + " (" +
                                   look.name(f.from) + " \xE2\x86\x92 " + look.name(f.to) + ")");
            if (bu.edge >= 0) {
                SEdge& e = s.edges[static_cast<std::size_t>(bu.edge)];
                e.label = bundle_label(bu);
                e.label_lines = wrap_text(e.label, 132, kSmallSize);
                FlowGroup top = grp;
                int most = 0;
                for (const auto& [g, n] : bu.groups)
                    if (n > most) most = n, top = g;
                const GroupLook tl = look_of(top);
                e.color = tl.color;
                e.style = tl.style;
                e.width = tl.width;
                e.legend = {tl.key};
                std::string tip = std::to_string(bu.count) + tr(lang, " flöden:", " flows:");
                for (const auto& nm : bu.names)
                    tip += "\n" + nm;
                if (bu.count > static_cast<int>(bu.names.size()))
                    tip += "\n" + tr(lang, "… och ", "… and ") +
                           std::to_string(bu.count - static_cast<int>(bu.names.size())) +
                           tr(lang, " till", " more");
                e.tooltip = tip;
                continue;
            }
        }
        SEdge e;
        e.element = f.id;
        e.kind = EdgeKind::Flow;
        e.from = a;
        e.to = b;
        std::string label = word(f.type, lang);
        if (f.anonymised)
            label += tr(lang, " (avid.)", " (anon.)");
        else if (f.consent)
            label += tr(lang, " (samtycke)", " (consent)");
        if (f.legal_basis) label += " §";
        e.label = label;
        e.label_lines = wrap_text(label, 132, kSmallSize);
        e.color = lk.color;
        e.style = lk.style;
        e.width = lk.width;
        e.legend.push_back(lk.key);
        std::string tip = (f.name.empty() ? word(f.type, lang) : f.name) + "\n" +
                          look.name(f.from) + " \xE2\x86\x92 " + look.name(f.to);
        if (f.channel) tip += "\n" + tr(lang, "Kanal: ", "Channel: ") + word(*f.channel, lang);
        if (f.consent)
            tip += "\n" + tr(lang, "Samtycke: ", "Consent: ") + look.name(*f.consent);
        else if (f.consent.is_none())
            tip += "\n" + tr(lang, "Samtycke: inget", "Consent: none");
        if (f.anonymised) tip += "\n" + tr(lang, "Avidentifierad", "Anonymised");
        if (f.legal_basis) tip += "\n" + tr(lang, "Lagrum: ", "Legal basis: ") + *f.legal_basis;
        if (f.trigger) tip += "\n" + tr(lang, "Utlöses av: ", "Trigger: ") + *f.trigger;
        e.tooltip = tip;
        if (grp == FlowGroup::Feedback) {
            // Drawn back to the sender: the layout keeps the sender first, the arrow points back.
            std::swap(e.from, e.to);
            e.reversed = true;
            e.arrow_end = false;
            e.arrow_start = true;
        }
        if (inactive(f.status) && !bundled) {
            e.greyed = true;
            e.color = kGreyStroke;
            e.legend.push_back("inactive");
        }
        if (bundled) {
            // A bundle stands for several flows: no single flow's id, its own synthetic one.
            Bundle& bu = bundles[{da, db, grp == FlowGroup::Feedback}];
            e.element = "flows:" + da + "->" + db + (grp == FlowGroup::Feedback ? ":feedback" : "");
            e.tooltip = bu.names.front();
            bu.edge = static_cast<int>(s.edges.size());
        }
        s.add(e);
    }
    if (s.nodes.empty())
        s.message = tr(lang, "Inget att visa i den här vyn", "Nothing to show in this view");
    return s;
}

} // namespace skm::render::detail
