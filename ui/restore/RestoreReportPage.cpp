#include "ui/restore/RestoreReportPage.h"

#include "ui/restore/RestoreWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lifeboat {

RestoreReportPage::RestoreReportPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_report(new QTextBrowser(this))
    , m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreReportPage"));
    setTitle(tr("Restore report"));
    m_summary->setObjectName(QStringLiteral("restoreReportSummary"));
    m_summary->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("restoreReportView"));
    m_report->setAccessibleName(tr("Restore report"));
    m_report->setOpenLinks(false);
    m_saved->setObjectName(QStringLiteral("restoreReportSaved"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveHtml = new QPushButton(tr("Save as &HTML…"), this);
    saveHtml->setObjectName(QStringLiteral("restoreSaveHtmlButton"));
    saveHtml->setAccessibleName(tr("Save the report as HTML"));
    auto *savePdf = new QPushButton(tr("Save as P&DF…"), this);
    savePdf->setObjectName(QStringLiteral("restoreSavePdfButton"));
    savePdf->setAccessibleName(tr("Save the report as PDF"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveHtml);
    buttons->addWidget(savePdf);
    buttons->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
    connect(saveHtml, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("html")); });
    connect(savePdf, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("pdf")); });
}

void RestoreReportPage::initializePage()
{
    const RestoreReport &report = m_wizard->resultReport();
    const bool someFailed = !report.failed.isEmpty()
                            && (!report.error || report.error->code() == ErrorCode::VerificationFailed);
    setTitle(report.error && report.error->code() == ErrorCode::Cancelled ? tr("Restore cancelled")
             : report.error && !someFailed                                   ? tr("Restore stopped")
                                                                             : tr("Restore finished"));
    if (report.error && report.error->code() == ErrorCode::Cancelled)
        m_summary->setText(tr("The restore was cancelled. What was written before is listed below."));
    else if (someFailed)
        m_summary->setText(report.failed.size() == 1
                               ? tr("The restore finished, but 1 item could not be restored. The "
                                    "reason is listed below.")
                               : tr("The restore finished, but %1 items could not be restored. The "
                                    "reasons are listed below.").arg(report.failed.size()));
    else if (report.error)
        m_summary->setText(tr("The restore stopped: %1").arg(report.error->message()));
    else
        m_summary->setText(report.restored.size() == 1
                               ? tr("The restore finished: 1 item restored, read back from the "
                                    "handset and identical to the snapshot.")
                               : tr("The restore finished: %1 items restored, each read back from "
                                    "the handset and identical to the snapshot.").arg(report.restored.size()));
    m_report->setHtml(m_wizard->reportHtml());
    m_saved->clear();
}

void RestoreReportPage::chooseFile(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Restore report %1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate), suffix);
    auto *dialog = new QFileDialog(this, tr("Save Restore Report"), QDir(folder).filePath(name),
                                   suffix == u"pdf" ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    dialog->setObjectName(QStringLiteral("restoreReportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RestoreReportPage::save);
    dialog->open();
}

void RestoreReportPage::save(const QString &path)
{
    const Status saved = m_wizard->saveReport(path);
    m_saved->setText(saved ? tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path))
                           : saved.error().message());
}

} // namespace Lifeboat
