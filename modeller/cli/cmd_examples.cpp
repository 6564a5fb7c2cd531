#include "cli.hpp"

#include "skm/model_file.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace skm::cli {

int cmd_examples(const Args&, std::ostream& out, std::ostream& err) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(examples_dir(), ec))
        if (e.path().extension() == ".json") files.push_back(e.path());
    if (ec) {
        err << examples_dir() << ": " << ec.message() << "\n";
        return 2;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        try {
            Model m = load_model_file(f.string());
            out << f.string() << "\n    " << m.info.name << "\n";
        } catch (const std::exception& e) {
            out << f.string() << "\n    (" << e.what() << ")\n";
        }
    }
    return 0;
}

} // namespace skm::cli
