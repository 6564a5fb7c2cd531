#pragma once
// Type tests shared by the visitors that walk visit() field lists (reader, writer, reference
// checker, reference rewriter): they treat lists and tri-state attributes structurally.
#include "skm/maybe.hpp"

#include <type_traits>
#include <vector>

namespace skm::detail {

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_maybe : std::false_type {};
template <class T> struct is_maybe<Maybe<T>> : std::true_type {};

} // namespace skm::detail
