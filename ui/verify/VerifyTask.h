#pragma once

#include "app/jobs/VerifyJob.h"
#include "ui/jobs/ThreadBoundJob.h"

#include <optional>

namespace Lifeboat {

// A VerifyJob for JobRunner: opens the archive on the worker thread and keeps the outcome, with
// the snapshots the archive holds so that the result can name them.
class VerifyTask : public ThreadBoundJob
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VerifyTask)
public:
    explicit VerifyTask(QString archivePath);

    void run();
    // Empty until run() has returned.
    const std::optional<Result<VerifyReport>> &report() const { return m_report; }
    const QList<SnapshotInfo> &snapshots() const { return m_snapshots; }

private:
    QString m_archivePath;
    std::optional<Result<VerifyReport>> m_report;
    QList<SnapshotInfo> m_snapshots;
};

} // namespace Lifeboat
