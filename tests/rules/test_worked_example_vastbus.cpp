// Acceptance reference (domain.md §3.4): the Västbus/SIP map of the Göteborg area gives exactly
// the 53 listed findings, and each mutation VB-M1…VB-M10 changes them exactly as listed.
#include "skm/model_file.hpp"
#include "skm/regime_presets.hpp"
#include "skm/rules.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace skm;

namespace {

// (sub-id, element, severity): what the acceptance list fixes for every finding.
using Key = std::tuple<std::string, Id, std::string>;
using KeySet = std::set<Key>;

Model vastbus() {
    return load_model_file(std::string(SKM_SOURCE_DIR) +
                           "/models/examples/goteborg_vastbus_2015.json");
}

KeySet keys_of(const Model& m) {
    KeySet out;
    for (const auto& f : run_rules(m).findings)
        out.insert({f.sub, f.element(), std::string(to_word(f.severity))});
    return out;
}

void add_each(KeySet& s, const std::string& sub, const std::vector<Id>& elements,
              const std::string& severity) {
    for (const auto& e : elements)
        s.insert({sub, e, severity});
}

std::string describe(const KeySet& s) {
    std::string out;
    for (const auto& [sub, element, severity] : s)
        out += "  " + sub + " " + element + " (" + severity + ")\n";
    return out;
}

KeySet minus(const KeySet& a, const KeySet& b) {
    KeySet out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

// The expected findings of the unchanged example, written out from domain.md §3.4.
KeySet expected_baseline() {
    const std::vector<Id> forums{"F-LGS",   "F-TEMA-BU",  "F-DELREG",
                                 "F-NOSAM", "F-LOK-STYR", "F-LOK-ARB"};
    const std::vector<Id> documents{"D-VASTBUS", "D-VASTBUS-FH", "D-FAMCENTRAL", "D-AVVIKELSE"};
    KeySet s;
    add_each(s, "ACT-01", {"U-BVC", "U-MHV", "U-HAB", "U-FUNKSTOD"}, "warning");
    add_each(s, "ACT-02", {"U-FSK"}, "warning");
    add_each(s, "DOC-03a", documents, "warning");
    add_each(s, "DOC-03b", documents, "warning");
    add_each(s, "DOC-04b", {"D-FAMCENTRAL"}, "warning");
    add_each(s, "ESC-01a", {"model"}, "error");
    add_each(s, "FOR-01", forums, "error");
    add_each(s, "FOR-02", forums, "warning");
    add_each(s, "FOR-04b", forums, "warning");
    add_each(s, "FUP-01b", forums, "warning");
    add_each(s, "FOR-03", {"F-LOK-ARB"}, "error"); // a step on the deviation route
    add_each(s, "FOR-03", {"F-LGS", "F-TEMA-BU", "F-DELREG", "F-NOSAM", "F-LOK-STYR"}, "warning");
    add_each(s, "FOR-04a", {"F-LGS", "F-DELREG", "F-NOSAM", "F-LOK-STYR"}, "warning");
    add_each(s, "FUP-01a", {"model"}, "error");
    add_each(s, "PRC-01", {"P-VASTBUS"}, "warning");
    add_each(s, "SIP-03c", {"PL-VASTBUS"}, "info");
    add_each(s, "STR-03b", {"L-NOSAM"}, "warning");
    return s;
}

struct Mutation {
    const char* id;
    std::function<void(Model&)> apply;
    KeySet added, removed;
};

Plan& plan(Model& m) {
    return *find_by_id(m.plans, Id("PL-VASTBUS"));
}
Process& process(Model& m) {
    return *find_by_id(m.processes, Id("P-VASTBUS"));
}
Step& step(Model& m, const Id& id) {
    return *find_by_id(process(m).steps, id);
}

void erase_ids(std::vector<Id>& v, const std::vector<Id>& ids) {
    v.erase(std::remove_if(
                v.begin(), v.end(),
                [&](const Id& x) { return std::find(ids.begin(), ids.end(), x) != ids.end(); }),
            v.end());
}

// Takes the listed citizens and roles out of the process (lanes, step lanes and participants) and
// the plan's participants.
void remove_from_case(Model& m, const std::vector<Id>& ids) {
    Process& p = process(m);
    erase_ids(p.lanes, ids);
    for (auto& s : p.steps) {
        erase_ids(s.lanes, ids);
        erase_ids(s.participants, ids);
    }
    erase_ids(plan(m).participants, ids);
}

void use_national_sip(Model& m) {
    m.regimes.push_back(national_sip_regime());
    m.info.regime = national_sip_regime().id;
}

std::vector<Mutation> mutations() {
    std::vector<Mutation> v;
    v.push_back({"VB-M1",
                 [](Model& m) { plan(m).overall_responsible.set_unknown(); },
                 {{"SIP-01a", "PL-VASTBUS", "error"}},
                 {}});
    v.push_back({"VB-M2",
                 [](Model& m) {
                     plan(m).followup.set_unknown();
                     plan(m).followup_motivation.set_unknown();
                 },
                 {{"SIP-04", "PL-VASTBUS", "error"}},
                 {}});
    v.push_back({"VB-M3",
                 [](Model& m) { plan(m).time_to_meeting_days = 28; },
                 {{"SIP-05a", "PL-VASTBUS", "warning"}},
                 {}});
    v.push_back({"VB-M4a",
                 [](Model& m) {
                     plan(m).refusals.push_back({"U-BUP", false});
                 },
                 {{"SIP-05b", "PL-VASTBUS", "error"}},
                 {}});
    v.push_back({"VB-M4b",
                 [](Model& m) {
                     use_national_sip(m);
                     plan(m).refusals.push_back({"U-BUP", true});
                 },
                 {},
                 {}});
    v.push_back({"VB-M4c",
                 [](Model& m) {
                     use_national_sip(m);
                     plan(m).refusals.push_back({"U-BUP", false});
                 },
                 {{"SIP-05b", "PL-VASTBUS", "warning"}},
                 {}});
    v.push_back({"VB-M5",
                 [](Model& m) {
                     plan(m).chair.set_unknown();
                     plan(m).documenter.set_unknown();
                 },
                 {{"SIP-03a", "PL-VASTBUS", "warning"}, {"SIP-03b", "PL-VASTBUS", "warning"}},
                 {}});
    v.push_back({"VB-M6",
                 [](Model& m) {
                     remove_from_case(m, {"C-VH", "C-BARN"});
                 },
                 {{"IND-01a", "P-VASTBUS", "error"}},
                 {}});
    v.push_back({"VB-M6b",
                 [](Model& m) {
                     remove_from_case(m, {"C-BARN", "R-BARNETS-TALAN"});
                 },
                 {{"IND-01b", "P-VASTBUS", "warning"}},
                 {}});
    v.push_back({"VB-M7",
                 [](Model& m) { // identify need → prepare → summons → consent → meeting
                     step(m, "V1").next = {"V3"};
                     step(m, "V4").next = {"V2"};
                     step(m, "V2").next = {"V5"};
                 },
                 {{"IND-02", "P-VASTBUS.V4", "error"}},
                 {}});
    v.push_back({"VB-M8",
                 [](Model& m) { plan(m).closure.value().family_consent = false; },
                 {{"SIP-05c", "PL-VASTBUS", "warning"}},
                 {}});
    v.push_back({"VB-M9",
                 [](Model& m) {
                     m.escalations.erase(
                         std::remove_if(m.escalations.begin(), m.escalations.end(),
                                        [](const Escalation& e) { return e.id == "E-AVVIKELSE"; }),
                         m.escalations.end());
                 },
                 {{"ESC-01e", "model", "warning"}, {"FOR-03", "F-LOK-ARB", "warning"}},
                 {{"FOR-03", "F-LOK-ARB", "error"}}});
    v.push_back(
        {"VB-M10",
         [](Model& m) { // "BUP ringer och berättar att de skriver ut en patient samma dag" (001)
             Flow f;
             f.id = "FL-UTSKRIVNING";
             f.name = "Utskrivning från BUP";
             f.type = FlowType::Utskrivning;
             f.from = "U-BUP";
             f.to = "U-IFO";
             f.tier = Tier::I;
             f.channel = Channel::Telefon;
             f.personal_data = true;
             f.legal_basis = std::string("lag (2017:612) om samverkan vid utskrivning");
             f.governed_by = {"D-VASTBUS"};
             f.lead_time_days = 0;
             m.flows.push_back(f);
         },
         {{"FLO-03", "FL-UTSKRIVNING", "error"},
          {"FLO-01b", "FL-UTSKRIVNING", "warning"},
          {"FLO-04", "U-BUP", "warning"}},
         {}});
    return v;
}

} // namespace

TEST_CASE("Västbus example: the file is valid and stored canonically") {
    const std::string path =
        std::string(SKM_SOURCE_DIR) + "/models/examples/goteborg_vastbus_2015.json";
    const Model m = load_model_file(path);
    CHECK(check_references(m).empty());
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(serialize_model(m) == text);
}

TEST_CASE("Västbus example: exactly the 53 expected findings") {
    const KeySet expected = expected_baseline();
    REQUIRE(expected.size() == 53);
    const KeySet actual = keys_of(vastbus());
    const KeySet missing = minus(expected, actual), unexpected = minus(actual, expected);
    CHECK_MESSAGE(missing.empty(), "expected but not found:\n" << describe(missing));
    CHECK_MESSAGE(unexpected.empty(), "found but not expected:\n" << describe(unexpected));
}

TEST_CASE("Västbus example: each mutation changes the findings exactly as listed") {
    const Model original = vastbus();
    const KeySet before = keys_of(original);
    for (const auto& mut : mutations()) {
        const std::string id = mut.id;
        CAPTURE(id);
        Model m = original;
        mut.apply(m);
        const KeySet after = keys_of(m);
        const KeySet added = minus(after, before), removed = minus(before, after);
        CHECK_MESSAGE(added == mut.added, id << " added:\n"
                                             << describe(added) << "expected:\n"
                                             << describe(mut.added));
        CHECK_MESSAGE(removed == mut.removed, id << " removed:\n"
                                                 << describe(removed) << "expected:\n"
                                                 << describe(mut.removed));
    }
}
