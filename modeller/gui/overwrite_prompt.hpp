#pragma once
// "Skriv över …?" (issue 11 §2): Save as… onto an existing file and every export onto an existing
// file ask first; the write waits for the answer.
#include <string>
#include <vector>

namespace skm::gui {

class App;

struct OverwriteQuestion {
    enum class Then { SaveAs, Export } then = Then::SaveAs;
    std::string path;
    std::vector<std::string> existing; // the files that would be replaced (an export's pages)
    int format = -1;                   // Export: as for start_export
    bool then_pending = false;         // SaveAs: run the action that asked for the save after it
};

struct OverwriteState {
    bool open_request = false;
    OverwriteQuestion question;
};

void ask_overwrite(App& app, OverwriteQuestion q);
void draw_overwrite_prompt(App& app);

} // namespace skm::gui
