#pragma once
// A pseudonymised copy of a map for sharing (issue 11 §8): `modeller export|report
// --pseudonymise`. Maps describe roles and organisations, but an individual-level map may name
// people; the copy keeps the structure and replaces what identifies a person.
#include "skm/model.hpp"

namespace skm {

// Returns a copy in which
// - each named person (a role's `person`, a level's `key_persons`) becomes "Person 1",
//   "Person 2" … numbered by first appearance in file order, the same name always the same
//   placeholder, also where that name occurs inside any other text;
// - each citizen party's note becomes "Anteckning 1", "Anteckning 2" …;
// - anything shaped like a personnummer in any text becomes "ÅÅMMDD-XXXX".
// "namngiven" (the fact that a role is held by a named person, without the name) is kept.
Model pseudonymise(const Model& m);

} // namespace skm
