#include "app/jobs/RestoreJob.h"

#include "app/AppLog.h"
#include "app/jobs/ArchiveContentSource.h"
#include "model/items/ItemClassifier.h"

#include "model/archive/ContentHasher.h"

#include <QHash>

namespace Lifeboat {

namespace {

constexpr quint16 FormatUndefined = 0x3000;
constexpr quint16 FormatExifJpeg = 0x3801;
constexpr quint16 FormatPng = 0x380B;

// Failures after which no further item can be restored: the handset is gone, the user
// cancelled, or its storage is full. Anything else fails one item and the restore goes on.
bool endsRestore(const Error &error)
{
    return error.code() == ErrorCode::NoDevice || error.code() == ErrorCode::Cancelled
        || error.code() == ErrorCode::DiskFull;
}

QString storageKey(quint32 storage, const QString &path)
{
    return QString::number(storage) + u':' + path;
}

} // namespace

RestoreJob::RestoreJob(Archive &archive, qint64 snapshotId, Handset &handset, RestoreOptions options)
    : m_archive(archive)
    , m_snapshotId(snapshotId)
    , m_handset(handset)
    , m_options(std::move(options))
{}

void RestoreJob::cancel()
{
    Job::cancel();
    m_handset.cancel();
}

RestoreReport RestoreJob::run()
{
    startClock();
    m_report = {};
    m_report.snapshotId = m_snapshotId;
    m_report.dryRun = m_options.dryRun;

    if (m_options.mode == RestoreMode::Replace && !m_options.replaceConfirmed && !m_options.dryRun) {
        m_report.error = Error(ErrorCode::Usage,
                               tr("Replace mode deletes items from the handset that the snapshot "
                                  "does not have. Confirm it (--yes), or look at the plan first "
                                  "with --dry-run."));
        return m_report;
    }

    progress().phase = tr("Connecting to the handset");
    reportProgress(true);
    if (const Status planned = makePlan(); !planned) {
        m_report.error = planned.error();
        return m_report;
    }
    if (m_options.dryRun)
        return m_report;

    if (const Status done = execute(); !done)
        m_report.error = done.error();
    else if (!m_report.failed.isEmpty())
        m_report.error = Error(ErrorCode::VerificationFailed,
                               tr("%n item(s) could not be restored; see the report.", nullptr,
                                  int(m_report.failed.size())));
    progress().phase = tr("Done");
    reportProgress(true);
    return m_report;
}

Status RestoreJob::makePlan()
{
    const Result<HandsetIdentity> identity = m_handset.identity();
    if (!identity)
        return identity.error();
    m_report.device = *identity;

    Result<QList<HandsetStorage>> storages = m_handset.storages();
    if (!storages)
        return storages.error();
    if (storages->isEmpty())
        return Error(ErrorCode::Locked, tr("The handset is locked. Unlock it and keep it connected."));
    m_storages = *storages;

    const Result<SnapshotInfo> snapshot = m_archive.snapshot(m_snapshotId);
    if (!snapshot)
        return snapshot.error();
    const Result<QList<DeviceRecord>> devices = m_archive.devices();
    if (devices) {
        for (const DeviceRecord &device : *devices) {
            if (device.id == snapshot->deviceId && device.serialNumber != identity->serialNumber) {
                m_report.differentHandset = true;
                m_report.warnings << tr("This snapshot was taken of another handset (%1 %2, serial "
                                        "%3); it is restored onto %4 %5 (serial %6).")
                                         .arg(device.manufacturer, device.model, device.serialNumber,
                                              identity->manufacturer, identity->model,
                                              identity->serialNumber);
            }
        }
    }

    progress().phase = tr("Listing the handset");
    reportProgress(true);
    const Result<QList<HandsetObject>> onHandset = m_handset.listObjects();
    if (!onHandset)
        return onHandset.error();
    QHash<QString, HandsetObject> existing;
    for (const HandsetObject &object : *onHandset) {
        if (!object.isFolder)
            existing.insert(storageKey(object.storageId, object.path()), object);
    }

    const Result<QList<ObjectRecord>> objects = m_archive.snapshotObjects(m_snapshotId);
    if (!objects)
        return objects.error();

    QSet<QString> inSnapshot;
    for (const ObjectRecord &record : *objects) {
        const bool selected = m_options.objectIds.isEmpty()
            ? m_options.kinds.contains(record.kind)
            : m_options.objectIds.contains(record.id);
        if (!selected)
            continue;
        ++m_report.objects;
        const Result<quint32> storage = targetStorageFor(record);
        if (!storage)
            return storage.error();
        const QString key = storageKey(*storage, record.path());
        inSnapshot.insert(key);

        RestoreAction action;
        action.source = record;
        action.targetStorage = *storage;
        action.path = record.path();
        const auto found = existing.constFind(key);
        if (found == existing.constEnd()) {
            action.type = RestoreAction::Type::Write;
        } else if (found->size == record.size) {
            action.type = RestoreAction::Type::Skip;
            action.existing = *found;
            action.reason = tr("already on the handset");
        } else if (m_options.mode == RestoreMode::Replace) {
            action.type = RestoreAction::Type::Replace;
            action.existing = *found;
        } else {
            action.type = RestoreAction::Type::Skip;
            action.existing = *found;
            action.reason = tr("a different version is on the handset (replace mode overwrites it)");
        }
        m_report.plan.append(action);
    }

    if (m_options.mode == RestoreMode::Replace && m_options.objectIds.isEmpty()) {
        // Only the chosen kinds are touched: a photo restore never deletes a contact.
        for (const HandsetObject &object : *onHandset) {
            if (object.isFolder || inSnapshot.contains(storageKey(object.storageId, object.path())))
                continue;
            const ItemKind kind = ItemClassifier().kindForObject(object.name, object.format,
                                                                 object.parentPath);
            if (!isKindChosen(m_options.kinds, kind))
                continue;
            RestoreAction action;
            action.type = RestoreAction::Type::Delete;
            action.existing = object;
            action.path = object.path();
            m_report.plan.append(action);
        }
    }
    return {};
}

Result<quint32> RestoreJob::targetStorageFor(const ObjectRecord &record) const
{
    // The same storage if the handset has it, else one with the same description (a replaced
    // handset numbers its storages its own way), else the first writable one.
    for (const HandsetStorage &storage : m_storages) {
        if (storage.id == record.storageId && !storage.readOnly)
            return storage.id;
    }
    for (const HandsetStorage &storage : m_storages) {
        if (!storage.readOnly && storage.description == record.storageDescription)
            return storage.id;
    }
    for (const HandsetStorage &storage : m_storages) {
        if (!storage.readOnly)
            return storage.id;
    }
    return Error(ErrorCode::Unsupported,
                 tr("The handset has no writable storage. Unlock it and check that it is not in a "
                    "read-only mode."));
}

quint16 RestoreJob::formatForTarget(quint16 format) const
{
    // Android accepts files only: PIM formats (vCard, iCalendar) go as undefined objects.
    if (m_report.device.vendorExtension.contains(QLatin1String("android.com"))
        && format != FormatExifJpeg && format != FormatPng)
        return FormatUndefined;
    return format;
}

Status RestoreJob::execute()
{
    for (const RestoreAction &action : std::as_const(m_report.plan)) {
        if (action.type == RestoreAction::Type::Write || action.type == RestoreAction::Type::Replace) {
            progress().objectsTotal += 1;
            progress().bytesTotal += action.source.size;
            progress().kind(action.source.kind).objectsTotal += 1;
            progress().kind(action.source.kind).bytesTotal += action.source.size;
        }
    }
    progress().phase = tr("Restoring");
    reportProgress(true);

    for (const RestoreAction &action : std::as_const(m_report.plan)) {
        if (isCancelled())
            return Error(ErrorCode::Cancelled, tr("The restore was cancelled."));
        switch (action.type) {
        case RestoreAction::Type::Skip:
            m_report.skipped.append({action.path, action.source.kind, action.reason});
            break;
        case RestoreAction::Type::Delete: {
            const Status deleted = m_handset.deleteObject(action.existing);
            if (!deleted) {
                if (endsRestore(deleted.error()))
                    return deleted.error();
                m_report.failed.append({action.path, ItemKind::Other, deleted.error().message()});
            } else {
                m_report.removed.append({action.path, ItemKind::Other, QString()});
            }
            break;
        }
        case RestoreAction::Type::Replace:
            if (const Status deleted = m_handset.deleteObject(action.existing); !deleted) {
                if (endsRestore(deleted.error()))
                    return deleted.error();
                m_report.failed.append({action.path, action.source.kind, deleted.error().message()});
                break;
            }
            [[fallthrough]];
        case RestoreAction::Type::Write:
            if (const Status written = writeObject(action); !written) {
                if (endsRestore(written.error()))
                    return written.error();
                m_report.failed.append({action.path, action.source.kind, written.error().message()});
            }
            break;
        }
    }
    return {};
}

Status RestoreJob::writeObject(const RestoreAction &action)
{
    const ObjectRecord &source = action.source;
    progress().currentItem = action.path;
    reportProgress();

    if (!source.parentPath.isEmpty()) {
        const QString folderKey = storageKey(action.targetStorage, source.parentPath);
        if (!m_createdFolders.contains(folderKey)) {
            const Result<HandsetObject> folder = m_handset.createFolder(action.targetStorage,
                                                                        source.parentPath);
            if (!folder)
                return folder.error();
            m_createdFolders.insert(folderKey);
        }
    }

    ArchiveContentSource content(m_archive, source.contentHash);
    JobProgress &p = progress();
    const Result<HandsetObject> written = m_handset.writeObject(
        action.targetStorage, source.parentPath, source.name, formatForTarget(source.format),
        source.size, source.modified, [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
            const Result<qsizetype> n = content.read(buffer, capacity);
            if (n && *n > 0) {
                m_report.bytesTransferred += quint64(*n);
                p.bytesDone += quint64(*n);
                p.kind(source.kind).bytesDone += quint64(*n);
                reportProgress();
            }
            if (isCancelled())
                return Error(ErrorCode::Cancelled, tr("The restore was cancelled."));
            return n;
        });
    if (!written)
        return written.error();
    ++m_report.objectsTransferred;
    p.objectsDone += 1;
    p.kind(source.kind).objectsDone += 1;

    if (const Status verified = verifyWritten(*written, source); !verified)
        return verified;

    m_report.restored.append({action.path, source.kind, QString()});
    ++m_report.counts[source.kind];
    return {};
}

Status RestoreJob::verifyWritten(const HandsetObject &written, const ObjectRecord &source)
{
    const std::unique_ptr<ContentHasher> hash = m_archive.contentHasher();
    quint64 size = 0;
    const Status read = m_handset.readObject(written, 0, [&](const char *data, qsizetype n) -> Status {
        hash->add(data, n);
        size += quint64(n);
        return isCancelled() ? Status(Error(ErrorCode::Cancelled, tr("The restore was cancelled.")))
                             : Status();
    });
    if (!read)
        return read;
    if (size != source.size || hash->result() != source.contentHash) {
        return Error(ErrorCode::VerificationFailed,
                     tr("The handset holds different bytes than were written (%1 of %2 bytes read "
                        "back). Try the restore again; if it keeps failing, the handset's storage "
                        "may be faulty.")
                         .arg(size)
                         .arg(source.size));
    }
    return {};
}

} // namespace Lifeboat
