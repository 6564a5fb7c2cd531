#include "diagram_words.hpp"

#include <cstddef>
#include <utility>

namespace skm::render::detail {
namespace {

// The English words follow the report's (exports/src/report_labels.cpp), so a map and the
// report it sits in say the same thing.
template <class E, std::size_t N>
std::string_view pick(E e, const std::pair<E, std::string_view> (&table)[N]) {
    for (const auto& [v, w] : table)
        if (v == e) return w;
    return {};
}

} // namespace

std::string_view en_word(PrincipalType e) {
    using P = PrincipalType;
    static const std::pair<P, std::string_view> t[] = {
        {P::Kommun, "municipality"},
        {P::Region, "region"},
        {P::Kommunalforbund, "association of local authorities"},
        {P::Stat, "state agency"},
        {P::Privat, "private provider"},
        {P::Ideell, "non-profit"},
        {P::Enskild, "individual assignee"}};
    return pick(e, t);
}

std::string_view en_word(ElementStatus e) {
    using S = ElementStatus;
    static const std::pair<S, std::string_view> t[] = {{S::Active, "active"},
                                                       {S::Dormant, "dormant"},
                                                       {S::Ended, "ended"},
                                                       {S::Planned, "planned"}};
    return pick(e, t);
}

std::string_view en_word(Geography e) {
    using G = Geography;
    static const std::pair<G, std::string_view> t[] = {{G::Nationell, "national"},
                                                       {G::Regional, "regional"},
                                                       {G::Delregional, "sub-regional"},
                                                       {G::Kommun, "municipality"},
                                                       {G::Stadsdel, "city district"},
                                                       {G::Naromrade, "neighbourhood area"},
                                                       {G::Enhet, "unit"},
                                                       {G::Individ, "individual"}};
    return pick(e, t);
}

std::string_view en_word(LevelLinkType e) {
    using L = LevelLinkType;
    static const std::pair<L, std::string_view> t[] = {
        {L::Samrad, "consultation"},
        {L::Uppfoljning, "follow-up"},
        {L::Information, "information"},
        {L::Uppdrag, "assignment"},
        {L::Underlag, "input"},
        {L::Erfarenhetsutbyte, "exchange of experience"},
        {L::Stod, "support"},
        {L::Avvikelser, "deviations"}};
    return pick(e, t);
}

std::string_view en_word(ForumKind e) {
    using F = ForumKind;
    static const std::pair<F, std::string_view> t[] = {
        {F::Styrgrupp, "steering group"},
        {F::InterntForum, "internal forum"},
        {F::GemensamtSamarbetsorgan, "joint body"},
        {F::Samverkansgrupp, "collaboration group"},
        {F::Motesplats, "meeting place"},
        {F::Referensgrupp, "reference group"},
        {F::Arbetsgrupp, "working group"},
        {F::PolitisktOrgan, "political body"},
        {F::PolitisktSamverkansorgan, "political collaboration body"},
        {F::Natverk, "network"}};
    return pick(e, t);
}

std::string_view en_word(MemberMode e) {
    using M = MemberMode;
    static const std::pair<M, std::string_view> t[] = {{M::Ordinarie, "member"},
                                                       {M::Ersattare, "substitute"},
                                                       {M::Adjungerad, "co-opted"},
                                                       {M::VidBehov, "as needed"},
                                                       {M::IEgnaArenden, "in own cases"},
                                                       {M::DelAvMote, "part of meeting"},
                                                       {M::Tbd, "not decided"}};
    return pick(e, t);
}

std::string_view en_word(FlowType e) {
    using F = FlowType;
    static const std::pair<F, std::string_view> t[] = {
        {F::Anmalan, "report of concern"},
        {F::Bekraftelse, "acknowledgement"},
        {F::Aterkoppling, "feedback"},
        {F::Konsultation, "consultation"},
        {F::Samradssamtal, "consultation talk"},
        {F::Overlamning, "handover"},
        {F::Remiss, "referral"},
        {F::Utskrivning, "discharge"},
        {F::Inskrivningsmeddelande, "admission notification"},
        {F::Vardplanering, "care planning"},
        {F::Kallelse, "summons"},
        {F::Uppgiftslamnande, "provision of information"},
        {F::Beslut, "decision"},
        {F::Information, "information"},
        {F::Rapportering, "reporting"},
        {F::Arsberattelse, "annual report"},
        {F::Avvikelse, "deviation report"},
        {F::Tvist, "dispute"},
        {F::Utvardering, "evaluation"},
        {F::Samverkansmote, "collaboration meeting"}};
    return pick(e, t);
}

std::string_view en_word(Channel e) {
    using C = Channel;
    static const std::pair<C, std::string_view> t[] = {
        {C::Skriftlig, "written"}, {C::Muntlig, "oral"}, {C::Telefon, "telephone"},
        {C::Mail, "e-mail"},       {C::Mote, "meeting"}, {C::Digital, "digital"},
        {C::Brev, "letter"}};
    return pick(e, t);
}

std::string_view en_word(StepType e) {
    using S = StepType;
    static const std::pair<S, std::string_view> t[] = {
        {S::Start, "start"},           {S::Slut, "end"},
        {S::Aktivitet, "activity"},    {S::Mote, "meeting"},
        {S::Beslut, "decision"},       {S::Samtycke, "consent"},
        {S::Kallelse, "summons"},      {S::Uppfoljning, "follow-up"},
        {S::Utvardering, "evaluation"}};
    return pick(e, t);
}

std::string_view en_word(EscalationKind e) {
    using K = EscalationKind;
    static const std::pair<K, std::string_view> t[] = {{K::Tvist, "dispute"},
                                                       {K::Avvikelse, "deviation"}};
    return pick(e, t);
}

std::string_view en_word(CitizenKind e) {
    using C = CitizenKind;
    static const std::pair<C, std::string_view> t[] = {
        {C::Barn, "child"},
        {C::Vardnadshavare, "legal guardian"},
        {C::Narstaende, "relative"},
        {C::Foretradare, "spokesperson for the child"},
        {C::DenEnskilde, "the individual"}};
    return pick(e, t);
}

std::string tier_words(Tier t, Lang lang) {
    switch (t) {
    case Tier::P:
        return tr(lang, "politisk nivå (P)", "political tier (P)");
    case Tier::S:
        return tr(lang, "övergripande nivå (S)", "strategic tier (S)");
    case Tier::O:
        return tr(lang, "verksamhetsnivå (O)", "operational tier (O)");
    case Tier::I:
        return tr(lang, "individnivå (I)", "individual tier (I)");
    case Tier::A:
        return tr(lang, "rådgivande (A)", "advisory (A)");
    }
    return "?";
}

std::string frequency_words(const Frequency& f, Lang lang) {
    if (lang == Lang::Sv) return f.str();
    switch (f.kind) {
    case Frequency::Kind::AsNeeded:
        return "as needed";
    case Frequency::Kind::Unquantified:
        return "regularly";
    case Frequency::Kind::Count:
        break;
    }
    const char* per = "month";
    switch (f.per) {
    case FrequencyPer::Vecka:
        per = "week";
        break;
    case FrequencyPer::Manad:
        per = "month";
        break;
    case FrequencyPer::Termin:
        per = "term";
        break;
    case FrequencyPer::Ar:
        per = "year";
        break;
    }
    return std::to_string(f.count) + " per " + per;
}

std::string principal_type_label(PrincipalType t, Lang lang) {
    switch (t) {
    case PrincipalType::Kommun:
        return tr(lang, "Kommun", "Municipality");
    case PrincipalType::Region:
        return tr(lang, "Region", "Region");
    case PrincipalType::Kommunalforbund:
        return tr(lang, "Kommunalförbund", "Association of local authorities");
    case PrincipalType::Stat:
        return tr(lang, "Statlig myndighet", "State agency");
    case PrincipalType::Privat:
        return tr(lang, "Privat", "Private provider");
    case PrincipalType::Ideell:
        return tr(lang, "Ideell", "Non-profit");
    case PrincipalType::Enskild:
        return tr(lang, "Enskild uppdragstagare", "Individual assignee");
    }
    return "?";
}

} // namespace skm::render::detail
