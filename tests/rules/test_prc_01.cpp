// PRC-01 Process without owner (PRC-01i: not adopted).
#include "rule_test_support.hpp"

using namespace skm;
using namespace skm::test;

namespace {
Model prc01_model() {
    Model m = base_model();
    Role owner;
    owner.id = "R-AGARE";
    owner.title = "Enhetschef";
    m.roles.push_back(owner);
    Process p;
    p.id = "P-ANM";
    p.name = "Handlingsplan vid anmälan";
    p.owner = Id("R-AGARE");
    p.status = ProcessStatus::Antagen;
    m.processes.push_back(p);
    return m;
}
} // namespace

TEST_CASE("PRC-01 is silent for an adopted process with an owner") {
    CHECK(run_rule(prc01_model(), "PRC-01").empty());
}

TEST_CASE("PRC-01 fires as a warning when the owner is unknown or none") {
    Model m = prc01_model();
    m.processes[0].owner.set_unknown();
    auto fs = run_rule(m, "PRC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-01", "P-ANM", Severity::Warning));
    CHECK(fs[0].message_sv.find("Handlingsplan vid anmälan") != std::string::npos);
    m.processes[0].owner.set_none();
    CHECK(has_finding(run_rule(m, "PRC-01"), "PRC-01", "P-ANM", Severity::Warning));
}

TEST_CASE("PRC-01i is info when the process is not adopted") {
    for (ProcessStatus s : {ProcessStatus::Nulage, ProcessStatus::Forslag}) {
        Model m = prc01_model();
        m.processes[0].status = s;
        auto fs = run_rule(m, "PRC-01");
        REQUIRE(fs.size() == 1);
        CHECK(has_finding(fs, "PRC-01i", "P-ANM", Severity::Info));
    }
}

TEST_CASE("PRC-01i: a process map still being drawn up (utkast) is stored and is not adopted") {
    Model m = prc01_model();
    m.processes[0].status = ProcessStatus::Utkast;
    auto fs = run_rule(m, "PRC-01");
    REQUIRE(fs.size() == 1);
    CHECK(has_finding(fs, "PRC-01i", "P-ANM", Severity::Info));
    CHECK(fs[0].message_en.find("(status: utkast)") != std::string::npos);
    CHECK(from_word<ProcessStatus>("utkast") == ProcessStatus::Utkast);
}
