#include "ui/restore/RestoreModePage.h"

#include "ui/KindText.h"
#include "ui/restore/RestoreWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Lifeboat {

RestoreModePage::RestoreModePage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_missing(new QRadioButton(tr("&Add what is missing (recommended)"), this))
    , m_replace(new QRadioButton(tr("Re&place the handset's items with the snapshot's"), this))
    , m_warningIcon(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("restoreModePage"));
    setTitle(tr("Choose how to restore"));
    setSubTitle(tr("Nothing is changed yet: the next page shows exactly what will happen."));
    m_missing->setObjectName(QStringLiteral("restoreModeMissing"));
    m_missing->setAccessibleName(tr("Add what is missing"));
    m_replace->setObjectName(QStringLiteral("restoreModeReplace"));
    m_replace->setAccessibleName(tr("Replace the handset's items"));
    m_missing->setChecked(true);
    auto *missingHelp = new QLabel(tr("Items the handset lacks are added. Nothing on the handset is "
                                      "deleted or changed; restoring twice adds nothing."), this);
    missingHelp->setObjectName(QStringLiteral("restoreModeMissingHelp"));
    missingHelp->setWordWrap(true);
    missingHelp->setIndent(24);
    m_warningIcon->setObjectName(QStringLiteral("restoreReplaceWarningIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warning->setObjectName(QStringLiteral("restoreReplaceWarning"));
    m_warning->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("restoreReplaceConfirm"));
    m_confirm->setAccessibleName(tr("Confirm that replace deletes items from the handset"));

    auto *warningRow = new QHBoxLayout;
    warningRow->setContentsMargins(24, 0, 0, 0);
    warningRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->setContentsMargins(24, 0, 0, 0);
    confirmRow->addWidget(m_confirm, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(missingHelp);
    layout->addSpacing(12);
    layout->addWidget(m_replace);
    layout->addLayout(warningRow);
    layout->addLayout(confirmRow);
    layout->addStretch(1);

    connect(m_replace, &QRadioButton::toggled, this, &RestoreModePage::update);
    connect(m_confirm, &QCheckBox::toggled, this, &RestoreModePage::update);
}

void RestoreModePage::initializePage()
{
    QStringList kinds;
    const RestoreChoices &choices = m_wizard->choices();
    if (!choices.objectIds.isEmpty()) {
        m_warning->setText(tr("<b>Replace overwrites.</b> Picked items that differ from the "
                              "handset's version are overwritten with the snapshot's version. "
                              "Nothing else on the handset is deleted."));
        m_confirm->setText(tr("I understand that replace &overwrites items on the handset"));
    } else {
        for (const ItemKind kind : choices.kinds)
            kinds.append(KindText::plural(kind).toLower());
        const QString chosen = kinds.join(QStringLiteral(", "));
        m_warning->setText(tr("<b>Replace deletes.</b> Of the chosen kinds (%1), everything on the "
                              "handset that the snapshot does not have is deleted from the handset, "
                              "and items that differ are overwritten with the snapshot's version. "
                              "Other kinds are left alone.")
                               .arg(chosen.toHtmlEscaped()));
        m_confirm->setText(tr("I understand that replace &deletes %1 from the handset").arg(chosen));
    }
    update();
}

void RestoreModePage::update()
{
    const bool replace = m_replace->isChecked();
    m_confirm->setEnabled(replace);
    if (!replace && m_confirm->isChecked()) {
        const QSignalBlocker blocker(m_confirm);
        m_confirm->setChecked(false);
    }
    RestoreChoices &choices = m_wizard->choices();
    choices.mode = replace ? RestoreMode::Replace : RestoreMode::Missing;
    choices.replaceConfirmed = replace && m_confirm->isChecked();
    Q_EMIT completeChanged();
}

bool RestoreModePage::isComplete() const
{
    return !m_replace->isChecked() || m_confirm->isChecked();
}

} // namespace Lifeboat
