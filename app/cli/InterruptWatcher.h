#pragma once

#include <functional>
#include <thread>

namespace Lifeboat {

// Turns Ctrl-C (SIGINT) and SIGTERM into a call of `onInterrupt` on an ordinary thread, where
// cancelling a job is safe; a signal handler itself may only write to a pipe. A second Ctrl-C
// while the job winds down gets the default behaviour (the process ends), as users expect.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

private:
    std::function<void()> m_onInterrupt;
    std::thread m_thread;
};

} // namespace Lifeboat
