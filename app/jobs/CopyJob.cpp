#include "app/jobs/CopyJob.h"

#include "model/archive/Archive.h"

namespace Lifeboat {

CopyJob::CopyJob(QString archivePath, QString targetPath)
    : m_archivePath(std::move(archivePath))
    , m_targetPath(std::move(targetPath))
{}

void CopyJob::cancel()
{
    Job::cancel();
    m_stop.store(true);
}

Status CopyJob::run()
{
    startClock();
    progress().phase = tr("Saving a copy");
    progress().currentItem = m_targetPath;
    reportProgress(true);
    const Result<std::unique_ptr<Archive>> archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    if (!archive)
        return archive.error();
    const Status copied = (*archive)->saveCopy(m_targetPath, [this](quint64 done, quint64 total) {
        progress().bytesDone = done;
        progress().bytesTotal = total;
        reportProgress();
    }, &m_stop);
    progress().phase = copied ? tr("Done") : tr("Failed");
    reportProgress(true);
    return copied;
}

} // namespace Lifeboat
