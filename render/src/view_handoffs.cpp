// Handoff map: the actors and the flows between them, styled by flow type. Feedback
// (återkoppling, bekräftelse) is dashed and drawn back to the sender.
#include "dot_text.hpp"
#include "view_style.hpp"

#include <map>
#include <set>

namespace skm::render::detail {
namespace {

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
    const char* sv;
    const char* en;
};

GroupLook look_of(FlowGroup g) {
    switch (g) {
    case FlowGroup::Report:
        return {0xB23B3BFF, LineStyle::Bold, 2.4, "Anmälan/avvikelse/tvist",
                "Report/deviation/dispute"};
    case FlowGroup::Feedback:
        return {0x2E7D32FF, LineStyle::Dashed, 1.6, "Återkoppling/bekräftelse",
                "Feedback/confirmation"};
    case FlowGroup::Consult:
        return {0x5B6F8FFF, LineStyle::Dotted, 1.8, "Konsultation/samråd", "Consultation"};
    case FlowGroup::Transfer:
        return {0x1F4E79FF, LineStyle::Solid, 2.2, "Överlämning/remiss", "Handover/referral"};
    case FlowGroup::Decision:
        return {0x6A1B9AFF, LineStyle::Solid, 1.6, "Kallelse/beslut/uppgifter",
                "Summons/decision/data"};
    case FlowGroup::Info:
        return {0x555555FF, LineStyle::Solid, 1.2, "Information/rapportering",
                "Information/reporting"};
    }
    return {0x555555FF, LineStyle::Solid, 1.2, "", ""};
}

NodeShape shape_of(const Model& m, const Id& actor) {
    if (find_by_id(m.citizens, actor)) return NodeShape::Ellipse;
    if (find_by_id(m.forums, actor)) return NodeShape::Note;
    if (find_by_id(m.roles, actor)) return NodeShape::Box;
    return NodeShape::RoundedBox;
}

std::string actor_name(const Model& m, const Id& id) {
    if (const auto* c = find_by_id(m.citizens, id)) return std::string(to_word(c->kind));
    return display_name(m, id);
}

Id level_of_actor(const Model& m, const Id& id) {
    if (const auto* f = find_by_id(m.forums, id)) return f->level ? *f->level : Id{};
    for (const auto& f : m.forums)
        for (const auto& mem : f.members)
            if (mem.member == id && f.level) return *f.level;
    return {};
}

} // namespace

ViewGraph build_handoffs(const Model& m, const ViewSpec& view) {
    const Lang lang = view.lang;
    ViewGraph g;
    g.title = m.info.name + " – " + tr(lang, "Överlämningar", "Handoffs");
    g.left_to_right = true;

    std::map<Id, int> node_of;
    std::map<PrincipalType, bool> used;
    bool any_grey = false;
    auto actor = [&](const Id& id) {
        if (auto it = node_of.find(id); it != node_of.end()) return it->second;
        VNode n;
        n.element = id;
        n.lines = wrap_label(actor_name(m, id));
        if (const auto* r = find_by_id(m.roles, id); r && r->unit)
            n.lines.push_back("(" + wrap_label(display_name(m, *r->unit), 30, 30)[0] + ")");
        n.shape = shape_of(m, id);
        n.principals = principals_of(m, id);
        n.level = level_of_actor(m, id);
        n.tooltip = actor_name(m, id);
        paint_by_principals(n, m, n.principals, used);
        if (actor_inactive(m, id)) {
            grey_out(n);
            any_grey = true;
        }
        const int i = g.add_node(n);
        node_of[id] = i;
        return i;
    };

    std::set<FlowGroup> groups;
    for (const auto& f : m.flows) {
        if (f.from.empty() || f.to.empty()) continue;
        const int a = actor(f.from), b = actor(f.to);
        const FlowGroup grp = group_of(f.type);
        const GroupLook look = look_of(grp);
        groups.insert(grp);
        VEdge e;
        e.element = f.id;
        e.from = a;
        e.to = b;
        std::string label(to_word(f.type));
        if (f.anonymised)
            label += tr(lang, " (avid.)", " (anon.)");
        else if (f.consent)
            label += tr(lang, " (samtycke)", " (consent)");
        if (f.legal_basis) label += " §";
        e.label = label;
        e.color = look.color;
        e.style = look.style;
        e.width = look.width;
        std::string tip = (f.name.empty() ? std::string(to_word(f.type)) : f.name) + "\n" +
                          actor_name(m, f.from) + " → " + actor_name(m, f.to);
        if (f.channel)
            tip += "\n" + std::string(tr(lang, "Kanal: ", "Channel: ")) +
                   std::string(to_word(*f.channel));
        if (f.consent)
            tip += "\n" + std::string(tr(lang, "Samtycke: ", "Consent: ")) +
                   display_name(m, *f.consent);
        else if (f.consent.is_none())
            tip += "\n" + std::string(tr(lang, "Samtycke: inget", "Consent: none"));
        if (f.anonymised) tip += "\n" + std::string(tr(lang, "Avidentifierad", "Anonymised"));
        if (f.legal_basis)
            tip += "\n" + std::string(tr(lang, "Lagrum: ", "Legal basis: ")) + *f.legal_basis;
        if (f.trigger)
            tip += "\n" + std::string(tr(lang, "Utlöses av: ", "Trigger: ")) + *f.trigger;
        e.tooltip = tip;
        if (grp == FlowGroup::Feedback) {
            // Drawn back to the sender: the layout keeps the sender above, the arrow points to it.
            std::swap(e.from, e.to);
            e.reversed = true;
        }
        if (inactive(f.status)) {
            e.greyed = true;
            e.color = kGreyStroke;
            any_grey = true;
        }
        g.add_edge(e);
    }
    if (m.flows.empty())
        g.empty_message = tr(lang, "Modellen har inga flöden", "The model has no flows");

    add_principal_legend(g, used, lang);
    if (any_grey)
        g.legend.push_back({tr(lang, "Vilande/upphörd", "Dormant/ended"), kGreyFill, kGreyStroke,
                            LineStyle::Dashed});
    for (auto grp : groups) {
        const auto look = look_of(grp);
        g.legend.push_back({tr(lang, look.sv, look.en), 0, look.color, look.style, true});
    }
    return g;
}

} // namespace skm::render::detail
