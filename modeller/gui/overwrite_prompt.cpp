#include "overwrite_prompt.hpp"
#include "centred_modal.hpp"

#include "app.hpp"
#include "i18n.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace skm::gui {

void ask_overwrite(App& app, OverwriteQuestion q) {
    app.overwrite.question = std::move(q);
    app.overwrite.open_request = true;
}

void draw_overwrite_prompt(App& app) {
    OverwriteState& s = app.overwrite;
    if (!begin_centred_modal("###overwrite", tr(Str::OverwriteTitle), s.open_request,
                             600 * app.scale))
        return;
    const OverwriteQuestion& q = s.question;
    std::string files;
    for (const auto& f : q.existing)
        files += (files.empty() ? "" : ", ") + f;
    ImGui::TextWrapped("%s", tr_fill(Str::OverwriteText, {files}).c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr(Str::Overwrite))) {
        ImGui::CloseCurrentPopup();
        const OverwriteQuestion go = q; // the actions below may ask again
        if (go.then == OverwriteQuestion::Then::SaveAs)
            app.finish_save_as(go.path, go.then_pending);
        else
            start_export(app, go.format, go.path);
    }
    test_hooks::item("overwrite:confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::Cancel)) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false))
        ImGui::CloseCurrentPopup();
    test_hooks::item("overwrite:cancel");
    ImGui::EndPopup();
}

} // namespace skm::gui
