// rule_docs DIR          writes docs/rules from the rules' own info
// rule_docs --check DIR  exits 1 and names each file that differs from what would be written
#include "skm/rule_docs.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    bool check = false;
    std::string dir;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--check")
            check = true;
        else if (dir.empty())
            dir = a;
        else {
            std::cerr << "usage: rule_docs [--check] DIR\n";
            return 2;
        }
    }
    if (dir.empty()) {
        std::cerr << "usage: rule_docs [--check] DIR\n";
        return 2;
    }
    int differ = 0;
    std::set<std::string> expected;
    for (const auto& [name, text] : skm::rule_doc_files()) {
        expected.insert(name);
        const fs::path p = fs::path(dir) / name;
        if (check) {
            std::ifstream in(p, std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            if (!in || s.str() != text) {
                std::cerr << p.string() << ": differs from the rule's info; run rule_docs " << dir
                          << "\n";
                ++differ;
            }
            continue;
        }
        std::ofstream out(p, std::ios::binary);
        out << text;
        if (!out) {
            std::cerr << p.string() << ": cannot write\n";
            return 2;
        }
    }
    // A page for a rule that no longer exists would document something the tool does not do.
    if (fs::is_directory(dir))
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".md" && !expected.count(e.path().filename().string())) {
                std::cerr << e.path().string() << ": no rule has this page\n";
                ++differ;
            }
    return differ ? 1 : 0;
}
