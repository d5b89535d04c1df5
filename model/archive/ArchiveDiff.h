#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

namespace Lifeboat {

class Database;
class SnapshotStore;

// What changed between two snapshots: objects by (storage, path), and PIM items by UID, so
// that a contact moved between files or edited inside one big .vcf is still seen as itself.
class ArchiveDiff
{
public:
    ArchiveDiff(Database &db, SnapshotStore &snapshots);

    Result<SnapshotDiff> diff(qint64 fromSnapshot, qint64 toSnapshot);

private:
    struct ItemState
    {
        ItemRef ref;
        QByteArray digest;
    };
    Result<QMap<QString, ItemState>> items(const char *sql, qint64 snapshotId);
    Status diffItems(const char *sql, qint64 from, qint64 to, KindDiff &out);

    Database &m_db;
    SnapshotStore &m_snapshots;
};

} // namespace Lifeboat
