#include "ui/restore/RestoreTask.h"

namespace Lifeboat {

RestoreTask::RestoreTask(RestoreRequest request)
    : m_request(std::move(request))
{
    m_report.snapshotId = m_request.snapshotId;
    m_report.dryRun = m_request.options.dryRun;
}

void RestoreTask::run()
{
    auto archive = Archive::open(m_request.archivePath, Archive::OpenMode::ReadOnly);
    if (!archive) {
        m_report.error = archive.error();
        return;
    }
    auto handset = HandsetConnector::open(m_request.target);
    if (!handset) {
        m_report.error = handset.error();
        return;
    }
    RestoreJob job(**archive, m_request.snapshotId, **handset, m_request.options);
    if (!adopt(job)) {
        release();
        m_report.error = Error(ErrorCode::Cancelled, tr("The restore was cancelled."));
        return;
    }
    m_report = job.run();
    release();
}

} // namespace Lifeboat
