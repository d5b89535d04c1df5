#include "ui/restore/RestorePreviewPage.h"

#include "app/jobs/JobRunner.h"
#include "ui/KindText.h"
#include "ui/restore/RestorePlanText.h"
#include "ui/restore/RestoreWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lifeboat {

RestorePreviewPage::RestorePreviewPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_otherHandset(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_plan(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restorePreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What the restore will do, worked out from what the handset holds now."));
    m_summary->setObjectName(QStringLiteral("restorePreviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherHandset->setObjectName(QStringLiteral("restorePreviewOtherHandset"));
    m_otherHandset->setWordWrap(true);
    m_otherHandset->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(QStringLiteral("restorePreviewBusy"));
    m_busy->setAccessibleName(tr("Working out what the restore will do"));
    m_busy->setRange(0, 0);
    m_plan->setObjectName(QStringLiteral("restorePreviewTree"));
    m_plan->setAccessibleName(tr("What the restore will do, per kind"));
    m_plan->setHeaderLabels({tr("Item"), tr("What happens")});
    m_plan->setUniformRowHeights(true);
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_otherHandset);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_plan, 1);
    connect(wizard, &RestoreWizard::restoreFinished, this, &RestorePreviewPage::showPlan);
}

void RestorePreviewPage::initializePage()
{
    m_ready = false;
    m_plan->clear();
    m_otherHandset->hide();
    m_busy->show();
    m_summary->setText(tr("Reading the handset's contents to work out what the restore will do…"));
    if (!m_wizard->startRestore(true)) {
        m_busy->hide();
        m_summary->setText(tr("The preview cannot start. Go back and choose a handset."));
    }
    Q_EMIT completeChanged();
}

void RestorePreviewPage::cleanupPage()
{
    if (m_wizard->isRestoreRunning()) {
        m_wizard->cancelRestore();
        m_wizard->runner()->waitForFinished();
    }
}

void RestorePreviewPage::showPlan(bool dryRun)
{
    if (!dryRun || m_wizard->currentPage() != this)
        return;
    m_busy->hide();
    const RestoreReport &report = m_wizard->previewReport();
    if (report.error) {
        m_summary->setText(tr("The preview failed: %1").arg(report.error->message()));
        return;
    }
    const QString otherHandset = RestorePlanText::otherHandsetNotice(*m_wizard, report);
    m_otherHandset->setText(otherHandset);
    m_otherHandset->setVisible(!otherHandset.isEmpty());
    m_summary->setText(RestorePlanText::summary(report) + u' ' + tr("Nothing has been changed yet."));

    const SnapshotItems &items = m_wizard->items();
    for (const ItemKind kind : RestorePlanText::kinds()) {
        const RestorePlanText::Counts counts = RestorePlanText::count(report, kind);
        if (counts.total() == 0)
            continue;
        auto *kindItem = new QTreeWidgetItem(m_plan, {KindText::plural(kind), RestorePlanText::countsText(counts)});
        QFont bold = kindItem->font(0);
        bold.setBold(true);
        kindItem->setFont(0, bold);
        for (const RestoreAction &action : report.plan) {
            if (RestorePlanText::kindOf(action) != kind)
                continue;
            auto *child = new QTreeWidgetItem(kindItem, {items.titleForPath(action.path),
                                                         RestorePlanText::actionText(action)});
            child->setToolTip(0, action.path);
            child->setToolTip(1, action.reason);
        }
        // Deletions are what a person must not miss.
        kindItem->setExpanded(counts.deletes > 0 || counts.total() <= 20);
    }
    m_ready = true;
    Q_EMIT completeChanged();
}

bool RestorePreviewPage::isComplete() const
{
    return m_ready;
}

} // namespace Lifeboat
