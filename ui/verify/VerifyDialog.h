#pragma once

#include "app/jobs/JobProgress.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace Lifeboat {

class JobRunner;
class VerifyTask;

// Tools > Verify Archive: reads every stored byte back and checks it against its hash, with
// progress and Cancel; then says plainly whether the archive is fine, or which snapshots and
// items are damaged and what still restores.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyDialog(const QString &archivePath, QWidget *parent = nullptr);
    ~VerifyDialog() override;
    Q_DISABLE_COPY_MOVE(VerifyDialog)

    bool start();
    bool isRunning() const;
    // After verifyFinished(): whether the archive was found intact.
    bool archiveIsIntact() const { return m_intact; }

    void reject() override;

Q_SIGNALS:
    void verifyFinished();

private:
    void showProgress(const JobProgress &progress);
    void onFinished();

    QString m_archivePath;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QTextBrowser *m_result;
    QPushButton *m_cancel;
    QPushButton *m_close;
    JobRunner *m_runner;
    std::unique_ptr<VerifyTask> m_task;
    bool m_intact = false;
};

} // namespace Lifeboat
