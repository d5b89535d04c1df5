#pragma once

#include <QCoreApplication>
#include "app/jobs/JobProgress.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>

namespace Lifeboat {

// The life cycle every job shares (ARCHITECTURE.md, "Jobs"): run() does the work on the calling
// thread and returns one result; cancel() may be called from any thread; progress is reported
// through a handler as a value, at most every few hundred milliseconds, so a GUI can marshal it
// to its own thread and a terminal is not flooded.
class Job
{
public:
    using ProgressHandler = std::function<void(const JobProgress &)>;

    Job() = default;
    virtual ~Job() = default;
    Job(const Job &) = delete;
    Job &operator=(const Job &) = delete;

    void setProgressHandler(ProgressHandler handler) { m_progressHandler = std::move(handler); }

    // Asks the job to stop at the next safe point. Subclasses extend it to interrupt a transfer
    // in progress (the handset's own cancel).
    virtual void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

protected:
    JobProgress &progress() { return m_progress; }

    // Recomputes rate and time left, then reports if the last report is old enough or `force`.
    void reportProgress(bool force = false);
    void startClock();

private:
    ProgressHandler m_progressHandler;
    JobProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Lifeboat
