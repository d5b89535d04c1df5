#pragma once

#include "app/jobs/Job.h"
#include "device/Handset.h"
#include "model/archive/Archive.h"
#include "model/index/ItemParser.h"
#include "model/items/ItemClassifier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>
#include <vector>

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

private:
    struct Candidate
    {
        HandsetObject object;
        ItemKind kind = ItemKind::Other;
    };

    Result<QList<HandsetStorage>> waitForStorages();
    Result<QList<Candidate>> listCandidates(const QList<HandsetStorage> &storages);
    Result<QHash<QString, ObjectRecord>> storedObjects(qint64 deviceId);
    Status backUpObject(const Candidate &candidate, const QHash<QString, ObjectRecord> &stored,
                        const QHash<quint32, QString> &storageNames);
    Result<QByteArray> transfer(const Candidate &candidate);
    std::optional<ParsedObject> parseObject(const ObjectRecord &record);
    void finish(SnapshotState state, const std::optional<Error> &error);

    static QString identityKey(quint32 storageId, const QString &path, quint64 size,
                               const QDateTime &modified);

    Handset &m_handset;
    Archive &m_archive;
    BackupOptions m_options;
    ItemClassifier m_classifier;
    BackupReport m_report;
    QElapsedTimer m_clock;  // for the report's duration
    std::atomic<quint64> m_transferred{0};  // counted on the reader thread
    std::vector<QByteArray> m_spareBuffers;  // reused by every transfer's queue
    QByteArray m_transferHead;  // the start of the object just transferred, for parsing
};

} // namespace Lifeboat
