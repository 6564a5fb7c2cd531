// Eskaleringstrappa och avvikelserutin: each path's steps in order, with the diagram.
#include "report_cells.hpp"

#include <algorithm>

namespace skm::exports::report {
namespace {

Section path_part(const Ctx& c, const Escalation& e) {
    Section s;
    s.level = 3;
    s.anchor = anchor_for("escalation", e.id);
    s.title = e.name.empty() ? e.id : e.name;
    s.element = e.id;

    Table facts = kv_table(c, s.title);
    facts.rows.push_back(kv_row(c.t("Slag", "Kind"), value_cell(word(e.kind, c.lang))));
    facts.rows.push_back(kv_row(c.t("Initiativtagare", "Initiator"), ref_cell(c, e.initiator)));
    facts.rows.push_back(kv_row(c.t("Utlöses av", "Triggered by"), text_cell(c, e.trigger)));
    facts.rows.push_back(
        kv_row(c.t("Styrande dokument", "Governing documents"), names_cell(c, e.governed_by)));
    facts.row_ids.assign(facts.rows.size(), e.id);
    s.blocks.push_back(std::move(facts));

    std::vector<const EscalationStep*> steps;
    for (const auto& st : e.steps)
        steps.push_back(&st);
    std::stable_sort(
        steps.begin(), steps.end(),
        [](const EscalationStep* a, const EscalationStep* b) { return a->order < b->order; });
    Table t;
    t.caption = c.t("Steg i ordning", "Steps in order");
    t.kind = "escalation-steps";
    t.headers = {c.t("Steg", "Step"),
                 c.t("Lyfts till (parallellt när flera)", "Raised to (in parallel when several)"),
                 c.t("Tidsgräns", "Time limit"), c.t("Förväntat resultat", "Expected outcome")};
    for (const EscalationStep* st : steps) {
        t.rows.push_back({value_cell(std::to_string(st->order)), names_cell(c, st->targets),
                          text_cell(c, st->time_limit), text_cell(c, st->outcome, Genus::Neuter)});
        t.row_ids.push_back(e.id);
    }
    if (t.rows.empty())
        s.blocks.push_back(Paragraph{c.t("Vägen har inga steg.", "The path has no steps.")});
    else
        s.blocks.push_back(std::move(t));
    return s;
}

} // namespace

void add_escalation_section(const Ctx& c, std::vector<Section>& out) {
    Section s;
    s.anchor = "escalation";
    s.title = c.t("Eskaleringstrappa och avvikelserutin", "Escalation ladder and deviation route");
    if (c.m.escalations.empty()) {
        s.blocks.push_back(Paragraph{c.t("Modellen beskriver ingen eskaleringsväg.",
                                         "The model describes no escalation path.")});
        out.push_back(std::move(s));
        return;
    }
    render::ViewSpec view;
    view.kind = render::ViewKind::Escalation;
    view.lang = c.lang;
    view.show_findings = false; // the gap report lists the findings; the maps stay clean
    s.blocks.push_back(make_diagram(c, view, s.title));
    s.blocks.push_back(Paragraph{c.t("Textalternativ till bilden: vägarna steg för steg.",
                                     "Text alternative to the picture: the paths step by step.")});
    out.push_back(std::move(s));
    for (const auto& e : c.m.escalations)
        out.push_back(path_part(c, e));
}

} // namespace skm::exports::report
