#pragma once

#include "app/jobs/Job.h"
#include "device/Handset.h"
#include "model/archive/Archive.h"

#include <QStringList>

#include <optional>

namespace Lifeboat {

enum class RestoreMode {
    Missing,  // add only what the handset lacks: restoring twice adds nothing
    Replace,  // also remove, in the chosen kinds only, what the snapshot lacks
};

struct RestoreOptions
{
    QList<ItemKind> kinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    QList<qint64> objectIds;  // when not empty: only these objects of the snapshot
    RestoreMode mode = RestoreMode::Missing;
    bool dryRun = false;
    // Replace mode deletes from the handset: the caller must have asked the user.
    bool replaceConfirmed = false;
};

struct RestoreAction
{
    enum class Type { Write, Replace, Skip, Delete };
    Type type = Type::Write;
    ObjectRecord source;      // the snapshot's object (Write, Replace, Skip)
    HandsetObject existing;   // the handset's object (Replace, Skip, Delete)
    quint32 targetStorage = 0;
    QString path;             // where it goes or what it is, for the report
    QString reason;           // why it is skipped
};

struct RestoreOutcome
{
    QString path;
    ItemKind kind = ItemKind::Other;
    QString message;  // why skipped or failed
};

struct RestoreReport
{
    qint64 snapshotId = 0;
    HandsetIdentity device;   // the target handset
    bool dryRun = false;
    bool differentHandset = false;  // the snapshot was taken of another handset
    QList<RestoreAction> plan;
    QList<RestoreOutcome> restored;  // written and read back identical
    QList<RestoreOutcome> skipped;
    QList<RestoreOutcome> failed;
    QList<RestoreOutcome> removed;   // replace mode
    KindCounts counts;               // restored per kind
    qint64 objects = 0;              // objects selected from the snapshot
    qint64 objectsTransferred = 0;
    quint64 bytesTransferred = 0;
    QStringList warnings;
    std::optional<Error> error;
};

// Puts a snapshot back onto a handset (ARCHITECTURE.md, "Jobs"): plans what to write, skip and
// (in replace mode) delete; recreates folders; writes each object with its date where the
// handset allows; reads each written object back and compares its hash.
class RestoreJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RestoreJob)
public:
    RestoreJob(Archive &archive, qint64 snapshotId, Handset &handset, RestoreOptions options = {});

    RestoreReport run();
    void cancel() override;

private:
    Status makePlan();
    Status execute();
    Status writeObject(const RestoreAction &action);
    Status verifyWritten(const HandsetObject &written, const ObjectRecord &source);
    Result<quint32> targetStorageFor(const ObjectRecord &record) const;
    quint16 formatForTarget(quint16 format) const;

    Archive &m_archive;
    qint64 m_snapshotId;
    Handset &m_handset;
    RestoreOptions m_options;
    RestoreReport m_report;
    QList<HandsetStorage> m_storages;
    QSet<QString> m_createdFolders;
};

} // namespace Lifeboat
