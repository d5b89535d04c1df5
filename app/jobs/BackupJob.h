#pragma once

#include "app/jobs/Job.h"
#include "app/jobs/ObjectReadAhead.h"
#include "app/jobs/PiecePool.h"
#include "device/Handset.h"
#include "model/archive/Archive.h"
#include "model/index/ItemParser.h"
#include "model/items/ItemClassifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>

namespace Lifeboat {

struct BackupOptions
{
    QList<ItemKind> kinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    QStringList photoFolders{QStringLiteral("DCIM"), QStringLiteral("Pictures")};
    // How long to wait for the user to unlock a locked handset before giving up.
    std::chrono::milliseconds unlockWait{0};
    // Commit at least this often, so a crash loses little work.
    qint64 commitEveryObjects = 500;
};

struct BackupReport
{
    qint64 snapshotId = 0;
    SnapshotState state = SnapshotState::Failed;
    HandsetIdentity device;
    KindCounts counts;
    qint64 objects = 0;              // objects in the snapshot
    qint64 objectsTransferred = 0;   // read from the handset in this run
    qint64 objectsReused = 0;        // unchanged since an earlier run: not transferred
    quint64 bytesTransferred = 0;
    quint64 bytesTotal = 0;          // size of everything in the snapshot
    QStringList warnings;            // items stored but not understood, and the like
    std::optional<Error> error;
    qint64 milliseconds = 0;
};

// Copies a handset into a new snapshot (ARCHITECTURE.md, "Jobs"): lists the handset, reuses
// every object an earlier run already stored (same storage, path, size and modification time),
// streams the rest into the archive while hashing, indexes contacts, events, to-dos and photos,
// commits in batches and marks the snapshot complete only when everything is stored. A run that
// dies leaves what it stored; the next run picks it up, mid-object where the handset can.
class BackupJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::BackupJob)
public:
    BackupJob(Handset &handset, Archive &archive, BackupOptions options = {});

    BackupReport run();
    void cancel() override;

    // Objects read ahead of the one being stored: while the storing thread waits for a commit to
    // reach the disk, the reading and hashing threads go on with the next ones (bench_backup: 64
    // MiB against one object ahead, 8 MB photos: 460 -> 560 MB/s). Bounded by their listed
    // sizes, and in number, as each has a thread or two and most PIM objects are tiny.
    static constexpr quint64 ReadAheadBytes = 64 * 1024 * 1024;
    static constexpr size_t MaxObjectsAhead = 16;

private:
    struct Candidate
    {
        HandsetObject object;
        ItemKind kind = ItemKind::Other;
    };

    Result<QList<HandsetStorage>> waitForStorages();
    Result<QList<Candidate>> listCandidates(const QList<HandsetStorage> &storages);
    Result<QHash<QString, ObjectRecord>> storedObjects(qint64 deviceId);
    // An object's transfer from its start: its content writer, and the read-ahead unless an
    // earlier run stored it all.
    struct Transfer
    {
        qsizetype index = -1;  // in m_candidates
        std::unique_ptr<ContentWriter> content;
        std::unique_ptr<ObjectReadAhead> reading;
    };

    Status backUpObject(qsizetype index, const QHash<quint32, QString> &storageNames);
    Result<QByteArray> transfer(qsizetype index);
    // `after`: the handset is free once that is set (null: now).
    Result<Transfer> startTransfer(qsizetype index, const ObjectReadAhead::HandsetFree &after = {});
    // Starts reading the objects after `index` (up to ReadAheadBytes of them), the first once
    // `handsetFree` is set.
    void readAhead(qsizetype index, ObjectReadAhead::HandsetFree handsetFree);
    void dropReadAhead();
    std::optional<ParsedObject> parseObject(const ObjectRecord &record);
    void finish(SnapshotState state, const std::optional<Error> &error);

    static QString identityKey(quint32 storageId, const QString &path, quint64 size,
                               const QDateTime &modified);
    // The key of the object as it would be stored, to find it among m_stored.
    static QString storedKey(const HandsetObject &object);

    Handset &m_handset;
    Archive &m_archive;
    BackupOptions m_options;
    ItemClassifier m_classifier;
    BackupReport m_report;
    QElapsedTimer m_clock;  // for the report's duration
    QList<Candidate> m_candidates;
    QHash<QString, ObjectRecord> m_stored;  // by identityKey(): what earlier runs stored
    std::atomic<quint64> m_transferred{0};  // counted on the reader threads
    PiecePool m_pieces;
    std::deque<Transfer> m_ahead;  // the transfers of the next objects, started ahead, in order
    QByteArray m_transferHead;  // the start of the object just transferred, for parsing
};

} // namespace Lifeboat
