#pragma once

#include "app/HandsetStatus.h"
#include "app/jobs/HandsetBackupJob.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace Lifeboat {

class BackupProgressDialog;
class HandsetWatcher;
class ArchiveUnlocker;
class JobRunner;
class Settings;

// Runs "Back up now" for the window: one backup at a time through HandsetBackupJob on a
// JobRunner, into the library folder, with the progress dialog; and starts one by itself when a
// known handset is connected and the user asked for automatic backups. The passphrase of an
// encrypted archive is asked here, on the GUI thread, through the window's ArchiveUnlocker, and
// the unwrapped key handed to the job; so is the passphrase of a new archive when the user
// chose to encrypt new archives.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(HandsetWatcher *watcher, Settings *settings, ArchiveUnlocker *unlocker,
                     QWidget *window);
    ~BackupController() override;
    Q_DISABLE_COPY_MOVE(BackupController)

    // False when another backup runs, the handset is not ready, or the user cancelled the
    // passphrase question.
    bool backUp(const QString &key);
    bool isRunning() const;
    // The name of the handset being backed up, for questions about the running backup.
    QString runningHandsetName() const;
    void cancel();
    // The dialog of the running or last backup, while it is open.
    BackupProgressDialog *dialog() const;
    const HandsetBackupJob::Report &lastReport() const { return m_lastReport; }
    // Tests create many encrypted archives: a faster key derivation for the ones created here.
    void setKeyStrengthForTesting(ArchiveKeyring::Strength strength) { m_keyStrength = strength; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A backup ended (complete or not); the library's view of `archivePath` is out of date.
    void backupFinished(const QString &archivePath, qint64 snapshotId, bool complete);
    void showBackupRequested(const QString &archivePath, qint64 snapshotId);
    // Asked for but not started: the archive could not be unlocked (not sent when the user
    // cancelled the question).
    void backupNotStarted(const QString &handsetName, const Lifeboat::Error &error);

private:
    // How the job opens or creates the handset's archive.
    struct ArchiveAccess
    {
        ArchiveUnlock unlock;
        ArchiveOptions create;
    };
    // `access`: passphrases asked already, before a probe made it wait.
    bool start(const QString &key, bool automatic, std::optional<ArchiveAccess> access = {});
    // Asks for a passphrase when one is needed (this runs a dialog); nullopt: do not back up.
    std::optional<ArchiveAccess> prepareArchive(const HandsetStatus &status, bool automatic);
    void launch(const HandsetStatus &status, const ArchiveAccess &access);
    void onFinished();
    void onHandsetConnected(const QString &key);
    void onHandsetChanged(const QString &key);

    HandsetWatcher *m_watcher;
    Settings *m_settings;
    ArchiveUnlocker *m_unlocker;
    QWidget *m_window;
    JobRunner *m_runner;
    std::unique_ptr<HandsetBackupJob> m_job;
    HandsetBackupJob::Report m_lastReport;
    QString m_key;
    QString m_waitingFor;  // asked for while a probe had the handset open
    bool m_waitingAutomatic = false;
    // Passphrases already asked for m_waitingFor, when a probe began while the dialog was open.
    std::optional<ArchiveAccess> m_prepared;
    bool m_asking = false;  // a passphrase dialog is open
    ArchiveKeyring::Strength m_keyStrength = ArchiveKeyring::Strength::Moderate;
    QPointer<BackupProgressDialog> m_dialog;
};

} // namespace Lifeboat
