#pragma once
// The two output formats of `modeller check`. The JSON format is documented in docs/check-json.md.
#include "skm/rules.hpp"

#include <iosfwd>
#include <string>

namespace skm::cli {

// `today` decides which action-plan entries are overdue (the model's snapshot unless --date).
void write_findings_text(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& result, Lang lang, const Date& today);
void write_findings_json(std::ostream& out, const std::string& file, const Model& m,
                         const CheckResult& result, Lang lang, const Date& today);

} // namespace skm::cli
