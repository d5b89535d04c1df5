#include "ui/browse/LibraryPane.h"

#include "ui/browse/SnapshotText.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>

namespace Lifeboat {

LibraryPane::LibraryPane(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("archiveTree"));
    setAccessibleName(tr("Archives and snapshots"));
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setIndentation(fontMetrics().averageCharWidth() * 2);
    setSelectionMode(QAbstractItemView::SingleSelection);

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        const QString path = current->data(0, PathRole).toString();
        const qint64 snapshotId = current->data(0, SnapshotIdRole).toLongLong();
        if (snapshotId > 0)
            Q_EMIT snapshotSelected(path, snapshotId);
        else
            Q_EMIT archiveSelected(path);
    });
}

QTreeWidgetItem *LibraryPane::archiveItem(const QString &path, bool create)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, PathRole).toString() == path)
            return topLevelItem(i);
    }
    if (!create)
        return nullptr;
    auto *item = new QTreeWidgetItem(this, {QFileInfo(path).completeBaseName()});
    item->setData(0, PathRole, path);
    item->setToolTip(0, QDir::toNativeSeparators(path));
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

void LibraryPane::setArchive(const QString &path, const QList<SnapshotInfo> &snapshots)
{
    QTreeWidgetItem *archive = archiveItem(path, true);
    qDeleteAll(archive->takeChildren());
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        const SnapshotInfo &snapshot = *it;
        const QString text = tr("%1 — %2\n%3")
                                 .arg(SnapshotText::title(snapshot), SnapshotText::state(snapshot.state),
                                      SnapshotText::counts(snapshot));
        auto *item = new QTreeWidgetItem(archive, {text});
        item->setData(0, PathRole, path);
        item->setData(0, SnapshotIdRole, snapshot.id);
        item->setData(0, Qt::AccessibleTextRole, text);
        item->setToolTip(0, text);
        if (snapshot.state != SnapshotState::Complete) {
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            if (!snapshot.error.isEmpty())
                item->setToolTip(0, tr("%1\n%2").arg(text, snapshot.error));
        }
    }
    if (snapshots.isEmpty()) {
        auto *item = new QTreeWidgetItem(archive, {tr("No snapshots yet")});
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, PathRole, path);
    }
    archive->setExpanded(true);
}

void LibraryPane::setArchiveError(const QString &path, const QString &message)
{
    QTreeWidgetItem *archive = archiveItem(path, true);
    qDeleteAll(archive->takeChildren());
    auto *item = new QTreeWidgetItem(archive, {tr("Cannot be read: %1").arg(message)});
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(0, message);
    item->setData(0, PathRole, path);
    archive->setExpanded(true);
}

bool LibraryPane::selectSnapshot(const QString &path, qint64 snapshotId)
{
    QTreeWidgetItem *archive = archiveItem(path, false);
    if (!archive)
        return false;
    for (int i = 0; i < archive->childCount(); ++i) {
        QTreeWidgetItem *child = archive->child(i);
        if (child->data(0, SnapshotIdRole).toLongLong() == snapshotId) {
            setCurrentItem(child);
            scrollToItem(child);
            return true;
        }
    }
    return false;
}

QStringList LibraryPane::archivePaths() const
{
    QStringList paths;
    for (int i = 0; i < topLevelItemCount(); ++i)
        paths.append(topLevelItem(i)->data(0, PathRole).toString());
    return paths;
}

} // namespace Lifeboat
