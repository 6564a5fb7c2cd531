#include "report_labels.hpp"

#include <cstddef>
#include <utility>

namespace skm::exports::report {
namespace {

template <class E, std::size_t N>
std::string_view pick(E e, const std::pair<E, std::string_view> (&table)[N]) {
    for (const auto& [v, w] : table)
        if (v == e) return w;
    return to_word(e); // an enum value added later still prints, in Swedish
}

} // namespace

std::string unknown_text(Lang l) {
    return tr(l, "uppgift saknas", "not stated");
}

std::string none_text(Lang l, Genus g) {
    if (l == Lang::En) return "none";
    return g == Genus::Neuter ? "inget" : "ingen";
}

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
                                                       {S::Planned, "planned"},
                                                       {S::NameOnly, "named only"}};
    return pick(e, t);
}

std::string_view en_word(Tier e) {
    return to_word(e);
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

std::string_view en_word(Mandate e) {
    using M = Mandate;
    static const std::pair<M, std::string_view> t[] = {{M::Beslut, "decision"},
                                                       {M::Beredning, "preparation"},
                                                       {M::Radgivande, "advisory"},
                                                       {M::Information, "information"}};
    return pick(e, t);
}

std::string_view en_word(ForumCovers e) {
    using C = ForumCovers;
    static const std::pair<C, std::string_view> t[] = {{C::AllmannaFragor, "general issues"},
                                                       {C::Individarenden, "individual cases"},
                                                       {C::Konsultation, "consultation"}};
    return pick(e, t);
}

std::string_view en_word(Documentation e) {
    using D = Documentation;
    static const std::pair<D, std::string_view> t[] = {{D::Protokoll, "minutes"},
                                                       {D::Minnesanteckningar, "notes"}};
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

std::string_view en_word(DocType e) {
    using D = DocType;
    static const std::pair<D, std::string_view> t[] = {
        {D::Overenskommelse, "agreement"},
        {D::Samverkansavtal, "collaboration agreement"},
        {D::Policy, "policy"},
        {D::Riktlinje, "guideline"},
        {D::Rutin, "routine"},
        {D::Handlingsplan, "action plan"},
        {D::Handlingsprogram, "action programme"},
        {D::Strategi, "strategy"},
        {D::Uppdrag, "assignment"},
        {D::Beslut, "decision"},
        {D::Processkarta, "process map"},
        {D::Lathund, "quick guide"},
        {D::Checklista, "checklist"},
        {D::Mall, "template"}};
    return pick(e, t);
}

std::string_view en_word(DocStatus e) {
    using D = DocStatus;
    static const std::pair<D, std::string_view> t[] = {
        {D::Utkast, "draft"},    {D::Forslag, "proposal"}, {D::UnderBearbetning, "in preparation"},
        {D::Antagen, "adopted"}, {D::Vilande, "dormant"},  {D::Upphord, "discontinued"}};
    return pick(e, t);
}

std::string_view en_word(DocForm e) {
    using D = DocForm;
    static const std::pair<D, std::string_view> t[] = {{D::Skriftlig, "written"},
                                                       {D::Muntlig, "oral"}};
    return pick(e, t);
}

std::string_view en_word(Raci e) {
    using R = Raci;
    static const std::pair<R, std::string_view> t[] = {{R::Utfor, "responsible (does)"},
                                                       {R::Ansvarar, "accountable"},
                                                       {R::Konsulteras, "consulted"},
                                                       {R::Informeras, "informed"}};
    return pick(e, t);
}

std::string_view en_word(ProcessStatus e) {
    using P = ProcessStatus;
    static const std::pair<P, std::string_view> t[] = {{P::Nulage, "as-is"},
                                                       {P::Utkast, "draft"},
                                                       {P::Forslag, "proposal"},
                                                       {P::Antagen, "adopted"}};
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

std::string_view en_word(ModelStatus e) {
    using M = ModelStatus;
    static const std::pair<M, std::string_view> t[] = {{M::Nulage, "as-is"}, {M::Borlage, "to-be"}};
    return pick(e, t);
}

std::string tier_text(Tier t, Lang l) {
    std::string_view sv, en;
    switch (t) {
    case Tier::P:
        sv = "politisk";
        en = "political";
        break;
    case Tier::S:
        sv = "övergripande";
        en = "strategic";
        break;
    case Tier::O:
        sv = "verksamhet";
        en = "operational";
        break;
    case Tier::I:
        sv = "individ";
        en = "individual";
        break;
    case Tier::A:
        sv = "rådgivande";
        en = "advisory";
        break;
    }
    return std::string(to_word(t)) + " – " + tr(l, sv, en);
}

std::string frequency_text(const Frequency& f, Lang l) {
    if (l == Lang::Sv) return f.str();
    switch (f.kind) {
    case Frequency::Kind::AsNeeded:
        return "as needed";
    case Frequency::Kind::Unquantified:
        return "regularly";
    case Frequency::Kind::Count:
        break;
    }
    std::string_view per = "month";
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
    return std::to_string(f.count) + " per " + std::string(per);
}

std::string severity_text(Severity s, Lang l) {
    switch (s) {
    case Severity::Error:
        return tr(l, "Allvarlig brist", "Error");
    case Severity::Warning:
        return tr(l, "Varning", "Warning");
    case Severity::Info:
        return tr(l, "Information", "Info");
    }
    return "?";
}

std::string days_text(int days, Lang l) {
    if (l == Lang::Sv) return std::to_string(days) + (days == 1 ? " dag" : " dagar");
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

namespace {

template <class E> bool english_of(std::string_view w, std::string& out) {
    for (const auto& [value, word] : EnumInfo<E>::entries)
        if (word == w) {
            out = std::string(en_word(value));
            return true;
        }
    return false;
}

template <class... E> std::string english_of_any(std::string_view w) {
    std::string out;
    (english_of<E>(w, out) || ...);
    return out;
}

} // namespace

std::string english_for_word(std::string_view file_word) {
    return english_of_any<PrincipalType, ElementStatus, Tier, Geography, LevelLinkType, ForumKind,
                          MemberMode, Mandate, ForumCovers, Documentation, FlowType, Channel,
                          DocType, DocStatus, DocForm, Raci, ProcessStatus, StepType,
                          EscalationKind, CitizenKind, ModelStatus>(file_word);
}

} // namespace skm::exports::report
