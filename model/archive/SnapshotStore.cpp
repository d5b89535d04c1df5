#include "model/archive/SnapshotStore.h"

#include "model/archive/ArchiveCipher.h"
#include "model/archive/Database.h"
#include "model/ModelLog.h"

#include <algorithm>

#include <sqlite3.h>

namespace Lifeboat {

namespace {

constexpr int KindCount = 5;

// objects.kind holds ItemKind's value: the enum's order is part of the file format.
ItemKind kindFromColumn(qint64 value)
{
    // Unknown numbers come only from a file we did not write: show them as Other.
    return value >= 0 && value < KindCount ? static_cast<ItemKind>(value) : ItemKind::Other;
}

const char *const SnapshotColumns =
    "id, device_id, state, started, finished, error, contacts, events, todos, photos, other, "
    "object_count, total_bytes";

SnapshotInfo readSnapshot(const Statement &s, const ArchiveCipher *cipher)
{
    SnapshotInfo info;
    info.id = s.int64(0);
    info.deviceId = s.int64(1);
    info.state = snapshotStateFromName(s.text(2)).value_or(SnapshotState::Failed);
    info.started = s.time(3);
    info.finished = s.time(4);
    info.error = SnapshotStore::readText(s, 5, "snapshots.error", cipher);
    info.counts = KindCounts{s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10)};
    info.objectCount = s.int64(11);
    info.totalBytes = quint64(s.int64(12));
    return info;
}

} // namespace

const char *const SnapshotStore::ObjectColumns =
    "o.id, o.storage_id, o.storage_description, o.parent_path, o.name, o.format, o.size, "
    "o.modified, o.kind, o.content_hash";

void SnapshotStore::bindText(Statement &s, int index, const QString &text, const char *column,
                             const ArchiveCipher *cipher)
{
    if (cipher)
        s.bindBlob(index, cipher->sealText(text, column));
    else
        s.bind(index, text);
}

QString SnapshotStore::readText(const Statement &s, int column, const char *name,
                                const ArchiveCipher *cipher)
{
    if (!cipher)
        return s.text(column);
    const QByteArray sealed = s.blob(column);
    if (sealed.isEmpty())
        return {};  // a column's empty default ('' for no error) is stored as it is
    if (std::optional<QString> text = cipher->openText(sealed, name))
        return *text;
    // Shown in place of a name whose stored bytes were altered; verify reports the row.
    qCWarning(lcModel, "sealed %s does not open", name);
    return QString(QChar(0xFFFD));
}

ObjectRecord SnapshotStore::readObject(const Statement &s, int c, const ArchiveCipher *cipher)
{
    ObjectRecord o;
    o.id = s.int64(c);
    o.storageId = quint32(s.int64(c + 1));
    o.storageDescription = readText(s, c + 2, "objects.storage_description", cipher);
    o.parentPath = readText(s, c + 3, "objects.parent_path", cipher);
    o.name = readText(s, c + 4, "objects.name", cipher);
    o.format = quint16(s.int64(c + 5));
    o.size = quint64(s.int64(c + 6));
    o.modified = s.time(c + 7);
    o.kind = kindFromColumn(s.int64(c + 8));
    o.contentHash = s.blob(c + 9);
    return o;
}

SnapshotStore::SnapshotStore(Database &db, const ArchiveCipher *cipher)
    : m_db(db), m_cipher(cipher)
{}

Result<qint64> SnapshotStore::addOrUpdateDevice(const DeviceRecord &device)
{
    if (device.serialNumber.isEmpty())
        return Error(ErrorCode::Usage, tr("A handset without a serial number cannot be recorded."));
    if (Status status = m_db.beginWrite(); !status)
        return status.error();
    Result<Statement *> upsert = m_db.prepare(
        "INSERT INTO devices(serial, manufacturer, model, friendly_name) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(serial) DO UPDATE SET manufacturer = excluded.manufacturer, "
        "model = excluded.model, friendly_name = excluded.friendly_name RETURNING id");
    if (!upsert)
        return upsert.error();
    Statement &s = **upsert;
    bindText(s, 1, device.serialNumber, "devices.serial", m_cipher);
    bindText(s, 2, device.manufacturer, "devices.manufacturer", m_cipher);
    bindText(s, 3, device.model, "devices.model", m_cipher);
    bindText(s, 4, device.friendlyName, "devices.friendly_name", m_cipher);
    Result<bool> row = s.step();
    if (!row)
        return row.error();
    const qint64 id = s.int64(0);
    if (Status status = s.run(); !status)
        return status.error();
    return id;
}

Result<QList<DeviceRecord>> SnapshotStore::devices()
{
    Result<Statement *> select = m_db.prepare(
        "SELECT id, serial, manufacturer, model, friendly_name FROM devices ORDER BY id");
    if (!select)
        return select.error();
    QList<DeviceRecord> result;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **select;
        result.append(DeviceRecord{s.int64(0), readText(s, 1, "devices.serial", m_cipher),
                                   readText(s, 2, "devices.manufacturer", m_cipher),
                                   readText(s, 3, "devices.model", m_cipher),
                                   readText(s, 4, "devices.friendly_name", m_cipher)});
    }
    return result;
}

Result<qint64> SnapshotStore::beginSnapshot(qint64 deviceId)
{
    if (Status status = m_db.beginWrite(); !status)
        return status.error();
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO snapshots(device_id, state, started) VALUES(?1, 'running', ?2)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, deviceId);
    (*insert)->bind(2, QDateTime::currentMSecsSinceEpoch());
    if (Status status = (*insert)->run(); !status)
        return status.error();
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    // The running snapshot is visible (and its failure recordable) from here on.
    if (Status status = m_db.commit(); !status)
        return status.error();
    return id;
}

Status SnapshotStore::requireRunning(qint64 snapshotId)
{
    Result<SnapshotInfo> info = snapshot(snapshotId);
    if (!info)
        return info.error();
    if (info->state != SnapshotState::Running)
        return Error(ErrorCode::Usage, tr("Snapshot %1 is already finished.").arg(snapshotId));
    return {};
}

Status SnapshotStore::storeTotals(qint64 snapshotId)
{
    Result<Statement *> update = m_db.prepare(
        "UPDATE snapshots SET "
        "contacts = (SELECT count(*) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1 AND o.kind = 0), "
        "events = (SELECT count(*) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1 AND o.kind = 1), "
        "todos = (SELECT count(*) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1 AND o.kind = 2), "
        "photos = (SELECT count(*) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1 AND o.kind = 3), "
        "other = (SELECT count(*) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1 AND o.kind = 4), "
        "object_count = (SELECT count(*) FROM snapshot_objects WHERE snapshot_id = ?1), "
        "total_bytes = (SELECT coalesce(sum(o.size), 0) FROM snapshot_objects m JOIN objects o ON o.id = m.object_id WHERE m.snapshot_id = ?1) "
        "WHERE id = ?1");
    if (!update)
        return update.error();
    (*update)->bind(1, snapshotId);
    return (*update)->run();
}

Status SnapshotStore::completeSnapshot(qint64 snapshotId)
{
    // Everything written so far goes in with the normal batch commit; only then the snapshot is
    // checked and marked complete in its own transaction, synced fully.
    if (Status status = m_db.commit(); !status)
        return status;
    if (Status status = requireRunning(snapshotId); !status)
        return status;
    if (Status status = m_db.exec("PRAGMA synchronous = FULL"); !status)
        return status;
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<Statement *> missing = m_db.prepare(
        "SELECT o.parent_path, o.name, count(*) OVER () FROM snapshot_objects m "
        "JOIN objects o ON o.id = m.object_id "
        "WHERE m.snapshot_id = ?1 AND o.kind <> 4 "
        "AND NOT EXISTS (SELECT 1 FROM contents c WHERE c.hash = o.content_hash) LIMIT 1");
    if (!missing)
        return missing.error();
    (*missing)->bind(1, snapshotId);
    Result<bool> row = (*missing)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString path = readText(**missing, 0, "objects.parent_path", m_cipher) + u'/'
            + readText(**missing, 1, "objects.name", m_cipher);
        const qint64 count = (*missing)->int64(2);
        (*missing)->reset();
        m_db.rollback();
        return Error(ErrorCode::Internal,
                     tr("The snapshot cannot be completed: the content of %n object(s) is not "
                        "stored, for example %1.", nullptr, int(count)).arg(path),
                     QStringLiteral("snapshot %1").arg(snapshotId));
    }
    Result<Statement *> update = m_db.prepare(
        "UPDATE snapshots SET state = 'complete', finished = ?2, error = '' WHERE id = ?1");
    if (!update)
        return update.error();
    (*update)->bind(1, snapshotId);
    (*update)->bind(2, QDateTime::currentMSecsSinceEpoch());
    if (Status status = (*update)->run(); !status)
        return status;
    if (Status status = storeTotals(snapshotId); !status)
        return status;
    return m_db.commit();
}

Status SnapshotStore::finishSnapshot(qint64 snapshotId, SnapshotState state, const QString &error)
{
    if (state == SnapshotState::Complete)
        return completeSnapshot(snapshotId);
    if (state == SnapshotState::Running)
        return Error(ErrorCode::Usage, tr("A snapshot cannot be finished as running."));
    if (Status status = requireRunning(snapshotId); !status)
        return status;
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<Statement *> update = m_db.prepare(
        "UPDATE snapshots SET state = ?2, finished = ?3, error = ?4 WHERE id = ?1");
    if (!update)
        return update.error();
    (*update)->bind(1, snapshotId);
    (*update)->bind(2, snapshotStateName(state));
    (*update)->bind(3, QDateTime::currentMSecsSinceEpoch());
    bindText(**update, 4, error, "snapshots.error", m_cipher);
    if (Status status = (*update)->run(); !status)
        return status;
    if (Status status = storeTotals(snapshotId); !status)
        return status;
    return m_db.commit();
}

Result<QList<SnapshotInfo>> SnapshotStore::querySnapshots(const char *sql, std::optional<qint64> key)
{
    Result<Statement *> select = m_db.prepare(sql);
    if (!select)
        return select.error();
    if (key)
        (*select)->bind(1, *key);
    QList<SnapshotInfo> result;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.append(readSnapshot(**select, m_cipher));
    }
    return result;
}

Result<QList<SnapshotInfo>> SnapshotStore::snapshots(std::optional<qint64> deviceId)
{
    static const std::string all =
        std::string("SELECT ") + SnapshotColumns + " FROM snapshots ORDER BY id";
    static const std::string ofDevice = std::string("SELECT ") + SnapshotColumns
        + " FROM snapshots WHERE device_id = ?1 ORDER BY id";
    return querySnapshots(deviceId ? ofDevice.c_str() : all.c_str(), deviceId);
}

Result<SnapshotInfo> SnapshotStore::snapshot(qint64 id)
{
    static const std::string sql =
        std::string("SELECT ") + SnapshotColumns + " FROM snapshots WHERE id = ?1";
    Result<QList<SnapshotInfo>> found = querySnapshots(sql.c_str(), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("The archive has no snapshot %1.").arg(id));
    SnapshotInfo info = found->first();
    if (info.state == SnapshotState::Running) {
        // Totals are stored when a snapshot finishes; a running one is counted live.
        Result<QList<ObjectRecord>> objects = snapshotObjects(id, std::nullopt);
        if (!objects)
            return objects.error();
        for (const ObjectRecord &o : *objects) {
            ++info.counts[o.kind];
            ++info.objectCount;
            info.totalBytes += o.size;
        }
    }
    return info;
}

Result<std::optional<SnapshotInfo>> SnapshotStore::latestCompleteSnapshot(qint64 deviceId)
{
    static const std::string sql = std::string("SELECT ") + SnapshotColumns
        + " FROM snapshots WHERE device_id = ?1 AND state = 'complete' ORDER BY id DESC LIMIT 1";
    Result<QList<SnapshotInfo>> found = querySnapshots(sql.c_str(), deviceId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(found->first());
}

Result<qint64> SnapshotStore::addObject(qint64 snapshotId, const ObjectRecord &o)
{
    if (Status status = m_db.beginWrite(); !status)
        return status.error();
    // A finished snapshot is a promise about its members; it never gains one afterwards.
    Result<Statement *> running =
        m_db.prepare("SELECT 1 FROM snapshots WHERE id = ?1 AND state = 'running'");
    if (!running)
        return running.error();
    (*running)->bind(1, snapshotId);
    Result<bool> isRunning = (*running)->step();
    (*running)->reset();
    if (!isRunning)
        return isRunning.error();
    if (!*isRunning)
        return Error(ErrorCode::Usage,
                     tr("Objects can only be added to a running snapshot (snapshot %1).")
                         .arg(snapshotId));
    Result<Statement *> find = m_db.prepare(
        "SELECT id FROM objects WHERE parent_path = ?1 AND name = ?2 AND storage_id = ?3 "
        "AND storage_description = ?4 AND format = ?5 AND size = ?6 AND modified IS ?7 "
        "AND kind = ?8 AND content_hash = ?9 LIMIT 1");
    if (!find)
        return find.error();
    auto bindObject = [&o, this](Statement &s) {
        bindText(s, 1, o.parentPath, "objects.parent_path", m_cipher);
        bindText(s, 2, o.name, "objects.name", m_cipher);
        s.bind(3, qint64(o.storageId));
        bindText(s, 4, o.storageDescription, "objects.storage_description", m_cipher);
        s.bind(5, qint64(o.format));
        s.bind(6, qint64(o.size));
        s.bindTime(7, o.modified);
        s.bind(8, qint64(static_cast<int>(o.kind)));
        s.bindBlob(9, o.contentHash);
    };
    bindObject(**find);
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    qint64 objectId = 0;
    if (*row) {
        objectId = (*find)->int64(0);
        (*find)->reset();
    } else {
        Result<Statement *> insert = m_db.prepare(
            "INSERT INTO objects(parent_path, name, storage_id, storage_description, format, "
            "size, modified, kind, content_hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!insert)
            return insert.error();
        bindObject(**insert);
        if (Status status = (*insert)->run(); !status)
            return status.error();
        objectId = sqlite3_last_insert_rowid(m_db.handle());
    }
    Result<Statement *> member = m_db.prepare(
        "INSERT OR IGNORE INTO snapshot_objects(snapshot_id, object_id) VALUES(?1, ?2)");
    if (!member)
        return member.error();
    (*member)->bind(1, snapshotId);
    (*member)->bind(2, objectId);
    if (Status status = (*member)->run(); !status)
        return status.error();
    return objectId;
}

Result<QList<ObjectRecord>> SnapshotStore::snapshotObjects(qint64 snapshotId,
                                                          std::optional<ItemKind> kind)
{
    static const std::string sql = std::string("SELECT ") + ObjectColumns
        + " FROM snapshot_objects m JOIN objects o ON o.id = m.object_id "
          "WHERE m.snapshot_id = ?1 AND (?2 IS NULL OR o.kind = ?2) "
          "ORDER BY o.storage_id, o.parent_path, o.name";
    Result<Statement *> select = m_db.prepare(sql.c_str());
    if (!select)
        return select.error();
    (*select)->bind(1, snapshotId);
    if (kind)
        (*select)->bind(2, qint64(static_cast<int>(*kind)));
    QList<ObjectRecord> result;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.append(readObject(**select, 0, m_cipher));
    }
    if (m_cipher) {
        // SQL sorted sealed bytes; the order callers rely on is that of the names.
        std::stable_sort(result.begin(), result.end(), [](const ObjectRecord &a, const ObjectRecord &b) {
            return std::tie(a.storageId, a.parentPath, a.name)
                < std::tie(b.storageId, b.parentPath, b.name);
        });
    }
    return result;
}

Result<ObjectRecord> SnapshotStore::object(qint64 objectId)
{
    static const std::string sql =
        std::string("SELECT ") + ObjectColumns + " FROM objects o WHERE o.id = ?1";
    Result<Statement *> select = m_db.prepare(sql.c_str());
    if (!select)
        return select.error();
    (*select)->bind(1, objectId);
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("The archive has no object %1.").arg(objectId));
    ObjectRecord o = readObject(**select, 0, m_cipher);
    (*select)->reset();
    return o;
}

} // namespace Lifeboat
