// Load and save times of the county-scale synthetic model (goal: under 100 ms each), and the
// time of a full rule run against load + reference check measured in the same run (goal: all
// rules within a quarter of it), with the share of the model index and of each rule, and the time
// of deleting a unit and undoing it against the same load + check. Times are
// the CPU time the work takes (save: wall time), so the ratios hold on a busy machine too.
//
//   bench_model_io                     prints the figures
//   bench_model_io --save-county FILE [UNITS FLOWS]
//                                      writes the synthetic county model (to compare
//                                      `modeller check` output before and after a change);
//                                      25000 75000 gives the 100,000-element model
#include "skm/commands.hpp"
#include "skm/model_file.hpp"
#include "skm/model_index.hpp"
#include "skm/rules.hpp"
#include "skm/synthetic.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

// CPU time of this thread in ms: what the work costs, without the time other processes on a
// shared machine take the core away (wall time is kept for saving, which waits for the disk).
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

template <class F> double median_ms(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double a = cpu_ms();
        f();
        t.push_back(cpu_ms() - a);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

template <class F> double median_wall_ms(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

namespace {

// Keeps what a rule reports, as the engine's collector does, so a rule's time includes its
// messages.
class KeepingSink : public skm::FindingSink {
  public:
    void add(skm::Report r) override { reports.push_back(std::move(r)); }
    std::vector<skm::Report> reports;
};

struct RuleTime {
    std::string id;
    double ms = 0;
    std::size_t reports = 0;
};

} // namespace

int main(int argc, char** argv) {
    if ((argc == 3 || argc == 5) && std::strcmp(argv[1], "--save-county") == 0) {
        skm::SyntheticParams p;
        if (argc == 5) {
            p.units = std::max(1, std::atoi(argv[3]));
            p.flows = std::max(1, std::atoi(argv[4]));
        }
        skm::save_model_file(skm::make_synthetic_county(p), argv[2]);
        return 0;
    }
    if (argc != 1) {
        std::fprintf(stderr, "usage: bench_model_io [--save-county FILE [UNITS FLOWS]]\n");
        return 2;
    }
    const skm::Model m = skm::make_synthetic_county({});
    const std::string path =
        (std::filesystem::temp_directory_path() / "skm-bench-county.json").string();
    skm::save_model_file(m, path);
    const auto bytes = std::filesystem::file_size(path);

    const double serialize = median_ms(9, [&] { (void)skm::serialize_model(m); });
    const double save = median_wall_ms(9, [&] { skm::save_model_file(m, path); });
    const double load = median_ms(9, [&] { (void)skm::load_model_file(path); });
    std::size_t findings = 0;
    const double rules = median_ms(15, [&] { findings = skm::run_rules(m).findings.size(); });
    const double index = median_ms(15, [&] { const skm::ModelIndex ix(m); });
    // A unit with flows, so the delete cascades into the largest collection.
    skm::Model edited = m;
    const skm::Id unit = m.flows[m.flows.size() / 2].from;
    const double del = median_ms(15, [&] {
        skm::DeleteElement c(unit);
        c.apply(edited);
        c.revert(edited);
    });

    // Rule by rule on one shared index, as run_rules runs them.
    const skm::ModelIndex ix(m);
    const skm::RuleContext ctx{m, ix, m.info.snapshot, false};
    std::vector<RuleTime> per_rule;
    double rules_sum = 0;
    for (const auto& r : skm::all_rules()) {
        RuleTime t{r->info().id, 0, 0};
        t.ms = median_ms(15, [&] {
            KeepingSink sink;
            r->check(ctx, sink);
            t.reports = sink.reports.size();
        });
        rules_sum += t.ms;
        per_rule.push_back(t);
    }
    std::stable_sort(per_rule.begin(), per_rule.end(),
                     [](const RuleTime& a, const RuleTime& b) { return a.ms > b.ms; });

    const double ratio = rules / load;
    std::printf("county model: %zu units, %zu flows, %zu forums, file %.1f KiB\n", m.units.size(),
                m.flows.size(), m.forums.size(), static_cast<double>(bytes) / 1024.0);
    std::printf("(CPU time of one thread, median; save: wall time)\n");
    std::printf("serialize      %8.2f ms\n", serialize);
    std::printf("save (atomic)  %8.2f ms   goal < 100 ms  %s\n", save,
                save < 100 ? "ok" : "MISSED");
    std::printf("load + check   %8.2f ms   goal < 100 ms  %s\n", load,
                load < 100 ? "ok" : "MISSED");
    std::printf("all rules      %8.2f ms = %.2f x load + check   goal <= 0.25 x  %s   (%zu "
                "findings, %zu rules)\n",
                rules, ratio, ratio <= 0.25 ? "ok" : "MISSED", findings, skm::all_rules().size());
    std::printf("  model index  %8.2f ms = %.3f x\n", index, index / load);
    std::printf("  rules        %8.2f ms = %.3f x   (each rule alone on the shared index)\n",
                rules_sum, rules_sum / load);
    std::printf("  engine       %8.2f ms = %.3f x   (findings, overrides, waivers, sorting: the "
                "rest)\n",
                std::max(0.0, rules - index - rules_sum),
                std::max(0.0, rules - index - rules_sum) / load);
    std::printf("  slowest rules:\n");
    for (std::size_t i = 0; i < per_rule.size() && i < 8; ++i)
        std::printf("    %-8s %7.3f ms = %.3f x   (%zu findings)\n", per_rule[i].id.c_str(),
                    per_rule[i].ms, per_rule[i].ms / load, per_rule[i].reports);
    std::printf("delete + undo  %8.2f ms = %.3f x load + check   (DeleteElement of a unit with "
                "its flows)\n",
                del, del / load);
    std::filesystem::remove(path);
    std::filesystem::remove(path + ".bak");
    return 0;
}
