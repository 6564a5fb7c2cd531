#pragma once
// The editor application: window, frame loop, and the state the panels share. Each panel lives in
// its own file and draws from this state; edits go through MapDocument::execute.
#include "canvas.hpp"
#include "canvas_edit.hpp"
#include "export_menu.hpp"
#include "file_dialog.hpp"
#include "findings_panel.hpp"
#include "fonts.hpp"
#include "inspector.hpp"
#include "locked_open_dialog.hpp"
#include "map_document.hpp"
#include "map_lock.hpp"
#include "map_source.hpp"
#include "outline.hpp"
#include "overwrite_prompt.hpp"
#include "palette.hpp"
#include "recovery.hpp"
#include "save_conflict_dialog.hpp"
#include "settings.hpp"
#include "skm/model_file.hpp"
#include "theme.hpp"
#include "version_compare.hpp"
#include "workshop.hpp"

#include <memory>
#include <optional>
#include <string>

struct GLFWwindow;
struct ImVec2;

namespace skm::gui {

class TestScript;
class BenchMode;

struct AppOptions {
    std::string open_path;
    std::string test_script;
    bool bench = false;
};

// Something that replaces the open map, asked for while it has unsaved edits.
struct PendingAction {
    enum class Kind { None, New, NewFromExample, Open, OpenDialog, Quit } kind = Kind::None;
    std::string path;
};

// The editor's panels around the map: their shares of the window and which are shown.
struct PanelLayout {
    float left = 0.17f, right = 0.24f, findings = 0.26f;
    bool show_outline = true, show_inspector = true, show_findings = true;
};

class App {
  public:
    App();
    ~App();
    int run(const AppOptions& options);

    // --- actions (menus, shortcuts, test scripts) ---
    void request(PendingAction a); // asks about unsaved changes first
    bool save();                   // to the current path, or asks for one
    void save_as();
    // The path chosen for Save as… (after any "Skriv över …?"); then_pending: run the action
    // that asked for the save once it has succeeded.
    void finish_save_as(const std::string& path, bool then_pending);
    // Opens a map another editor has open: edits and Save refused (issue 11 §1).
    bool open_read_only(const std::string& path);
    void undo();
    void redo();
    // The one way the selection changes; focus_map also brings it into view on the map, switching
    // to the view that shows it.
    void select(const Id& id, bool focus_map);
    void show_in_view(const Id& id);
    void set_workshop(bool on);
    void set_language(Lang l);
    void set_theme(Theme t);
    void show_error(std::string title, std::string text);

    // --- shared state ---
    MapDocument doc;
    Settings settings;
    Fonts fonts;
    float scale = 1.0f;
    bool workshop = false;
    bool show_help = false;
    render::ViewSpec view;
    MapSource map;
    std::optional<render::LayoutResult> layout; // newest finished layout
    PanelLayout panels;
    CanvasState canvas;
    CanvasEditState canvas_edit;
    PaletteState palette;
    OutlineState outline;
    InspectorState inspector;
    FindingsState findings;
    WorkshopState workshop_state;
    ExportState exports;
    VersionCompareState compare; // File → Jämför med…: view state, never a model edit
    FileDialog file_dialog;
    Autosave autosave;
    // The file on disk as it was loaded or last saved (issue 11 §1): a save to that path is
    // refused when someone else has changed the file since.
    FileStamp disk_stamp;
    std::string disk_stamp_path;
    MapLock map_lock;            // "opened by … on …" for a second editor on the same map
    SaveConflictState conflict;  // a save refused: changed on disk or locked by another editor
    LockedOpenState locked_open; // opening a map another editor has open
    OverwriteState overwrite;    // Save as… or an export onto an existing file
    bool quit_now = false;
    GLFWwindow* window = nullptr;
    std::string window_title;           // as last set, for tests
    double last_ui_ms = 0;              // building the last frame's UI, without GPU work and swap
    double last_ui_cpu_ms = 0;          // the same, as CPU time of the UI thread
    std::uint64_t layouts_received = 0; // maps taken from the layout worker so far

  private:
    void frame();
    void draw_panels();
    void handle_shortcuts();
    void update_map();
    void fit_page_to_canvas(ImVec2 avail);
    void update_title();
    void perform(const PendingAction& a);
    bool open_file(const std::string& path, bool read_only = false);
    void choose_save_as(const std::string& path, bool then_pending);
    bool save_to(const std::string& path);
    void draw_prompts();
    void offer_recovery_if_any();

    PendingAction pending_;
    bool unsaved_prompt_ = false;
    bool save_dialog_then_pending_ = false;
    enum class DialogPurpose { None, Open, SaveAs } dialog_purpose_ = DialogPurpose::None;
    std::optional<std::filesystem::path> recovery_offer_;
    std::string error_title_, error_text_;
    bool error_open_ = false;
    std::uint64_t requested_generation_ = 0;
    render::ViewSpec requested_view_;
    bool requested_current_findings_ = false; // the last request carried the model's own findings
    bool windowed_saved_ = false;
    int windowed_x_ = 0, windowed_y_ = 0, windowed_w_ = 0, windowed_h_ = 0;
    std::unique_ptr<TestScript> script_;
    std::unique_ptr<BenchMode> bench_;
    friend class TestScript;
};

} // namespace skm::gui
