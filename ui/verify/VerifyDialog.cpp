#include "ui/verify/VerifyDialog.h"

#include "app/jobs/JobRunner.h"
#include "ui/browse/SnapshotText.h"
#include "ui/verify/VerifyTask.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

VerifyDialog::VerifyDialog(const QString &archivePath, QWidget *parent)
    : QDialog(parent)
    , m_archivePath(archivePath)
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QTextBrowser(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new JobRunner(this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify %1").arg(QFileInfo(archivePath).completeBaseName()));
    setAccessibleName(tr("Verify archive"));
    m_phase->setObjectName(QStringLiteral("verifyPhase"));
    m_phase->setWordWrap(true);
    QFont headline = m_phase->font();
    headline.setBold(true);
    m_phase->setFont(headline);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setAccessibleName(tr("Verification progress"));
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->hide();
    m_cancel->setObjectName(QStringLiteral("verifyCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the verification"));
    m_close->setObjectName(QStringLiteral("verifyCloseButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_runner, &JobRunner::progressChanged, this, &VerifyDialog::showProgress);
    connect(m_runner, &JobRunner::finished, this, &VerifyDialog::onFinished);
    resize(560, 320);
}

VerifyDialog::~VerifyDialog()
{
    delete m_runner;  // cancels and waits while the task still exists
}

bool VerifyDialog::start()
{
    m_task = std::make_unique<VerifyTask>(m_archivePath);
    VerifyTask *task = m_task.get();
    if (!m_runner->start(*task, [task] { task->run(); }))
        return false;
    m_intact = false;
    m_phase->setText(tr("Reading every stored item back and checking it against its fingerprint…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_close->hide();
    return true;
}

bool VerifyDialog::isRunning() const
{
    return m_runner->isRunning();
}

void VerifyDialog::showProgress(const JobProgress &progress)
{
    if (progress.bytesTotal > 0) {
        // Per mille: byte counts overflow a progress bar's int.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<quint64>(progress.bytesDone * 1000 / progress.bytesTotal, 1000)));
    }
    if (!progress.phase.isEmpty())
        m_phase->setText(progress.phase);
}

void VerifyDialog::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    const auto &outcome = m_task->report();
    QString html;
    const auto paragraph = [&html](const QString &text, bool bold = false) {
        html += bold ? QStringLiteral("<p><b>%1</b></p>").arg(text.toHtmlEscaped())
                     : QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    if (!outcome || !*outcome) {
        const Error error = outcome ? outcome->error() : Error(ErrorCode::Internal, tr("Verification did not run."));
        m_phase->setText(error.code() == ErrorCode::Cancelled ? tr("Verification was cancelled.")
                                                              : tr("Verification could not finish."));
        paragraph(error.message());
    } else if ((*outcome)->cancelled) {
        m_phase->setText(tr("Verification was cancelled."));
        paragraph(tr("Nothing wrong was found in the part that was checked. Verify again to check "
                     "the whole archive."));
    } else if ((*outcome)->ok()) {
        m_intact = true;
        const VerifyReport &report = **outcome;
        m_phase->setText(tr("The archive is fine."));
        paragraph(tr("Every snapshot can be restored: %1 stored items (%2) were read back and match "
                     "their fingerprints, and the archive's database passes its own checks.")
                      .arg(report.contentsChecked)
                      .arg(QLocale().formattedDataSize(qint64(report.bytesChecked))));
    } else {
        const VerifyReport &report = **outcome;
        m_phase->setText(tr("The archive is damaged."));
        const QSet<qint64> affected(report.affectedSnapshots.cbegin(), report.affectedSnapshots.cend());
        QStringList damaged, intact;
        for (const SnapshotInfo &snapshot : m_task->snapshots())
            (affected.contains(snapshot.id) ? damaged : intact) << SnapshotText::title(snapshot);
        for (const qint64 id : report.affectedSnapshots) {
            if (std::none_of(m_task->snapshots().cbegin(), m_task->snapshots().cend(),
                             [id](const SnapshotInfo &s) { return s.id == id; }))
                damaged << tr("snapshot %1").arg(id);
        }
        if (!damaged.isEmpty())
            paragraph(tr("Damaged snapshots: %1.").arg(damaged.join(QStringLiteral(", "))), true);
        if (!report.affectedObjects.isEmpty()) {
            paragraph(tr("These stored items no longer match what was backed up and cannot be "
                         "restored from this archive:"));
            html += QStringLiteral("<ul>");
            for (const ObjectRecord &object : report.affectedObjects)
                html += QStringLiteral("<li>%1</li>").arg(object.path().toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        paragraph(intact.isEmpty()
                      ? tr("What still restores: every other item of the damaged snapshots.")
                      : tr("What still restores: the snapshots %1 completely, and every other item of "
                           "the damaged snapshots.")
                            .arg(intact.join(QStringLiteral(", "))));
        paragraph(tr("Back up the handset again to store fresh copies of the damaged items, and "
                     "keep a copy of the archive on another disk."));
        if (!report.problems.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>").arg(tr("Technical details:").toHtmlEscaped());
            for (const QString &problem : report.problems)
                html += QStringLiteral("<li><code>%1</code></li>").arg(problem.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    m_result->setHtml(html);
    m_result->show();
    Q_EMIT verifyFinished();
}

void VerifyDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    QDialog::reject();
}

} // namespace Lifeboat
