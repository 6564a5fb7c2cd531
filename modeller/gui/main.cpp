// samverkanskartan: the editor. Usage: samverkanskartan [MODEL.json] [--test-script FILE] [--bench]
#include "app.hpp"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    skm::gui::AppOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--test-script" && i + 1 < argc)
            options.test_script = argv[++i];
        else if (a == "--bench")
            options.bench = true;
        else if (a == "--help" || a == "-h") {
            std::printf("samverkanskartan [KARTA.json] [--test-script FIL] [--bench]\n");
            return 0;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "samverkanskartan: okänd flagga %s\n", a.c_str());
            return 2;
        } else
            options.open_path = a;
    }
    skm::gui::App app;
    return app.run(options);
}
