// Åtgärdsplan: an owner, due date, status and note per finding key, stored like waivers; they
// follow renames, go (and are listed) with a deleted element, and outlive the finding they track.
#include "rule_test_support.hpp"
#include "skm/commands.hpp"
#include "skm/model_file.hpp"

#include <algorithm>

using namespace skm;
using namespace skm::test;

namespace {

// One forum without convener or chair (FOR-01 on F-GRP), a role to own the fix.
Model plan_model() {
    Model m = base_model();
    Role r;
    r.id = "R-CHEF";
    r.title = "Enhetschef";
    m.roles.push_back(r);
    Forum f;
    f.id = "F-GRP";
    f.name = "Samverkansgruppen";
    f.convener.set_none();
    f.chair.set_none();
    m.forums.push_back(f);
    return m;
}

FindingAction action(const char* due, ActionStatus s = ActionStatus::Oppen) {
    FindingAction a;
    a.owner = Id("R-CHEF");
    Date d;
    REQUIRE(Date::parse(due, d));
    a.due = d;
    a.status = s;
    a.note = std::string("Utse sammankallande i mars");
    return a;
}

const Finding* finding(const CheckResult& r, const std::string& sub, const Id& el) {
    for (const auto& f : r.findings)
        if (f.sub == sub && f.element() == el) return &f;
    return nullptr;
}

Date day(const char* s) {
    Date d;
    REQUIRE(Date::parse(s, d));
    return d;
}

} // namespace

TEST_CASE("an action is set by key, undone, round-trips through the file and reaches its finding") {
    Model m = plan_model();
    History h;
    h.execute(m, std::make_unique<SetFindingAction>("FOR-01", "F-GRP", action("2020-06-30")));
    REQUIRE(m.rules.actions.size() == 1);
    CHECK(m.rules.actions[0].rule == "FOR-01");
    CHECK(m.rules.actions[0].element == "F-GRP");

    const Model back = parse_model(serialize_model(m), "mem.json");
    CHECK(back == m);
    CHECK(serialize_model(m).find("\"status\": \"öppen\"") != std::string::npos);

    const CheckResult r = run_rules(back);
    const Finding* f = finding(r, "FOR-01", "F-GRP");
    REQUIRE(f);
    REQUIRE(f->action.has_value());
    CHECK(f->action->owner.value() == "R-CHEF");
    CHECK(f->action->note.value() == "Utse sammankallande i mars");
    CHECK(r.resolved_actions.empty());

    // Replace (status pågår) and remove are single undo steps too.
    FindingAction later = action("2020-06-30", ActionStatus::Pagar);
    h.execute(m, std::make_unique<SetFindingAction>("FOR-01", "F-GRP", later));
    REQUIRE(m.rules.actions.size() == 1);
    CHECK(m.rules.actions[0].status == ActionStatus::Pagar);
    h.execute(m, std::make_unique<SetFindingAction>("FOR-01", "F-GRP", std::nullopt));
    CHECK(m.rules.actions.empty());
    h.undo(m);
    REQUIRE(m.rules.actions.size() == 1);
    CHECK(m.rules.actions[0].status == ActionStatus::Pagar);
    h.undo(m);
    CHECK(m.rules.actions[0].status == ActionStatus::Oppen);
    h.undo(m);
    CHECK(m.rules.actions.empty());
}

TEST_CASE("overdue: due date passed and not done") {
    const FindingAction a = action("2020-06-30");
    CHECK_FALSE(action_overdue(a, day("2020-06-30")));
    CHECK(action_overdue(a, day("2020-07-01")));
    CHECK_FALSE(action_overdue(action("2020-06-30", ActionStatus::Atgardad), day("2021-01-01")));
    FindingAction no_due = a;
    no_due.due.set_unknown();
    CHECK_FALSE(action_overdue(no_due, day("2030-01-01")));
}

TEST_CASE("a finding that disappears while its action is open is reported as resolved") {
    Model m = plan_model();
    FindingAction a = action("2020-06-30");
    a.rule = "FOR-01";
    a.element = "F-GRP";
    m.rules.actions.push_back(a);
    m.forums[0].convener = Id("R-CHEF"); // the gap is closed
    const CheckResult r = run_rules(m);
    CHECK(finding(r, "FOR-01", "F-GRP") == nullptr);
    REQUIRE(r.resolved_actions.size() == 1);
    CHECK(r.resolved_actions[0] == a);
    // Still in the model: the history of what was done is kept.
    CHECK(m.rules.actions.size() == 1);
}

TEST_CASE("waivers and actions follow a rename of their element, and of a process into steps") {
    Model m = plan_model();
    FindingAction a = action("2020-06-30");
    a.rule = "FOR-01";
    a.element = "F-GRP";
    m.rules.actions.push_back(a);
    m.rules.waivers.push_back(
        {"FOR-02", "F-GRP", "Möts vid behov enligt beslut", "Styrgruppen", day("2020-01-15")});
    Process p;
    p.id = "P-1";
    p.name = "Processen";
    m.processes.push_back(p);
    m.rules.waivers.push_back(
        {"PRC-02a", "P-1.S1", "Steget utförs av familjen", "Styrgruppen", day("2020-01-15")});

    History h;
    h.execute(m, std::make_unique<RenameId>("F-GRP", "F-SAMVERKAN"));
    h.execute(m, std::make_unique<RenameId>("P-1", "P-BUS"));
    CHECK(m.rules.actions[0].element == "F-SAMVERKAN");
    CHECK(m.rules.waivers[0].element == "F-SAMVERKAN");
    CHECK(m.rules.waivers[1].element == "P-BUS.S1");
    // The renamed finding still carries its action.
    const CheckResult after = run_rules(m);
    const Finding* f = finding(after, "FOR-01", "F-SAMVERKAN");
    REQUIRE(f);
    CHECK(f->action.has_value());

    h.undo(m);
    h.undo(m);
    CHECK(m.rules.actions[0].element == "F-GRP");
    CHECK(m.rules.waivers[0].element == "F-GRP");
    CHECK(m.rules.waivers[1].element == "P-1.S1");
}

TEST_CASE("deleting an element lists and removes its waivers and actions, undo brings them back") {
    Model m = plan_model();
    FindingAction a = action("2020-06-30");
    a.rule = "FOR-01";
    a.element = "F-GRP";
    m.rules.actions.push_back(a);
    m.rules.waivers.push_back(
        {"FOR-02", "F-GRP", "Möts vid behov enligt beslut", "Styrgruppen", day("2020-01-15")});
    const auto refs = references_to(m, "F-GRP");
    CHECK(std::find(refs.begin(), refs.end(), "rule_settings.waivers[FOR-02]") != refs.end());
    CHECK(std::find(refs.begin(), refs.end(), "rule_settings.actions[FOR-01]") != refs.end());

    History h;
    h.execute(m, std::make_unique<DeleteElement>("F-GRP"));
    CHECK(m.rules.actions.empty());
    CHECK(m.rules.waivers.empty());
    h.undo(m);
    CHECK(m.rules.actions.size() == 1);
    CHECK(m.rules.waivers.size() == 1);

    // Deleting the owner role keeps the action but forgets its owner (a reference like others).
    h.execute(m, std::make_unique<DeleteElement>("R-CHEF"));
    REQUIRE(m.rules.actions.size() == 1);
    CHECK(m.rules.actions[0].owner.is_unknown());
}
