#include "element_access.hpp"

#include <map>

namespace skm::gui {

std::string fresh_id(const Model& m, const std::string& prefix) {
    std::string candidate = prefix;
    for (int n = 2; kind_of(m, candidate) != 0 || candidate == "model"; ++n)
        candidate = prefix + "-" + std::to_string(n);
    return candidate;
}

std::string id_prefix_for(const std::string& collection) {
    static const std::map<std::string, std::string> prefixes = {
        {"regimes", "REG"},    {"principals", "HM"},   {"units", "U"},
        {"roles", "R"},        {"citizens", "C"},      {"levels", "L"},
        {"level_links", "LL"}, {"forums", "F"},        {"consents", "SAM"},
        {"flows", "FL"},       {"documents", "D"},     {"responsibilities", "A"},
        {"processes", "P"},    {"escalations", "ESK"}, {"plans", "SIP"},
        {"followups", "UPF"},  {"changes", "CHG"},
    };
    auto it = prefixes.find(collection);
    return (it == prefixes.end() ? std::string("E") : it->second) + "-NY";
}

} // namespace skm::gui
