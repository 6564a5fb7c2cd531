#include "cli_lang.hpp"

namespace skm::cli {

Lang run_language(const Args& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size())
            return args[i + 1] == "en" ? Lang::En : Lang::Sv;
        if (args[i].rfind("--lang=", 0) == 0)
            return args[i].substr(7) == "en" ? Lang::En : Lang::Sv;
    }
    return Lang::Sv;
}

bool wants_help(const Args& args) {
    for (const auto& a : args)
        if (a == "-h" || a == "--help") return true;
    return false;
}

} // namespace skm::cli
