#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace Lifeboat {

class Archive;

// One object of a snapshot as a person names it: a contact's name, an event's summary, a
// photo's file name, rather than the handset's path.
struct SnapshotItem
{
    qint64 objectId = 0;
    ItemKind kind = ItemKind::Other;
    QString path;
    QString title;
};

// The restorable objects of a snapshot with their titles, for the restore wizard's checklist
// and its report.
class SnapshotItems
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::SnapshotItems)
public:
    static Result<SnapshotItems> load(Archive &archive, qint64 snapshotId);

    const QList<SnapshotItem> &items() const { return m_items; }
    // The title for a handset path, or the path itself when the snapshot does not hold it.
    QString titleForPath(const QString &path) const;

private:
    QList<SnapshotItem> m_items;
    QHash<QString, qsizetype> m_byPath;
};

} // namespace Lifeboat
