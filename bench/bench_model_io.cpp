// Load and save times of the county-scale synthetic model (goal: under 100 ms each), and the
// time of a full rule run (goal: under 10 ms).
#include "skm/model_file.hpp"
#include "skm/rules.hpp"
#include "skm/synthetic.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

using Clock = std::chrono::steady_clock;

template <class F> double median_ms(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

int main() {
    const skm::Model m = skm::make_synthetic_county({});
    const std::string path =
        (std::filesystem::temp_directory_path() / "skm-bench-county.json").string();
    skm::save_model_file(m, path);
    const auto bytes = std::filesystem::file_size(path);

    const double serialize = median_ms(9, [&] { (void)skm::serialize_model(m); });
    const double save = median_ms(9, [&] { skm::save_model_file(m, path); });
    const double load = median_ms(9, [&] { (void)skm::load_model_file(path); });
    std::size_t findings = 0;
    const double rules = median_ms(9, [&] { findings = skm::run_rules(m).findings.size(); });

    std::printf("county model: %zu units, %zu flows, %zu forums, file %.1f KiB\n", m.units.size(),
                m.flows.size(), m.forums.size(), static_cast<double>(bytes) / 1024.0);
    std::printf("serialize      %8.2f ms\n", serialize);
    std::printf("save (atomic)  %8.2f ms   goal < 100 ms  %s\n", save,
                save < 100 ? "ok" : "MISSED");
    std::printf("load + check   %8.2f ms   goal < 100 ms  %s\n", load,
                load < 100 ? "ok" : "MISSED");
    std::printf("all rules      %8.2f ms   goal <  10 ms  %s   (%zu findings, %zu rules)\n", rules,
                rules < 10 ? "ok" : "MISSED", findings, skm::all_rules().size());
    std::filesystem::remove(path);
    std::filesystem::remove(path + ".bak");
    return 0;
}
