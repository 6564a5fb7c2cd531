// Every command: apply changes the model, revert restores it exactly; the history ties them up.
#include "skm/commands.hpp"
#include "skm/model_file.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace skm;

namespace {

Model sample() {
    return make_synthetic_county({2, 30, 40, 2, 11});
}

// Apply, check it changed, revert, check it is exactly as before; then redo via apply again.
void round_trip(Model& m, Command& c) {
    const Model before = m;
    c.apply(m);
    CHECK_FALSE(m == before);
    const Model after = m;
    c.revert(m);
    CHECK(m == before);
    c.apply(m);
    CHECK(m == after);
    c.revert(m);
    CHECK(m == before);
}

} // namespace

TEST_CASE("AddElement: apply and revert") {
    Model m = sample();
    Forum f;
    f.id = "F-NY";
    f.name = "Nytt forum";
    AddElement<Forum> c(f);
    round_trip(m, c);
    c.apply(m);
    CHECK(find_by_id(m.forums, "F-NY") != nullptr);
    CHECK(c.name(Lang::Sv).find("Lägg till") == 0);
}

TEST_CASE("AddElement refuses an id already in use, leaving the model unchanged") {
    Model m = sample();
    const Model before = m;
    Forum f;
    f.id = m.forums[0].id;
    History h;
    CHECK_THROWS(h.execute(m, std::make_unique<AddElement<Forum>>(f)));
    CHECK(m == before);
    CHECK_FALSE(h.can_undo());
}

TEST_CASE("RemoveElement restores the element at its place") {
    Model m = sample();
    RemoveElement<Unit> c(m.units[5].id);
    round_trip(m, c);
}

TEST_CASE("ReplaceElement: edit an attribute, and ids cannot change through it") {
    Model m = sample();
    Forum after = m.forums[1];
    after.purpose = std::string("Samordna stöd kring barn i förskolan");
    ReplaceElement<Forum> c(m.forums[1], after, "syfte");
    round_trip(m, c);
    Forum renamed = after;
    renamed.id = "X";
    CHECK_THROWS(ReplaceElement<Forum>(m.forums[1], renamed));
}

TEST_CASE("SetModelInfo and SetRuleSettings") {
    Model m = sample();
    ModelInfo info = m.info;
    info.name = "Östra länet";
    SetModelInfo a(m.info, info);
    round_trip(m, a);
    RuleSettings rs = m.rules;
    rs.severity_overrides.push_back(
        {"FOR-02", SeverityOverride::Off, std::string("Beslutat i styrgruppen")});
    SetRuleSettings b(m.rules, rs, "Ändra allvarlighetsgrad", "Change severity");
    round_trip(m, b);
}

TEST_CASE("RenameId renames the element and every reference, and refuses collisions") {
    Model m = sample();
    const Id old_id = m.forums[0].id;
    m.forums[1].reports_to = old_id;
    RenameId c(old_id, "F-STYRGRUPP");
    round_trip(m, c);
    c.apply(m);
    CHECK(find_by_id(m.forums, "F-STYRGRUPP"));
    CHECK(m.forums[1].reports_to.value() == "F-STYRGRUPP");
    CHECK(check_references(m).empty());
    RenameId clash("F-STYRGRUPP", m.forums[2].id);
    CHECK_THROWS(clash.apply(m));
}

TEST_CASE("RenameId of a process carries into step references") {
    Model m = sample();
    Process p;
    p.id = "P-1";
    p.steps.push_back({"S1", "Steg", StepType::Aktivitet, {}, {}, {}, false, false, {}, {}, {}});
    m.processes.push_back(p);
    m.flows[0].step = std::string("P-1.S1");
    RenameId c("P-1", "P-ANMALAN");
    c.apply(m);
    CHECK(m.flows[0].step.value() == "P-ANMALAN.S1");
    CHECK(check_references(m).empty());
    c.revert(m);
    CHECK(m.flows[0].step.value() == "P-1.S1");
}

TEST_CASE("DeleteElement leaves no dangling reference, and undo restores everything") {
    Model m = sample();
    const Id unit = m.flows[0].from; // a unit with at least one flow
    const auto refs = references_to(m, unit);
    CHECK(!refs.empty());
    DeleteElement c(unit);
    round_trip(m, c);
    c.apply(m);
    CHECK(kind_of(m, unit) == 0);
    CHECK(references_to(m, unit).empty());
    CHECK(check_references(m).empty());
}

TEST_CASE("DeleteElement of a flow clears responses to it") {
    Model m = sample();
    Flow answer;
    answer.id = "FL-SVAR";
    answer.type = FlowType::Aterkoppling;
    answer.from = m.flows[0].to;
    answer.to = m.flows[0].from;
    answer.responds_to = m.flows[0].id;
    m.flows.push_back(answer);
    DeleteElement c(m.flows[0].id);
    c.apply(m);
    CHECK(find_by_id(m.flows, "FL-SVAR")->responds_to.is_unknown());
    CHECK(check_references(m).empty());
}

TEST_CASE("CompositeCommand is one undo step and rolls back a failing part") {
    Model m = sample();
    const Model before = m;
    auto comp = std::make_unique<CompositeCommand>("Två ändringar", "Two edits");
    Forum f;
    f.id = "F-A";
    comp->add(std::make_unique<AddElement<Forum>>(f));
    f.id = "F-B";
    comp->add(std::make_unique<AddElement<Forum>>(f));
    History h;
    h.execute(m, std::move(comp));
    CHECK(find_by_id(m.forums, "F-B"));
    h.undo(m);
    CHECK(m == before);

    auto bad = std::make_unique<CompositeCommand>("Fel", "Bad");
    f.id = "F-C";
    bad->add(std::make_unique<AddElement<Forum>>(f));
    bad->add(std::make_unique<AddElement<Forum>>(f)); // same id again: fails
    CHECK_THROWS(h.execute(m, std::move(bad)));
    CHECK(m == before);
}

TEST_CASE("History: undo/redo, names, dirty marker, and redo is dropped by a new edit") {
    Model m = sample();
    History h;
    CHECK_FALSE(h.dirty());
    Forum f;
    f.id = "F-1X";
    h.execute(m, std::make_unique<AddElement<Forum>>(f));
    CHECK(h.dirty());
    CHECK(h.undo_name(Lang::En) == "Add F-1X");
    h.mark_saved();
    CHECK_FALSE(h.dirty());
    h.undo(m);
    CHECK(h.dirty());
    CHECK(h.redo_name(Lang::Sv) == "Lägg till F-1X");
    h.redo(m);
    CHECK_FALSE(h.dirty());
    h.undo(m);
    f.id = "F-2X";
    h.execute(m, std::make_unique<AddElement<Forum>>(f));
    CHECK_FALSE(h.can_redo());
    CHECK(h.dirty());
    const auto rev = h.revision();
    h.undo(m);
    CHECK(h.revision() != rev);
}

namespace {

// Every element id of a model, through the same field lists the commands walk.
struct IdLister {
    std::vector<Id> ids;
    template <class T> void collection(const char*, const std::vector<T>& items, std::uint32_t) {
        for (const auto& e : items)
            ids.push_back(e.id);
    }
    template <class T> void field(const char*, const T&) {}
};

} // namespace

TEST_CASE("DeleteElement of any element of any bundled example leaves a file that reopens") {
    // The cascade (records that cannot exist without what they refer to) follows from the field
    // lists; a record it missed would leave an empty required reference, which the loader
    // refuses: the saved map would not open again.
    namespace fs = std::filesystem;
    int deleted = 0;
    for (const auto& e : fs::directory_iterator(fs::path(SKM_SOURCE_DIR) / "models/examples")) {
        if (e.path().extension() != ".json") continue;
        CAPTURE(e.path().filename().string());
        const Model original = load_model_file(e.path().string());
        IdLister all;
        original.visit(all);
        REQUIRE(all.ids.size() > 20);
        for (const auto& id : all.ids) {
            CAPTURE(id);
            Model m = original;
            DeleteElement c(id);
            c.apply(m);
            CHECK(kind_of(m, id) == 0);
            const auto problems = check_references(m);
            const std::string first =
                problems.empty() ? "" : problems.front().where + ": " + problems.front().problem;
            CHECK_MESSAGE(problems.empty(), first);
            // Undo puts back only what the delete changed: each cascade must be undone exactly,
            // element order included, and redo must redo all of it.
            const Model after = m;
            c.revert(m);
            CHECK(m == original);
            c.apply(m);
            CHECK(m == after);
            c.revert(m);
            CHECK(m == original);
            ++deleted;
        }
    }
    CHECK(deleted > 200);
}

TEST_CASE("DeleteElement on a county-scale model: undo and redo give exact models") {
    // Deletes whose removals interleave in the large collections; each undo must put elements
    // back at their indices even after later deletes shifted them.
    SyntheticParams p;
    p.units = 25000;
    p.flows = 75000;
    Model m = make_synthetic_county(p);
    const Id first = m.flows[m.flows.size() / 2].from;
    const Id second = m.flows[m.flows.size() / 3].to;
    REQUIRE(first != second);
    const Id flow = m.flows[m.flows.size() - 1].id;
    const Model before = m;

    History h;
    h.execute(m, std::make_unique<DeleteElement>(first));
    h.execute(m, std::make_unique<DeleteElement>(second));
    // A flow's ends are its only required references, so exactly the flows of the two units
    // go with them, and the rest keep their order.
    std::vector<Id> kept;
    for (const auto& f : before.flows)
        if (f.from != first && f.to != first && f.from != second && f.to != second)
            kept.push_back(f.id);
    std::vector<Id> left;
    for (const auto& f : m.flows)
        left.push_back(f.id);
    CHECK(left == kept);
    CHECK(kind_of(m, first) == 0);
    CHECK(kind_of(m, second) == 0);
    if (kind_of(m, flow)) h.execute(m, std::make_unique<DeleteElement>(flow));
    CHECK(check_references(m).empty());
    const Model after = m;

    while (h.can_undo())
        h.undo(m);
    CHECK(m == before);
    while (h.can_redo())
        h.redo(m);
    CHECK(m == after);
    h.undo(m);
    h.undo(m);
    h.redo(m);
    h.redo(m);
    CHECK(m == after);
}
