#include "ui/restore/RestoreProgressPage.h"

#include "app/jobs/JobRunner.h"
#include "ui/KindText.h"
#include "ui/jobs/ProgressText.h"
#include "ui/restore/RestorePlanText.h"
#include "ui/restore/RestoreWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Lifeboat {

RestoreProgressPage::RestoreProgressPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_phase(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Restore"), this))
{
    setObjectName(QStringLiteral("restoreProgressPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("Keep the handset connected and unlocked."));
    m_phase->setObjectName(QStringLiteral("restoreProgressPhase"));
    m_phase->setWordWrap(true);
    m_rate->setObjectName(QStringLiteral("restoreProgressRate"));
    m_timeLeft->setObjectName(QStringLiteral("restoreProgressTimeLeft"));
    m_cancel->setObjectName(QStringLiteral("restoreCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the restore"));

    auto *form = new QFormLayout;
    for (const ItemKind kind : RestorePlanText::kinds()) {
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("restoreProgress_%1").arg(itemKindName(kind)));
        bar->setAccessibleName(tr("%1 restored").arg(KindText::plural(kind)));
        bar->setFormat(tr("%v of %m"));
        m_kinds.insert(kind, bar);
        form->addRow(KindText::plural(kind), bar);
    }
    form->addRow(tr("Speed:"), m_rate);
    form->addRow(tr("Time left:"), m_timeLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addLayout(form);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_wizard->runner(), &JobRunner::progressChanged, this, &RestoreProgressPage::showProgress);
    connect(m_wizard, &RestoreWizard::restoreFinished, this, &RestoreProgressPage::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Cancelling after the item in hand…"));
        m_wizard->cancelRestore();
    });
}

void RestoreProgressPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    const RestoreReport &plan = m_wizard->previewReport();
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        const RestorePlanText::Counts counts = RestorePlanText::count(plan, it.key());
        const qsizetype toWrite = counts.writes + counts.replaces;
        it.value()->setFormat(toWrite == 0 ? tr("nothing to write") : tr("%v of %m"));
        it.value()->setRange(0, int(std::max<qsizetype>(toWrite, 1)));
        it.value()->setValue(toWrite == 0 ? 1 : 0);
    }
    m_rate->setText(tr("—"));
    m_timeLeft->setText(tr("—"));
    m_phase->setText(tr("Starting…"));
    if (!m_wizard->startRestore(false))
        m_phase->setText(tr("The restore cannot start."));
}

void RestoreProgressPage::showProgress(const JobProgress &progress)
{
    if (m_wizard->currentPage() != this)
        return;
    m_phase->setText(progress.currentItem.isEmpty() ? progress.phase
                                                    : tr("%1: %2").arg(progress.phase, progress.currentItem));
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        const KindProgress &kind = progress.kind(it.key());
        if (kind.objectsTotal <= 0)
            continue;
        it.value()->setFormat(tr("%v of %m"));
        it.value()->setRange(0, int(kind.objectsTotal));
        it.value()->setValue(int(std::min(kind.objectsDone, kind.objectsTotal)));
    }
    m_rate->setText(ProgressText::rate(progress.bytesPerSecond));
    m_timeLeft->setText(ProgressText::timeLeft(progress.secondsRemaining));
}

void RestoreProgressPage::onFinished(bool dryRun)
{
    if (dryRun || m_wizard->currentPage() != this)
        return;
    m_done = true;
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    // The report is what the user waits for: show it at once.
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

bool RestoreProgressPage::isComplete() const
{
    return m_done;
}

} // namespace Lifeboat
