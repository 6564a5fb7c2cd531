#pragma once
// Words the report prints: fixed texts in both languages, and English names for the Swedish
// enum words of the model file (Swedish uses the file word itself).
#include "skm/enums.hpp"
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <string_view>

namespace skm::exports::report {

inline std::string tr(Lang l, std::string_view sv, std::string_view en) {
    return std::string(l == Lang::Sv ? sv : en);
}

// "uppgift saknas" / "not stated": the model does not say.
std::string unknown_text(Lang l);
// "ingen" / "inget" / "none": the model says there is none. Swedish agrees with the noun.
enum class Genus { Common, Neuter };
std::string none_text(Lang l, Genus g = Genus::Common);

std::string_view en_word(PrincipalType e);
std::string_view en_word(ElementStatus e);
std::string_view en_word(Tier e);
std::string_view en_word(Geography e);
std::string_view en_word(LevelLinkType e);
std::string_view en_word(ForumKind e);
std::string_view en_word(MemberMode e);
std::string_view en_word(Mandate e);
std::string_view en_word(ForumCovers e);
std::string_view en_word(Documentation e);
std::string_view en_word(FlowType e);
std::string_view en_word(Channel e);
std::string_view en_word(DocType e);
std::string_view en_word(DocStatus e);
std::string_view en_word(DocForm e);
std::string_view en_word(Raci e);
std::string_view en_word(ProcessStatus e);
std::string_view en_word(StepType e);
std::string_view en_word(EscalationKind e);
std::string_view en_word(CitizenKind e);
std::string_view en_word(ModelStatus e);

template <class E> std::string word(E e, Lang l) {
    return std::string(l == Lang::Sv ? to_word(e) : en_word(e));
}

// The English word for a word of the model file's enumerations ("beredning" → "preparation"),
// whichever enumeration it belongs to; empty when it is none of them (a name, a free text).
std::string english_for_word(std::string_view file_word);

std::string tier_text(Tier t, Lang l); // "S – övergripande"
std::string frequency_text(const Frequency& f, Lang l);
std::string severity_text(Severity s, Lang l);
std::string days_text(int days, Lang l); // "3 dagar" / "1 day"

} // namespace skm::exports::report
