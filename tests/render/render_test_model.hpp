#pragma once
// A small hand-built model that exercises every view: four levels given out of order, forums of
// two principal types, a dormant forum, reporting lines within and between levels, flows with
// feedback, a three-lane process with labelled handoffs inside a lane, and an escalation path
// with parallel targets.
#include "skm/model.hpp"
#include "skm/model_file.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace skm::test {

inline Model render_test_model() {
    Model m;
    m.info.id = "M-TEST";
    m.info.name = "Testkommun – samverkan kring barn";
    m.info.snapshot = {2026, 1, 15};
    m.principals = {{"HM-K", "Åsele kommun", PrincipalType::Kommun, {}},
                    {"HM-R", "Region Västerbotten", PrincipalType::Region, {}}};
    Unit soc;
    soc.id = "U-SOC";
    soc.name = "Socialtjänsten – barn och unga";
    soc.principal = Id("HM-K");
    Unit skola;
    skola.id = "U-SKOLA";
    skola.name = "Öjeskolan";
    skola.principal = Id("HM-K");
    Unit bup;
    bup.id = "U-BUP";
    bup.name = "BUP Skellefteå";
    bup.principal = Id("HM-R");
    m.units = {soc, skola, bup};
    // Out of order on purpose: the bands must follow tier, then order.
    auto level = [](Id id, std::string name, Tier t, int order) {
        Level l;
        l.id = std::move(id);
        l.name = std::move(name);
        l.tier = t;
        l.order = order;
        return l;
    };
    m.levels = {level("L-I", "Individnivå (navet)", Tier::I, 1),
                level("L-O", "Verksamhetsnivå", Tier::O, 1),
                level("L-P", "Politisk nivå", Tier::P, 1),
                level("L-S", "Övergripande nivå", Tier::S, 1)};
    LevelLink link;
    link.id = "LL-1";
    link.a = "L-S";
    link.b = "L-O";
    link.types = {LevelLinkType::Samrad, LevelLinkType::Uppfoljning};
    m.level_links = {link};
    auto forum = [](Id id, std::string name, Id lvl, std::vector<Id> principals) {
        Forum f;
        f.id = std::move(id);
        f.name = std::move(name);
        f.level = lvl;
        f.principals = std::move(principals);
        return f;
    };
    m.forums = {forum("F-NAMND", "Barn- och utbildningsnämnden", "L-P", {"HM-K"}),
                forum("F-LEDN", "Ledningsgrupp för samverkan", "L-S", {"HM-K", "HM-R"}),
                forum("F-VERK", "Verksamhetsgrupp för ensamkommande", "L-O", {"HM-K"}),
                forum("F-ELEV", "Elevhälsoteam Öjeskolan", "L-O", {"HM-K"}),
                forum("F-NAV", "Navet – individärenden", "L-I", {"HM-K", "HM-R"}),
                forum("F-GAMMAL", "Samverkansgrupp BUP–skola", "L-O", {"HM-R"})};
    m.forums[5].status = ElementStatus::Dormant;
    m.forums[1].reports_to = Id("F-NAMND");
    m.forums[2].reports_to = Id("F-LEDN");
    m.forums[3].reports_to = Id("F-VERK"); // within one band
    m.forums[4].reports_to = Id("F-VERK");
    auto flow = [](Id id, FlowType t, Id from, Id to) {
        Flow f;
        f.id = std::move(id);
        f.name = std::string(to_word(t));
        f.type = t;
        f.from = std::move(from);
        f.to = std::move(to);
        return f;
    };
    m.flows = {flow("FL-ANM", FlowType::Anmalan, "U-SKOLA", "U-SOC"),
               flow("FL-ATER", FlowType::Aterkoppling, "U-SOC", "U-SKOLA"),
               flow("FL-REM", FlowType::Remiss, "U-SOC", "U-BUP")};
    m.flows[0].legal_basis = std::string("14 kap. 1 § SoL");
    m.flows[1].responds_to = Id("FL-ANM");

    Process p;
    p.id = "P-SIP";
    p.name = "Samordnad individuell plan";
    p.lanes = {"U-SKOLA", "U-SOC", "U-BUP"};
    auto step = [](Id id, std::string name, StepType t, std::vector<Id> lanes,
                   std::vector<Id> next) {
        Step s;
        s.id = std::move(id);
        s.name = std::move(name);
        s.type = t;
        s.lanes = std::move(lanes);
        s.next = std::move(next);
        return s;
    };
    p.steps = {step("S0", "Behov upptäcks", StepType::Start, {}, {"S1"}),
               step("S1", "Identifiera behov", StepType::Aktivitet, {"U-SKOLA"}, {"S2"}),
               step("S2", "Inhämta samtycke", StepType::Samtycke, {"U-SKOLA"}, {"S3"}),
               step("S3", "Kallelse till SIP-möte", StepType::Kallelse, {"U-SOC"}, {"S4"}),
               step("S4", "Behövs BUP?", StepType::Beslut, {"U-SOC"}, {"S5", "S6"}),
               step("S5", "Bedömning på BUP", StepType::Aktivitet, {"U-BUP"}, {"S6"}),
               step("S6", "SIP-möte", StepType::Mote, {"U-SOC", "U-BUP", "U-SKOLA"}, {"S7"}),
               step("S7", "Uppföljning", StepType::Uppfoljning, {"U-SOC"}, {"S3", "S8"}),
               step("S8", "Avslut", StepType::Slut, {}, {})};
    p.steps[1].handoff = Id("FL-ANM"); // a labelled edge inside the school's lane
    p.steps[3].handoff = Id("FL-REM"); // labelled, inside the social services' lane
    m.processes = {p};

    Escalation e;
    e.id = "E-TVIST";
    e.name = "Tvistordning";
    e.kind = EscalationKind::Tvist;
    e.initiator = Id("U-SOC");
    EscalationStep s1;
    s1.order = 1;
    s1.targets = {"F-VERK", "F-GAMMAL"};
    s1.time_limit = std::string("2 veckor");
    EscalationStep s2;
    s2.order = 2;
    s2.targets = {"F-LEDN"};
    EscalationStep s3;
    s3.order = 3;
    s3.targets = {"F-NAMND"};
    e.steps = {s3, s1, s2}; // out of order on purpose
    m.escalations = {e};
    return m;
}

// Every bundled example (models/examples/*.json), sorted by file name.
inline std::vector<std::string> example_files() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(SKM_SOURCE_DIR "/models/examples"))
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace skm::test
