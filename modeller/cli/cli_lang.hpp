#pragma once
// One language per run: the command line's own messages follow --lang (Swedish by default), found
// before anything else is parsed so that even an error about the first option is in that language.
#include "cli.hpp"
#include "skm/lang.hpp"

#include <string>
#include <string_view>

namespace skm::cli {

// The --lang value in args ("--lang en" or "--lang=en"); Swedish when absent or unknown.
Lang run_language(const Args& args);

inline std::string say(Lang l, std::string_view sv, std::string_view en) {
    return std::string(l == Lang::Sv ? sv : en);
}

// True when args ask for help (-h, --help): the command prints its usage and exits 0.
bool wants_help(const Args& args);

} // namespace skm::cli
