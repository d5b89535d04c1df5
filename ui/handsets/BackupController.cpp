#include "ui/handsets/BackupController.h"

#include "app/HandsetWatcher.h"
#include "app/Settings.h"
#include "app/jobs/JobRunner.h"
#include "ui/UiLog.h"
#include "ui/handsets/BackupProgressDialog.h"

#include <QWidget>

namespace Lifeboat {

BackupController::BackupController(HandsetWatcher *watcher, Settings *settings, QWidget *window)
    : QObject(window)
    , m_watcher(watcher)
    , m_settings(settings)
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
        if (key == m_waitingFor)
            m_waitingFor.clear();
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

bool BackupController::backUp(const QString &key)
{
    const auto status = m_watcher->handset(key);
    if (isRunning() || !status || !status->canBackUp())
        return false;
    if (m_watcher->isProbing(key)) {
        // Started as soon as the probe has closed the handset again (onHandsetChanged).
        m_waitingFor = key;
        return true;
    }
    m_waitingFor.clear();
    m_key = key;
    m_job = std::make_unique<HandsetBackupJob>(status->spec, m_watcher->libraryFolder(),
                                               m_settings->backupOptions());
    delete m_dialog.data();  // the last backup's summary, if still open
    auto *dialog = new BackupProgressDialog(status->name, m_window);
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
    return true;
}

void BackupController::onFinished()
{
    if (!m_job)
        return;
    m_lastReport = m_job->report();
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
    backUp(key);
}

void BackupController::onHandsetConnected(const QString &key)
{
    const auto status = m_watcher->handset(key);
    // Only handsets backed up into this library before: a stranger's phone plugged in to
    // charge is not copied without being asked.
    if (!m_settings->automaticBackup() || !status || !status->hasArchive || isRunning())
        return;
    qCInfo(lcUi).noquote() << "automatic backup of" << key;
    backUp(key);
}

} // namespace Lifeboat
