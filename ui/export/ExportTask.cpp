#include "ui/export/ExportTask.h"

namespace Lifeboat {

ExportTask::ExportTask(QString archivePath, qint64 snapshotId, ExportOptions options)
    : m_archivePath(std::move(archivePath))
    , m_snapshotId(snapshotId)
    , m_options(std::move(options))
{
    m_report.folder = m_options.folder;
}

void ExportTask::run()
{
    auto archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    if (!archive) {
        m_report.error = archive.error();
        return;
    }
    ExportJob job(**archive, m_snapshotId, m_options);
    if (!adopt(job)) {
        release();
        m_report.error = Error(ErrorCode::Cancelled, tr("The export was cancelled."));
        return;
    }
    m_report = job.run();
    release();
}

} // namespace Lifeboat
