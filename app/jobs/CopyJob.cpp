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
    // Through the file, not an opened Archive: copying needs no passphrase.
    const Status copied = Archive::saveCopy(m_archivePath, m_targetPath, [this](quint64 done, quint64 total) {
        progress().bytesDone = done;
        progress().bytesTotal = total;
        reportProgress();
    }, &m_stop);
    progress().phase = copied ? tr("Done") : tr("Failed");
    reportProgress(true);
    return copied;
}

} // namespace Lifeboat
