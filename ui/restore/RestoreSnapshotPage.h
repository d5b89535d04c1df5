#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace Lifeboat {

class RestoreWizard;

// Which snapshot to restore: the one shown in the browser, or any other of the archive.
class RestoreSnapshotPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreSnapshotPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreSnapshotPage)

    void initializePage() override;
    bool isComplete() const override;

private:
    void showChosen();

    RestoreWizard *m_wizard;
    QComboBox *m_snapshots;
    QLabel *m_details;
};

} // namespace Lifeboat
