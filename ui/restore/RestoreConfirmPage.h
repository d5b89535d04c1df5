#pragma once

#include <QWizardPage>

class QLabel;

namespace Lifeboat {

class RestoreWizard;

// The last look before the handset is changed: what, onto which handset, how. Its Restore button
// commits: once pressed there is no going back.
class RestoreConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreConfirmPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreConfirmPage)

    void initializePage() override;

private:
    RestoreWizard *m_wizard;
    QLabel *m_summary;
};

} // namespace Lifeboat
