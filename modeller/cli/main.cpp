#include "cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    skm::cli::Args args(argv + 1, argv + argc);
    return skm::cli::run(args, std::cout, std::cerr);
}
