#include "ui/browse/ArchiveReader.h"

#include "ui/browse/ArchiveReaderWorker.h"

namespace Lifeboat {

ArchiveReader::ArchiveReader(QObject *parent)
    : QObject(parent)
    , m_worker(new ArchiveReaderWorker(this))
{
    setObjectName(QStringLiteral("archiveReader"));
    m_thread.setObjectName(QStringLiteral("lifeboat-archive-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ArchiveReader::~ArchiveReader()
{
    m_worker->clearThumbnails();
    m_thread.quit();
    m_thread.wait();
}

void ArchiveReader::setArchivePath(const QString &path, std::shared_ptr<const SecretBytes> key)
{
    m_path = path;
    m_worker->clearThumbnails();
    ArchiveReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, path, key] { worker->openArchive(path, key); },
                              Qt::QueuedConnection);
}

void ArchiveReader::requestThumbnail(qint64 objectId)
{
    m_worker->enqueueThumbnail(objectId);
}

quint64 ArchiveReader::search(qint64 snapshotId, const QString &text)
{
    const quint64 request = m_nextRequest++;
    ArchiveReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request, snapshotId, text] { worker->search(request, snapshotId, text); },
        Qt::QueuedConnection);
    return request;
}

quint64 ArchiveReader::diff(qint64 fromSnapshot, qint64 toSnapshot)
{
    const quint64 request = m_nextRequest++;
    ArchiveReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, request, fromSnapshot, toSnapshot] { worker->diff(request, fromSnapshot, toSnapshot); },
        Qt::QueuedConnection);
    return request;
}

quint64 ArchiveReader::loadPhoto(qint64 objectId)
{
    const quint64 request = m_nextRequest++;
    ArchiveReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request, objectId] { worker->loadPhoto(request, objectId); },
        Qt::QueuedConnection);
    return request;
}

quint64 ArchiveReader::loadContact(qint64 objectId, const QString &uid)
{
    const quint64 request = m_nextRequest++;
    ArchiveReaderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request, objectId, uid] { worker->loadContact(request, objectId, uid); },
        Qt::QueuedConnection);
    return request;
}

} // namespace Lifeboat
