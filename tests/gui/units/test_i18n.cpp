#include "element_access.hpp"
#include "i18n.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace skm;
using namespace skm::gui;

namespace {
// Collects every field key of every element type through visit().
struct KeyCollector {
    std::set<std::string>& keys;
    template <class T> void field(const char* k, T& v) {
        keys.insert(k);
        nested(v);
    }
    template <class T> void ref(const char* k, T&, std::uint32_t) { keys.insert(k); }
    template <class T> void nested(T& v) {
        if constexpr (requires { v.visit(*this); }) v.visit(*this);
    }
    template <class T> void nested(std::vector<T>& v) {
        T sample{};
        nested(sample);
        (void)v;
    }
    template <class T> void nested(Maybe<T>&) {
        T sample{};
        nested(sample);
    }
};
} // namespace

TEST_CASE("every string has Swedish and English text") {
    for (int i = 0; i < static_cast<int>(Str::Count_); ++i) {
        set_language(Lang::Sv);
        const std::string sv = tr(static_cast<Str>(i));
        set_language(Lang::En);
        const std::string en = tr(static_cast<Str>(i));
        CHECK_MESSAGE(!sv.empty(), "Str #" << i);
        CHECK_MESSAGE(!en.empty(), "Str #" << i);
    }
    set_language(Lang::Sv);
    CHECK(std::string(tr(Str::MenuUndo)) == "Ångra");
}

TEST_CASE("every model field has a Swedish label") {
    Model m;
    std::set<std::string> keys;
    KeyCollector c{keys};
    m.info.visit(c);
    for_each_collection(m, [&](const char* name, auto& items, RefKind) {
        using T = typename std::decay_t<decltype(items)>::value_type;
        T sample{};
        sample.visit(c);
        set_language(Lang::Sv);
        CHECK_MESSAGE(collection_label(name) != name, name);
    });
    set_language(Lang::Sv);
    for (const auto& k : keys)
        CHECK_MESSAGE(field_label(k) != k, "no label for field " << k);
}

TEST_CASE("tr_fill puts names, hosts and paths where each language wants them") {
    set_language(Lang::Sv);
    CHECK(tr_fill(Str::LockedBy, {"karta.json", "anna", "kontor-3"}) ==
          "karta.json är öppen hos anna på datorn kontor-3.");
    CHECK(tr_fill(Str::OverwriteText, {"bild-1.svg"}).starts_with("Skriv över bild-1.svg?"));
    set_language(Lang::En);
    CHECK(tr_fill(Str::LockedBy, {"karta.json", "anna", "kontor-3"}) ==
          "karta.json is open for anna on the computer kontor-3.");
    // Too few arguments leave the mark (visible, never a crash); extra ones are ignored.
    CHECK(tr_fill(Str::LockedBy, {"karta.json"}).find("{2}") != std::string::npos);
    CHECK(tr_fill(Str::OverwriteText, {"a", "b"}).starts_with("Overwrite a?"));
    set_language(Lang::Sv);
}
