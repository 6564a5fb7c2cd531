#include "disposer.hpp"

namespace skm::gui {

Disposer::Disposer() : thread_([this] { run(); }) {}

Disposer::~Disposer() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void Disposer::push(std::shared_ptr<void> object) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(object));
    }
    wake_.notify_one();
}

void Disposer::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return; // stopping, and nothing left to free
        std::shared_ptr<void> object = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        object.reset(); // the destructor runs here, not under the lock
        lock.lock();
    }
}

} // namespace skm::gui
