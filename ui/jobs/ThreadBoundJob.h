#pragma once

#include "app/jobs/Job.h"

#include <mutex>

namespace Lifeboat {

// A job for JobRunner whose real job is built on the worker thread, because the Archive
// connection and the handset it uses belong to the thread that opens them. Progress of the inner
// job is passed on as this job's own; cancel() reaches the inner job once it exists.
class ThreadBoundJob : public Job
{
public:
    ThreadBoundJob() = default;
    void cancel() override;

protected:
    // Makes `inner` the job progress comes from and cancel() goes to, until release(). Returns
    // false when this job was cancelled before the inner one existed (the caller then stops).
    bool adopt(Job &inner);
    void release();

private:
    std::mutex m_mutex;
    Job *m_inner = nullptr;
};

} // namespace Lifeboat
