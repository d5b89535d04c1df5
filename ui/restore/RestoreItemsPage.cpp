#include "ui/restore/RestoreItemsPage.h"

#include "ui/KindText.h"
#include "ui/restore/RestoreWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

namespace {
const QList<ItemKind> RestorableKinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
}

RestoreItemsPage::RestoreItemsPage(RestoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_wholeKinds(new QRadioButton(tr("&Everything of these kinds:"), this))
    , m_pickedItems(new QRadioButton(tr("Only the &items I pick:"), this))
    , m_filter(new QLineEdit(this))
    , m_items(new QListWidget(this))
{
    setObjectName(QStringLiteral("restoreItemsPage"));
    setTitle(tr("Choose what to restore"));
    setSubTitle(tr("Restore whole kinds, or pick single contacts, events, to-dos and photos."));
    m_wholeKinds->setObjectName(QStringLiteral("restoreWholeKindsRadio"));
    m_wholeKinds->setAccessibleName(tr("Restore everything of the chosen kinds"));
    m_pickedItems->setObjectName(QStringLiteral("restorePickedItemsRadio"));
    m_pickedItems->setAccessibleName(tr("Restore only picked items"));
    m_wholeKinds->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_wholeKinds);
    auto *kinds = new QHBoxLayout;
    kinds->addSpacing(24);
    for (const ItemKind kind : RestorableKinds) {
        auto *box = new QCheckBox(KindText::plural(kind), this);
        box->setObjectName(QStringLiteral("restoreKind_%1").arg(itemKindName(kind)));
        box->setAccessibleName(tr("Restore %1").arg(KindText::plural(kind)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &RestoreItemsPage::completeChanged);
        m_kinds.insert(kind, box);
        kinds->addWidget(box);
    }
    kinds->addStretch(1);
    layout->addLayout(kinds);
    layout->addWidget(m_pickedItems);

    m_filter->setObjectName(QStringLiteral("restoreItemFilter"));
    m_filter->setAccessibleName(tr("Search the snapshot's items"));
    m_filter->setPlaceholderText(tr("Search by name or file"));
    m_filter->setClearButtonEnabled(true);
    m_items->setObjectName(QStringLiteral("restoreItemList"));
    m_items->setAccessibleName(tr("Items of the snapshot"));
    m_items->setUniformItemSizes(true);
    auto *checkShown = new QPushButton(tr("Check &Shown"), this);
    checkShown->setObjectName(QStringLiteral("restoreCheckShownButton"));
    checkShown->setAccessibleName(tr("Check every item shown"));
    auto *uncheckShown = new QPushButton(tr("&Uncheck Shown"), this);
    uncheckShown->setObjectName(QStringLiteral("restoreUncheckShownButton"));
    uncheckShown->setAccessibleName(tr("Uncheck every item shown"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(checkShown);
    filterRow->addWidget(uncheckShown);
    layout->addLayout(filterRow);
    layout->addWidget(m_items, 1);

    connect(m_wholeKinds, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        Q_EMIT completeChanged();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &RestoreItemsPage::applyFilter);
    connect(m_items, &QListWidget::itemChanged, this, &RestoreItemsPage::completeChanged);
    connect(checkShown, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(uncheckShown, &QPushButton::clicked, this, [this] { setShownChecked(false); });
    updateEnabled();
}

void RestoreItemsPage::initializePage()
{
    if (m_filledFor != m_wizard->choices().snapshotId)
        fillItems();
}

void RestoreItemsPage::fillItems()
{
    m_filledFor = m_wizard->choices().snapshotId;
    const QSignalBlocker blocker(m_items);
    m_items->clear();
    for (const SnapshotItem &entry : m_wizard->items().items()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(KindText::singular(entry.kind), entry.title), m_items);
        item->setData(Qt::UserRole, entry.objectId);
        item->setToolTip(entry.path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    applyFilter(m_filter->text());
}

void RestoreItemsPage::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_items->count(); ++row) {
        QListWidgetItem *item = m_items->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive)
                        && !item->toolTip().contains(needle, Qt::CaseInsensitive));
    }
}

void RestoreItemsPage::setShownChecked(bool checked)
{
    for (int row = 0; row < m_items->count(); ++row) {
        if (!m_items->item(row)->isHidden())
            m_items->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void RestoreItemsPage::updateEnabled()
{
    const bool whole = m_wholeKinds->isChecked();
    for (QCheckBox *box : std::as_const(m_kinds))
        box->setEnabled(whole);
    m_filter->setEnabled(!whole);
    m_items->setEnabled(!whole);
    for (auto *button : findChildren<QPushButton *>())
        button->setEnabled(!whole);
}

QList<qint64> RestoreItemsPage::checkedItems() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_items->count(); ++row) {
        if (m_items->item(row)->checkState() == Qt::Checked)
            ids.append(m_items->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

bool RestoreItemsPage::isComplete() const
{
    if (m_pickedItems->isChecked())
        return !checkedItems().isEmpty();
    return std::any_of(m_kinds.cbegin(), m_kinds.cend(), [](const QCheckBox *box) { return box->isChecked(); });
}

bool RestoreItemsPage::validatePage()
{
    RestoreChoices &choices = m_wizard->choices();
    choices.kinds.clear();
    choices.objectIds.clear();
    if (m_pickedItems->isChecked()) {
        choices.objectIds = checkedItems();
    } else {
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
            if (it.value()->isChecked())
                choices.kinds.append(it.key());
        }
    }
    return true;
}

} // namespace Lifeboat
