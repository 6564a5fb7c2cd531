#include "edit_ops.hpp"

#include "element_access.hpp"

#include <algorithm>
#include <cctype>

namespace skm::gui {
namespace {

// ASCII letters of a name for an id: Swedish letters folded (å ä → A, ö → O), other characters
// become a dash, capped so ids stay short in the file.
std::string slug(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        char add = 0;
        if (std::isalnum(c)) {
            add = static_cast<char>(std::toupper(c));
        } else if (c == 0xC3 && i + 1 < name.size()) {
            const unsigned char d = static_cast<unsigned char>(name[++i]);
            add = (d == 0xA5 || d == 0x85 || d == 0xA4 || d == 0x84) ? 'A'
                  : (d == 0xB6 || d == 0x96)                         ? 'O'
                  : (d == 0xA9 || d == 0x89)                         ? 'E'
                                                                     : 0;
        } else if (c >= 0x80) {
            continue; // other multibyte letters: skipped
        }
        if (add)
            out += add;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    // Short ids: whole words up to 20 letters ("SOCIALTJANSTEN-IFO", "MIGRATIONSVERKETS").
    if (out.size() > 20) {
        const auto dash = out.rfind('-', 20);
        out.resize(dash != std::string::npos && dash >= 6 ? dash : 20);
    }
    return out;
}

template <class T> const T* get(const Model& m, const Id& id) {
    return find_by_id(collection_of<T>(m), id);
}

template <class T>
Created replace(const T& before, const T& after, const Id& id, std::string what) {
    if (before == after) return {};
    return {std::make_unique<ReplaceElement<T>>(before, after, std::move(what)), id};
}

Created replace_process(const Process& before, const Process& after, const Id& id,
                        const std::string& what) {
    return replace(before, after, id, what);
}

} // namespace

Id id_from_name(const Model& m, const std::string& prefix, const std::string& name) {
    const std::string s = slug(name);
    return fresh_id(m, s.empty() ? prefix + "-NY" : prefix + "-" + s);
}

StepRef find_step(const Model& m, const Id& ref) {
    const auto dot = ref.find('.');
    if (dot == std::string::npos) return {};
    const Process* p = get<Process>(m, ref.substr(0, dot));
    if (!p) return {};
    const Step* s = find_by_id(p->steps, ref.substr(dot + 1));
    return s ? StepRef{p, s} : StepRef{};
}

std::string step_ref(const Id& process, const Id& step) {
    return process + "." + step;
}

std::string caption_of(const Model& m, const Id& id) {
    if (auto s = find_step(m, id); s.step) return s.step->name;
    return display_name(m, id);
}

int next_level_order(const Model& m) {
    int order = 0;
    for (const auto& l : m.levels)
        order = std::max(order, l.order + 1);
    return order == 0 && m.levels.empty() ? 1 : std::max(order, 1);
}

Created add_level(const Model& m, const std::string& name, Tier tier) {
    Level l;
    l.id = id_from_name(m, "L", name);
    l.name = name;
    l.tier = tier;
    l.order = next_level_order(m);
    const Id id = l.id;
    return {std::make_unique<AddElement<Level>>(std::move(l)), id};
}

Created add_principal(const Model& m, const std::string& name, PrincipalType type) {
    Principal p;
    p.id = id_from_name(m, "HM", name);
    p.name = name;
    p.type = type;
    const Id id = p.id;
    return {std::make_unique<AddElement<Principal>>(std::move(p)), id};
}

Created add_unit(const Model& m, const std::string& name, const Id& level, const Id& principal) {
    Unit u;
    u.id = id_from_name(m, "U", name);
    u.name = name;
    if (!level.empty() && get<Level>(m, level)) u.level = level;
    if (!principal.empty() && get<Principal>(m, principal)) u.principal = principal;
    const Id id = u.id;
    return {std::make_unique<AddElement<Unit>>(std::move(u)), id};
}

Created add_forum(const Model& m, const std::string& name, const Id& level) {
    Forum f;
    f.id = id_from_name(m, "F", name);
    f.name = name;
    if (!level.empty() && get<Level>(m, level)) f.level = level;
    const Id id = f.id;
    return {std::make_unique<AddElement<Forum>>(std::move(f)), id};
}

Created add_flow(const Model& m, const Id& from, const Id& to, FlowType type, bool with_feedback) {
    constexpr std::uint32_t actor = RefActor;
    if (from == to || !(kind_of(m, from) & actor) || !(kind_of(m, to) & actor)) return {};
    Flow f;
    f.id = fresh_id(m, "FL-" + slug(std::string(to_word(type))));
    f.type = type;
    f.from = from;
    f.to = to;
    f.name = std::string(to_word(type)) + " " + display_name(m, from) + " → " + display_name(m, to);
    const Id id = f.id;
    if (!with_feedback) return {std::make_unique<AddElement<Flow>>(std::move(f)), id};
    Flow back;
    Model probe = m; // the second id must not collide with the first
    probe.flows.push_back(f);
    back.id = fresh_id(probe, "FL-ATERKOPPLING");
    back.type = FlowType::Aterkoppling;
    back.from = to;
    back.to = from;
    back.responds_to = id;
    back.name = "återkoppling " + display_name(m, to) + " → " + display_name(m, from);
    auto c =
        std::make_unique<CompositeCommand>("Ny " + std::string(to_word(type)) + " med återkoppling",
                                           "New " + std::string(to_word(type)) + " with feedback");
    c->add(std::make_unique<AddElement<Flow>>(std::move(f)));
    c->add(std::make_unique<AddElement<Flow>>(std::move(back)));
    return {std::move(c), id};
}

Created add_member(const Model& m, const Id& forum, const Id& member) {
    const Forum* f = get<Forum>(m, forum);
    if (!f || !(kind_of(m, member) & (RefUnit | RefRole | RefCitizen))) return {};
    for (const auto& mem : f->members)
        if (mem.member == member) return {};
    Forum after = *f;
    Membership mem;
    mem.member = member;
    after.members.push_back(mem);
    return replace(*f, after, forum, "medlem " + display_name(m, member));
}

Created remove_member(const Model& m, const Id& forum, const Id& member) {
    const Forum* f = get<Forum>(m, forum);
    if (!f) return {};
    Forum after = *f;
    std::erase_if(after.members, [&](const Membership& x) { return x.member == member; });
    for (auto* who : {&after.convener, &after.chair, &after.secretary})
        if (who->is_set() && who->value() == member) who->set_unknown();
    return replace(*f, after, forum, "ta bort medlem " + display_name(m, member));
}

Created set_convener(const Model& m, const Id& forum, const Id& who) {
    const Forum* f = get<Forum>(m, forum);
    if (!f || !(kind_of(m, who) & (RefUnit | RefRole))) return {};
    Forum after = *f;
    after.convener = who;
    // The convener sits in the forum: add it as a member when it is not one yet.
    if (std::none_of(after.members.begin(), after.members.end(),
                     [&](const Membership& x) { return x.member == who; })) {
        Membership mem;
        mem.member = who;
        after.members.push_back(mem);
    }
    return replace(*f, after, forum, "sammankallande " + display_name(m, who));
}

Created set_level(const Model& m, const Id& element, const Id& level) {
    if (!get<Level>(m, level)) return {};
    if (const Unit* u = get<Unit>(m, element)) {
        Unit after = *u;
        after.level = level;
        return replace(*u, after, element, "nivå " + display_name(m, level));
    }
    if (const Forum* f = get<Forum>(m, element)) {
        Forum after = *f;
        after.level = level;
        return replace(*f, after, element, "nivå " + display_name(m, level));
    }
    if (const Process* p = get<Process>(m, element)) {
        Process after = *p;
        after.level = level;
        return replace(*p, after, element, "nivå " + display_name(m, level));
    }
    return {};
}

Created rename(const Model& m, const Id& element, const std::string& name) {
    if (name.empty()) return {};
    if (auto s = find_step(m, element); s.step) {
        Process after = *s.process;
        find_by_id(after.steps, s.step->id)->name = name;
        return replace_process(*s.process, after, element, "namn");
    }
    Created out;
    with_element(m, element, [&](const auto& e) {
        using T = std::decay_t<decltype(e)>;
        T after = e;
        if constexpr (requires { after.name; })
            after.name = name;
        else if constexpr (requires { after.title; })
            after.title = name;
        else
            return;
        out = replace(e, after, element, "namn");
    });
    return out;
}

Created set_flow_type(const Model& m, const Id& flow, FlowType type) {
    const Flow* f = get<Flow>(m, flow);
    if (!f) return {};
    Flow after = *f;
    after.type = type;
    return replace(*f, after, flow, "typ " + std::string(to_word(type)));
}

Created add_process(const Model& m, const std::string& name, const Id& level) {
    Process p;
    p.id = id_from_name(m, "P", name);
    p.name = name;
    if (!level.empty() && get<Level>(m, level)) p.level = level;
    const Id id = p.id;
    return {std::make_unique<AddElement<Process>>(std::move(p)), id};
}

Created add_lane(const Model& m, const Id& process, const Id& actor) {
    const Process* p = get<Process>(m, process);
    if (!p || !(kind_of(m, actor) & RefActor)) return {};
    if (std::find(p->lanes.begin(), p->lanes.end(), actor) != p->lanes.end()) return {};
    Process after = *p;
    after.lanes.push_back(actor);
    return replace_process(*p, after, process, "simbana " + display_name(m, actor));
}

Created add_step(const Model& m, const Id& process, const std::string& name, const Id& lane,
                 const Id& after_ref, const Id& before_ref) {
    const Process* p = get<Process>(m, process);
    if (!p) return {};
    Process after = *p;
    Step s;
    int n = static_cast<int>(p->steps.size()) + 1;
    do
        s.id = "S" + std::to_string(n++);
    while (find_by_id(after.steps, s.id));
    s.name = name.empty() ? "Steg " + s.id.substr(1) : name;
    if (!lane.empty() && (kind_of(m, lane) & RefActor)) {
        s.lanes.push_back(lane);
        if (std::find(after.lanes.begin(), after.lanes.end(), lane) == after.lanes.end())
            after.lanes.push_back(lane);
    }
    const StepRef before = find_step(m, before_ref);
    if (before.step && before.process == p) {
        // Insert before: whatever led to `before` now leads to the new step, which leads on.
        for (auto& o : after.steps)
            for (auto& nx : o.next)
                if (nx == before.step->id) nx = s.id;
        s.next.push_back(before.step->id);
        const auto at = std::find_if(after.steps.begin(), after.steps.end(),
                                     [&](const Step& x) { return x.id == before.step->id; });
        after.steps.insert(at, s);
    } else {
        const StepRef prev = find_step(m, after_ref);
        Step* link = nullptr;
        if (prev.step && prev.process == p)
            link = find_by_id(after.steps, prev.step->id);
        else if (!after.steps.empty() && after.steps.back().next.empty())
            link = &after.steps.back();
        if (link) {
            // Insert after: the new step takes over where `link` led.
            s.next = link->next;
            link->next = {s.id};
        }
        const auto at = link ? std::find_if(after.steps.begin(), after.steps.end(),
                                            [&](const Step& x) { return x.id == link->id; }) +
                                   1
                             : after.steps.end();
        after.steps.insert(at, s);
    }
    return replace_process(*p, after, step_ref(process, s.id), "steg " + s.name);
}

Created connect_steps(const Model& m, const Id& from_ref, const Id& to_ref) {
    const StepRef a = find_step(m, from_ref), b = find_step(m, to_ref);
    if (!a.step || !b.step || a.process != b.process || a.step == b.step) return {};
    if (std::find(a.step->next.begin(), a.step->next.end(), b.step->id) != a.step->next.end())
        return {};
    Process after = *a.process;
    find_by_id(after.steps, a.step->id)->next.push_back(b.step->id);
    return replace_process(*a.process, after, from_ref, "nästa steg " + b.step->name);
}

Created delete_step(const Model& m, const Id& ref) {
    const StepRef s = find_step(m, ref);
    if (!s.step) return {};
    Process after = *s.process;
    const Id sid = s.step->id;
    const std::vector<Id> onward = s.step->next;
    std::erase_if(after.steps, [&](const Step& x) { return x.id == sid; });
    // Steps that led to the deleted one lead on to where it led, so the chain stays whole.
    for (auto& o : after.steps) {
        auto it = std::find(o.next.begin(), o.next.end(), sid);
        if (it == o.next.end()) continue;
        o.next.erase(it);
        for (const auto& nx : onward)
            if (nx != o.id && std::find(o.next.begin(), o.next.end(), nx) == o.next.end())
                o.next.push_back(nx);
    }
    auto c = std::make_unique<CompositeCommand>("Radera steg " + s.step->name,
                                                "Delete step " + s.step->name);
    c->add(std::make_unique<ReplaceElement<Process>>(*s.process, after, "radera steg"));
    for (const auto& f : m.flows) {
        Flow fa = f;
        if (fa.step.is_set() && fa.step.value() == ref) fa.step.set_unknown();
        std::erase(fa.preceded_by, ref);
        if (!(fa == f)) c->add(std::make_unique<ReplaceElement<Flow>>(f, fa, "steg"));
    }
    return {std::move(c), s.process->id};
}

const char* tier_words(Tier t, Lang lang) {
    const bool sv = lang == Lang::Sv;
    switch (t) {
    case Tier::P:
        return sv ? "politisk" : "political";
    case Tier::S:
        return sv ? "övergripande/strategisk" : "overarching/strategic";
    case Tier::O:
        return sv ? "verksamhet" : "operational";
    case Tier::I:
        return sv ? "individ" : "individual";
    case Tier::A:
        return sv ? "rådgivande" : "advisory";
    }
    return "";
}

std::string lower_sv(const std::string& s) {
    std::string out = s;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
        if (c == 0xC3 && i + 1 < out.size()) {
            const unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
            ++i;
        }
    }
    return out;
}

std::optional<Tier> tier_from_word(const std::string& word) {
    const std::string w = lower_sv(word);
    auto has = [&](const char* s) { return w.find(s) != std::string::npos; };
    if (has("politi")) return Tier::P;
    if (has("övergrip") || has("strateg") || has("ledning") || has("förvaltning")) return Tier::S;
    if (has("verksamhet") || has("operativ") || has("enhetschef")) return Tier::O;
    if (has("individ") || has("basnivå") || has("ärende")) return Tier::I;
    if (has("rådgiv") || has("referens")) return Tier::A;
    return std::nullopt;
}

const std::vector<FlowType>& frequent_flow_types() {
    static const std::vector<FlowType> types = {
        FlowType::Anmalan,      FlowType::Konsultation,   FlowType::Overlamning,
        FlowType::Remiss,       FlowType::Information,    FlowType::Kallelse,
        FlowType::Aterkoppling, FlowType::Samverkansmote,
    };
    return types;
}

} // namespace skm::gui
