#pragma once
namespace skm {
// The two languages the product speaks; Swedish is the default everywhere.
enum class Lang { Sv, En };
} // namespace skm
