#pragma once

#include <QCoreApplication>
#include "app/HandsetConnector.h"
#include "app/jobs/BackupJob.h"

#include <mutex>

namespace Lifeboat {

// A whole "Back up now" for the desktop application, run on a JobRunner's thread: opens the
// handset, opens (or creates) its archive in the library folder, and runs a BackupJob into it.
// Opening a handset can take seconds, so none of it may happen on the GUI thread.
class HandsetBackupJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::HandsetBackupJob)
public:
    struct Report
    {
        BackupReport backup;     // backup.error also carries errors of opening
        QString archivePath;     // empty when the handset could not be opened
        bool archiveCreated = false;
    };

    HandsetBackupJob(HandsetSpec spec, QString libraryFolder, BackupOptions options);

    // Before run(). How an existing encrypted archive is opened (ignored by an unencrypted one);
    // asked for on the GUI thread, where a dialog can be shown.
    void setUnlock(ArchiveUnlock unlock) { m_unlock = std::move(unlock); }
    // How the archive is created if the handset has none yet (a passphrase: encrypted).
    void setNewArchiveOptions(ArchiveOptions options) { m_newArchiveOptions = std::move(options); }
    // After run(): the unwrapped key of the encrypted archive written to (null otherwise), so
    // that the window can open the archive it just created without asking for its passphrase.
    std::shared_ptr<const SecretBytes> archiveKey() const { return m_archiveKey; }

    // Runs on the calling thread; the report is also kept for report().
    Report run();
    const Report &report() const { return m_report; }
    void cancel() override;

private:
    Report fail(const Error &error);

    HandsetSpec m_spec;
    QString m_libraryFolder;
    BackupOptions m_options;
    ArchiveUnlock m_unlock;
    ArchiveOptions m_newArchiveOptions;
    std::shared_ptr<const SecretBytes> m_archiveKey;
    Report m_report;
    std::mutex m_innerMutex;
    BackupJob *m_inner = nullptr;  // while it runs; cancel() forwards to it
};

} // namespace Lifeboat
