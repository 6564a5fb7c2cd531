// libFuzzer target: the model loader must reject any input with a ModelFileError, never crash.
#include "skm/model_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        skm::Model m =
            skm::parse_model(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
        (void)skm::check_references(m);
        // Whatever loads must survive a save/load round trip unchanged.
        const std::string again = skm::serialize_model(m);
        skm::Model m2 = skm::parse_model(again, "fuzz-roundtrip");
        if (!(m2 == m)) __builtin_trap();
    } catch (const skm::ModelFileError&) {
    }
    return 0;
}
