#pragma once
// Helpers for the figure tests: run a tool on bytes, and measure text sizes in a PDF from
// pdftotext's word boxes (poppler-utils).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace skm::test {

inline std::string scratch_path(const std::string& name) {
    return std::string(SKM_BINARY_DIR) + "/figure-test-" + std::to_string(getpid()) + "-" + name;
}

inline std::string capture(const std::string& cmd) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    pclose(p);
    return out;
}

struct WordBox {
    std::string word;
    double height = 0;
    int page = 0;
};

// Every word of a PDF with its box height (points), from `pdftotext -bbox`.
inline std::vector<WordBox> pdf_words(const std::string& pdf) {
    const std::string path = scratch_path("words.pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    const std::string html = capture("pdftotext -q -bbox '" + path + "' - 2>/dev/null");
    std::remove(path.c_str());
    std::vector<WordBox> out;
    int page = 0;
    for (std::size_t at = 0;;) {
        const std::size_t p = html.find("<page ", at), w = html.find("<word ", at);
        if (w == std::string::npos) break;
        if (p != std::string::npos && p < w) {
            ++page;
            at = p + 6;
            continue;
        }
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        std::sscanf(html.c_str() + w, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                    &x0, &y0, &x1, &y1);
        const std::size_t gt = html.find('>', w), end = html.find("</word>", w);
        WordBox b;
        b.word = html.substr(gt + 1, end - gt - 1);
        b.height = y1 - y0;
        b.page = page;
        out.push_back(b);
        at = end;
    }
    return out;
}

} // namespace skm::test
