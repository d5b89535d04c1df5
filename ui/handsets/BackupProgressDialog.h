#pragma once

#include "app/jobs/HandsetBackupJob.h"
#include "app/jobs/JobProgress.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Lifeboat {

// A backup as it runs: what it is doing, per kind the objects and bytes copied, the overall rate
// and time left, and Cancel (Esc); then what it did, or what went wrong and what to do.
class BackupProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupProgressDialog(const QString &handsetName, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BackupProgressDialog)

    void showProgress(const JobProgress &progress);
    void showResult(const HandsetBackupJob::Report &report);
    bool isFinished() const { return m_finished; }

    // Plain words for a report, also used by the window's status bar.
    static QString summaryText(const HandsetBackupJob::Report &report);

    // Esc and Cancel ask the job to stop while it runs, and close the dialog once it has.
    void reject() override;

Q_SIGNALS:
    void cancelRequested();
    void showBackupRequested();

private:
    static QString countLine(const KindProgress &kind);
    static QString timeLeftText(qint64 seconds);

    bool m_finished = false;
    bool m_cancelling = false;
    QLabel *m_heading;
    QLabel *m_phase;
    QLabel *m_item;
    QTreeWidget *m_kinds;
    QProgressBar *m_overall;
    QLabel *m_rate;
    QLabel *m_timeLeft;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_show;
    QPushButton *m_close;
};

} // namespace Lifeboat
