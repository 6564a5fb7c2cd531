#pragma once
// Synthetic county-scale models for benchmarks and stress tests: deterministic for a given seed.
#include "skm/model.hpp"

namespace skm {

struct SyntheticParams {
    int municipalities = 12;
    int units = 1000; // in total, spread over the municipalities and the region
    int flows = 3000;
    int forums_per_level = 3;
    unsigned seed = 2009;
};

Model make_synthetic_county(const SyntheticParams& p = {});

} // namespace skm
