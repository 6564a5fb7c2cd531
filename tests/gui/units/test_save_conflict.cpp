// The parts of the save-conflict dialog and the read-only mode that need no window (issue 11 §1):
// the version on disk is read like File → Open, its reload is one undoable step, the differences
// are described by field, and a read-only document refuses every edit.
#include "disk_version.hpp"
#include "gui_test_dirs.hpp"
#include "i18n.hpp"
#include "map_document.hpp"

#include "skm/model_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace skm;
using namespace skm::gui;
namespace fs = std::filesystem;

namespace {

using test::fresh_dir;

Forum forum(const Id& id, const std::string& name) {
    Forum f;
    f.id = id;
    f.name = name;
    return f;
}

} // namespace

TEST_CASE("the version on disk reloads as one undoable step and becomes the saved state") {
    const fs::path dir = fresh_dir("units-disk-version");
    const std::string path = (dir / "karta.json").string();
    Model theirs = empty_model();
    theirs.forums.push_back(forum("F-A", "Kollegans namn"));
    save_model_file(theirs, path);

    MapDocument doc;
    Model ours = theirs;
    ours.forums.front().name = "Mitt namn";
    doc.reset(ours, path);
    REQUIRE(doc.execute(std::make_unique<AddElement<Forum>>(forum("F-NY", "Nytt forum"))));
    REQUIRE(doc.dirty());

    const DiskVersion d = load_disk_version(path);
    REQUIRE(d.ok);
    CHECK(d.stamp == file_stamp(path));
    REQUIRE(doc.execute(std::make_unique<LoadDiskVersion>(doc.model(), d.model)));
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    CHECK(doc.model().forums.size() == 1);
    CHECK(doc.model().forums.front().name == "Kollegans namn");
    CHECK(doc.history().undo_name(Lang::Sv) == "Läs in versionen på disken");
    doc.undo(); // the editor's own edits come back
    CHECK(doc.dirty());
    REQUIRE(doc.model().forums.size() == 2);
    CHECK(doc.model().forums.front().name == "Mitt namn");
}

TEST_CASE("a file on disk that is not a map gives a message, not a model") {
    const fs::path dir = fresh_dir("units-disk-version-bad");
    const std::string path = (dir / "karta.json").string();
    std::ofstream(path) << "{ inte json";
    const DiskVersion d = load_disk_version(path);
    CHECK_FALSE(d.ok);
    CHECK(d.error.find(path) != std::string::npos);
    CHECK_FALSE(load_disk_version((dir / "borta.json").string()).ok);
}

TEST_CASE("the differences name each changed field, the disk's value first") {
    set_language(Lang::Sv);
    Model disk = empty_model(), editor = empty_model();
    disk.forums.push_back(forum("F-A", "Kollegans namn"));
    editor.forums.push_back(forum("F-A", "Mitt namn"));
    editor.forums.push_back(forum("F-NY", "Nytt forum"));
    const auto diff = diff_models(disk, editor);
    REQUIRE(diff.size() == 2);
    CHECK(diff[0].id == "F-A");
    CHECK(diff[0].kind == ElementChange::Kind::Changed);
    // As a reader sees it: the field's title and the names, without JSON quotes.
    CHECK(describe_fields(diff[0], disk, editor) == "Namn: Kollegans namn → Mitt namn");
    CHECK(diff[1].id == "F-NY");
    CHECK(diff[1].kind == ElementChange::Kind::Added);

    ElementChange many;
    many.collection = "forums";
    many.id = "F-A";
    many.kind = ElementChange::Kind::Changed;
    for (const char* f : {"name", "purpose", "remit", "notes", "convener"})
        many.fields.push_back({f, "\"" + std::string(60, 'a') + "\"", "null"});
    const std::string text = describe_fields(many, disk, editor, 2);
    CHECK(text.find("(+3 fler fält)") != std::string::npos);
    CHECK(text.find("…") != std::string::npos); // long values cut
}

TEST_CASE("a read-only document refuses every edit with a message") {
    set_language(Lang::Sv);
    MapDocument doc;
    doc.set_read_only(true);
    CHECK_FALSE(doc.execute(std::make_unique<AddElement<Forum>>(forum("F-NY", "Nytt forum"))));
    CHECK(doc.model().forums.empty());
    CHECK_FALSE(doc.dirty());
    CHECK(doc.last_error().find("skrivskyddad") != std::string::npos);
    doc.reset(empty_model(), "x.json"); // a newly opened document is editable
    CHECK_FALSE(doc.read_only());
    CHECK(doc.execute(std::make_unique<AddElement<Forum>>(forum("F-NY", "Nytt forum"))));
}
