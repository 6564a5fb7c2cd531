// The report's tables for a small model built in code: the rows a governing document needs.
#include "test_report_support.hpp"

#include <doctest/doctest.h>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

TEST_CASE("report: sections come in the order of a governing document") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    std::vector<std::string> chapters;
    for (const auto& s : doc.sections)
        if (s.level == 2) chapters.push_back(s.anchor);
    const std::vector<std::string> expected = {
        "structure", "level-mapping", "forums",     "contacts",  "handoffs",  "responsibilities",
        "documents", "annual-cycle",  "escalation", "processes", "templates", "gaps"};
    CHECK(chapters == expected);
}

TEST_CASE("report: title page facts come from the model, the date from the snapshot or option") {
    Model m = report_model();
    ReportDocument doc = build_report(m, CheckResult{}, options());
    REQUIRE_FALSE(doc.facts.empty());
    CHECK(doc.title == "Lilla kommunen");
    auto fact = [&](const std::string& label) {
        for (const auto& [l, v] : doc.facts)
            if (l == label) return cell_text(v);
        return std::string("<missing>");
    };
    CHECK(fact("Nulägesdatum") == "2024-03-01");
    CHECK(fact("Status") == "börläge");
    CHECK(fact("Rapporten skapad") == "2024-03-01");
    CHECK(fact("Målgrupp") == "uppgift saknas");

    ReportOptions o = options();
    o.date = date("2025-06-30");
    doc = build_report(m, CheckResult{}, o);
    CHECK(fact("Rapporten skapad") == "2025-06-30");
}

TEST_CASE("report: the structure's text alternative lists levels in order with their forums") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    const Table* t = first_table(doc.find("structure"));
    REQUIRE(t != nullptr);
    REQUIRE(t->rows.size() == 3); // two levels and the forums without one
    CHECK(t->row_ids[0] == "L-S");
    CHECK(t->row_ids[1] == "L-O");
    CHECK(cell_text(t->rows[0][3]) == "Styrgruppen");
    CHECK(cell_text(t->rows[1][3]) == "Samverkansgruppen");
    CHECK(cell_text(t->rows[2][3]) == "Forum utan nivå");
}

TEST_CASE("report: every forum has its own part with the checklist fields") {
    const Model m = report_model();
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    const auto parts = parts_with_prefix(doc, "forum-");
    REQUIRE(parts.size() == m.forums.size());
    // Level order: the steering group's level comes first although the model lists it second.
    CHECK(parts[0]->element == "F-STYR");
    CHECK(parts[1]->element == "F-GRUPP");
    CHECK(parts[2]->element == "F-LOST");

    const Table* t = first_table(parts[0]);
    REQUIRE(t != nullptr);
    for (const char* key : {"Nivå", "Syfte och uppdrag", "Mandat", "Sammankallande", "Ordförande",
                            "Sekreterare", "Ledamöter (deltagande, ersättare)", "Mötesfrekvens",
                            "Rapporterar till", "Dokumentation", "Status"})
        CHECK_MESSAGE(kv_value(*t, key) != nullptr, key);
    CHECK(cell_text(*kv_value(*t, "Ordförande")) == "Enhetschef IFO");
    CHECK(kv_value(*t, "Ordförande")->front().id == "R-CHEF");
    CHECK(cell_text(*kv_value(*t, "Mötesfrekvens")) == "2 per termin");
    const std::string members = cell_text(*kv_value(*t, "Ledamöter (deltagande, ersättare)"));
    CHECK(members ==
          "Enhetschef IFO – ordinarie, ersättare: Socialsekreterare\nRektor – vid behov");
    CHECK(cell_text(*kv_value(*first_table(parts[1]), "Rapporterar till")) == "Styrgruppen");

    // The chapter opens with an overview in the same order.
    const Table* overview = first_table(doc.find("forums"));
    REQUIRE(overview != nullptr);
    CHECK(overview->row_ids == std::vector<Id>{"F-STYR", "F-GRUPP", "F-LOST"});
    CHECK(cell_text(overview->rows[0][3]) == "2 per termin");
    CHECK(overview->rows[2][1].front().state == CellState::Unknown); // no level stated
}

TEST_CASE("report: unknown and explicitly none are different cells") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    const Table* styr = first_table(parts_with_prefix(doc, "forum-")[0]);
    const Cell& secretary = *kv_value(*styr, "Sekreterare"); // none
    const Table* grupp = first_table(parts_with_prefix(doc, "forum-")[1]);
    const Cell& chair = *kv_value(*grupp, "Ordförande"); // unknown
    REQUIRE(secretary.size() == 1);
    REQUIRE(chair.size() == 1);
    CHECK(secretary[0].state == CellState::None);
    CHECK(secretary[0].text == "ingen");
    CHECK(chair[0].state == CellState::Unknown);
    CHECK(chair[0].text == "uppgift saknas");

    const ReportDocument en = build_report(report_model(), CheckResult{}, options(Lang::En));
    const Table* styr_en = first_table(parts_with_prefix(en, "forum-")[0]);
    CHECK(cell_text(*kv_value(*styr_en, "Secretary")) == "none");
    CHECK(cell_text(*kv_value(*first_table(parts_with_prefix(en, "forum-")[1]), "Chair")) ==
          "not stated");
}

TEST_CASE("report: the handoff table has one row per flow, with feedback and who gives it") {
    const Model m = report_model();
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    const Table* t = first_table(doc.find("handoffs"));
    REQUIRE(t != nullptr);
    REQUIRE(t->rows.size() == m.flows.size());
    CHECK(t->row_ids == std::vector<Id>{"FL-ANM", "FL-ATER"});
    const auto& anm = t->rows[0];
    CHECK(cell_text(anm[1]) == "Centralskolan");
    CHECK(cell_text(anm[2]) == "Individ- och familjeomsorgen");
    CHECK(cell_text(anm[3]) == "anmälan");
    CHECK(cell_text(anm[5]) == "inom 1 dag");
    CHECK(cell_text(anm[6]) == "14 kap. 1 § SoL");
    CHECK(cell_text(anm[7]) == "Återkoppling till skolan, ges av Socialsekreterare");
    CHECK(cell_text(anm[8]) == "Rutin för orosanmälan");
    const auto& ater = t->rows[1];
    CHECK(ater[5].front().state == CellState::None);    // deadline explicitly none
    CHECK(ater[6].front().state == CellState::Unknown); // no consent, no legal basis stated
    CHECK(cell_text(ater[7]) == "är svar på: Orosanmälan");
}

TEST_CASE("report: the responsibility matrix and its grey zones") {
    const Model m = report_model();
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    const Table* t = first_table(doc.find("responsibilities"));
    REQUIRE(t != nullptr);
    REQUIRE(t->rows.size() == m.responsibilities.size());
    // Columns: responsibility, lead, then each owner named anywhere in model order.
    CHECK(t->headers == std::vector<std::string>{"Ansvar", "Huvudansvar",
                                                 "Individ- och familjeomsorgen", "BUP Mitt"});
    CHECK(cell_text(t->rows[0][2]) == "ansvarar");
    CHECK(t->rows[0][3].empty());
    CHECK(cell_text(t->rows[2][3]) == "utför");
    CHECK(cell_text(t->rows[3][1]) == "Individ- och familjeomsorgen");

    const Table* grey = first_table(doc.find("grey-zones"));
    REQUIRE(grey != nullptr);
    CHECK(grey->row_ids == std::vector<Id>{"A-INGEN", "A-FLERA"});
    CHECK(cell_text(grey->rows[0][1]) == "ingen ägare");
    CHECK(cell_text(grey->rows[1][2]) == "Individ- och familjeomsorgen\nBUP Mitt");
}

TEST_CASE("report: an ownership that ended before the snapshot does not count") {
    Model m = report_model();
    m.responsibilities[2].owners[1].to = date("2023-12-31"); // BUP left before 2024-03-01
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    const Table* grey = first_table(doc.find("grey-zones"));
    REQUIRE(grey != nullptr);
    CHECK(grey->row_ids == std::vector<Id>{"A-INGEN"});
}

TEST_CASE("report: the document register lists every document") {
    const Model m = report_model();
    const ReportDocument doc = build_report(m, CheckResult{}, options());
    const Table* t = first_table(doc.find("documents"));
    REQUIRE(t != nullptr);
    CHECK(t->row_ids == std::vector<Id>{"D-RUTIN", "D-AVTAL"});
    CHECK(cell_text(t->rows[0][0]) == "rutin");
    CHECK(cell_text(t->rows[0][1]) == "Rutin för orosanmälan");
    CHECK(cell_text(t->rows[0][3]) == "Individ- och familjeomsorgen\n2023-01-15");
    CHECK(cell_text(t->rows[0][7]) == "Samverkansöverenskommelse");
    CHECK(cell_text(t->rows[1][2]) == "Lilla kommun\nRegion Mitt");
    CHECK(cell_text(t->rows[1][4]) == "2026-12-31");
    CHECK(t->rows[1][7].front().state == CellState::None);
    CHECK(cell_text(t->rows[1][7]) == "inget");
    CHECK(t->rows[1][6].front().state == CellState::Unknown); // owner not stated
}

TEST_CASE("report: escalation steps come in order with parallel targets") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    const auto parts = parts_with_prefix(doc, "escalation-");
    REQUIRE(parts.size() == 1);
    const Table* steps = nullptr;
    int tables = 0;
    for (const auto& b : parts[0]->blocks)
        if (const auto* t = std::get_if<Table>(&b); t && ++tables == 2) steps = t;
    REQUIRE(steps != nullptr);
    REQUIRE(steps->rows.size() == 2);
    CHECK(cell_text(steps->rows[0][0]) == "1");
    CHECK(cell_text(steps->rows[0][1]) == "Enhetschef IFO\nRektor");
    CHECK(cell_text(steps->rows[0][2]) == "två veckor");
    CHECK(cell_text(steps->rows[1][1]) == "Styrgruppen");
    // The diagram of all paths opens the chapter.
    const Section* chapter = doc.find("escalation");
    REQUIRE(chapter != nullptr);
    CHECK(std::holds_alternative<Diagram>(chapter->blocks.front()));
}

TEST_CASE("report: each process map has a diagram and its steps as a table") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    const auto parts = parts_with_prefix(doc, "process-");
    REQUIRE(parts.size() == 1);
    CHECK(std::holds_alternative<Diagram>(parts[0]->blocks.front()));
    const Table* steps = nullptr;
    for (const auto& b : parts[0]->blocks)
        if (const auto* t = std::get_if<Table>(&b); t && !t->key_value) steps = t;
    REQUIRE(steps != nullptr);
    CHECK(steps->row_ids == std::vector<Id>{"P-ANM.S1", "P-ANM.S2"});
    CHECK(cell_text(steps->rows[0][4]) == "Anmälan tas emot");
    CHECK(cell_text(steps->rows[1][5]) == "Orosanmälan");
}

TEST_CASE("report: the gap report lists open findings and waivers apart") {
    CheckResult r;
    Finding open;
    open.rule = "FOR-04";
    open.sub = "FOR-04b";
    open.severity = Severity::Warning;
    open.elements = {"F-GRUPP"};
    open.message_sv = "Forumet saknar ordförande.";
    open.message_en = "The forum has no chair.";
    Finding waived = open;
    waived.sub = "FOR-04a";
    waived.elements = {"F-STYR"};
    waived.waived = true;
    waived.waiver_justification = "Beslutat i styrgruppen";
    waived.waiver_author = "Styrgruppen";
    waived.waiver_date = date("2024-02-01");
    r.findings = {open, waived};

    const ReportDocument doc = build_report(report_model(), r, options());
    const Table* overview = first_table(doc.find("gaps"));
    REQUIRE(overview != nullptr);
    REQUIRE(overview->rows.size() == 1); // the waived finding is not in it
    CHECK(cell_text(overview->rows[0][0]) == "FOR-04b");
    CHECK(cell_text(overview->rows[0][1]) == "Varning");
    CHECK(cell_text(overview->rows[0][3]) == "1");
    const auto parts = parts_with_prefix(doc, "gap-");
    REQUIRE(parts.size() == 1);
    CHECK(parts[0]->anchor == "gap-FOR-04b-warning");
    const Table* facts = first_table(parts[0]);
    REQUIRE(facts != nullptr);
    CHECK(cell_text(*kv_value(*facts, "Allvarlighet")) == "Varning");
    // Source and suggested action come from the rule registry.
    const Rule* rule = find_rule("FOR-04b");
    REQUIRE(rule != nullptr);
    CHECK(cell_text(*kv_value(*facts, "Källa")) == rule->info().source);
    CHECK(cell_text(*kv_value(*facts, "Åtgärdsförslag")) == rule->info().action_sv);
    const Table* list = std::get_if<Table>(&parts[0]->blocks.back());
    REQUIRE(list != nullptr);
    REQUIRE(list->rows.size() == 1);
    CHECK(cell_text(list->rows[0][0]) == "Samverkansgruppen");
    CHECK(cell_text(list->rows[0][1]) == "Forumet saknar ordförande.");
    const Table* w = first_table(doc.find("waivers"));
    REQUIRE(w != nullptr);
    REQUIRE(w->rows.size() == 1);
    CHECK(cell_text(w->rows[0][0]) == "FOR-04a");
    CHECK(cell_text(w->rows[0][4]) == "Beslutat i styrgruppen");
    CHECK(cell_text(w->rows[0][5]) == "Styrgruppen");
    CHECK(cell_text(w->rows[0][6]) == "2024-02-01");

    const ReportDocument en = build_report(report_model(), r, options(Lang::En));
    const Table* en_list = std::get_if<Table>(&parts_with_prefix(en, "gap-")[0]->blocks.back());
    REQUIRE(en_list != nullptr);
    CHECK(cell_text(en_list->rows[0][1]) == "The forum has no chair.");
}

TEST_CASE("report: with no findings the gap report says so") {
    const ReportDocument doc = build_report(report_model(), CheckResult{}, options());
    const Section* gaps = doc.find("gaps");
    REQUIRE(gaps != nullptr);
    CHECK(first_table(gaps) == nullptr);
    bool said = false;
    for (const auto& b : gaps->blocks)
        if (const auto* p = std::get_if<Paragraph>(&b); p && p->text == "Inga brister hittades.")
            said = true;
    CHECK(said);
}

TEST_CASE("report: headings in Swedish by default and in English on request") {
    const ReportDocument sv = build_report(report_model(), CheckResult{}, options(Lang::Sv));
    const ReportDocument en = build_report(report_model(), CheckResult{}, options(Lang::En));
    CHECK(sv.find("forums")->title == "Forumförteckning");
    CHECK(en.find("forums")->title == "Forum list");
    CHECK(sv.find("gaps")->title == "Bristrapport");
    CHECK(en.find("gaps")->title == "Gap report");
    CHECK(first_table(sv.find("handoffs"))->headers[0] == "Flöde");
    CHECK(first_table(en.find("handoffs"))->headers[0] == "Flow");
    CHECK(cell_text(first_table(en.find("handoffs"))->rows[0][3]) == "report of concern");
}
