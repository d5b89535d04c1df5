#include "ui/restore/RestoreConfirmPage.h"

#include "ui/browse/SnapshotText.h"
#include "ui/restore/RestorePlanText.h"
#include "ui/restore/RestoreWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Lifeboat {

RestoreConfirmPage::RestoreConfirmPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreConfirmPage"));
    setTitle(tr("Ready to restore"));
    setSubTitle(tr("Keep the handset connected and unlocked until the restore has finished."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("restoreConfirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void RestoreConfirmPage::initializePage()
{
    const RestoreReport &plan = m_wizard->previewReport();
    QStringList lines;
    const auto snapshot = m_wizard->chosenSnapshot();
    lines << tr("Snapshot: %1, of %2.")
                 .arg(snapshot ? SnapshotText::title(*snapshot) : QString(),
                      snapshot ? m_wizard->handsetNameOf(*snapshot) : QString());
    lines << tr("Onto: %1.").arg(RestorePlanText::targetName(*m_wizard, plan));
    lines << (m_wizard->choices().mode == RestoreMode::Replace
                  ? tr("Mode: replace — items the snapshot does not have are deleted from the handset.")
                  : tr("Mode: add what is missing — nothing on the handset is deleted."));
    lines << RestorePlanText::summary(plan);
    const QString otherHandset = RestorePlanText::otherHandsetNotice(*m_wizard, plan);
    if (!otherHandset.isEmpty())
        lines << otherHandset;
    lines << tr("Every item written is read back from the handset and compared with the snapshot. "
                "Press Restore to begin.");
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace Lifeboat
