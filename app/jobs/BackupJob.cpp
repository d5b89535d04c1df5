#include "app/jobs/BackupJob.h"

#include "app/AppLog.h"
#include "app/jobs/ArchiveContentSource.h"
#include "model/archive/ContentWriter.h"

#include <QElapsedTimer>

#include <utility>

namespace Lifeboat {

namespace {

// PIM objects are parsed in memory; anything larger is stored but not indexed.
constexpr qsizetype MaxIndexedPimBytes = 16 * 1024 * 1024;
// Photo metadata (EXIF, dimensions, embedded thumbnail) sits at the start of the file.
constexpr qsizetype PhotoHeadBytes = 256 * 1024;
constexpr quint64 MaxPhotoHeadBytes = 4 * 1024 * 1024;
// Pieces between the reading threads and the archive are chunks of the archive.
constexpr qsizetype PieceBytes = ContentWriter::ChunkSize;
// The pool keeps enough for the objects in flight: each has two queues, and a piece in each of
// its threads; the ones ahead hold no more than their sizes.
constexpr size_t KeptPieces = 2 * (ObjectReadAhead::UnhashedPieces + ObjectReadAhead::HashedPieces + 3)
    + BackupJob::ReadAheadBytes / PieceBytes;

// The name an object is stored under: one path component, as its folders already are (the
// handset's listing makes those safe), so that a name such as "../x" or "a/b" cannot make the
// archive list the object in another folder. Export sanitises further for the local disk.
QString storedName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("_");
    if (name == u"." || name == u"..")
        return u'_' + name;
    QString safe = name;
    for (QChar &c : safe) {
        if (c == u'/' || c == QChar(u'\0'))
            c = u'_';
    }
    return safe;
}

} // namespace

BackupJob::BackupJob(Handset &handset, Archive &archive, BackupOptions options)
    : m_handset(handset)
    , m_archive(archive)
    , m_options(std::move(options))
    , m_classifier(m_options.photoFolders)
    , m_pieces(PieceBytes, KeptPieces)
{}

void BackupJob::cancel()
{
    Job::cancel();
    m_handset.cancel();
}

QString BackupJob::identityKey(quint32 storageId, const QString &path, quint64 size,
                               const QDateTime &modified)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(storageId)
        .arg(size)
        .arg(modified.toUTC().toSecsSinceEpoch())
        .arg(path);
}

BackupReport BackupJob::run()
{
    m_clock.start();
    startClock();
    m_report = {};
    m_transferred = 0;

    progress().phase = tr("Connecting to the handset");
    reportProgress(true);
    const Result<HandsetIdentity> identity = m_handset.identity();
    if (!identity) {
        m_report.error = identity.error();
        return m_report;
    }
    m_report.device = *identity;
    // The archive tells handsets apart by serial number; a handset that sends none is not the
    // user's mistake (ErrorCode::Usage from the archive would say so).
    if (identity->serialNumber.trimmed().isEmpty()) {
        m_report.error = Error(ErrorCode::Unsupported,
                               tr("The handset does not report a serial number, so Lifeboat cannot "
                                  "tell it apart from other handsets and cannot back it up."),
                               QStringLiteral("empty serial number in DeviceInfo"));
        return m_report;
    }

    const Result<QList<HandsetStorage>> storages = waitForStorages();
    if (!storages) {
        m_report.error = storages.error();
        return m_report;
    }

    DeviceRecord device;
    device.serialNumber = identity->serialNumber;
    device.manufacturer = identity->manufacturer;
    device.model = identity->model;
    device.friendlyName = identity->friendlyName;
    const Result<qint64> deviceId = m_archive.addOrUpdateDevice(device);
    if (!deviceId) {
        m_report.error = deviceId.error();
        return m_report;
    }

    Result<QHash<QString, ObjectRecord>> stored = storedObjects(*deviceId);
    if (!stored) {
        m_report.error = stored.error();
        return m_report;
    }
    m_stored = std::move(*stored);

    // A run that was killed left its snapshot "running"; say what became of it.
    if (const auto earlier = m_archive.snapshots(*deviceId)) {
        for (const SnapshotInfo &snapshot : *earlier) {
            if (snapshot.state == SnapshotState::Running)
                (void)m_archive.finishSnapshot(snapshot.id, SnapshotState::Failed,
                                               tr("Interrupted: Lifeboat stopped before the backup finished."));
        }
    }

    const Result<qint64> snapshotId = m_archive.beginSnapshot(*deviceId);
    if (!snapshotId) {
        m_report.error = snapshotId.error();
        return m_report;
    }
    m_report.snapshotId = *snapshotId;
    qCInfo(lcApp) << "backup: snapshot" << *snapshotId << "of" << identity->serialNumber;

    Result<QList<Candidate>> candidates = listCandidates(*storages);
    if (!candidates) {
        finish(isCancelled() ? SnapshotState::Cancelled : SnapshotState::Failed, candidates.error());
        return m_report;
    }
    m_candidates = std::move(*candidates);

    QHash<quint32, QString> storageNames;
    for (const HandsetStorage &storage : *storages)
        storageNames.insert(storage.id, storage.description);

    for (const Candidate &candidate : std::as_const(m_candidates)) {
        JobProgress &p = progress();
        p.objectsTotal += 1;
        p.bytesTotal += candidate.object.size;
        p.kind(candidate.kind).objectsTotal += 1;
        p.kind(candidate.kind).bytesTotal += candidate.object.size;
    }
    progress().phase = tr("Copying");
    reportProgress(true);

    qint64 sinceCommit = 0;
    for (qsizetype index = 0; index < m_candidates.size(); ++index) {
        if (isCancelled()) {
            finish(SnapshotState::Cancelled, Error(ErrorCode::Cancelled, tr("The backup was cancelled.")));
            return m_report;
        }
        const Status status = backUpObject(index, storageNames);
        if (!status) {
            const SnapshotState state = status.error().code() == ErrorCode::Cancelled || isCancelled()
                ? SnapshotState::Cancelled
                : SnapshotState::Failed;
            finish(state, status.error().withContext(m_candidates.at(index).object.path()));
            return m_report;
        }
        if (++sinceCommit >= m_options.commitEveryObjects) {
            sinceCommit = 0;
            if (const Status committed = m_archive.commit(); !committed) {
                finish(SnapshotState::Failed, committed.error());
                return m_report;
            }
        }
    }

    progress().phase = tr("Finishing");
    progress().currentItem.clear();
    reportProgress(true);
    finish(SnapshotState::Complete, std::nullopt);
    return m_report;
}

Result<QList<HandsetStorage>> BackupJob::waitForStorages()
{
    Result<QList<HandsetStorage>> storages = m_handset.storages();
    if (!storages || !storages->isEmpty())
        return storages;

    // A locked phone shows no storage until the user unlocks it, then announces StoreAdded.
    const auto deadline = std::chrono::steady_clock::now() + m_options.unlockWait;
    progress().phase = tr("The handset is locked: unlock it and keep it connected");
    reportProgress(true);
    while (std::chrono::steady_clock::now() < deadline && !isCancelled()) {
        const auto event = m_handset.waitForEvent(std::chrono::milliseconds(250));
        if (!event)
            return event.error();
        if (*event && (*event)->type == HandsetEvent::Type::StorageAdded) {
            storages = m_handset.storages();
            if (!storages || !storages->isEmpty())
                return storages;
        }
    }
    if (isCancelled())
        return Error(ErrorCode::Cancelled, tr("The backup was cancelled."));
    return Error(ErrorCode::Locked, tr("The handset is locked. Unlock it, keep it connected, and "
                                       "choose \"File transfer\" if it asks how to use USB."));
}

Result<QList<BackupJob::Candidate>> BackupJob::listCandidates(const QList<HandsetStorage> &storages)
{
    // A size larger than the storage holding the object is a lie that no reader could bound: a
    // handset that then sends data without end would fill the disk.
    QHash<quint32, quint64> capacities;
    for (const HandsetStorage &storage : storages)
        capacities.insert(storage.id, storage.capacity);
    progress().phase = tr("Listing the handset");
    reportProgress(true);
    const Result<QList<HandsetObject>> objects = m_handset.listObjects([this](qsizetype listed) {
        progress().currentItem = tr("%1 objects").arg(listed);
        reportProgress();
    });
    if (!objects)
        return objects.error();

    QList<Candidate> candidates;
    for (const HandsetObject &object : *objects) {
        if (object.isFolder)
            continue;
        const ItemKind kind = m_classifier.kindForObject(object.name, object.format,
                                                         object.parentPath);
        if (!isKindChosen(m_options.kinds, kind))
            continue;
        const quint64 capacity = capacities.value(object.storageId);
        if (capacity > 0 && object.size > capacity) {
            m_report.warnings << tr("The handset lists %1 with %2 bytes, more than its storage "
                                    "holds; it is not copied.").arg(object.path()).arg(object.size);
            continue;
        }
        candidates.append(Candidate{object, kind});
    }
    return candidates;
}

Result<QHash<QString, ObjectRecord>> BackupJob::storedObjects(qint64 deviceId)
{
    // Everything an earlier run stored completely, in a complete snapshot or in one that died:
    // an object is added to a snapshot only once its content is stored.
    QHash<QString, ObjectRecord> stored;
    const Result<QList<SnapshotInfo>> snapshots = m_archive.snapshots(deviceId);
    if (!snapshots)
        return snapshots.error();
    qint64 newestComplete = 0;
    for (const SnapshotInfo &snapshot : *snapshots) {
        if (snapshot.state == SnapshotState::Complete)
            newestComplete = std::max(newestComplete, snapshot.id);
    }
    for (const SnapshotInfo &snapshot : *snapshots) {
        if (snapshot.id < newestComplete)
            continue;
        const Result<QList<ObjectRecord>> objects = m_archive.snapshotObjects(snapshot.id);
        if (!objects)
            return objects.error();
        for (const ObjectRecord &record : *objects)
            stored.insert(identityKey(record.storageId, record.path(), record.size, record.modified),
                          record);
    }
    return stored;
}

QString BackupJob::storedKey(const HandsetObject &object)
{
    ObjectRecord record;
    record.parentPath = object.parentPath;
    record.name = storedName(object.name);
    return identityKey(object.storageId, record.path(), object.size, object.modified);
}

Status BackupJob::backUpObject(qsizetype index, const QHash<quint32, QString> &storageNames)
{
    const Candidate &candidate = m_candidates.at(index);
    const HandsetObject &object = candidate.object;
    progress().currentItem = object.path();
    m_pieces.give(std::exchange(m_transferHead, QByteArray()));

    ObjectRecord record;
    record.storageId = object.storageId;
    record.storageDescription = storageNames.value(object.storageId);
    record.parentPath = object.parentPath;
    record.name = storedName(object.name);
    record.format = object.format;
    record.size = object.size;
    record.modified = object.modified;
    record.kind = candidate.kind;
    const auto known = m_stored.constFind(storedKey(object));
    const bool reuse = known != m_stored.constEnd();
    if (reuse) {
        record.contentHash = known->contentHash;
        record.kind = known->kind;
        ++m_report.objectsReused;
    } else {
        const Result<QByteArray> hash = transfer(index);
        if (!hash && hash.error().code() == ErrorCode::InvalidData) {
            m_report.warnings << hash.error().message();
            return {};
        }
        if (!hash)
            return hash.error();
        record.contentHash = *hash;
        ++m_report.objectsTransferred;
    }

    // A calendar object's kind (events or to-dos) is known only once it is parsed, and the
    // object row records it, so parse before adding and index after.
    std::optional<ParsedObject> parsed;
    if (!reuse) {
        parsed = parseObject(record);
        if (parsed)
            record.kind = parsed->kind;
    }
    Result<qint64> objectId = m_archive.addObject(m_report.snapshotId, record);
    if (!objectId)
        return objectId.error();
    // Known content under a new row (the handset now reports another format or storage name):
    // the index belongs to rows, so this one is indexed afresh.
    if (reuse && *objectId != known->id) {
        parsed = parseObject(record);
    }
    if (parsed) {
        if (const Status indexed = ItemParser::index(m_archive, *objectId, *parsed); !indexed)
            m_report.warnings << indexed.error().withContext(record.path()).message();
    }

    ++m_report.objects;
    m_report.bytesTotal += object.size;
    ++m_report.counts[record.kind];

    JobProgress &p = progress();
    p.objectsDone += 1;
    p.kind(candidate.kind).objectsDone += 1;
    if (reuse) {
        p.bytesDone += object.size;
        p.kind(candidate.kind).bytesDone += object.size;
    }
    reportProgress();
    return {};
}

Result<BackupJob::Transfer> BackupJob::startTransfer(qsizetype index,
                                                     const ObjectReadAhead::HandsetFree &after)
{
    const HandsetObject &object = m_candidates.at(index).object;
    const QString resumeKey = identityKey(object.storageId, object.path(), object.size,
                                          object.modified);
    Result<std::unique_ptr<ContentWriter>> writer = m_archive.beginContent(resumeKey);
    if (!writer)
        return writer.error();
    Transfer transfer;
    transfer.index = index;
    transfer.content = std::move(*writer);
    // An earlier run that died after storing the whole object left nothing to read.
    if (transfer.content->isComplete())
        return transfer;

    // Resume mid-object where the handset can read from an offset; otherwise read from the start
    // and skip what is already stored.
    const quint64 stored = transfer.content->resumeOffset();
    const bool partial = stored > 0 && m_handset.capabilities().partialRead;
    if (stored > 0)
        qCInfo(lcApp) << "backup: resuming" << object.path() << "at" << stored << "of" << object.size;
    transfer.reading = std::make_unique<ObjectReadAhead>(
        m_handset, object, partial ? stored : 0, partial ? 0 : stored, *transfer.content,
        m_pieces, m_transferred, after);
    return transfer;
}

void BackupJob::readAhead(qsizetype index, ObjectReadAhead::HandsetFree handsetFree)
{
    quint64 aheadBytes = 0;
    for (const Transfer &ahead : m_ahead) {
        aheadBytes += m_candidates.at(ahead.index).object.size;
        if (ahead.reading)
            handsetFree = ahead.reading->handsetFree();
    }
    for (qsizetype next = m_ahead.empty() ? index + 1 : m_ahead.back().index + 1;
         next < m_candidates.size(); ++next) {
        if (m_ahead.size() >= MaxObjectsAhead || (!m_ahead.empty() && aheadBytes >= ReadAheadBytes))
            return;
        if (m_stored.contains(storedKey(m_candidates.at(next).object)))
            continue;  // reused, never read
        // A failure here is met again, and reported, when the object's turn comes.
        Result<Transfer> started = startTransfer(next, handsetFree);
        if (!started)
            return;
        aheadBytes += m_candidates.at(next).object.size;
        if (started->reading)
            handsetFree = started->reading->handsetFree();
        m_ahead.push_back(std::move(*started));
    }
}

void BackupJob::dropReadAhead()
{
    // All give up first; then each waits for its threads, the earliest first, since a later
    // one's reader waits for the handset to be free of the earlier ones.
    for (Transfer &ahead : m_ahead) {
        if (ahead.reading)
            ahead.reading->abandon();
    }
    while (!m_ahead.empty())
        m_ahead.pop_front();
}

Result<QByteArray> BackupJob::transfer(qsizetype index)
{
    const Candidate &candidate = m_candidates.at(index);
    const HandsetObject &object = candidate.object;
    Transfer current;
    if (!m_ahead.empty() && m_ahead.front().index == index) {
        current = std::move(m_ahead.front());
        m_ahead.pop_front();
    } else {
        dropReadAhead();
        Result<Transfer> started = startTransfer(index);
        if (!started)
            return started.error();
        current = std::move(*started);
    }
    // The objects after this one read as soon as the handset has sent this one's last byte,
    // while this one is still being stored.
    readAhead(index, current.reading ? current.reading->handsetFree() : nullptr);
    ContentWriter &content = *current.content;
    JobProgress &p = progress();
    if (!current.reading) {
        p.bytesDone += object.size;
        p.kind(candidate.kind).bytesDone += object.size;
        return content.finish();
    }
    const quint64 stored = content.resumeOffset();
    p.bytesDone += stored;
    p.kind(candidate.kind).bytesDone += stored;

    Status written;
    bool firstPiece = true;
    while (std::optional<ByteQueue::Piece> piece = current.reading->next()) {
        const qsizetype size = piece->bytes.size();
        written = content.storeChunk(piece->bytes.constData(), size, piece->hash);
        if (!written)
            break;
        p.bytesDone += quint64(size);
        p.kind(candidate.kind).bytesDone += quint64(size);
        // The whole first chunk is kept for parsing: a photo's metadata can lie past the usual
        // head, and reading it back from the archive means reading and re-hashing a chunk.
        if (std::exchange(firstPiece, false) && stored == 0)
            m_transferHead = std::move(piece->bytes);
        else
            m_pieces.give(std::move(piece->bytes));
        m_report.bytesTransferred = m_transferred.load();
        reportProgress();
        if (isCancelled()) {
            written = Error(ErrorCode::Cancelled, tr("The backup was cancelled."));
            break;
        }
    }
    if (!written)
        current.reading->abandon();
    const Status read = current.reading->finish();
    m_report.bytesTransferred = m_transferred.load();
    // Storing failed first: reading then only stopped because storing gave up.
    if (!written)
        return written.error();
    if (!read)
        return read.error();
    // The handset sent another size than it listed: the file changed while it was read. Its
    // chunks stay for reuse, but a snapshot never records a size its content does not have.
    if (content.bytesWritten() != object.size) {
        (void)content.discard();
        return Error(ErrorCode::InvalidData,
                     tr("%1 was not copied: the handset listed it as %2 bytes but sent %3. If the "
                        "file was changing (a photo being saved), the next backup copies it; if "
                        "this repeats, copy the file off the handset another way.")
                         .arg(object.path())
                         .arg(object.size)
                         .arg(content.bytesWritten()),
                     QStringLiteral("listed %1 bytes, read %2").arg(object.size).arg(content.bytesWritten()));
    }
    return content.finish();
}

std::optional<ParsedObject> BackupJob::parseObject(const ObjectRecord &record)
{
    if (record.kind == ItemKind::Other)
        return std::nullopt;
    const qsizetype limit = record.kind == ItemKind::Photo ? PhotoHeadBytes : MaxIndexedPimBytes;
    if (record.kind != ItemKind::Photo && record.size > quint64(limit)) {
        m_report.warnings << tr("%1 is too large to index; it is stored and will be restored.")
                                 .arg(record.path());
        return std::nullopt;
    }
    // The object's first chunk, kept while transferring, saves reading back (and re-hashing)
    // a chunk; after a resumed transfer, or for a head larger than a chunk, only the archive has
    // the whole start of the object.
    const auto readHead = [&](qsizetype wanted) -> Result<QByteArray> {
        const qsizetype size = qsizetype(std::min<quint64>(record.size, quint64(wanted)));
        if (m_transferHead.size() >= size)
            return m_transferHead.left(size);
        ArchiveContentSource source(m_archive, record.contentHash);
        QByteArray bytes(size, Qt::Uninitialized);
        qsizetype filled = 0;
        while (filled < bytes.size()) {
            const Result<qsizetype> n = source.read(bytes.data() + filled, bytes.size() - filled);
            if (!n)
                return n.error();
            if (*n == 0)
                break;
            filled += *n;
        }
        bytes.truncate(filled);
        return bytes;
    };
    Result<QByteArray> head = readHead(limit);
    if (!head) {
        m_report.warnings << head.error().withContext(record.path()).message();
        return std::nullopt;
    }
    QByteArray &bytes = *head;
    Result<ParsedObject> parsed = ItemParser::parse(record, bytes);
    // Photo metadata further in than the usual head (a camera's large maker notes): read as much
    // as the reader asks for, within its own bound.
    if (parsed && parsed->bytesWanted > quint64(bytes.size()) && parsed->bytesWanted <= MaxPhotoHeadBytes) {
        if (Result<QByteArray> more = readHead(qsizetype(parsed->bytesWanted)); more) {
            bytes = std::move(*more);
            parsed = ItemParser::parse(record, bytes);
        }
    }
    if (!parsed) {
        m_report.warnings << tr("%1 could not be read (%2); it is stored and will be restored as it is.")
                                 .arg(record.path(), parsed.error().message());
        return std::nullopt;
    }
    for (const QString &warning : parsed->warnings)
        m_report.warnings << tr("%1: %2").arg(record.path(), warning);
    return std::move(*parsed);
}

void BackupJob::finish(SnapshotState state, const std::optional<Error> &error)
{
    dropReadAhead();  // objects this run no longer reaches
    m_report.milliseconds = m_clock.elapsed();
    m_report.state = state;
    m_report.error = error;
    Status status;
    if (state == SnapshotState::Complete)
        status = m_archive.completeSnapshot(m_report.snapshotId);
    else
        status = m_archive.finishSnapshot(m_report.snapshotId, state,
                                          error ? error->message() : QString());
    if (!status) {
        m_report.state = SnapshotState::Failed;
        if (!m_report.error)
            m_report.error = status.error();
        qCWarning(lcApp) << "backup: cannot close snapshot" << m_report.snapshotId
                         << status.error().toString();
    }
    reportProgress(true);
}

} // namespace Lifeboat
