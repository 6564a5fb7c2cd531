// docs/rules is generated from the rules' own info: a committed page that differs from what
// rule_docs would write means the code and its documentation disagree.
#include "skm/rule_docs.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace skm;
namespace fs = std::filesystem;

namespace {
const fs::path kDocs = fs::path(SKM_SOURCE_DIR) / "docs/rules";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// "line N: expected … / found …" for the first line that differs.
std::string first_difference(const std::string& want, const std::string& have) {
    std::istringstream a(want), b(have);
    std::string la, lb;
    for (int n = 1;; ++n) {
        const bool ga = static_cast<bool>(std::getline(a, la));
        const bool gb = static_cast<bool>(std::getline(b, lb));
        if (!ga && !gb) return "same lines, different line endings";
        if (!ga || !gb || la != lb)
            return "line " + std::to_string(n) + ":\n  generated: " + (ga ? la : "<end>") +
                   "\n  committed: " + (gb ? lb : "<end>");
    }
}
} // namespace

TEST_CASE("every committed rule page is exactly what rule_docs writes") {
    for (const auto& [name, text] : rule_doc_files()) {
        CAPTURE(name);
        const fs::path p = kDocs / name;
        REQUIRE_MESSAGE(fs::exists(p), p.string() << " is missing: run build/models/rule_docs "
                                                     "docs/rules");
        const std::string committed = slurp(p);
        CHECK_MESSAGE(committed == text, p.string() << " differs from the rule's info ("
                                                    << first_difference(text, committed)
                                                    << "); run build/models/rule_docs docs/rules");
    }
}

TEST_CASE("docs/rules has no page for a rule that does not exist") {
    std::set<std::string> generated;
    for (const auto& [name, text] : rule_doc_files())
        generated.insert(name);
    for (const auto& e : fs::directory_iterator(kDocs))
        if (e.path().extension() == ".md") CHECK(generated.count(e.path().filename().string()));
}

TEST_CASE("a rule page carries the rule's why and action verbatim, in both languages") {
    const Rule* flo01 = find_rule("FLO-01");
    REQUIRE(flo01 != nullptr);
    const std::string page = rule_doc_markdown(flo01->info());
    CHECK(page.find(flo01->info().action_sv) != std::string::npos);
    CHECK(page.find(flo01->info().action_en) != std::string::npos);
    CHECK(page.find(flo01->info().rationale_sv) != std::string::npos);
    CHECK(page.find(flo01->info().rationale_en) != std::string::npos);
    CHECK(page.find(flo01->info().source) != std::string::npos);
    for (const auto& s : flo01->info().subs) {
        CHECK(page.find("| " + s.id + " |") != std::string::npos);
        CHECK(page.find(s.when_sv) != std::string::npos);
    }
    // Editing the info changes the page: a drifted doc would be caught.
    RuleInfo changed = flo01->info();
    changed.action_sv += " Ändrad.";
    CHECK(rule_doc_markdown(changed) != page);
}
