#include "ui/handsets/BackupController.h"

#include "app/HandsetWatcher.h"
#include "app/Settings.h"
#include "app/jobs/JobRunner.h"
#include "ui/UiLog.h"
#include "ui/handsets/BackupProgressDialog.h"
#include "ui/unlock/ArchiveUnlocker.h"

#include <QFileInfo>
#include <QScopedValueRollback>
#include <QWidget>

#include <utility>

namespace Lifeboat {

BackupController::BackupController(HandsetWatcher *watcher, Settings *settings,
                                   ArchiveUnlocker *unlocker, QWidget *window)
    : QObject(window)
    , m_watcher(watcher)
    , m_settings(settings)
    , m_unlocker(unlocker)
    , m_window(window)
    , m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::progressChanged, this, [this](const JobProgress &progress) {
        if (m_dialog)
            m_dialog->showProgress(progress);
    });
    connect(m_runner, &JobRunner::finished, this, &BackupController::onFinished);
    connect(watcher, &HandsetWatcher::handsetConnected, this, &BackupController::onHandsetConnected);
    connect(watcher, &HandsetWatcher::handsetChanged, this, &BackupController::onHandsetChanged);
    connect(watcher, &HandsetWatcher::handsetRemoved, this, [this](const QString &key) {
        if (key == m_waitingFor) {
            m_waitingFor.clear();
            m_prepared.reset();
        }
    });
}

BackupController::~BackupController()
{
    // The runner cancels and waits; the job it runs must outlive that.
    delete m_runner;
}

BackupProgressDialog *BackupController::dialog() const
{
    return m_dialog.data();
}

bool BackupController::isRunning() const
{
    return m_job != nullptr;
}

void BackupController::cancel()
{
    if (m_job)
        m_runner->cancel();
}

QString BackupController::runningHandsetName() const
{
    if (!isRunning())
        return {};
    const std::optional<HandsetStatus> status = m_watcher->handset(m_key);
    return status ? status->name : m_key;
}

bool BackupController::backUp(const QString &key)
{
    return start(key, false);
}

bool BackupController::start(const QString &key, bool automatic, std::optional<ArchiveAccess> access)
{
    std::optional<HandsetStatus> status = m_watcher->handset(key);
    if (isRunning() || m_asking || !status || !status->canBackUp())
        return false;
    auto waitForProbe = [&] {
        // Started as soon as the probe has closed the handset again (onHandsetChanged).
        m_waitingFor = key;
        m_waitingAutomatic = automatic;
        m_prepared = std::move(access);
        return true;
    };
    if (m_watcher->isProbing(key))
        return waitForProbe();
    m_waitingFor.clear();
    m_prepared.reset();
    if (!access) {
        access = prepareArchive(*status, automatic);
        if (!access)
            return false;
        // The dialog ran an event loop: the handset may have left or be probed meanwhile.
        status = m_watcher->handset(key);
        if (isRunning() || !status || !status->canBackUp())
            return false;
        if (m_watcher->isProbing(key))
            return waitForProbe();
    }
    launch(*status, *access);
    return true;
}

std::optional<BackupController::ArchiveAccess> BackupController::prepareArchive(const HandsetStatus &status,
                                                                                 bool automatic)
{
    ArchiveAccess access;
    const QString &path = status.archivePath;
    if (path.isEmpty())
        return access;  // not identified yet: the job finds (or creates, unencrypted) the archive
    if (QFileInfo::exists(path)) {
        const Result<bool> encrypted = Archive::isEncrypted(path);
        // A file that is not a readable archive is the job's to report, in its dialog.
        if (!encrypted || !*encrypted)
            return access;
        if (std::shared_ptr<const SecretBytes> key = m_unlocker->keyFor(path)) {
            access.unlock.archiveKey = std::move(key);
            return access;
        }
        if (automatic) {
            // No dialog pops up by itself when a handset is plugged in: the user may be away,
            // or typing into another window, where the passphrase dialog would take the
            // keyboard (and a passphrase could land in the wrong field); and as the key is kept
            // for the session only, it would do so after every start. The pane says how to go
            // on; once the archive is unlocked in this session (a backup from the window, or
            // opening it in the library), automatic backups run without asking.
            m_watcher->setNote(status.key, tr("Encrypted archive: back up now to enter its passphrase"));
            qCInfo(lcUi).noquote() << "automatic backup skipped: archive locked" << status.key;
            return std::nullopt;
        }
        const QScopedValueRollback asking(m_asking, true);
        Result<std::shared_ptr<const SecretBytes>> key = m_unlocker->unlockKey(path);
        if (!key) {
            // Cancelling the question cancels the backup, which needs no message.
            if (key.error().code() != ErrorCode::Cancelled)
                Q_EMIT backupNotStarted(status.name, key.error());
            qCInfo(lcUi).noquote() << "backup not started:" << key.error().toString();
            return std::nullopt;
        }
        access.unlock.archiveKey = std::move(*key);
        return access;
    }
    if (m_settings->encryptNewArchives()) {
        const QScopedValueRollback asking(m_asking, true);
        std::shared_ptr<const SecretBytes> passphrase =
            m_unlocker->askNewPassphrase(QFileInfo(path).fileName());
        if (!passphrase) {
            qCInfo(lcUi).noquote() << "backup not started: no passphrase for the new archive";
            return std::nullopt;
        }
        access.create.passphrase = std::move(passphrase);
        access.create.kdfStrength = m_keyStrength;
    }
    return access;
}

void BackupController::launch(const HandsetStatus &status, const ArchiveAccess &access)
{
    const QString &key = status.key;
    m_key = key;
    m_job = std::make_unique<HandsetBackupJob>(status.spec, m_watcher->libraryFolder(),
                                               m_settings->backupOptions());
    m_job->setUnlock(access.unlock);
    m_job->setNewArchiveOptions(access.create);
    delete m_dialog.data();  // the last backup's summary, if still open
    auto *dialog = new BackupProgressDialog(status.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_dialog = dialog;
    connect(dialog, &BackupProgressDialog::cancelRequested, this, &BackupController::cancel);
    connect(dialog, &BackupProgressDialog::showBackupRequested, this, [this] {
        Q_EMIT showBackupRequested(m_lastReport.archivePath, m_lastReport.backup.snapshotId);
    });

    HandsetBackupJob *job = m_job.get();
    m_watcher->setBackingUp(key, true);
    m_runner->start(*job, [job] { job->run(); });
    qCInfo(lcUi).noquote() << "backup started" << key;
    dialog->show();
    Q_EMIT runningChanged(true);
}

void BackupController::onFinished()
{
    if (!m_job)
        return;
    m_lastReport = m_job->report();
    // The archive it created opens in the library without asking for the passphrase just chosen.
    if (m_lastReport.archiveCreated)
        m_unlocker->remember(m_lastReport.archivePath, m_job->archiveKey());
    // A kept key that no longer opens the file (replaced by another archive of the same name)
    // would fail every backup of the session: the next one asks for the passphrase again.
    else if (m_lastReport.backup.error && m_lastReport.backup.error->code() == ErrorCode::Passphrase)
        m_unlocker->forget(m_lastReport.archivePath);
    m_job.reset();
    m_watcher->setBackingUp(m_key, false);
    if (m_dialog)
        m_dialog->showResult(m_lastReport);
    const bool complete = m_lastReport.backup.state == SnapshotState::Complete;
    qCInfo(lcUi).noquote() << "backup finished" << m_key << snapshotStateName(m_lastReport.backup.state);
    Q_EMIT runningChanged(false);
    Q_EMIT backupFinished(m_lastReport.archivePath, m_lastReport.backup.snapshotId, complete);
}

void BackupController::onHandsetChanged(const QString &key)
{
    if (key != m_waitingFor || m_watcher->isProbing(key))
        return;
    m_waitingFor.clear();
    start(key, m_waitingAutomatic, std::exchange(m_prepared, std::nullopt));
}

void BackupController::onHandsetConnected(const QString &key)
{
    const auto status = m_watcher->handset(key);
    // Only handsets backed up into this library before: a stranger's phone plugged in to
    // charge is not copied without being asked.
    if (!m_settings->automaticBackup() || !status || !status->hasArchive || isRunning())
        return;
    qCInfo(lcUi).noquote() << "automatic backup of" << key;
    start(key, true);
}

} // namespace Lifeboat
