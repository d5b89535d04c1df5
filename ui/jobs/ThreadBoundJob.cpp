#include "ui/jobs/ThreadBoundJob.h"

namespace Lifeboat {

void ThreadBoundJob::cancel()
{
    Job::cancel();
    const std::lock_guard lock(m_mutex);
    if (m_inner)
        m_inner->cancel();
}

bool ThreadBoundJob::adopt(Job &inner)
{
    // The inner job starts its clock when it runs; ours starts now, close enough for the rate
    // that reportProgress() recomputes.
    startClock();
    inner.setProgressHandler([this](const JobProgress &innerProgress) {
        progress() = innerProgress;
        reportProgress(true);
    });
    const std::lock_guard lock(m_mutex);
    m_inner = &inner;
    if (isCancelled()) {
        inner.cancel();
        return false;
    }
    return true;
}

void ThreadBoundJob::release()
{
    const std::lock_guard lock(m_mutex);
    if (m_inner)
        m_inner->setProgressHandler({});
    m_inner = nullptr;
}

} // namespace Lifeboat
