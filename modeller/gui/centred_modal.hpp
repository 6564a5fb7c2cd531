#pragma once
// The editor's question dialogs: a modal centred on the main window, as wide as asked (never
// wider than the window), opened on request. One place for what each dialog repeated.
#include <string>

namespace skm::gui {

// Opens the popup `id` ("###save-conflict") when `open_request` is set (and clears it), then
// begins it with `title` shown; true when it is open, and the caller ends it with
// ImGui::EndPopup().
bool begin_centred_modal(const char* id, const std::string& title, bool& open_request, float width);

} // namespace skm::gui
