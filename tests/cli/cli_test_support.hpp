#pragma once
// Runs `modeller` subcommands in-process and writes temporary model files for them.
#include "cli.hpp"
#include "skm/model_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace skm::test {

struct CliRun {
    int code = -1;
    std::string out, err;
};

inline CliRun run_cli(const cli::Args& args) {
    std::ostringstream out, err;
    CliRun r;
    r.code = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::string temp_path(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("skm-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

inline std::string write_temp(const std::string& name, const std::string& content) {
    const std::string p = temp_path(name);
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

} // namespace skm::test
