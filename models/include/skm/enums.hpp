#pragma once
// Enumerations of the domain, each with the single word it is written as in the model file.
// The words are Swedish, as the steering groups say them, so a hand-edited file reads naturally.
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace skm {

template <class E> struct EnumInfo; // specialised below: entries = {value, file word}

template <class E> std::string_view to_word(E e) {
    for (const auto& [v, w] : EnumInfo<E>::entries)
        if (v == e) return w;
    return "?";
}
template <class E> std::optional<E> from_word(std::string_view w) {
    for (const auto& [v, word] : EnumInfo<E>::entries)
        if (word == w) return v;
    return std::nullopt;
}

#define SKM_ENUM_WORDS(E, ...)                                                                     \
    template <> struct EnumInfo<E> {                                                               \
        static constexpr std::pair<E, std::string_view> entries[] = {__VA_ARGS__};                 \
        static constexpr std::string_view type_name = #E;                                          \
    }

enum class PrincipalType { Kommun, Region, Kommunalforbund, Stat, Privat, Ideell, Enskild };
SKM_ENUM_WORDS(PrincipalType, {PrincipalType::Kommun, "kommun"}, {PrincipalType::Region, "region"},
               {PrincipalType::Kommunalforbund, "kommunalförbund"}, {PrincipalType::Stat, "stat"},
               {PrincipalType::Privat, "privat"}, {PrincipalType::Ideell, "ideell"},
               {PrincipalType::Enskild, "enskild uppdragstagare"});

enum class UnitKind { PoliticalBody, Organisation, Unit };
SKM_ENUM_WORDS(UnitKind, {UnitKind::PoliticalBody, "politiskt organ"},
               {UnitKind::Organisation, "organisation"}, {UnitKind::Unit, "enhet"});

enum class Sector {
    Socialtjanst,
    Funktionsstod,
    Forskola,
    Skola,
    Gymnasieskola,
    Elevhalsa,
    Bup,
    Bum,
    Habilitering,
    Bnp,
    Bvc,
    Mvc,
    Primarvard,
    Vuxenpsykiatri,
    HvbFamiljehem,
    Overformyndare,
    FritidFalt,
    Ungdomsmottagning,
    Polis,
    Migrationsverket,
    Spsm,
    Sis,
    Ideell,
    Annan
};
SKM_ENUM_WORDS(Sector, {Sector::Socialtjanst, "socialtjänst"},
               {Sector::Funktionsstod, "funktionsstöd"}, {Sector::Forskola, "förskola"},
               {Sector::Skola, "skola"}, {Sector::Gymnasieskola, "gymnasieskola"},
               {Sector::Elevhalsa, "elevhälsa"}, {Sector::Bup, "bup"}, {Sector::Bum, "bum"},
               {Sector::Habilitering, "habilitering"}, {Sector::Bnp, "bnp"}, {Sector::Bvc, "bvc"},
               {Sector::Mvc, "mvc"}, {Sector::Primarvard, "primärvård"},
               {Sector::Vuxenpsykiatri, "vuxenpsykiatri"},
               {Sector::HvbFamiljehem, "hvb/familjehem"},
               {Sector::Overformyndare, "överförmyndare"}, {Sector::FritidFalt, "fritid/fält"},
               {Sector::Ungdomsmottagning, "ungdomsmottagning"}, {Sector::Polis, "polis"},
               {Sector::Migrationsverket, "migrationsverket"}, {Sector::Spsm, "spsm"},
               {Sector::Sis, "sis"}, {Sector::Ideell, "ideell"}, {Sector::Annan, "annan"});

// NameOnly ("nämns"): named in the map (an escalation step "landstingets interna forum") but not
// described; the rules ask about it instead of checking it as a described element with nothing
// in it.
enum class ElementStatus { Active, Dormant, Ended, Planned, NameOnly };
SKM_ENUM_WORDS(ElementStatus, {ElementStatus::Active, "aktiv"}, {ElementStatus::Dormant, "vilande"},
               {ElementStatus::Ended, "upphörd"}, {ElementStatus::Planned, "planerad"},
               {ElementStatus::NameOnly, "nämns"});

// P political, S overarching/strategic, O operational, I individual, A advisory (outside chain).
enum class Tier { P, S, O, I, A };
SKM_ENUM_WORDS(Tier, {Tier::P, "P"}, {Tier::S, "S"}, {Tier::O, "O"}, {Tier::I, "I"},
               {Tier::A, "A"});

enum class Geography {
    Nationell,
    Regional,
    Delregional,
    Kommun,
    Stadsdel,
    Naromrade,
    Enhet,
    Individ
};
SKM_ENUM_WORDS(Geography, {Geography::Nationell, "nationell"}, {Geography::Regional, "regional"},
               {Geography::Delregional, "delregional"}, {Geography::Kommun, "kommun"},
               {Geography::Stadsdel, "stadsdel"}, {Geography::Naromrade, "närområde"},
               {Geography::Enhet, "enhet"}, {Geography::Individ, "individ"});

enum class LevelLinkType {
    Samrad,
    Uppfoljning,
    Information,
    Uppdrag,
    Underlag,
    Erfarenhetsutbyte,
    Stod,
    Avvikelser
};
SKM_ENUM_WORDS(LevelLinkType, {LevelLinkType::Samrad, "samråd"},
               {LevelLinkType::Uppfoljning, "uppföljning"},
               {LevelLinkType::Information, "information"}, {LevelLinkType::Uppdrag, "uppdrag"},
               {LevelLinkType::Underlag, "underlag"},
               {LevelLinkType::Erfarenhetsutbyte, "erfarenhetsutbyte"},
               {LevelLinkType::Stod, "stöd"}, {LevelLinkType::Avvikelser, "avvikelser"});

enum class ForumKind {
    Styrgrupp,
    InterntForum,
    GemensamtSamarbetsorgan,
    Samverkansgrupp,
    Motesplats,
    Referensgrupp,
    Arbetsgrupp,
    PolitisktOrgan,
    PolitisktSamverkansorgan,
    Natverk
};
SKM_ENUM_WORDS(ForumKind, {ForumKind::Styrgrupp, "styrgrupp"},
               {ForumKind::InterntForum, "internt forum"},
               {ForumKind::GemensamtSamarbetsorgan, "gemensamt samarbetsorgan"},
               {ForumKind::Samverkansgrupp, "samverkansgrupp"},
               {ForumKind::Motesplats, "mötesplats"}, {ForumKind::Referensgrupp, "referensgrupp"},
               {ForumKind::Arbetsgrupp, "arbetsgrupp"},
               {ForumKind::PolitisktOrgan, "politiskt organ"},
               {ForumKind::PolitisktSamverkansorgan, "politiskt samverkansorgan"},
               {ForumKind::Natverk, "nätverk"});

enum class MemberMode { Ordinarie, Ersattare, Adjungerad, VidBehov, IEgnaArenden, DelAvMote, Tbd };
SKM_ENUM_WORDS(MemberMode, {MemberMode::Ordinarie, "ordinarie"},
               {MemberMode::Ersattare, "ersättare"}, {MemberMode::Adjungerad, "adjungerad"},
               {MemberMode::VidBehov, "vid behov"}, {MemberMode::IEgnaArenden, "i egna ärenden"},
               {MemberMode::DelAvMote, "del av möte"}, {MemberMode::Tbd, "ej bestämt"});

enum class Mandate { Beslut, Beredning, Radgivande, Information };
SKM_ENUM_WORDS(Mandate, {Mandate::Beslut, "beslut"}, {Mandate::Beredning, "beredning"},
               {Mandate::Radgivande, "rådgivande"}, {Mandate::Information, "information"});

enum class ForumCovers { AllmannaFragor, Individarenden, Konsultation };
SKM_ENUM_WORDS(ForumCovers, {ForumCovers::AllmannaFragor, "allmänna frågor"},
               {ForumCovers::Individarenden, "individärenden"},
               {ForumCovers::Konsultation, "konsultation"});

enum class Documentation { Protokoll, Minnesanteckningar };
SKM_ENUM_WORDS(Documentation, {Documentation::Protokoll, "protokoll"},
               {Documentation::Minnesanteckningar, "minnesanteckningar"});

enum class FrequencyPer { Vecka, Manad, Termin, Ar };
SKM_ENUM_WORDS(FrequencyPer, {FrequencyPer::Vecka, "vecka"}, {FrequencyPer::Manad, "månad"},
               {FrequencyPer::Termin, "termin"}, {FrequencyPer::Ar, "år"});

enum class FlowType {
    Anmalan,
    Bekraftelse,
    Aterkoppling,
    Konsultation,
    Samradssamtal,
    Overlamning,
    Remiss,
    Utskrivning,
    Inskrivningsmeddelande,
    Vardplanering,
    Kallelse,
    Uppgiftslamnande,
    Beslut,
    Information,
    Rapportering,
    Arsberattelse,
    Avvikelse,
    Tvist,
    Utvardering,
    Samverkansmote
};
SKM_ENUM_WORDS(FlowType, {FlowType::Anmalan, "anmälan"}, {FlowType::Bekraftelse, "bekräftelse"},
               {FlowType::Aterkoppling, "återkoppling"}, {FlowType::Konsultation, "konsultation"},
               {FlowType::Samradssamtal, "samrådssamtal"}, {FlowType::Overlamning, "överlämning"},
               {FlowType::Remiss, "remiss"}, {FlowType::Utskrivning, "utskrivning"},
               {FlowType::Inskrivningsmeddelande, "inskrivningsmeddelande"},
               {FlowType::Vardplanering, "vårdplanering"}, {FlowType::Kallelse, "kallelse"},
               {FlowType::Uppgiftslamnande, "uppgiftslämnande"}, {FlowType::Beslut, "beslut"},
               {FlowType::Information, "information"}, {FlowType::Rapportering, "rapportering"},
               {FlowType::Arsberattelse, "årsberättelse"}, {FlowType::Avvikelse, "avvikelse"},
               {FlowType::Tvist, "tvist"}, {FlowType::Utvardering, "utvärdering"},
               {FlowType::Samverkansmote, "samverkansmöte"});

enum class Channel { Skriftlig, Muntlig, Telefon, Mail, Mote, Digital, Brev };
SKM_ENUM_WORDS(Channel, {Channel::Skriftlig, "skriftlig"}, {Channel::Muntlig, "muntlig"},
               {Channel::Telefon, "telefon"}, {Channel::Mail, "mail"}, {Channel::Mote, "möte"},
               {Channel::Digital, "digital"}, {Channel::Brev, "brev"});

enum class DocType {
    Overenskommelse,
    Samverkansavtal,
    Policy,
    Riktlinje,
    Rutin,
    Handlingsplan,
    Handlingsprogram,
    Strategi,
    Uppdrag,
    Beslut,
    Processkarta,
    Lathund,
    Checklista,
    Mall
};
SKM_ENUM_WORDS(DocType, {DocType::Overenskommelse, "överenskommelse"},
               {DocType::Samverkansavtal, "samverkansavtal"}, {DocType::Policy, "policy"},
               {DocType::Riktlinje, "riktlinje"}, {DocType::Rutin, "rutin"},
               {DocType::Handlingsplan, "handlingsplan"},
               {DocType::Handlingsprogram, "handlingsprogram"}, {DocType::Strategi, "strategi"},
               {DocType::Uppdrag, "uppdrag"}, {DocType::Beslut, "beslut"},
               {DocType::Processkarta, "processkarta"}, {DocType::Lathund, "lathund"},
               {DocType::Checklista, "checklista"}, {DocType::Mall, "mall"});

enum class DocStatus { Utkast, Forslag, UnderBearbetning, Antagen, Vilande, Upphord };
SKM_ENUM_WORDS(DocStatus, {DocStatus::Utkast, "utkast"}, {DocStatus::Forslag, "förslag"},
               {DocStatus::UnderBearbetning, "under bearbetning"}, {DocStatus::Antagen, "antagen"},
               {DocStatus::Vilande, "vilande"}, {DocStatus::Upphord, "upphörd"});

enum class DocForm { Skriftlig, Muntlig };
SKM_ENUM_WORDS(DocForm, {DocForm::Skriftlig, "skriftlig"}, {DocForm::Muntlig, "muntlig"});

enum class DocScope { Samverkan, Utredningsuppdrag, Annat };
SKM_ENUM_WORDS(DocScope, {DocScope::Samverkan, "samverkan"},
               {DocScope::Utredningsuppdrag, "utredningsuppdrag"}, {DocScope::Annat, "annat"});

// RACI, in the words Swedish responsibility matrices use.
enum class Raci { Utfor, Ansvarar, Konsulteras, Informeras };
SKM_ENUM_WORDS(Raci, {Raci::Utfor, "utför"}, {Raci::Ansvarar, "ansvarar"},
               {Raci::Konsulteras, "konsulteras"}, {Raci::Informeras, "informeras"});

enum class ProcessStatus { Nulage, Forslag, Antagen };
SKM_ENUM_WORDS(ProcessStatus, {ProcessStatus::Nulage, "nuläge"},
               {ProcessStatus::Forslag, "förslag"}, {ProcessStatus::Antagen, "antagen"});

enum class StepType {
    Start,
    Slut,
    Aktivitet,
    Mote,
    Beslut,
    Samtycke,
    Kallelse,
    Uppfoljning,
    Utvardering
};
SKM_ENUM_WORDS(StepType, {StepType::Start, "start"}, {StepType::Slut, "slut"},
               {StepType::Aktivitet, "aktivitet"}, {StepType::Mote, "möte"},
               {StepType::Beslut, "beslut"}, {StepType::Samtycke, "samtycke"},
               {StepType::Kallelse, "kallelse"}, {StepType::Uppfoljning, "uppföljning"},
               {StepType::Utvardering, "utvärdering"});

enum class EscalationKind { Tvist, Avvikelse };
SKM_ENUM_WORDS(EscalationKind, {EscalationKind::Tvist, "tvist"},
               {EscalationKind::Avvikelse, "avvikelse"});

enum class CitizenKind { Barn, Vardnadshavare, Narstaende, Foretradare, DenEnskilde };
SKM_ENUM_WORDS(CitizenKind, {CitizenKind::Barn, "barn"},
               {CitizenKind::Vardnadshavare, "vårdnadshavare"},
               {CitizenKind::Narstaende, "närstående"},
               {CitizenKind::Foretradare, "företrädare för barnets talan"},
               {CitizenKind::DenEnskilde, "den enskilde"});

enum class PlanKind { Sip, VastbusSip, ISip, BusPlan, Norrbus };
SKM_ENUM_WORDS(PlanKind, {PlanKind::Sip, "SIP"}, {PlanKind::VastbusSip, "Västbus-SIP"},
               {PlanKind::ISip, "I-SIP"}, {PlanKind::BusPlan, "BUS-plan"},
               {PlanKind::Norrbus, "Norrbus"});

enum class RefusalPolicy { Ja, Motiverat, Nej };
SKM_ENUM_WORDS(RefusalPolicy, {RefusalPolicy::Ja, "ja"}, {RefusalPolicy::Motiverat, "motiverat"},
               {RefusalPolicy::Nej, "nej"});

enum class FollowUpKind { Samverkan, Forum, Dokument, Process, EfterAvslutatArende, Arsberattelse };
SKM_ENUM_WORDS(FollowUpKind, {FollowUpKind::Samverkan, "samverkan"}, {FollowUpKind::Forum, "forum"},
               {FollowUpKind::Dokument, "dokument"}, {FollowUpKind::Process, "process"},
               {FollowUpKind::EfterAvslutatArende, "efter avslutat ärende"},
               {FollowUpKind::Arsberattelse, "årsberättelse"});

enum class ModelStatus { Nulage, Borlage };
SKM_ENUM_WORDS(ModelStatus, {ModelStatus::Nulage, "nuläge"}, {ModelStatus::Borlage, "börläge"});

enum class Severity { Error, Warning, Info };
SKM_ENUM_WORDS(Severity, {Severity::Error, "error"}, {Severity::Warning, "warning"},
               {Severity::Info, "info"});

// Why a finding arises: the map describes something as missing or wrong (a gap, brist), or the
// map does not describe it at all (a question to answer, kartläggningsfråga).
enum class Basis { Gap, Unknown };
SKM_ENUM_WORDS(Basis, {Basis::Gap, "gap"}, {Basis::Unknown, "unknown"});

// The state of an action-plan entry (åtgärdsplan).
enum class ActionStatus { Oppen, Pagar, Atgardad };
SKM_ENUM_WORDS(ActionStatus, {ActionStatus::Oppen, "öppen"}, {ActionStatus::Pagar, "pågår"},
               {ActionStatus::Atgardad, "åtgärdad"});

// A per-model override: a severity, or the rule switched off.
enum class SeverityOverride { Error, Warning, Info, Off };
SKM_ENUM_WORDS(SeverityOverride, {SeverityOverride::Error, "error"},
               {SeverityOverride::Warning, "warning"}, {SeverityOverride::Info, "info"},
               {SeverityOverride::Off, "off"});

#undef SKM_ENUM_WORDS

} // namespace skm
