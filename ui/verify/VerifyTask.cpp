#include "ui/verify/VerifyTask.h"

namespace Lifeboat {

VerifyTask::VerifyTask(QString archivePath)
    : m_archivePath(std::move(archivePath))
{
}

void VerifyTask::run()
{
    auto archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    if (!archive) {
        m_report = Result<VerifyReport>(archive.error());
        return;
    }
    // A damaged index may not list its snapshots; the result then names them by number only.
    if (auto snapshots = (*archive)->snapshots())
        m_snapshots = std::move(*snapshots);
    VerifyJob job(**archive);
    if (!adopt(job)) {
        release();
        m_report = Result<VerifyReport>(Error(ErrorCode::Cancelled, tr("Verification was cancelled.")));
        return;
    }
    m_report = job.run();
    release();
}

} // namespace Lifeboat
