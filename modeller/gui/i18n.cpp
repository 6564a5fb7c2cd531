#include "i18n.hpp"

#include "skm/field_labels.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace skm::gui {
namespace {

struct Entry {
    Str key;
    const char* sv;
    const char* en;
};

constexpr Entry kStrings[] = {
    {Str::AppTitle, "Samverkanskartan", "Samverkanskartan"},
    {Str::Untitled, "Namnlös", "Untitled"},
    {Str::MenuFile, "Arkiv", "File"},
    {Str::MenuNew, "Ny tom karta", "New empty map"},
    {Str::MenuNewFromExample, "Ny från exempel", "New from example"},
    {Str::MenuOpen, "Öppna…", "Open…"},
    {Str::MenuOpenRecent, "Öppna senaste", "Open recent"},
    {Str::MenuSave, "Spara", "Save"},
    {Str::MenuSaveAs, "Spara som…", "Save as…"},
    {Str::MenuQuit, "Avsluta", "Quit"},
    {Str::MenuEdit, "Redigera", "Edit"},
    {Str::MenuUndo, "Ångra", "Undo"},
    {Str::MenuRedo, "Gör om", "Redo"},
    {Str::MenuNothingToUndo, "Inget att ångra", "Nothing to undo"},
    {Str::MenuNothingToRedo, "Inget att göra om", "Nothing to redo"},
    {Str::MenuView, "Visa", "View"},
    {Str::MenuLanguage, "Språk", "Language"},
    {Str::MenuSwedish, "Svenska", "Swedish"},
    {Str::MenuEnglish, "Engelska", "English"},
    {Str::MenuTheme, "Tema", "Theme"},
    {Str::MenuThemeLight, "Ljust", "Light"},
    {Str::MenuThemeDark, "Mörkt", "Dark"},
    {Str::MenuWorkshop, "Workshopläge", "Workshop mode"},
    {Str::MenuFit, "Anpassa kartan", "Fit map"},
    {Str::MenuExport, "Exportera", "Export"},
    {Str::MenuExportReport, "Rapport till styrdokument…", "Report for governing documents…"},
    {Str::MenuHelp, "Hjälp", "Help"},
    {Str::MenuShortcuts, "Kortkommandon", "Keyboard shortcuts"},
    {Str::ClearRecent, "Töm listan", "Clear list"},
    {Str::PanelOutline, "Översikt", "Outline"},
    {Str::PanelInspector, "Egenskaper", "Inspector"},
    {Str::PanelMap, "Karta", "Map"},
    {Str::PanelFindings, "Brister", "Findings"},
    {Str::Search, "Sök", "Search"},
    {Str::New, "Ny", "New"},
    {Str::Duplicate, "Duplicera", "Duplicate"},
    {Str::Delete, "Radera", "Delete"},
    {Str::Rename, "Byt id…", "Rename id…"},
    {Str::RenameIdTitle, "Byt id", "Rename id"},
    {Str::NewId, "Nytt id", "New id"},
    {Str::Ok, "OK", "OK"},
    {Str::Cancel, "Avbryt", "Cancel"},
    {Str::Save, "Spara", "Save"},
    {Str::DontSave, "Spara inte", "Don't save"},
    {Str::Close, "Stäng", "Close"},
    {Str::Recover, "Återställ", "Recover"},
    {Str::Discard, "Kasta", "Discard"},
    {Str::UnsavedTitle, "Osparade ändringar", "Unsaved changes"},
    {Str::UnsavedText, "Kartan har ändringar som inte är sparade. Vill du spara dem först?",
     "The map has changes that are not saved. Save them first?"},
    {Str::RecoverTitle, "Återställ osparade ändringar", "Recover unsaved changes"},
    {Str::RecoverText,
     "Det finns en automatiskt sparad version som är nyare än filen (programmet avslutades "
     "oväntat). Vill du återställa den?",
     "There is an autosaved version newer than the file (the program ended unexpectedly). "
     "Recover it?"},
    {Str::DeleteTitle, "Radera element", "Delete element"},
    {Str::DeleteText, "Dessa hänvisningar töms när elementet raderas:",
     "These references are cleared when the element is deleted:"},
    {Str::DeleteNoRefs, "Inget annat element hänvisar hit.", "No other element refers to it."},
    {Str::ModelDetails, "Modelluppgifter", "Model details"},
    {Str::NothingSelected, "Välj ett element i översikten eller på kartan.",
     "Select an element in the outline or on the map."},
    {Str::Unknown, "okänt", "unknown"},
    {Str::NoneValue, "inget", "none"},
    {Str::Value, "värde", "value"},
    {Str::Add, "Lägg till", "Add"},
    {Str::Remove, "Ta bort", "Remove"},
    {Str::MoveUp, "Upp", "Up"},
    {Str::MoveDown, "Ned", "Down"},
    {Str::InvalidDate, "Skriv datum som ÅÅÅÅ-MM-DD", "Write dates as YYYY-MM-DD"},
    {Str::ViewStructure, "Struktur", "Structure"},
    {Str::ViewHandoffs, "Överlämningar", "Handoffs"},
    {Str::ViewProcess, "Process", "Process"},
    {Str::ViewEscalation, "Eskalering", "Escalation"},
    {Str::MapLayingOut, "Ritar kartan…", "Laying out the map…"},
    {Str::MapUnavailable, "Kartritningen är inte tillgänglig i den här versionen.",
     "Map layout is not available in this build."},
    {Str::MapError, "Kartan kunde inte ritas:", "The map could not be laid out:"},
    {Str::MapEmpty, "Vyn är tom.", "The view is empty."},
    {Str::SeverityError, "Allvarlig brist", "Error"},
    {Str::SeverityWarning, "Varning", "Warning"},
    {Str::SeverityInfo, "Information", "Info"},
    {Str::SeverityOff, "Av", "Off"},
    {Str::Waived, "Undantag", "Waived"},
    {Str::Waive, "Undanta…", "Waive…"},
    {Str::WaiveTitle, "Undantag med motivering", "Waiver with justification"},
    {Str::Justification, "Motivering", "Justification"},
    {Str::Author, "Beslutat av", "Decided by"},
    {Str::ShowWaived, "Visa undantagna", "Show waived"},
    {Str::RuleSeverity, "Regelns allvarlighet", "Rule severity"},
    {Str::RuleColumn, "Regel", "Rule"},
    {Str::ElementColumn, "Element", "Element"},
    {Str::MessageColumn, "Brist", "Finding"},
    {Str::NoFindings, "Inga brister att visa.", "No findings to show."},
    {Str::FindingsCount, "%d allvarliga, %d varningar, %d information",
     "%d errors, %d warnings, %d info"},
    {Str::DefaultSeverity, "standard", "default"},
    {Str::Rationale, "Varför det spelar roll", "Why it matters"},
    {Str::SuggestedAction, "Förslag på åtgärd", "Suggested action"},
    {Str::WorkshopRevealMore, "Visa nästa nivå", "Reveal next level"},
    {Str::WorkshopRevealLess, "Dölj nivå", "Hide level"},
    {Str::WorkshopNextGap, "Nästa brist", "Next gap"},
    {Str::WorkshopPrevGap, "Föregående brist", "Previous gap"},
    {Str::WorkshopExit, "Avsluta workshop (Esc)", "Leave workshop (Esc)"},
    {Str::WorkshopTimer, "Tid", "Time"},
    {Str::WorkshopLevel, "Nivå %d av %d", "Level %d of %d"},
    {Str::WorkshopAllLevels, "Alla nivåer", "All levels"},
    {Str::WorkshopNoGaps, "Inga brister i kartan.", "No gaps in the map."},
    {Str::ExportDiagram, "Karta som", "Map as"},
    {Str::ExportRunning, "Exporterar…", "Exporting…"},
    {Str::ExportDone, "Exporterat till", "Exported to"},
    {Str::ExportFailed, "Exporten misslyckades:", "Export failed:"},
    {Str::ExportUnavailable, "Export är inte tillgänglig i den här versionen.",
     "Export is not available in this build."},
    {Str::FileDialogOpen, "Öppna karta", "Open map"},
    {Str::FileDialogSave, "Spara karta som", "Save map as"},
    {Str::FileDialogPath, "Sökväg", "Path"},
    {Str::FileDialogUp, "Upp en nivå", "Up one level"},
    {Str::OpenFailed, "Filen kunde inte öppnas", "The file could not be opened"},
    {Str::SaveFailed, "Filen kunde inte sparas", "The file could not be saved"},
    {Str::EditFailed, "Ändringen kunde inte göras", "The edit could not be made"},
    {Str::ReadOnlyTag, "(skrivskyddad)", "(read-only)"},
    {Str::ReadOnlyEditRefused,
     "Kartan är öppnad skrivskyddad eftersom någon annan har den öppen. Ändringar går inte att "
     "göra här; spara en egen kopia med Arkiv → Spara som… för att redigera.",
     "The map is open read-only because someone else has it open. Edits cannot be made here; "
     "save a copy of your own with File → Save as… to edit."},
    {Str::ReadOnlySaveRefused,
     "Kartan är öppnad skrivskyddad och sparas inte över originalet. Använd Arkiv → Spara som… "
     "för att spara en egen kopia.",
     "The map is open read-only and is not saved over the original. Use File → Save as… to save "
     "a copy of your own."},
    {Str::LockedTitle, "Kartan är redan öppen", "The map is already open"},
    {Str::LockedBy, "{1} är öppen hos {2} på datorn {3}.",
     "{1} is open for {2} on the computer {3}."},
    {Str::LockedExplain,
     "Öppna den skrivskyddad för att läsa utan att krocka med deras ändringar: du kan inte ändra "
     "eller spara över den, men du kan spara en egen kopia med Spara som…",
     "Open it read-only to read it without clashing with their edits: you cannot change it or "
     "save over it, but you can save a copy of your own with Save as…"},
    {Str::OpenReadOnly, "Öppna skrivskyddad", "Open read-only"},
    {Str::ConflictTitle, "Kartan kunde inte sparas", "The map could not be saved"},
    {Str::ConflictChanged,
     "{1} har ändrats på disken sedan du öppnade den (av ett annat program, en andra editor eller "
     "en kollega).",
     "{1} has been changed on disk since you opened it (by another program, a second editor or a "
     "colleague)."},
    {Str::ConflictLocked, "{1} är öppen hos {2} på datorn {3}.",
     "{1} is open for {2} on the computer {3}."},
    {Str::ConflictKept, "Ingenting har skrivits. Dina ändringar finns kvar i editorn.",
     "Nothing was written. Your edits are still in the editor."},
    {Str::ConflictReloadHint,
     "Läs in igen: versionen på disken ersätter dina ändringar – Ångra (Ctrl+Z) tar tillbaka dem.",
     "Reload: the version on disk replaces your edits – Undo (Ctrl+Z) brings them back."},
    {Str::Reload, "Läs in igen", "Reload"},
    {Str::ReloadFailed, "Filen på disken kunde inte läsas in",
     "The file on disk could not be loaded"},
    {Str::Compare, "Jämför", "Compare"},
    {Str::CompareHeading, "Från filen på disken till kartan i editorn:",
     "From the file on disk to the map in the editor:"},
    {Str::CompareNone, "Inga skillnader i innehållet.", "No differences in content."},
    {Str::CompareFailed,
     "Filen på disken går inte att läsa som karta:", "The file on disk cannot be read as a map:"},
    {Str::CompareChange, "Ändring", "Change"},
    {Str::CompareKind, "Typ", "Kind"},
    {Str::CompareFields, "Fält: disken → editorn", "Fields: disk → editor"},
    {Str::CompareMore, "fler fält", "more fields"},
    {Str::OverwriteTitle, "Skriv över?", "Overwrite?"},
    {Str::OverwriteText, "Skriv över {1}? Filen finns redan och ersätts.",
     "Overwrite {1}? The file exists and will be replaced."},
    {Str::Overwrite, "Skriv över", "Overwrite"},
    {Str::ExportRefused, "Exporten skrevs inte", "The export was not written"},
    {Str::HelpTitle, "Kortkommandon", "Keyboard shortcuts"},
    {Str::HelpKeys, "Tangenter", "Keys"},
    {Str::HelpAction, "Gör", "Does"},
    {Str::KeyUndo, "Ångra senaste ändringen", "Undo the last edit"},
    {Str::KeyRedo, "Gör om", "Redo"},
    {Str::KeySave, "Spara", "Save"},
    {Str::KeySaveAs, "Spara som", "Save as"},
    {Str::KeyOpen, "Öppna en karta", "Open a map"},
    {Str::KeyNew, "Ny tom karta", "New empty map"},
    {Str::KeyFit, "Anpassa kartan till fönstret", "Fit the map to the window"},
    {Str::KeyWorkshop, "Workshopläge på/av", "Workshop mode on/off"},
    {Str::KeyHelp, "Den här hjälpen", "This help"},
    {Str::KeyEscape, "Lämna workshopläget, stäng dialog", "Leave workshop mode, close dialog"},
    {Str::KeyDelete, "Radera valt element", "Delete the selected element"},
    {Str::KeyPanZoom, "Panorera (dra), zooma (hjul) i kartan",
     "Pan (drag) and zoom (wheel) the map"},
    {Str::KeyNextGap, "Workshop: nästa / föregående brist", "Workshop: next / previous gap"},
    {Str::KeyReveal, "Workshop: visa fler / färre nivåer", "Workshop: reveal more / fewer levels"},
    {Str::Mouse, "Mus", "Mouse"},
    {Str::DateHint, "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"},
    {Str::FrequencyHint, "1 per månad", "1 per månad"},
    {Str::FrequencyHelp, "Skriv t.ex. 1 per vecka, 2 per termin, vid behov eller regelbundet",
     "Write e.g. 1 per vecka, 2 per termin, vid behov or regelbundet (the file's Swedish words)"},
    {Str::Legend, "Teckenförklaring", "Legend"},
    {Str::NewStepHere, "Nytt steg här", "New step here"},
    {Str::KindActor, "Aktör", "Actor"},
    {Str::KindForum, "Forum", "Forum"},
    {Str::OnLevel, "På nivå:", "On level:"},
    {Str::NoLevel, "utan nivå", "no level"},
    {Str::Name, "Namn", "Name"},
    {Str::NoPrincipal, "(ingen huvudman)", "(no principal)"},
    {Str::PrincipalLabel, "Huvudman", "Principal"},
    {Str::Create, "Skapa", "Create"},
    {Str::MemberOfForum, "Medlem i forumet", "Member of the forum"},
    {Str::HandoffOfType, "Ny överlämning av typen:", "New handoff of type:"},
    {Str::WithFeedback, "med återkoppling", "with feedback (återkoppling)"},
    {Str::MoreTypes, "Fler typer", "More types"},
    {Str::MakeConvener, "Gör till sammankallande", "Make convener"},
    {Str::RemoveMember, "Ta bort ur forumet", "Remove from the forum"},
    {Str::AddMember, "Lägg till medlem", "Add member"},
    {Str::Convener, "Sammankallande", "Convener"},
    {Str::AddHandoffTo, "Ny överlämning till", "New handoff to"},
    {Str::StepBefore, "Nytt steg före", "New step before"},
    {Str::StepAfter, "Nytt steg efter", "New step after"},
    {Str::ChangeType, "Byt typ", "Change type"},
    {Str::RenameInPlace, "Byt namn", "Rename"},
    {Str::WaiveFinding, "Undanta bristen…", "Waive the finding…"},
    {Str::OpenInInspector, "Visa i egenskaper", "Show in the inspector"},
    {Str::NewActorHere, "Ny aktör här", "New actor here"},
    {Str::NewForumHere, "Nytt forum här", "New forum here"},
    {Str::QuickAddMenu, "Snabbtillägg…", "Quick add…"},
    {Str::QuickAddTitle, "Snabbtillägg", "Quick add"},
    {Str::QuickAddHint, "t.ex. forum Samverkansgrupp BUP", "e.g. forum Samverkansgrupp BUP"},
    {Str::QuickAddHelp,
     "nivå Namn · huvudman Namn · aktör Namn [huvudman] [nivå] · forum Namn [nivå]\növerlämning "
     "Från → Till [typ] [+återkoppling] · process Namn · steg Namn [i Aktör] · simbana Aktör",
     "nivå Name · huvudman Name · aktör Name [principal] [level] · forum Name [level]\növerlämning "
     "From → To [type] [+återkoppling] · process Name · steg Name [i Actor] · simbana Actor"},
    {Str::Enter, "Enter:", "Enter:"},
    {Str::SaveWouldNotReopen,
     "Kartan sparades inte: filen skulle inte gå att öppna igen. Din senaste ändring finns kvar i "
     "återställningskopian.",
     "The map was not saved: the file could not be opened again. Your latest edit is kept in the "
     "recovery copy."},
    {Str::CollapseGroup, "Fäll ihop", "Collapse"},
    {Str::MenuZoomSelection, "Zooma till markerat", "Zoom to selection"},
    {Str::WorkshopOnlyErrors, "Bara allvarliga", "Errors only"},
    {Str::WorkshopErrorsWarnings, "Allvarliga och varningar", "Errors and warnings"},
    {Str::WorkshopAllGaps, "Alla brister", "All gaps"},
    {Str::WorkshopByRule, "Regel för regel", "Rule by rule"},
    {Str::NewLevel, "Ny nivå…", "New level…"},
    {Str::EmptyMapHint, "Ctrl+K: snabbtillägg (t.ex. nivå Övergripande nivå) · högerklick: meny",
     "Ctrl+K: quick add (e.g. nivå Övergripande nivå) · right-click: menu"},
};
static_assert(std::size(kStrings) == static_cast<std::size_t>(Str::Count_),
              "every Str key needs exactly one entry");

constexpr bool table_in_order() {
    for (std::size_t i = 0; i < std::size(kStrings); ++i)
        if (static_cast<std::size_t>(kStrings[i].key) != i) return false;
    return true;
}
static_assert(table_in_order(), "kStrings must list the keys in enum order");

Lang g_lang = Lang::Sv;

} // namespace

void set_language(Lang lang) {
    g_lang = lang;
}
Lang language() {
    return g_lang;
}

const char* tr(Str key) {
    const auto& e = kStrings[static_cast<std::size_t>(key)];
    return g_lang == Lang::Sv ? e.sv : e.en;
}

std::string tr_fill(Str key, std::initializer_list<std::string> args) {
    std::string out = tr(key);
    int n = 1;
    for (const auto& a : args) {
        const std::string mark = "{" + std::to_string(n++) + "}";
        if (const auto at = out.find(mark); at != std::string::npos)
            out.replace(at, mark.size(), a);
    }
    return out;
}

std::string field_label(std::string_view key) {
    return field_title(key, g_lang); // one table with the report (skm/field_labels.hpp)
}

std::string collection_label(std::string_view name) {
    return collection_title(name, g_lang);
}

const char* severity_label(int severity_index) {
    switch (severity_index) {
    case 0:
        return tr(Str::SeverityError);
    case 1:
        return tr(Str::SeverityWarning);
    case 2:
        return tr(Str::SeverityInfo);
    default:
        return tr(Str::SeverityOff);
    }
}

} // namespace skm::gui
