#pragma once

#include "app/jobs/JobProgress.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace Lifeboat {

class Job;

// Runs one job at a time on a thread of its own, for the desktop application: the window stays
// responsive, progress arrives as a signal on the runner's thread (already throttled by Job),
// and finished() follows the last progress signal once the work has returned.
//
// The runner does not own the job: the caller keeps the job, and the report its work stores,
// alive until finished() (or until the runner is destroyed, which cancels and waits).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;
    Q_DISABLE_COPY_MOVE(JobRunner)

    // Starts `work` (which calls the job's run() and keeps its report) on the worker thread.
    // Returns false, and does nothing, while another job is running.
    bool start(Job &job, std::function<void()> work);
    bool isRunning() const;
    // Asks the running job to stop; finished() follows once it has.
    void cancel();
    // Blocks until the running job's work has returned (shutdown and tests); finished() is still
    // delivered through the event loop.
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(const Lifeboat::JobProgress &progress);
    void finished();

private:
    void onThreadFinished();

    Job *m_job = nullptr;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Lifeboat
