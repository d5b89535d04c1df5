#pragma once

#include "app/jobs/JobProgress.h"

#include <QMap>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Lifeboat {

class RestoreWizard;

// The restore running: objects per kind, rate, time left, and Cancel.
class RestoreProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreProgressPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreProgressPage)

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(const JobProgress &progress);
    void onFinished(bool dryRun);

    RestoreWizard *m_wizard;
    QLabel *m_phase;
    QMap<ItemKind, QProgressBar *> m_kinds;
    QLabel *m_rate;
    QLabel *m_timeLeft;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace Lifeboat
