// The report for each bundled example map: every element a governing document lists is there.
#include "test_report_support.hpp"

#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace skm;
using namespace skm::exports;
using namespace skm::test;

namespace {

std::vector<std::string> example_files() {
    std::vector<std::string> out;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(SKM_SOURCE_DIR) + "/models/examples"))
        if (e.path().extension() == ".json") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Id> ids_of(const auto& items) {
    std::vector<Id> out;
    for (const auto& it : items)
        out.push_back(it.id);
    return out;
}

const Table* last_table(const Section* s) {
    const Table* t = nullptr;
    for (const auto& b : s->blocks)
        if (const auto* tt = std::get_if<Table>(&b)) t = tt;
    return t;
}

} // namespace

TEST_CASE("report: every bundled example lists all its forums, flows, documents and more") {
    const auto files = example_files();
    REQUIRE(files.size() >= 4);
    for (const auto& file : files) {
        CAPTURE(file);
        const Model m = load_model_file(file);
        const CheckResult findings = run_rules(m);
        const ReportDocument doc = build_report(m, findings, options());

        std::vector<Id> forum_parts;
        for (const auto* s : parts_with_prefix(doc, "forum-"))
            forum_parts.push_back(s->element);
        std::vector<Id> forums = ids_of(m.forums);
        std::sort(forums.begin(), forums.end());
        std::sort(forum_parts.begin(), forum_parts.end());
        CHECK(forum_parts == forums);

        if (!m.flows.empty()) {
            const Table* t = first_table(doc.find("handoffs"));
            REQUIRE(t != nullptr);
            CHECK(t->row_ids == ids_of(m.flows));
        }
        if (!m.documents.empty()) {
            const Table* t = first_table(doc.find("documents"));
            REQUIRE(t != nullptr);
            CHECK(t->row_ids == ids_of(m.documents));
        }
        if (!m.responsibilities.empty()) {
            const Table* t = first_table(doc.find("responsibilities"));
            REQUIRE(t != nullptr);
            CHECK(t->row_ids == ids_of(m.responsibilities));
        }
        const auto esc = parts_with_prefix(doc, "escalation-");
        REQUIRE(esc.size() == m.escalations.size());
        for (std::size_t i = 0; i < esc.size(); ++i) {
            CHECK(esc[i]->element == m.escalations[i].id);
            if (!m.escalations[i].steps.empty())
                CHECK(last_table(esc[i])->rows.size() == m.escalations[i].steps.size());
        }
        const auto procs = parts_with_prefix(doc, "process-");
        REQUIRE(procs.size() == m.processes.size());
        for (std::size_t i = 0; i < procs.size(); ++i) {
            CHECK(procs[i]->element == m.processes[i].id);
            if (!m.processes[i].steps.empty())
                CHECK(last_table(procs[i])->rows.size() == m.processes[i].steps.size());
        }

        std::size_t waived = 0;
        for (const auto& f : findings.findings)
            waived += f.waived ? 1 : 0;
        std::size_t listed = 0;
        for (const auto* part : parts_with_prefix(doc, "gap-"))
            listed += last_table(part)->rows.size();
        // Gaps in the per-rule parts, questions in their own table: every unwaived finding once.
        const Table* questions = first_table(doc.find("questions"));
        CHECK(listed == findings.findings.size() - waived - findings.count_questions());
        CHECK((questions ? questions->rows.size() : 0) == findings.count_questions());
        const Table* waivers = first_table(doc.find("waivers"));
        CHECK((waivers ? waivers->rows.size() : 0) == waived);

        // The names reach both outputs, escaped.
        const std::string html = write_html(doc);
        const std::string md = write_markdown(doc);
        for (const auto& f : m.forums) {
            CHECK_MESSAGE(contains(html, escape_html(f.name)), f.name);
            CHECK_MESSAGE(contains(md, "### " + escape_markdown(f.name)), f.name);
        }
        for (const auto& f : m.flows)
            if (!f.name.empty()) CHECK_MESSAGE(contains(html, escape_html(f.name)), f.name);
    }
}
