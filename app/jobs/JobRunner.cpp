#include "app/jobs/JobRunner.h"

#include "app/jobs/Job.h"

#include <QPointer>
#include <QThread>

namespace Lifeboat {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    cancel();
    waitForFinished();
    if (m_job)
        m_job->setProgressHandler({});
}

bool JobRunner::start(Job &job, std::function<void()> work)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();  // finished, but its finished() handler has not run yet

    m_job = &job;
    // Progress is posted to the runner's thread; a runner destroyed meanwhile drops it.
    QPointer<JobRunner> self(this);
    job.setProgressHandler([self](const JobProgress &progress) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, progress] {
                if (self)
                    Q_EMIT self->progressChanged(progress);
            },
            Qt::QueuedConnection);
    });

    m_thread.reset(QThread::create(std::move(work)));
    m_thread->setObjectName(QStringLiteral("LifeboatJob"));
    // Queued: posted after every progress event of the job, so finished() comes last.
    connect(m_thread.get(), &QThread::finished, this, &JobRunner::onThreadFinished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

bool JobRunner::isRunning() const
{
    return m_job != nullptr;
}

void JobRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}

void JobRunner::waitForFinished()
{
    if (m_thread)
        m_thread->wait();
}

void JobRunner::onThreadFinished()
{
    if (!m_job)
        return;
    m_job->setProgressHandler({});
    m_job = nullptr;
    Q_EMIT finished();
}

} // namespace Lifeboat
