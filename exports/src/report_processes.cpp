// Processkartor med simbanor: each process as a diagram with its steps as a table.
#include "report_cells.hpp"

namespace skm::exports::report {
namespace {

Cell next_cell(const Ctx& c, const Process& p, const Step& st) {
    if (st.next.empty())
        return {st.type == StepType::Slut ? value_item("–") : none_item(c, Genus::Neuter)};
    Cell cell;
    for (const auto& n : st.next) {
        const Step* target = find_by_id(p.steps, n);
        cell.push_back(
            value_item(target && !target->name.empty() ? target->name : n, p.id + "." + n));
    }
    return cell;
}

Cell lanes_cell(const Ctx& c, const std::vector<Id>& ids) {
    if (ids.empty()) return {value_item("–")};
    return names_cell(c, ids);
}

Table steps_table(const Ctx& c, const Process& p) {
    Table t;
    t.caption = c.t("Steg", "Steps");
    t.kind = "steps";
    t.wide = true;
    t.headers = {c.t("Steg", "Step"),          c.t("Typ", "Type"),
                 c.t("Utförs av", "Done by"),  c.t("Deltar också", "Also present"),
                 c.t("Nästa", "Next"),         c.t("Överlämning", "Handoff"),
                 c.t("Tidsgräns", "Deadline"), c.t("Lagrum", "Legal basis")};
    for (const auto& st : p.steps) {
        Cell name = {value_item(st.name.empty() ? st.id : st.name, p.id + "." + st.id)};
        if (st.shares_info)
            name.push_back(value_item(
                st.anonymised
                    ? c.t("delar avidentifierad information", "shares anonymised information")
                    : c.t("delar information", "shares information")));
        t.rows.push_back(
            {name, value_cell(word(st.type, c.lang)), names_cell(c, st.lanes),
             lanes_cell(c, st.participants), next_cell(c, p, st),
             st.handoff.is_set() ? Cell{name_item(c, st.handoff.value())} : ref_cell(c, st.handoff),
             days_cell(c, st.deadline_days), text_cell(c, st.legal_basis, Genus::Neuter)});
        t.row_ids.push_back(p.id + "." + st.id);
    }
    return t;
}

Section process_part(const Ctx& c, const Process& p) {
    Section s;
    s.level = 3;
    s.anchor = anchor_for("process", p.id);
    s.title = p.name.empty() ? p.id : p.name;
    s.element = p.id;
    render::ViewSpec view;
    view.kind = render::ViewKind::Process;
    view.process = p.id;
    view.lang = c.lang;
    view.show_findings = false; // the gap report lists the findings; the maps stay clean
    s.blocks.push_back(make_diagram(c, view, s.title));

    Table facts = kv_table(c, s.title);
    facts.rows.push_back(kv_row(c.t("Processägare", "Process owner"), ref_cell(c, p.owner)));
    facts.rows.push_back(kv_row(c.t("Status", "Status"), value_cell(word(p.status, c.lang))));
    facts.rows.push_back(kv_row(c.t("Nivå", "Level"), ref_cell(c, p.level)));
    facts.rows.push_back(kv_row(c.t("Samordnare", "Coordinator"), ref_cell(c, p.coordinator)));
    facts.rows.push_back(kv_row(c.t("Simbanor", "Swimlanes"), names_cell(c, p.lanes)));
    facts.rows.push_back(
        kv_row(c.t("Styrande dokument", "Governing documents"), names_cell(c, p.governed_by)));
    facts.row_ids.assign(facts.rows.size(), p.id);
    s.blocks.push_back(std::move(facts));
    if (p.steps.empty())
        s.blocks.push_back(Paragraph{c.t("Processen har inga steg.", "The process has no steps.")});
    else
        s.blocks.push_back(steps_table(c, p));
    return s;
}

} // namespace

void add_process_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "processes";
    s.title = c.t("Processkartor", "Process maps");
    if (c.m.processes.empty()) {
        s.blocks.push_back(Paragraph{
            c.t("Modellen beskriver inga processer.", "The model describes no processes.")});
        out.push_back(std::move(s));
        return;
    }
    s.blocks.push_back(Paragraph{
        c.t("Varje processkarta följs av en tabell med stegen som textalternativ.",
            "Each process map is followed by a table of its steps as a text alternative.")});
    out.push_back(std::move(s));
    for (const auto& p : c.m.processes)
        out.push_back(process_part(c, p));
}

} // namespace skm::exports::report
