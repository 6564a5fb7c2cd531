#include "cli_test_support.hpp"
#include "skm/synthetic.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace skm;
using skm::test::run_cli;

TEST_CASE("validate accepts every bundled example") {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(cli::examples_dir())) {
        if (e.path().extension() != ".json") continue;
        ++n;
        auto r = run_cli({"validate", e.path().string()});
        CAPTURE(r.err);
        CHECK(r.code == 0);
        CHECK(r.out.find(": ok") != std::string::npos);
    }
    CHECK(n >= 4);
}

TEST_CASE("validate rejects bad files with one line per problem naming file and place") {
    const std::string good = serialize_model(make_synthetic_county({2, 20, 20, 1, 3}));

    const auto truncated = test::write_temp("trunc.json", good.substr(0, good.size() / 3));
    auto r = run_cli({"validate", truncated});
    CHECK(r.code == 2);
    CHECK(r.err.find(truncated + ": line ") == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);

    Model m = make_synthetic_county({2, 20, 20, 1, 3});
    m.forums[0].reports_to = std::string("F-SAKNAS");
    const auto dangling = test::write_temp("dangling.json", serialize_model(m));
    r = run_cli({"validate", dangling});
    CHECK(r.code == 2);
    CHECK(r.err.find(dangling + ": forums[F-1].reports_to: refers to \"F-SAKNAS\"") == 0);

    std::string typed = good;
    typed.replace(typed.find("\"horizon_months\": 12"), 20, "\"horizon_months\": true");
    const auto wrong_type = test::write_temp("type.json", typed);
    r = run_cli({"validate", wrong_type});
    CHECK(r.code == 2);
    CHECK(r.err.find("model.horizon_months: expected a whole number, got true") !=
          std::string::npos);

    std::string newer = good;
    const std::string current = "\"schema_version\": " + std::to_string(kSchemaVersion);
    newer.replace(newer.find(current), current.size(),
                  "\"schema_version\": " + std::to_string(kSchemaVersion + 1));
    const auto future = test::write_temp("future.json", newer);
    r = run_cli({"validate", future});
    CHECK(r.code == 2);
    CHECK(r.err.find("schema_version: the file is from a newer version") != std::string::npos);
}

TEST_CASE("validate and info: usage errors exit 2") {
    CHECK(run_cli({"validate"}).code == 2);
    CHECK(run_cli({"info"}).code == 2);
    CHECK(run_cli({"nonsense"}).code == 2);
    CHECK(run_cli({}).code == 2);
    CHECK(run_cli({"--help"}).code == 0);
}

TEST_CASE("info counts each kind of element") {
    Model m = make_synthetic_county({3, 40, 55, 1, 5});
    const auto path = test::write_temp("info.json", serialize_model(m));
    auto r = run_cli({"info", path});
    CHECK(r.code == 0);
    CHECK(r.out.find("flows") != std::string::npos);
    CHECK(r.out.find(std::to_string(m.flows.size())) != std::string::npos);
    CHECK(r.out.find(m.info.name) != std::string::npos);
}
