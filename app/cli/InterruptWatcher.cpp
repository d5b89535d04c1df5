#include "app/cli/InterruptWatcher.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    // The next Ctrl-C ends the process the usual way.
    ::signal(signalNumber, SIG_DFL);
    errno = savedErrno;
}

} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt))
{
    if (::pipe2(g_pipe, O_CLOEXEC) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);

    m_thread = std::thread([this] {
        char byte = 0;
        for (;;) {
            const ssize_t n = ::read(g_pipe[0], &byte, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)  // end of file: the destructor closed the pipe
                return;
            m_onInterrupt();
        }
    });
}

InterruptWatcher::~InterruptWatcher()
{
    if (g_pipe[1] < 0)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    // Closing the write end wakes the watcher with end-of-file: unlike writing a wake-up byte,
    // that cannot fail (a failing write() here once left the command waiting forever).
    const int writeEnd = g_pipe[1];
    g_pipe[1] = -1;
    ::close(writeEnd);
    if (m_thread.joinable())
        m_thread.join();
    ::close(g_pipe[0]);
    g_pipe[0] = -1;
}

} // namespace Lifeboat
