#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QTreeWidget>

namespace Lifeboat {

// The left pane: archives (the library's and those opened from elsewhere) and, under each, its
// snapshots newest first with their date, state and counts.
class LibraryPane : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, SnapshotIdRole };

    explicit LibraryPane(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LibraryPane)

    // Adds the archive or replaces its snapshot list.
    void setArchive(const QString &path, const QList<SnapshotInfo> &snapshots);
    void setArchiveError(const QString &path, const QString &message);
    bool selectSnapshot(const QString &path, qint64 snapshotId);
    bool hasArchives() const { return topLevelItemCount() > 0; }
    QStringList archivePaths() const;

Q_SIGNALS:
    void snapshotSelected(const QString &path, qint64 snapshotId);
    void archiveSelected(const QString &path);

private:
    QTreeWidgetItem *archiveItem(const QString &path, bool create);
};

} // namespace Lifeboat
