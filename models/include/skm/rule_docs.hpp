#pragma once
// The rule documentation (docs/rules/<ID>.md and the index docs/rules/README.md), written from
// each rule's own RuleInfo so the docs say exactly what the code says. The rule_docs program
// writes the files; a test fails when a committed file differs from what it would write.
#include "skm/rules.hpp"

#include <string>
#include <utility>
#include <vector>

namespace skm {

// The page for one rule, in Swedish then English.
std::string rule_doc_markdown(const RuleInfo& info);

// The index page listing every rule with its sub-rules and default severities.
std::string rule_index_markdown();

// Every generated file: (file name within docs/rules, contents), in catalogue order.
std::vector<std::pair<std::string, std::string>> rule_doc_files();

} // namespace skm
