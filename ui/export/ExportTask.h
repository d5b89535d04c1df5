#pragma once

#include "app/jobs/ExportJob.h"
#include "ui/jobs/ThreadBoundJob.h"

namespace Lifeboat {

// An ExportJob for JobRunner: opens the archive on the worker thread and keeps the report.
class ExportTask : public ThreadBoundJob
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ExportTask)
public:
    ExportTask(QString archivePath, qint64 snapshotId, ExportOptions options);

    void run();
    const ExportReport &report() const { return m_report; }

private:
    QString m_archivePath;
    qint64 m_snapshotId;
    ExportOptions m_options;
    ExportReport m_report;
};

} // namespace Lifeboat
