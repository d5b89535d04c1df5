#include "ui/browse/ArchiveReaderWorker.h"

#include "model/archive/Archive.h"
#include "model/vcard/VCardReader.h"
#include "ui/UiLog.h"
#include "ui/browse/ArchiveReader.h"

#include <QBuffer>
#include <QImageReader>
#include <QMutexLocker>

#include <algorithm>

namespace Lifeboat {

ArchiveReaderWorker::ArchiveReaderWorker(ArchiveReader *reader)
    : m_reader(reader)
{}

ArchiveReaderWorker::~ArchiveReaderWorker() = default;

void ArchiveReaderWorker::openArchive(const QString &path,
                                      const std::shared_ptr<const SecretBytes> &key)
{
    m_archive.reset();
    m_openError.clear();
    m_path = path;
    if (path.isEmpty())
        return;
    auto opened = Archive::open(path, Archive::OpenMode::ReadOnly, ArchiveUnlock{nullptr, key});
    if (!opened) {
        m_openError = opened.error().message();
        qCWarning(lcUi).noquote() << "Reader cannot open" << path << opened.error().toString();
        return;
    }
    m_archive = std::move(opened.value());
}

bool ArchiveReaderWorker::ensureOpen(quint64 request)
{
    if (m_archive)
        return true;
    fail(request, m_openError.isEmpty() ? tr("No archive is open.") : m_openError);
    return false;
}

void ArchiveReaderWorker::fail(quint64 request, const QString &message)
{
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, request, message] { Q_EMIT reader->requestFailed(request, message); },
        Qt::QueuedConnection);
}

void ArchiveReaderWorker::search(quint64 request, qint64 snapshotId, const QString &text)
{
    if (!ensureOpen(request))
        return;
    auto hits = m_archive->search(snapshotId, text);
    if (!hits) {
        fail(request, hits.error().message());
        return;
    }
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, request, result = std::move(hits.value())] {
            Q_EMIT reader->searchFinished(request, result);
        },
        Qt::QueuedConnection);
}

void ArchiveReaderWorker::diff(quint64 request, qint64 fromSnapshot, qint64 toSnapshot)
{
    if (!ensureOpen(request))
        return;
    auto changes = m_archive->diff(fromSnapshot, toSnapshot);
    if (!changes) {
        fail(request, changes.error().message());
        return;
    }
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, request, result = std::move(changes.value())] {
            Q_EMIT reader->diffFinished(request, result);
        },
        Qt::QueuedConnection);
}

void ArchiveReaderWorker::loadPhoto(quint64 request, qint64 objectId)
{
    if (!ensureOpen(request))
        return;
    auto image = decodeStoredImage(objectId, QSize(MaxPhotoEdge, MaxPhotoEdge));
    if (!image) {
        fail(request, image.error().message());
        return;
    }
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, request, result = std::move(image.value())] {
            Q_EMIT reader->photoLoaded(request, result);
        },
        Qt::QueuedConnection);
}

Result<QByteArray> ArchiveReaderWorker::readStoredBytes(qint64 objectId, quint64 limit)
{
    auto object = m_archive->object(objectId);
    if (!object)
        return object.error();
    if (object->contentHash.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     tr("The archive lists this item but does not keep its content. Back up the "
                        "handset again to store it."));
    }
    if (object->size > limit) {
        return Error(ErrorCode::LimitExceeded,
                     tr("This file is too large to show here (%1 MB). Export it to open it in "
                        "another program.")
                         .arg(object->size >> 20));
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(object->size));
    const Status read = m_archive->readContent(
        object->contentHash, [&bytes, limit](const char *data, qsizetype size) -> Status {
            if (quint64(bytes.size()) + quint64(size) > limit) {
                return Error(ErrorCode::LimitExceeded,
                             tr("The stored file is larger than its recorded size."));
            }
            bytes.append(data, size);
            return {};
        });
    if (!read)
        return read.error();
    return bytes;
}

void ArchiveReaderWorker::loadContact(quint64 request, qint64 objectId, const QString &uid)
{
    if (!ensureOpen(request))
        return;
    auto bytes = readStoredBytes(objectId, MaxContactBytes);
    if (!bytes) {
        fail(request, bytes.error().message());
        return;
    }
    auto parsed = VCardReader::parse(bytes.value());
    if (!parsed) {
        fail(request, parsed.error().message());
        return;
    }
    const QList<Contact> &contacts = parsed->contacts;
    const auto match = std::find_if(contacts.cbegin(), contacts.cend(),
                                    [&uid](const Contact &c) { return c.uid == uid; });
    if (match == contacts.cend() && contacts.size() != 1) {
        fail(request, tr("The stored card of this contact could not be found."));
        return;
    }
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, request, contact = match != contacts.cend() ? *match : contacts.constFirst()] {
            Q_EMIT reader->contactLoaded(request, contact);
        },
        Qt::QueuedConnection);
}

Result<QImage> ArchiveReaderWorker::decodeStoredImage(qint64 objectId, QSize boundingBox)
{
    auto stored = readStoredBytes(objectId, MaxPhotoBytes);
    if (!stored)
        return stored.error();
    QByteArray &bytes = stored.value();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > boundingBox.width() || size.height() > boundingBox.height()))
        reader.setScaledSize(size.scaled(boundingBox, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        return Error(ErrorCode::InvalidData,
                     tr("This photo cannot be shown: %1. Its original bytes are kept; export it "
                        "to open it in another program.")
                         .arg(reader.errorString()));
    }
    return image;
}

QImage ArchiveReaderWorker::loadThumbnail(qint64 objectId)
{
    if (!m_archive)
        return {};
    const QSize box(ArchiveReader::ThumbnailEdge, ArchiveReader::ThumbnailEdge);
    auto stored = m_archive->photoThumbnail(objectId);
    if (stored && !stored->isEmpty()) {
        QImage image = QImage::fromData(*stored);
        if (!image.isNull())
            return image.width() > box.width() || image.height() > box.height()
                ? image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
    }
    // No usable embedded thumbnail: decode the photo itself at thumbnail size (JPEG decoders
    // scale while decoding, so this stays cheap).
    auto decoded = decodeStoredImage(objectId, box);
    return decoded ? decoded.value() : QImage();
}

void ArchiveReaderWorker::enqueueThumbnail(qint64 objectId)
{
    QList<qint64> dropped;
    bool schedule = false;
    {
        QMutexLocker lock(&m_queueMutex);
        m_thumbnailQueue.removeOne(objectId);
        m_thumbnailQueue.append(objectId);
        while (m_thumbnailQueue.size() > ArchiveReader::ThumbnailQueueCapacity)
            dropped.append(m_thumbnailQueue.takeFirst());
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (!dropped.isEmpty())
        Q_EMIT m_reader->thumbnailsDropped(dropped);  // called on the GUI thread
    if (schedule)
        QMetaObject::invokeMethod(this, [this] { drainOneThumbnail(); }, Qt::QueuedConnection);
}

void ArchiveReaderWorker::clearThumbnails()
{
    QMutexLocker lock(&m_queueMutex);
    m_thumbnailQueue.clear();
}

void ArchiveReaderWorker::drainOneThumbnail()
{
    qint64 objectId = 0;
    {
        QMutexLocker lock(&m_queueMutex);
        if (m_thumbnailQueue.isEmpty()) {
            m_drainScheduled = false;
            return;
        }
        objectId = m_thumbnailQueue.takeLast();
    }
    const QImage image = loadThumbnail(objectId);
    ArchiveReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, objectId, image] { Q_EMIT reader->thumbnailLoaded(objectId, image); },
        Qt::QueuedConnection);
    // One thumbnail per event, so that a search or diff asked for meanwhile is not held up
    // behind a long queue.
    QMetaObject::invokeMethod(this, [this] { drainOneThumbnail(); }, Qt::QueuedConnection);
}

} // namespace Lifeboat
