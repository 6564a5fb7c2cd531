#pragma once
// Every word a diagram prints, in Swedish or English: the enum words of the model file (Swedish
// is the file word itself) and the fixed texts of the views. A word table for each enum shown on
// a map, so `--lang en` leaves no Swedish enum word behind.
#include "skm/enums.hpp"
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <string_view>

namespace skm::render::detail {

inline std::string tr(Lang lang, std::string_view sv, std::string_view en) {
    return std::string(lang == Lang::Sv ? sv : en);
}

// English words; empty when a value has none (a test checks every value has one).
std::string_view en_word(PrincipalType e);
std::string_view en_word(ElementStatus e);
std::string_view en_word(Geography e);
std::string_view en_word(LevelLinkType e);
std::string_view en_word(ForumKind e);
std::string_view en_word(MemberMode e);
std::string_view en_word(FlowType e);
std::string_view en_word(Channel e);
std::string_view en_word(StepType e);
std::string_view en_word(EscalationKind e);
std::string_view en_word(CitizenKind e);

template <class E> std::string word(E e, Lang lang) {
    if (lang == Lang::Sv) return std::string(to_word(e));
    const std::string_view en = en_word(e);
    return std::string(en.empty() ? to_word(e) : en);
}

// "politisk nivå" / "political tier" and the like, for a band's second line.
std::string tier_words(Tier t, Lang lang);
// "1 per månad" / "1 per month", "vid behov" / "as needed".
std::string frequency_words(const Frequency& f, Lang lang);
// The name a principal type has in the legend ("Kommun" / "Municipality").
std::string principal_type_label(PrincipalType t, Lang lang);

} // namespace skm::render::detail
