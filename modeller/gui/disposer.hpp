#pragma once
// Frees large objects on a thread of its own. A 100,000-element model copy or its tens of
// thousands of findings take 10–40 ms to destroy: freed on the UI thread, where the last
// reference to them usually drops, that is one or two frames the editor stands still.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace skm::gui {

class Disposer {
  public:
    Disposer();
    // Frees what is still queued, then stops the thread.
    ~Disposer();
    Disposer(const Disposer&) = delete;
    Disposer& operator=(const Disposer&) = delete;

    // Takes the object (a shared_ptr, a future, …) and lets it go on the disposer's thread.
    template <class T> void later(T&& object) {
        push(std::make_shared<std::decay_t<T>>(std::forward<T>(object)));
    }

  private:
    void push(std::shared_ptr<void> object);
    void run();
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<void>> queue_;
    bool stop_ = false;
    std::thread thread_; // last: it starts once the members above exist
};

} // namespace skm::gui
