#pragma once

#include "app/HandsetConnector.h"
#include "app/jobs/RestoreJob.h"
#include "ui/jobs/ThreadBoundJob.h"

namespace Lifeboat {

// Everything a restore needs, as values that cross threads.
struct RestoreRequest
{
    QString archivePath;
    qint64 snapshotId = 0;
    HandsetSpec target;
    RestoreOptions options;
};

// A RestoreJob for JobRunner: opens the archive and the handset on the worker thread, runs the
// restore (or its dry run) there and keeps the report for the GUI thread to read after finished().
class RestoreTask : public ThreadBoundJob
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RestoreTask)
public:
    explicit RestoreTask(RestoreRequest request);

    void run();
    const RestoreReport &report() const { return m_report; }
    const RestoreRequest &request() const { return m_request; }

private:
    RestoreRequest m_request;
    RestoreReport m_report;
};

} // namespace Lifeboat
