#include "ui/restore/RestoreTargetPage.h"

#include "ui/restore/RestoreWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Lifeboat {

RestoreTargetPage::RestoreTargetPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_targets(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreTargetPage"));
    setTitle(tr("Choose the handset to restore to"));
    setSubTitle(tr("Connect the handset by USB and unlock it. It may be another handset than the "
                   "one the snapshot was taken of."));
    m_targets->setObjectName(QStringLiteral("restoreTargetList"));
    m_targets->setAccessibleName(tr("Handset to restore to"));
    m_note->setObjectName(QStringLiteral("restoreTargetNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_targets, 1);
    layout->addWidget(m_note);
    connect(m_targets, &QListWidget::currentRowChanged, this, [this](int row) {
        m_wizard->choices().targetIndex = row;
        Q_EMIT completeChanged();
    });
}

void RestoreTargetPage::initializePage()
{
    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    for (const RestoreTarget &target : m_wizard->targets())
        m_targets->addItem(target.label);
    m_targets->setCurrentRow(m_wizard->choices().targetIndex);
    if (m_wizard->targets().isEmpty()) {
        m_note->setText(tr("No handset is connected. Connect one by USB, unlock it, and open this "
                           "wizard again; or switch on the demo handset to try a restore."));
    } else if (const auto snapshot = m_wizard->chosenSnapshot()) {
        m_note->setText(tr("The snapshot was taken of %1. The next page but one shows, before "
                           "anything is written, whether the chosen handset is another one.")
                            .arg(m_wizard->handsetNameOf(*snapshot)));
    }
}

bool RestoreTargetPage::isComplete() const
{
    return m_wizard->chosenTarget().has_value();
}

} // namespace Lifeboat
