// The canvas's and the palette's edits, without a window: what each creates, that undo restores
// the model, and that nothing they make (or the save check lets through) fails to reopen.
#include "edit_ops.hpp"
#include "map_document.hpp"
#include "palette.hpp"
#include "skm/model_file.hpp"

#include <doctest/doctest.h>

using namespace skm;
using namespace skm::gui;

namespace {

Model load_example(const char* name) {
    return load_model_file(std::string(SKM_SOURCE_DIR) + "/models/examples/" + name + ".json");
}

// Runs a quick-add line against the model; returns the created id ("" when refused).
Id quick(Model& m, const std::string& line, QuickAddContext ctx = {}) {
    QuickAdd q = parse_quick_add(m, line, ctx);
    if (!q.created.cmd) return {};
    q.created.cmd->apply(m);
    return q.created.id;
}

} // namespace

TEST_CASE("quick add builds levels, principals, units and forums from names") {
    Model m = empty_model();
    const Id s = quick(m, "nivå Övergripande nivå");
    const Id o = quick(m, "nivå Verksamhetsnivå");
    REQUIRE(find_by_id(m.levels, s));
    CHECK(find_by_id(m.levels, s)->tier == Tier::S); // tier inferred from the Swedish name
    CHECK(find_by_id(m.levels, o)->tier == Tier::O);
    CHECK(find_by_id(m.levels, o)->order > find_by_id(m.levels, s)->order); // next order
    const Id k = quick(m, "huvudman Strömsunds kommun");
    const Id r = quick(m, "huvudman Region Jämtland Härjedalen");
    CHECK(find_by_id(m.principals, r)->type == PrincipalType::Region);
    CHECK(find_by_id(m.principals, k)->type == PrincipalType::Kommun);

    const Id bvc = quick(m, "aktör BVC region verksamhet");
    const Unit* u = find_by_id(m.units, bvc);
    REQUIRE(u);
    CHECK(u->name == "BVC");
    CHECK(u->principal.value_or("") == r);
    CHECK(u->level.value_or("") == o);
    CHECK(bvc == "U-BVC"); // ids come from names, never typed

    const Id f = quick(m, "forum Samverkansgrupp BUP", {o, {}, Lang::Sv});
    REQUIRE(find_by_id(m.forums, f));
    CHECK(find_by_id(m.forums, f)->name == "Samverkansgrupp BUP"); // "BUP" is no qualifier
    CHECK(find_by_id(m.forums, f)->level.value_or("") == o);       // the context's level
    CHECK(why_unopenable(m).empty());
}

TEST_CASE("quick add handoffs match names and add the återkoppling on request") {
    Model m = empty_model();
    quick(m, "aktör Grundskolan");
    quick(m, "aktör Socialtjänsten IFO");
    CHECK(quick(m, "överlämning Skolan → Nowhere anmälan").empty()); // no such actor
    const Id a = quick(m, "överlämning Skolan → Socialtjänsten anmälan +återkoppling");
    REQUIRE(m.flows.size() == 2);
    const Flow* f = find_by_id(m.flows, a);
    REQUIRE(f);
    CHECK(f->type == FlowType::Anmalan);
    CHECK(f->from == "U-GRUNDSKOLAN");
    const Flow& back = m.flows[1];
    CHECK(back.type == FlowType::Aterkoppling);
    CHECK(back.from == f->to);
    CHECK(back.responds_to.value_or("") == a);
    CHECK(why_unopenable(m).empty());
}

TEST_CASE("steps: chained in order, inserted before, connected, deleted without dangling") {
    Model m = empty_model();
    quick(m, "aktör Skolan");
    quick(m, "aktör Socialtjänsten");
    const Id p = quick(m, "process Anmälan");
    QuickAddContext ctx{{}, p, Lang::Sv};
    quick(m, "steg Oro i Skolan", ctx);
    quick(m, "steg Anmälan tas emot i Socialtjänsten", ctx);
    quick(m, "steg Utredning", ctx); // lane of the previous step
    const Process* proc = find_by_id(m.processes, p);
    REQUIRE(proc->steps.size() == 3);
    CHECK(proc->steps[0].next == std::vector<Id>{"S2"});
    CHECK(proc->steps[1].next == std::vector<Id>{"S3"});
    CHECK(proc->steps[2].lanes == std::vector<Id>{"U-SOCIALTJANSTEN"});
    CHECK(proc->lanes.size() == 2);

    Created before = add_step(m, p, "Förhandsbedömning", "U-SOCIALTJANSTEN", {}, p + ".S3");
    before.cmd->apply(m);
    proc = find_by_id(m.processes, p);
    CHECK(proc->steps[1].next == std::vector<Id>{"S4"});
    CHECK(find_by_id(proc->steps, "S4")->next == std::vector<Id>{"S3"});

    CHECK(!connect_steps(m, p + ".S1", "U-SKOLAN").cmd); // not a step
    CHECK(!connect_steps(m, p + ".S1", p + ".S2").cmd);  // already connected
    CHECK(!connect_steps(m, p + ".S1", p + ".S99").cmd); // no such step
    Created c = connect_steps(m, p + ".S1", p + ".S3");
    REQUIRE(c.cmd);
    c.cmd->apply(m);
    CHECK(find_step(m, p + ".S1").step->next == std::vector<Id>{"S2", "S3"});
    c.cmd->revert(m);

    const Model before_delete = m;
    Created d = delete_step(m, p + ".S2");
    REQUIRE(d.cmd);
    d.cmd->apply(m);
    // S1 led to S2, which led to S4: S1 now leads to S4 directly.
    CHECK(find_step(m, p + ".S1").step->next == std::vector<Id>{"S4"});
    CHECK(why_unopenable(m).empty());
    d.cmd->revert(m);
    CHECK(m == before_delete);
}

TEST_CASE("save check: a dangling step reference is reported exactly as Open would") {
    Model m = load_example("stromsund_ensamkommande");
    CHECK(why_unopenable(m).empty());
    m.processes.front().steps.front().next.push_back("VY"); // a mistyped step id
    const std::string why = why_unopenable(m);
    CHECK(why.find("next") != std::string::npos);
    CHECK(why.find("VY") != std::string::npos);
}

TEST_CASE("members, conveners and levels by drag") {
    Model m = load_example("stromsund_ensamkommande");
    const Id forum = m.forums.front().id;
    const std::size_t members = m.forums.front().members.size();
    Id outsider;
    for (const auto& u : m.units) {
        bool in = false;
        for (const auto& x : m.forums.front().members)
            in |= x.member == u.id;
        if (!in) outsider = u.id;
    }
    REQUIRE(!outsider.empty());
    Created add = add_member(m, forum, outsider);
    REQUIRE(add.cmd);
    add.cmd->apply(m);
    CHECK(m.forums.front().members.size() == members + 1);
    CHECK(!add_member(m, forum, outsider).cmd); // already a member
    Created conv = set_convener(m, forum, outsider);
    conv.cmd->apply(m);
    CHECK(m.forums.front().convener.value_or("") == outsider);
    Created lvl = set_level(m, outsider, m.levels.back().id);
    REQUIRE(lvl.cmd);
    lvl.cmd->apply(m);
    CHECK(find_by_id(m.units, outsider)->level.value_or("") == m.levels.back().id);
    CHECK(!set_level(m, outsider, "L-NOPE").cmd);
    CHECK(why_unopenable(m).empty());
}

TEST_CASE("ids from names are short, ASCII and unique") {
    Model m = empty_model();
    CHECK(id_from_name(m, "U", "Överförmyndaren") == "U-OVERFORMYNDAREN");
    CHECK(id_from_name(m, "U", "Migrationsverkets mottagningsenhet") == "U-MIGRATIONSVERKETS");
    quick(m, "aktör BUP");
    CHECK(id_from_name(m, "U", "BUP") == "U-BUP-2");
    CHECK(id_from_name(m, "U", "???") == "U-NY");
}
