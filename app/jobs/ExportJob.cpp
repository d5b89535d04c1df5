#include "app/jobs/ExportJob.h"

#include "app/jobs/ArchiveContentSource.h"
#include "model/export/ExportFolder.h"
#include "model/ical/ICalendarMerger.h"
#include "model/vcard/VCardReader.h"
#include "model/vcard/VCardWriter.h"

namespace Lifeboat {

namespace {

// Calendar and contact objects are read whole to be merged; a larger one is exported as a
// separate file rather than held in memory.
constexpr quint64 MaxMergedObjectBytes = 32 * 1024 * 1024;
constexpr qsizetype CopyPieceBytes = 1024 * 1024;

} // namespace

ExportJob::ExportJob(Archive &archive, qint64 snapshotId, ExportOptions options)
    : m_archive(archive)
    , m_snapshotId(snapshotId)
    , m_options(std::move(options))
{}

ExportReport ExportJob::run()
{
    startClock();
    m_report = {};
    Result<ExportFolder> folder = ExportFolder::create(m_options.folder);
    if (!folder) {
        m_report.error = folder.error();
        return m_report;
    }
    m_folder = &*folder;
    m_report.folder = folder->path();

    const Result<QList<ObjectRecord>> objects = m_archive.snapshotObjects(m_snapshotId);
    if (!objects) {
        m_report.error = objects.error();
        return m_report;
    }
    QList<ObjectRecord> chosen;
    for (const ObjectRecord &object : *objects) {
        if (m_options.kinds.contains(object.kind)) {
            chosen.append(object);
            progress().objectsTotal += 1;
            progress().bytesTotal += object.size;
        }
    }
    progress().phase = tr("Exporting");
    reportProgress(true);

    Status status;
    if (m_options.mirror) {
        status = exportMirror(chosen);
    } else {
        status = exportContacts(chosen);
        if (status)
            status = exportCalendars(chosen);
        if (status)
            status = exportPhotos(chosen);
    }
    if (!status)
        m_report.error = status.error();
    m_folder = nullptr;
    progress().phase = tr("Done");
    reportProgress(true);
    return m_report;
}

Result<QByteArray> ExportJob::readWhole(const ObjectRecord &object)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(object.size));
    const Status read = m_archive.readContent(object.contentHash, [&](const char *data, qsizetype size) -> Status {
        bytes.append(data, size);
        return {};
    });
    if (!read)
        return read.error();
    progress().objectsDone += 1;
    progress().bytesDone += object.size;
    reportProgress();
    return bytes;
}

Status ExportJob::exportContacts(const QList<ObjectRecord> &objects)
{
    if (!m_options.kinds.contains(ItemKind::Contact))
        return {};
    QList<Contact> contacts;
    for (const ObjectRecord &object : objects) {
        if (object.kind != ItemKind::Contact)
            continue;
        if (isCancelled())
            return Error(ErrorCode::Cancelled, tr("The export was cancelled."));
        if (object.size > MaxMergedObjectBytes) {
            m_report.warnings << tr("%1 is too large to merge; exported as it is.").arg(object.path());
            if (const Status copied = copyObject(object, QStringLiteral("contacts/") + object.name); !copied)
                return copied;
            continue;
        }
        const Result<QByteArray> bytes = readWhole(object);
        if (!bytes)
            return bytes.error().withContext(object.path());
        const Result<VCardParseResult> parsed = VCardReader::parse(*bytes);
        if (!parsed) {
            m_report.warnings << tr("%1 could not be read (%2); exported as it is.")
                                     .arg(object.path(), parsed.error().message());
            if (const Status copied = copyObject(object, QStringLiteral("contacts/") + object.name); !copied)
                return copied;
            continue;
        }
        contacts += parsed->contacts;
    }
    if (contacts.isEmpty())
        return {};
    const QByteArray text = VCardWriter::write(contacts, m_options.vcard40 ? VCardWriter::Version::V40
                                                                           : VCardWriter::Version::V30);
    const Result<QString> written = m_folder->writeFile(QStringLiteral("contacts.vcf"), text);
    if (!written)
        return written.error();
    m_report.files << *written;
    m_report.counts.contacts += contacts.size();
    m_report.bytes += quint64(text.size());
    return {};
}

Status ExportJob::exportCalendars(const QList<ObjectRecord> &objects)
{
    const bool events = m_options.kinds.contains(ItemKind::Event);
    const bool todos = m_options.kinds.contains(ItemKind::Todo);
    if (!events && !todos)
        return {};
    ICalendarMerger merger;
    for (const ObjectRecord &object : objects) {
        if (object.kind != ItemKind::Event && object.kind != ItemKind::Todo)
            continue;
        if (isCancelled())
            return Error(ErrorCode::Cancelled, tr("The export was cancelled."));
        const Result<QByteArray> bytes = object.size > MaxMergedObjectBytes
            ? Result<QByteArray>(Error(ErrorCode::LimitExceeded, tr("too large to merge")))
            : readWhole(object);
        if (!bytes && bytes.error().code() != ErrorCode::LimitExceeded)
            return bytes.error().withContext(object.path());
        const Status added = bytes ? merger.add(*bytes) : Status(bytes.error());
        if (!added) {
            m_report.warnings << tr("%1 could not be merged (%2); exported as it is.")
                                     .arg(object.path(), added.error().message());
            if (const Status copied = copyObject(object, QStringLiteral("calendar/") + object.name); !copied)
                return copied;
        }
    }
    if (events && merger.eventCount() > 0) {
        const QByteArray text = merger.eventsCalendar();
        const Result<QString> written = m_folder->writeFile(QStringLiteral("calendar.ics"), text);
        if (!written)
            return written.error();
        m_report.files << *written;
        m_report.counts.events += merger.eventCount();
        m_report.bytes += quint64(text.size());
    }
    if (todos && merger.todoCount() > 0) {
        const QByteArray text = merger.todosCalendar();
        const Result<QString> written = m_folder->writeFile(QStringLiteral("todos.ics"), text);
        if (!written)
            return written.error();
        m_report.files << *written;
        m_report.counts.todos += merger.todoCount();
        m_report.bytes += quint64(text.size());
    }
    return {};
}

Status ExportJob::exportPhotos(const QList<ObjectRecord> &objects)
{
    if (!m_options.kinds.contains(ItemKind::Photo))
        return {};
    for (const ObjectRecord &object : objects) {
        if (object.kind != ItemKind::Photo)
            continue;
        if (const Status copied = copyObject(object, QStringLiteral("photos/") + object.name); !copied)
            return copied;
        ++m_report.counts.photos;
    }
    return {};
}

Status ExportJob::exportMirror(const QList<ObjectRecord> &objects)
{
    for (const ObjectRecord &object : objects) {
        // One folder per storage, named as the handset names it ("Internal shared storage").
        const QString storage = object.storageDescription.isEmpty()
            ? QStringLiteral("storage-%1").arg(object.storageId, 8, 16, QLatin1Char('0'))
            : object.storageDescription;
        if (const Status copied = copyObject(object, storage + u'/' + object.path()); !copied)
            return copied;
        ++m_report.counts[object.kind];
    }
    return {};
}

Status ExportJob::copyObject(const ObjectRecord &object, const QString &relativePath)
{
    if (isCancelled())
        return Error(ErrorCode::Cancelled, tr("The export was cancelled."));
    progress().currentItem = object.path();
    ArchiveContentSource source(m_archive, object.contentHash);
    const Result<QString> written = m_folder->writeFile(relativePath, [&]() -> Result<QByteArray> {
        QByteArray piece(CopyPieceBytes, Qt::Uninitialized);
        const Result<qsizetype> n = source.read(piece.data(), piece.size());
        if (!n)
            return n.error();
        piece.truncate(*n);
        progress().bytesDone += quint64(*n);
        reportProgress();
        if (isCancelled())
            return Error(ErrorCode::Cancelled, tr("The export was cancelled."));
        return piece;
    }, object.modified);
    if (!written)
        return written.error().withContext(object.path());
    progress().objectsDone += 1;
    m_report.files << *written;
    m_report.bytes += object.size;
    return {};
}

} // namespace Lifeboat
