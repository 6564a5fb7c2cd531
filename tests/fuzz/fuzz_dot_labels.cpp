// libFuzzer target: any bytes used as names (split at NUL) must give DOT that Graphviz reads as
// the graph we meant, and a layout that succeeds, in every view. Never a crash, never injection.
#include "skm/layout.hpp"

#include <graphviz/cgraph.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split_names(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> names(1);
    for (std::size_t i = 0; i < size && names.size() < 64; ++i) {
        if (data[i] == 0)
            names.emplace_back();
        else
            names.back() += static_cast<char>(data[i]);
    }
    return names;
}

skm::Model model_named(const std::vector<std::string>& names) {
    using namespace skm;
    auto name = [&](std::size_t i) { return names[i % names.size()]; };
    Model m;
    m.info.id = "M";
    m.info.name = name(0);
    m.principals = {{"HM-K", name(1), PrincipalType::Kommun, {}},
                    {"HM-R", name(2), PrincipalType::Region, {}}};
    const Tier tiers[] = {Tier::P, Tier::S, Tier::O, Tier::I};
    for (int i = 0; i < 4; ++i) {
        Level l;
        l.id = "L" + std::to_string(i);
        l.name = name(3 + static_cast<std::size_t>(i));
        l.tier = tiers[i];
        m.levels.push_back(l);
    }
    LevelLink link;
    link.id = "LL";
    link.a = "L1";
    link.b = "L2";
    link.types = {LevelLinkType::Samrad};
    m.level_links = {link};
    for (int i = 0; i < 8; ++i) {
        Forum f;
        f.id = "F" + std::to_string(i);
        f.name = name(7 + static_cast<std::size_t>(i));
        f.level = "L" + std::to_string(i % 4);
        f.principals = {i % 2 ? "HM-R" : "HM-K"};
        if (i > 0) f.reports_to = Id("F" + std::to_string(i / 2));
        if (i == 5) f.status = ElementStatus::Dormant;
        m.forums.push_back(f);
    }
    for (int i = 0; i < 3; ++i) {
        Unit u;
        u.id = "U" + std::to_string(i);
        u.name = name(15 + static_cast<std::size_t>(i));
        u.principal = Id(i == 2 ? "HM-R" : "HM-K");
        m.units.push_back(u);
    }
    const FlowType types[] = {FlowType::Anmalan, FlowType::Aterkoppling, FlowType::Remiss};
    for (int i = 0; i < 3; ++i) {
        Flow f;
        f.id = "FL" + std::to_string(i);
        f.name = name(18 + static_cast<std::size_t>(i));
        f.type = types[i];
        f.from = "U" + std::to_string(i);
        f.to = "U" + std::to_string((i + 1) % 3);
        f.legal_basis = name(21);
        m.flows.push_back(f);
    }
    Process p;
    p.id = "P";
    p.name = name(22);
    p.lanes = {"U0", "U1", "U2"};
    for (int i = 0; i < 6; ++i) {
        Step s;
        s.id = "S" + std::to_string(i);
        s.name = name(23 + static_cast<std::size_t>(i));
        s.type = i == 0   ? StepType::Start
                 : i == 5 ? StepType::Slut
                 : i == 3 ? StepType::Beslut
                          : StepType::Aktivitet;
        if (i > 0 && i < 5) s.lanes = {"U" + std::to_string(i % 3 == 0 ? 0 : (i % 2))};
        if (i < 5) s.next = {"S" + std::to_string(i + 1)};
        if (i == 4) s.next.push_back("S1");
        s.handoff = Id("FL" + std::to_string(i % 3));
        p.steps.push_back(s);
    }
    m.processes = {p};
    Escalation e;
    e.id = "E";
    e.name = name(29);
    e.initiator = Id("U0");
    EscalationStep a;
    a.order = 1;
    a.targets = {"F2", "F3"};
    a.time_limit = name(30);
    EscalationStep b;
    b.order = 2;
    b.targets = {"F1"};
    e.steps = {a, b};
    m.escalations = {e};
    return m;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace skm::render;
    const skm::Model m = model_named(split_names(data, size));
    for (auto kind :
         {ViewKind::Structure, ViewKind::Handoffs, ViewKind::Process, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = kind;
        v.process = "P";
        const std::string dot = build_dot(m, v, nullptr);
        Agraph_t* g = agmemread(dot.c_str());
        if (!g) __builtin_trap(); // a name broke the DOT syntax
        // The names of the nodes are ours (o0, p1, …): a name never declares a node of its own.
        for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
            const char* nm = agnameof(n);
            if (!nm || nm[0] < 'a' || nm[0] > 'z') __builtin_trap();
            for (const char* c = nm + 1; *c; ++c)
                if (*c < '0' || *c > '9') __builtin_trap();
        }
        agclose(g);
        const LayoutResult r = layout_view_in_process(m, v, nullptr);
        if (!r.ok) __builtin_trap();
    }
    return 0;
}
