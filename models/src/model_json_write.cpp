// Model → JSON through cereal's JSON output archive. Keys follow visit() order, so the same model
// always gives the same bytes, and a one-field edit is a one-line diff.
#include "skm/model_file.hpp"
#include "visit_traits.hpp"

#include <cereal/archives/json.hpp>

#include <sstream>
#include <type_traits>

namespace skm {
namespace {

using detail::is_maybe;
using detail::is_vector;

class Writer {
  public:
    explicit Writer(cereal::JSONOutputArchive& ar) : ar_(ar) {}

    template <class T> void field(const char* name, const T& value) {
        ar_.setNextName(name);
        write(value);
    }
    template <class T> void ref(const char* name, const T& value, std::uint32_t) {
        field(name, value);
    }
    template <class T> void collection(const char* name, const std::vector<T>& v, std::uint32_t) {
        field(name, v);
    }

    template <class T> void write(const T& value) {
        if constexpr (std::is_same_v<T, std::string>) {
            ar_(value);
        } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, int>) {
            ar_(value);
        } else if constexpr (std::is_enum_v<T>) {
            std::string w(to_word(value));
            ar_(w);
        } else if constexpr (std::is_same_v<T, Date> || std::is_same_v<T, Frequency>) {
            std::string s = value.str();
            ar_(s);
        } else if constexpr (is_maybe<T>::value) {
            if (value.is_set()) {
                write(value.value());
            } else if (value.is_none()) {
                using Inner = std::remove_cvref_t<decltype(value.value())>;
                if constexpr (std::is_same_v<Inner, bool>) {
                    // false is already a value of a yes/no field, so its "explicitly none" needs
                    // a word of its own, or it would come back as "no" (issue 11).
                    std::string none = kNoneWordForYesNo;
                    ar_(none);
                } else {
                    bool no = false; // "explicitly none" is written as false
                    ar_(no);
                }
            } else {
                ar_(nullptr);
            }
        } else if constexpr (is_vector<T>::value) {
            ar_.startNode();
            ar_.makeArray();
            for (auto& el : value)
                write(el);
            ar_.finishNode();
        } else {
            ar_.startNode();
            value.visit(*this);
            ar_.finishNode();
        }
    }

  private:
    cereal::JSONOutputArchive& ar_;
};

} // namespace

std::string serialize_model(const Model& m) {
    std::ostringstream os;
    {
        // The archive completes the JSON only when it is destroyed: keep it scoped.
        cereal::JSONOutputArchive ar(
            os, cereal::JSONOutputArchive::Options(
                    324, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
        std::string format = kFormatName;
        int version = kSchemaVersion;
        ar(cereal::make_nvp("format", format));
        ar(cereal::make_nvp("schema_version", version));
        Writer w(ar);
        m.visit(w);
    }
    os << '\n';
    return os.str();
}

} // namespace skm
