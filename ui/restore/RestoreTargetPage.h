#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace Lifeboat {

class RestoreWizard;

// Which handset to write to, from the choices the wizard's caller could reach.
class RestoreTargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreTargetPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreTargetPage)

    void initializePage() override;
    bool isComplete() const override;

private:
    RestoreWizard *m_wizard;
    QListWidget *m_targets;
    QLabel *m_note;
};

} // namespace Lifeboat
