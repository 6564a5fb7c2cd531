#pragma once
// A small model built in code, and look-ups into a ReportDocument, for the report tests.
#include "skm/report.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace skm::test {

inline Date date(const char* s) {
    Date d;
    Date::parse(s, d);
    return d;
}

// Two levels, three forums, flows with feedback, responsibilities with and without grey zones,
// documents, an escalation path with steps out of order, and a process.
inline Model report_model() {
    Model m;
    m.info.id = "liten";
    m.info.name = "Lilla kommunen";
    m.info.geography = std::string("Lilla kommunen");
    m.info.snapshot = date("2024-03-01");
    m.info.status = ModelStatus::Borlage;
    m.principals.push_back({"HM-K", "Lilla kommun", PrincipalType::Kommun, {}});
    m.principals.push_back({"HM-R", "Region Mitt", PrincipalType::Region, {}});

    Unit ifo;
    ifo.id = "U-IFO";
    ifo.name = "Individ- och familjeomsorgen";
    ifo.principal = Id("HM-K");
    Unit skola = ifo;
    skola.id = "U-SKOLA";
    skola.name = "Centralskolan";
    Unit bup = ifo;
    bup.id = "U-BUP";
    bup.name = "BUP Mitt";
    bup.principal = Id("HM-R");
    m.units = {ifo, skola, bup};

    Role chef;
    chef.id = "R-CHEF";
    chef.title = "Enhetschef IFO";
    chef.unit = Id("U-IFO");
    Role rektor = chef;
    rektor.id = "R-REKTOR";
    rektor.title = "Rektor";
    rektor.unit = Id("U-SKOLA");
    Role sekr = chef;
    sekr.id = "R-SEKR";
    sekr.title = "Socialsekreterare";
    m.roles = {chef, rektor, sekr};

    Level s;
    s.id = "L-S";
    s.name = "Ledningsnivå";
    s.tier = Tier::S;
    s.order = 1;
    Level o = s;
    o.id = "L-O";
    o.name = "Verksamhetsnivå";
    o.tier = Tier::O;
    o.order = 2;
    m.levels = {o, s}; // out of order on purpose
    m.level_links.push_back({"LL-1", "L-S", "L-O", {LevelLinkType::Samrad}});

    Forum styr;
    styr.id = "F-STYR";
    styr.name = "Styrgruppen";
    styr.level = Id("L-S");
    styr.kind = ForumKind::Styrgrupp;
    styr.convener = Id("R-CHEF");
    styr.chair = Id("R-CHEF");
    styr.secretary = Maybe<Id>::none();
    styr.members.push_back({"R-CHEF", MemberMode::Ordinarie, Id("R-SEKR"), {}});
    styr.members.push_back({"R-REKTOR", MemberMode::VidBehov, {}, {}});
    styr.frequency = Frequency{Frequency::Kind::Count, 2, FrequencyPer::Termin};
    styr.mandate = Mandate::Beslut;
    styr.purpose = std::string("Leda samverkan");
    styr.documentation = Documentation::Protokoll;
    Forum grupp;
    grupp.id = "F-GRUPP";
    grupp.name = "Samverkansgruppen";
    grupp.level = Id("L-O");
    grupp.reports_to = Id("F-STYR");
    Forum lost;
    lost.id = "F-LOST";
    lost.name = "Forum utan nivå";
    m.forums = {grupp, styr, lost};

    Flow anm;
    anm.id = "FL-ANM";
    anm.name = "Orosanmälan";
    anm.type = FlowType::Anmalan;
    anm.from = "U-SKOLA";
    anm.to = "U-IFO";
    anm.channel = Channel::Skriftlig;
    anm.legal_basis = std::string("14 kap. 1 § SoL");
    anm.deadline_days = 1;
    anm.governed_by = {"D-RUTIN"};
    Flow ater;
    ater.id = "FL-ATER";
    ater.name = "Återkoppling till skolan";
    ater.type = FlowType::Aterkoppling;
    ater.from = "R-SEKR";
    ater.to = "U-SKOLA";
    ater.responds_to = Id("FL-ANM");
    ater.deadline_days = Maybe<int>::none();
    ater.lead_time_days = Maybe<int>::none();
    m.flows = {anm, ater};

    Document rutin;
    rutin.id = "D-RUTIN";
    rutin.type = DocType::Rutin;
    rutin.title = "Rutin för orosanmälan";
    rutin.parties = {"HM-K"};
    rutin.adopted_by = Id("U-IFO");
    rutin.adopted = date("2023-01-15");
    rutin.parent = Id("D-AVTAL");
    Document avtal;
    avtal.id = "D-AVTAL";
    avtal.type = DocType::Overenskommelse;
    avtal.title = "Samverkansöverenskommelse";
    avtal.parties = {"HM-K", "HM-R"};
    avtal.valid_to = date("2026-12-31");
    avtal.parent = Maybe<Id>::none();
    m.documents = {rutin, avtal};

    Responsibility ensam; // one owner: not a grey zone
    ensam.id = "A-ENSAM";
    ensam.name = "Utredning av barn som far illa";
    ensam.owners.push_back({"U-IFO", Raci::Ansvarar, {}, {}});
    Responsibility ingen; // nobody: a grey zone
    ingen.id = "A-INGEN";
    ingen.name = "Stöd till syskon";
    Responsibility flera; // two owners, no lead: a grey zone
    flera.id = "A-FLERA";
    flera.name = "Behandling vid psykisk ohälsa";
    flera.owners.push_back({"U-IFO", Raci::Utfor, {}, {}});
    flera.owners.push_back({"U-BUP", Raci::Utfor, {}, {}});
    Responsibility ledd = flera; // two owners with a lead: not a grey zone
    ledd.id = "A-LEDD";
    ledd.name = "Samordnad plan";
    ledd.lead = Id("U-IFO");
    m.responsibilities = {ensam, ingen, flera, ledd};

    Escalation tvist;
    tvist.id = "E-TVIST";
    tvist.name = "Tvistlösning";
    tvist.steps.push_back({2, {"F-STYR"}, {}, {}});
    tvist.steps.push_back({1, {"R-CHEF", "R-REKTOR"}, std::string("två veckor"), {}});
    m.escalations = {tvist};

    Process p;
    p.id = "P-ANM";
    p.name = "Handlingsplan vid anmälan";
    p.lanes = {"U-SKOLA", "U-IFO"};
    Step s1;
    s1.id = "S1";
    s1.name = "Oro upptäcks";
    s1.type = StepType::Start;
    s1.lanes = {"U-SKOLA"};
    s1.next = {"S2"};
    Step s2;
    s2.id = "S2";
    s2.name = "Anmälan tas emot";
    s2.type = StepType::Slut;
    s2.lanes = {"U-IFO"};
    s2.handoff = Id("FL-ANM");
    p.steps = {s1, s2};
    m.processes = {p};
    return m;
}

// A diagram source that draws nothing but a tiny valid SVG, so table tests need no Graphviz.
inline exports::DiagramSource fake_diagrams() {
    return [](const Model&, const render::ViewSpec&) {
        exports::ExportResult r;
        r.ok = true;
        r.bytes = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                  "width=\"10pt\" height=\"10pt\"><g id=\"graph0\"><text>x</text></g></svg>\n";
        return r;
    };
}

inline exports::ReportOptions options(Lang lang = Lang::Sv) {
    exports::ReportOptions o;
    o.lang = lang;
    o.diagrams = fake_diagrams();
    return o;
}

inline std::vector<const exports::Section*> parts_with_prefix(const exports::ReportDocument& doc,
                                                              const std::string& prefix) {
    std::vector<const exports::Section*> out;
    for (const auto& s : doc.sections)
        if (s.level == 3 && s.anchor.rfind(prefix, 0) == 0) out.push_back(&s);
    return out;
}

inline const exports::Table* first_table(const exports::Section* s) {
    if (!s) return nullptr;
    for (const auto& b : s->blocks)
        if (const auto* t = std::get_if<exports::Table>(&b)) return t;
    return nullptr;
}

inline std::string cell_text(const exports::Cell& c) {
    std::string out;
    for (const auto& it : c)
        out += (out.empty() ? "" : "\n") + it.text;
    return out;
}

// The value cell of a key/value table's row with this key.
inline const exports::Cell* kv_value(const exports::Table& t, const std::string& key) {
    for (const auto& row : t.rows)
        if (row.size() == 2 && cell_text(row[0]) == key) return &row[1];
    return nullptr;
}

inline bool contains(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

} // namespace skm::test
