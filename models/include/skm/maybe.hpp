#pragma once
// Tri-state attribute: the seeds report "not described" (unknown) as often as "described as
// missing" (none); a steering group must see the difference, so every optional attribute of the
// domain model carries all three states.
#include <stdexcept>
#include <utility>

namespace skm {

enum class Presence { Unknown, None, Set };

template <class T> class Maybe {
  public:
    Maybe() = default;
    Maybe(T v) : state_(Presence::Set), value_(std::move(v)) {}

    static Maybe unknown() { return Maybe(); }
    static Maybe none() {
        Maybe m;
        m.state_ = Presence::None;
        return m;
    }

    Presence presence() const { return state_; }
    bool is_set() const { return state_ == Presence::Set; }
    bool is_unknown() const { return state_ == Presence::Unknown; }
    bool is_none() const { return state_ == Presence::None; }
    explicit operator bool() const { return is_set(); }

    const T& value() const {
        if (!is_set()) throw std::logic_error("Maybe::value() on an unset attribute");
        return value_;
    }
    T& value() {
        if (!is_set()) throw std::logic_error("Maybe::value() on an unset attribute");
        return value_;
    }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const T& value_or(const T& fallback) const { return is_set() ? value_ : fallback; }

    void set(T v) {
        state_ = Presence::Set;
        value_ = std::move(v);
    }
    void set_unknown() {
        state_ = Presence::Unknown;
        value_ = T{};
    }
    void set_none() {
        state_ = Presence::None;
        value_ = T{};
    }

    bool operator==(const Maybe& o) const {
        return state_ == o.state_ && (state_ != Presence::Set || value_ == o.value_);
    }

  private:
    Presence state_ = Presence::Unknown;
    T value_{};
};

} // namespace skm
