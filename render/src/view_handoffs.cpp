// Handoff map: the actors and the flows between them, styled by flow type. Laid out by dot
// (left to right) from our fixed node sizes; feedback (återkoppling, bekräftelse) is dashed and
// drawn back to the sender.
#include "view_handoffs.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "scope.hpp"
#include "text_wrap.hpp"

#include <map>
#include <set>
#include <unordered_map>

namespace skm::render::detail {
namespace {

constexpr double kActorWidth = 168;

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

    std::unordered_map<Id, int> node_of;
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
        const int a = actor(f.from), b = actor(f.to);
        const FlowGroup grp = group_of(f.type);
        const GroupLook lk = look_of(grp);
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
        if (inactive(f.status)) {
            e.greyed = true;
            e.color = kGreyStroke;
            e.legend.push_back("inactive");
        }
        s.add(e);
    }
    if (s.nodes.empty())
        s.message = tr(lang, "Inget att visa i den här vyn", "Nothing to show in this view");
    return s;
}

} // namespace skm::render::detail
