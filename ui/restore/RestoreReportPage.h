#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;

namespace Lifeboat {

class RestoreWizard;

// The verification report: what was restored, skipped, failed and removed, with reasons; it can
// be saved as HTML or PDF for a customer.
class RestoreReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreReportPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreReportPage)

    void initializePage() override;

private:
    void chooseFile(const QString &suffix);
    void save(const QString &path);

    RestoreWizard *m_wizard;
    QLabel *m_summary;
    QTextBrowser *m_report;
    QLabel *m_saved;
};

} // namespace Lifeboat
