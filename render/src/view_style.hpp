#pragma once
// Colours, words and small model look-ups shared by the view builders.
#include "view_graph.hpp"

#include <map>
#include <string>

namespace skm::render::detail {

inline constexpr Rgba kGreyFill = 0xECECECFF, kGreyStroke = 0xA0A0A0FF, kGreyText = 0x808080FF;
inline constexpr Rgba kErrorColor = 0xD32F2FFF, kWarningColor = 0xF0A000FF;
inline constexpr Rgba kBandFill = 0xF6F6F6FF, kBandStroke = 0xB0B0B0FF;
inline constexpr Rgba kMixedFill = 0xE4DDF4FF; // several principal types share the element

inline const char* tr(Lang lang, const char* sv, const char* en) {
    return lang == Lang::Sv ? sv : en;
}

Rgba principal_fill(PrincipalType t);
std::string principal_type_label(PrincipalType t, Lang lang);
// Legend entries for the principal types that occur in `used` (in enum order).
bool& mixed_used(std::map<PrincipalType, bool>& used);
void add_principal_legend(ViewGraph& g, const std::map<PrincipalType, bool>& used, Lang lang);

// A node's look for a set of principal types (empty = neutral, several = mixed).
void paint_by_principals(VNode& n, const Model& m, const std::vector<Id>& principals,
                         std::map<PrincipalType, bool>& used);
void grey_out(VNode& n);

bool inactive(ElementStatus s); // vilande / upphörd

// Tier rank for banding: P, S, O, I, then A outside the chain.

// The principals behind an actor id (unit via its parent chain, role via its unit, forum via its
// principals list, principal itself).
std::vector<Id> principals_of(const Model& m, const Id& actor);
// The level an actor belongs to, when known (forums directly; roles via their tier's level).
Id level_of_forum(const Model& m, const Id& forum);
bool actor_inactive(const Model& m, const Id& actor);

std::string rgba_hex(Rgba c); // "#RRGGBB" or "#RRGGBBAA"

} // namespace skm::render::detail
