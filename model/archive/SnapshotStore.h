#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

#include <QCoreApplication>

#include <optional>

namespace Lifeboat {

class ArchiveCipher;
class Database;
class Statement;

// Devices, snapshots, the immutable object rows and which snapshot holds which object.
// In an encrypted archive the texts that describe the owner (device serial and names, object
// storage names, folders and file names, snapshot errors) are sealed deterministically
// (ArchiveCipher::sealText), so that the lookups by equality below work unchanged; lists that
// SQL would sort by those texts are sorted here after opening them.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::SnapshotStore)

public:
    // `cipher`: null for an unencrypted archive.
    SnapshotStore(Database &db, const ArchiveCipher *cipher);

    Result<qint64> addOrUpdateDevice(const DeviceRecord &device);
    Result<QList<DeviceRecord>> devices();

    Result<qint64> beginSnapshot(qint64 deviceId);
    Status completeSnapshot(qint64 snapshotId);
    Status finishSnapshot(qint64 snapshotId, SnapshotState state, const QString &error);
    Result<QList<SnapshotInfo>> snapshots(std::optional<qint64> deviceId);
    Result<SnapshotInfo> snapshot(qint64 id);
    Result<std::optional<SnapshotInfo>> latestCompleteSnapshot(qint64 deviceId);

    Result<qint64> addObject(qint64 snapshotId, const ObjectRecord &object);
    Result<QList<ObjectRecord>> snapshotObjects(qint64 snapshotId, std::optional<ItemKind> kind);
    Result<ObjectRecord> object(qint64 objectId);

    static const char *const ObjectColumns;  // for other stores' SELECTs; see readObject()
    static ObjectRecord readObject(const Statement &statement, int firstColumn,
                                   const ArchiveCipher *cipher);
    // A text column as stored: plain, or sealed under the column's name.
    static void bindText(Statement &statement, int index, const QString &text,
                         const char *column, const ArchiveCipher *cipher);
    static QString readText(const Statement &statement, int column, const char *name,
                            const ArchiveCipher *cipher);

private:
    Status requireRunning(qint64 snapshotId);
    Status storeTotals(qint64 snapshotId);
    Result<QList<SnapshotInfo>> querySnapshots(const char *sql, std::optional<qint64> key);

    Database &m_db;
    const ArchiveCipher *m_cipher;
};

} // namespace Lifeboat
