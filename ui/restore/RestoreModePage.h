#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace Lifeboat {

class RestoreWizard;

// Add what is missing, or replace: replace deletes, and needs an explicit confirmation.
class RestoreModePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreModePage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreModePage)

    void initializePage() override;
    bool isComplete() const override;

private:
    void update();

    RestoreWizard *m_wizard;
    QRadioButton *m_missing;
    QRadioButton *m_replace;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    QCheckBox *m_confirm;
};

} // namespace Lifeboat
