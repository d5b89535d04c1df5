#include "ui/diff/DiffView.h"

#include "ui/KindText.h"
#include "ui/browse/ArchiveReader.h"
#include "ui/browse/SnapshotText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {

void addGroup(QTreeWidgetItem *parent, const QString &title, const QStringList &names)
{
    if (names.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(parent, {title.arg(names.size())});
    for (const QString &name : names)
        new QTreeWidgetItem(group, {name});
    // Long lists (a holiday's photos) stay folded so that the other kinds remain in view.
    group->setExpanded(names.size() <= DiffView::ExpandedGroupLimit);
}

QStringList itemNames(const QList<ItemRef> &items)
{
    QStringList names;
    for (const ItemRef &item : items)
        names.append(item.title.isEmpty() ? item.uid : item.title);
    return names;
}

QStringList objectNames(const QList<ObjectRecord> &objects)
{
    QStringList names;
    for (const ObjectRecord &object : objects)
        names.append(object.path());
    return names;
}

} // namespace

DiffView::DiffView(ArchiveReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_from->setObjectName(QStringLiteral("diffFromCombo"));
    m_from->setAccessibleName(tr("Compare from snapshot"));
    m_to->setObjectName(QStringLiteral("diffToCombo"));
    m_to->setAccessibleName(tr("Compare to snapshot"));
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setAccessibleName(tr("Changes"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);

    auto *choose = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    choose->addWidget(fromLabel);
    choose->addWidget(m_from, 1);
    choose->addSpacing(12);
    choose->addWidget(toLabel);
    choose->addWidget(m_to, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { compareSelected(); });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { compareSelected(); });
    connect(reader, &ArchiveReader::diffFinished, this, [this](quint64 request, const SnapshotDiff &diff) {
        if (request == m_request)
            showDiff(diff);
    });
    connect(reader, &ArchiveReader::requestFailed, this, [this](quint64 request, const QString &message) {
        if (request != m_request)
            return;
        m_tree->clear();
        m_summary->setText(tr("The comparison failed: %1").arg(message));
        Q_EMIT diffShown();
    });
}

void DiffView::setSnapshots(const QList<SnapshotInfo> &snapshots, qint64 shownSnapshot)
{
    m_filling = true;
    m_from->clear();
    m_to->clear();
    int shownIndex = -1;
    for (const SnapshotInfo &snapshot : snapshots) {
        const QString label = SnapshotText::title(snapshot);
        m_from->addItem(label, snapshot.id);
        m_to->addItem(label, snapshot.id);
        if (snapshot.id == shownSnapshot)
            shownIndex = m_to->count() - 1;
    }
    m_filling = false;
    m_tree->clear();
    m_diff = {};
    if (shownIndex < 0) {
        m_summary->setText(tr("Choose a snapshot on the left."));
        return;
    }
    if (shownIndex == 0) {
        m_from->setCurrentIndex(0);
        m_to->setCurrentIndex(0);
        m_summary->setText(snapshots.size() == 1
                               ? tr("This is the archive's only snapshot. Back up again later to see what changed.")
                               : tr("This is the archive's first snapshot. Choose a later one under To."));
        return;
    }
    m_filling = true;
    m_from->setCurrentIndex(shownIndex - 1);
    m_to->setCurrentIndex(shownIndex);
    m_filling = false;
    compareSelected();
}

void DiffView::compareSelected()
{
    if (m_filling || m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return;
    compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

void DiffView::compare(qint64 fromSnapshot, qint64 toSnapshot)
{
    m_tree->clear();
    if (fromSnapshot == toSnapshot) {
        m_request = 0;
        m_summary->setText(tr("Choose two different snapshots to compare."));
        return;
    }
    m_summary->setText(tr("Comparing…"));
    m_request = m_reader->diff(fromSnapshot, toSnapshot);
}

void DiffView::showDiff(const SnapshotDiff &diff)
{
    m_diff = diff;
    m_tree->clear();
    int changedKinds = 0;
    for (auto it = diff.kinds.cbegin(); it != diff.kinds.cend(); ++it) {
        const KindDiff &kind = it.value();
        if (kind.isEmpty() || it.key() == ItemKind::Other)
            continue;
        ++changedKinds;
        // Contacts, events and to-dos are compared item by item (by UID) where the index knows
        // them; otherwise, as for photos, file by file.
        const bool byItem = !kind.addedItems.isEmpty() || !kind.removedItems.isEmpty()
            || !kind.changedItems.isEmpty();
        QStringList changed;
        if (byItem) {
            changed = itemNames(kind.changedItems);
        } else {
            for (const ObjectChange &change : kind.changedObjects)
                changed.append(change.after.path());
        }
        const QStringList added = byItem ? itemNames(kind.addedItems) : objectNames(kind.addedObjects);
        const QStringList removed = byItem ? itemNames(kind.removedItems) : objectNames(kind.removedObjects);
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1: %2 added, %3 removed, %4 changed")
                                                     .arg(KindText::plural(it.key()))
                                                     .arg(added.size())
                                                     .arg(removed.size())
                                                     .arg(changed.size())});
        top->setData(0, Qt::UserRole, int(it.key()));
        addGroup(top, tr("Added (%1)"), added);
        addGroup(top, tr("Removed (%1)"), removed);
        addGroup(top, tr("Changed (%1)"), changed);
        top->setExpanded(true);
    }
    m_summary->setText(changedKinds == 0 ? tr("Nothing changed between these snapshots.")
                                         : tr("Changes from the first snapshot to the second:"));
    Q_EMIT diffShown();
}

} // namespace Lifeboat
