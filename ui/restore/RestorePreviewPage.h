#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Lifeboat {

class RestoreWizard;

// The dry run: what the restore will write, replace, skip and delete, per kind, before anything
// is changed on the handset.
class RestorePreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestorePreviewPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestorePreviewPage)

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showPlan(bool dryRun);

    RestoreWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_otherHandset;
    QProgressBar *m_busy;
    QTreeWidget *m_plan;
    bool m_ready = false;
};

} // namespace Lifeboat
