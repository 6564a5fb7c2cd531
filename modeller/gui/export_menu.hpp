#pragma once
// The Export menu: every diagram format of the current view and the governing-document report,
// written on a worker thread with a progress window so the editor stays responsive.
#include <chrono>
#include <future>
#include <string>

namespace skm::gui {

class App;

struct ExportState {
    std::future<std::string> running; // result: "" on success, else the error
    std::string target;
    std::chrono::steady_clock::time_point started;
    std::string message; // last result, shown until closed
    bool message_open = false;
    int pending_format = -1; // waiting for the file dialog
};

void draw_export_menu(App& app); // inside the menu bar
void draw_export_progress(App& app);
// Starts an export to `path`; format is an exports::Format, or -2 for the report.
void start_export(App& app, int format, const std::string& path);
// The path chosen in the file dialog: refused with a message when it is the open model or any
// file that reads as a model; "Skriv över …?" first when it (or the first page of a paged
// export) exists and the dialog has not asked already; then start_export.
void request_export(App& app, int format, const std::string& path, bool already_confirmed);
// For the file dialog: suggested file name for a format.
std::string export_file_name(const App& app, int format);

} // namespace skm::gui
