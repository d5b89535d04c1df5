#include "model/archive/ArchiveDiff.h"

#include "model/archive/Database.h"
#include "model/archive/SnapshotStore.h"

namespace Lifeboat {

namespace {

QString objectKey(const ObjectRecord &o)
{
    // Storage ids are reassigned between sessions on some handsets; the description is stable.
    return o.storageDescription + u'\n' + o.path();
}

// Columns: key, title, digest, object id.
const char *const ContactItems =
    "SELECT i.uid, i.display_name, i.digest, i.object_id FROM contact_index i "
    "JOIN snapshot_objects m ON m.object_id = i.object_id WHERE m.snapshot_id = ?1 AND i.uid <> ''";
const char *const EventItems =
    "SELECT i.uid || char(10) || i.recurrence_id, i.summary, i.digest, i.object_id "
    "FROM event_index i JOIN snapshot_objects m ON m.object_id = i.object_id "
    "WHERE m.snapshot_id = ?1 AND i.uid <> ''";
const char *const TodoItems =
    "SELECT i.uid, i.summary, i.digest, i.object_id FROM todo_index i "
    "JOIN snapshot_objects m ON m.object_id = i.object_id WHERE m.snapshot_id = ?1 AND i.uid <> ''";

} // namespace

ArchiveDiff::ArchiveDiff(Database &db, SnapshotStore &snapshots)
    : m_db(db), m_snapshots(snapshots)
{}

Result<QMap<QString, ArchiveDiff::ItemState>> ArchiveDiff::items(const char *sql, qint64 snapshotId)
{
    Result<Statement *> select = m_db.prepare(sql);
    if (!select)
        return select.error();
    (*select)->bind(1, snapshotId);
    QMap<QString, ItemState> result;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **select;
        const QString key = s.text(0);
        result.insert(key, ItemState{ItemRef{key.section(u'\n', 0, 0), s.text(1), s.int64(3)},
                                     s.blob(2)});
    }
    return result;
}

Status ArchiveDiff::diffItems(const char *sql, qint64 from, qint64 to, KindDiff &out)
{
    Result<QMap<QString, ItemState>> before = items(sql, from);
    if (!before)
        return before.error();
    Result<QMap<QString, ItemState>> after = items(sql, to);
    if (!after)
        return after.error();
    for (auto it = after->cbegin(); it != after->cend(); ++it) {
        const auto old = before->constFind(it.key());
        if (old == before->cend())
            out.addedItems.append(it->ref);
        else if (old->digest != it->digest)
            out.changedItems.append(it->ref);
    }
    for (auto it = before->cbegin(); it != before->cend(); ++it) {
        if (!after->contains(it.key()))
            out.removedItems.append(it->ref);
    }
    return {};
}

Result<SnapshotDiff> ArchiveDiff::diff(qint64 fromSnapshot, qint64 toSnapshot)
{
    SnapshotDiff result;
    result.fromSnapshot = fromSnapshot;
    result.toSnapshot = toSnapshot;
    for (ItemKind kind : {ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo,
                          ItemKind::Other})
        result.kinds.insert(kind, KindDiff());

    Result<QList<ObjectRecord>> before = m_snapshots.snapshotObjects(fromSnapshot, std::nullopt);
    if (!before)
        return before.error();
    Result<QList<ObjectRecord>> after = m_snapshots.snapshotObjects(toSnapshot, std::nullopt);
    if (!after)
        return after.error();
    QHash<QString, const ObjectRecord *> beforeByKey;
    for (const ObjectRecord &o : *before)
        beforeByKey.insert(objectKey(o), &o);
    QSet<QString> afterKeys;
    for (const ObjectRecord &o : *after) {
        const QString key = objectKey(o);
        afterKeys.insert(key);
        const ObjectRecord *old = beforeByKey.value(key);
        if (!old)
            result.kinds[o.kind].addedObjects.append(o);
        else if (old->contentHash != o.contentHash || old->size != o.size)
            result.kinds[o.kind].changedObjects.append(ObjectChange{*old, o});
    }
    for (const ObjectRecord &o : *before) {
        if (!afterKeys.contains(objectKey(o)))
            result.kinds[o.kind].removedObjects.append(o);
    }

    if (Status s = diffItems(ContactItems, fromSnapshot, toSnapshot, result.kinds[ItemKind::Contact]); !s)
        return s.error();
    if (Status s = diffItems(EventItems, fromSnapshot, toSnapshot, result.kinds[ItemKind::Event]); !s)
        return s.error();
    if (Status s = diffItems(TodoItems, fromSnapshot, toSnapshot, result.kinds[ItemKind::Todo]); !s)
        return s.error();
    return result;
}

} // namespace Lifeboat
