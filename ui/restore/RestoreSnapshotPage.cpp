#include "ui/restore/RestoreSnapshotPage.h"

#include "ui/browse/SnapshotText.h"
#include "ui/restore/RestoreWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

RestoreSnapshotPage::RestoreSnapshotPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_snapshots(new QComboBox(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreSnapshotPage"));
    setTitle(tr("Choose a snapshot"));
    setSubTitle(tr("The handset gets back what it held when this snapshot was taken."));
    m_snapshots->setObjectName(QStringLiteral("restoreSnapshotCombo"));
    m_snapshots->setAccessibleName(tr("Snapshot to restore"));
    m_details->setObjectName(QStringLiteral("restoreSnapshotDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Snapshot:"), this);
    label->setBuddy(m_snapshots);
    form->addRow(label, m_snapshots);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_snapshots, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->choices().snapshotId = m_snapshots->currentData().toLongLong();
        showChosen();
        Q_EMIT completeChanged();
    });
}

void RestoreSnapshotPage::initializePage()
{
    const QSignalBlocker blocker(m_snapshots);
    m_snapshots->clear();
    // Newest first: the latest backup is what a person usually means.
    const QList<SnapshotInfo> &snapshots = m_wizard->snapshots();
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        if (it->state != SnapshotState::Complete && it->id != m_wizard->choices().snapshotId)
            continue;
        const QString text = it->state == SnapshotState::Complete
                                 ? tr("%1 — %2").arg(SnapshotText::title(*it), SnapshotText::counts(*it))
                                 : tr("%1 (%2) — %3").arg(SnapshotText::title(*it), SnapshotText::state(it->state),
                                                          SnapshotText::counts(*it));
        m_snapshots->addItem(text, it->id);
    }
    const int index = m_snapshots->findData(m_wizard->choices().snapshotId);
    m_snapshots->setCurrentIndex(std::max(index, 0));
    if (m_snapshots->count() > 0)
        m_wizard->choices().snapshotId = m_snapshots->currentData().toLongLong();
    showChosen();
}

void RestoreSnapshotPage::showChosen()
{
    const auto snapshot = m_wizard->chosenSnapshot();
    if (!snapshot) {
        m_details->setText(tr("This archive holds no snapshot to restore. Back up a handset first."));
        return;
    }
    QString text = tr("Taken of %1 on %2. It holds %3.")
                       .arg(m_wizard->handsetNameOf(*snapshot), SnapshotText::title(*snapshot),
                            SnapshotText::counts(*snapshot));
    if (snapshot->state != SnapshotState::Complete)
        text += u'\n' + tr("This snapshot did not finish: only what it stored can be restored.");
    m_details->setText(text);
}

bool RestoreSnapshotPage::isComplete() const
{
    return m_wizard->chosenSnapshot().has_value();
}

} // namespace Lifeboat
