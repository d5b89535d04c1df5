#pragma once

#include "app/jobs/HandsetBackupJob.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace Lifeboat {

class BackupProgressDialog;
class HandsetWatcher;
class JobRunner;
class Settings;

// Runs "Back up now" for the window: one backup at a time through HandsetBackupJob on a
// JobRunner, into the library folder, with the progress dialog; and starts one by itself when a
// known handset is connected and the user asked for automatic backups.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(HandsetWatcher *watcher, Settings *settings, QWidget *window);
    ~BackupController() override;
    Q_DISABLE_COPY_MOVE(BackupController)

    // False when another backup runs or the handset is not ready.
    bool backUp(const QString &key);
    bool isRunning() const;
    void cancel();
    // The dialog of the running or last backup, while it is open.
    BackupProgressDialog *dialog() const;
    const HandsetBackupJob::Report &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A backup ended (complete or not); the library's view of `archivePath` is out of date.
    void backupFinished(const QString &archivePath, qint64 snapshotId, bool complete);
    void showBackupRequested(const QString &archivePath, qint64 snapshotId);

private:
    void onFinished();
    void onHandsetConnected(const QString &key);
    void onHandsetChanged(const QString &key);

    HandsetWatcher *m_watcher;
    Settings *m_settings;
    QWidget *m_window;
    JobRunner *m_runner;
    std::unique_ptr<HandsetBackupJob> m_job;
    HandsetBackupJob::Report m_lastReport;
    QString m_key;
    QString m_waitingFor;  // asked for while a probe had the handset open
    QPointer<BackupProgressDialog> m_dialog;
};

} // namespace Lifeboat
