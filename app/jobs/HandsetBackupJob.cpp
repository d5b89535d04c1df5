#include "app/jobs/HandsetBackupJob.h"

#include "app/AppLog.h"
#include "app/Library.h"

#include <QFileInfo>

namespace Lifeboat {

HandsetBackupJob::HandsetBackupJob(HandsetSpec spec, QString libraryFolder, BackupOptions options)
    : m_spec(std::move(spec))
    , m_libraryFolder(std::move(libraryFolder))
    , m_options(std::move(options))
{
}

HandsetBackupJob::Report HandsetBackupJob::fail(const Error &error)
{
    m_report.backup.state = isCancelled() ? SnapshotState::Cancelled : SnapshotState::Failed;
    m_report.backup.error = error;
    return m_report;
}

void HandsetBackupJob::cancel()
{
    Job::cancel();
    const std::lock_guard lock(m_innerMutex);
    if (m_inner)
        m_inner->cancel();
}

HandsetBackupJob::Report HandsetBackupJob::run()
{
    startClock();
    m_report = {};
    m_archiveKey.reset();
    progress().phase = tr("Opening the handset");
    reportProgress(true);

    Result<std::unique_ptr<Handset>> handset = HandsetConnector::open(m_spec);
    if (!handset)
        return fail(handset.error());
    const Result<HandsetIdentity> identity = (*handset)->identity();
    if (!identity)
        return fail(identity.error());
    m_report.backup.device = *identity;
    if (isCancelled())
        return fail(Error(ErrorCode::Cancelled, tr("The backup was cancelled before it began.")));

    const Library library(m_libraryFolder);
    if (const Status ready = library.ensureFolderExists(); !ready)
        return fail(ready.error());
    m_report.archivePath = library.archivePathFor(*identity);
    m_report.archiveCreated = !QFileInfo::exists(m_report.archivePath);
    Result<std::unique_ptr<Archive>> archive = m_report.archiveCreated
        ? Archive::create(m_report.archivePath, m_newArchiveOptions)
        : Archive::open(m_report.archivePath, Archive::OpenMode::ReadWrite, m_unlock);
    if (!archive)
        return fail(archive.error());
    m_archiveKey = (*archive)->archiveKey();

    BackupJob backup(**handset, **archive, m_options);
    // The inner job throttles its reports already; each one is passed on as it comes.
    backup.setProgressHandler([this](const JobProgress &inner) {
        progress() = inner;
        reportProgress(true);
    });
    {
        const std::lock_guard lock(m_innerMutex);
        m_inner = &backup;
    }
    if (isCancelled())
        backup.cancel();
    m_report.backup = backup.run();
    {
        const std::lock_guard lock(m_innerMutex);
        m_inner = nullptr;
    }
    qCInfo(lcApp).noquote() << "backup of" << m_report.backup.device.serialNumber << "into"
                            << m_report.archivePath << snapshotStateName(m_report.backup.state);
    return m_report;
}

} // namespace Lifeboat
