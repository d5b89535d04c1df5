#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"
#include "model/archive/SecretBytes.h"

#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace Lifeboat {

class Archive;
class ArchiveReader;

// The thread side of ArchiveReader: owns the worker thread's own Archive connection. Every
// method except enqueueThumbnail() runs on the worker thread; results are posted back to the
// reader with QMetaObject::invokeMethod, the reader being the context object.
class ArchiveReaderWorker : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveReaderWorker(ArchiveReader *reader);
    ~ArchiveReaderWorker() override;
    Q_DISABLE_COPY_MOVE(ArchiveReaderWorker)

    // `key`: the archive key of an encrypted archive the window has unlocked, else null.
    void openArchive(const QString &path, const std::shared_ptr<const SecretBytes> &key = {});
    void search(quint64 request, qint64 snapshotId, const QString &text);
    void diff(quint64 request, qint64 fromSnapshot, qint64 toSnapshot);
    void loadPhoto(quint64 request, qint64 objectId);
    void loadContact(quint64 request, qint64 objectId, const QString &uid);

    // Thread-safe: called from the GUI thread.
    void enqueueThumbnail(qint64 objectId);
    void clearThumbnails();

    // Largest photo file decoded for the full view, and largest decoded image.
    static constexpr quint64 MaxPhotoBytes = 256ull << 20;
    static constexpr int MaxPhotoEdge = 16384;
    static constexpr quint64 MaxContactBytes = 16ull << 20;

private:
    void drainOneThumbnail();
    QImage loadThumbnail(qint64 objectId);
    Result<QByteArray> readStoredBytes(qint64 objectId, quint64 limit);
    Result<QImage> decodeStoredImage(qint64 objectId, QSize boundingBox);
    bool ensureOpen(quint64 request);
    void fail(quint64 request, const QString &message);

    ArchiveReader *m_reader;
    QString m_path;
    QString m_openError;
    std::unique_ptr<Archive> m_archive;

    QMutex m_queueMutex;
    QList<qint64> m_thumbnailQueue;  // guarded by m_queueMutex
    bool m_drainScheduled = false;   // guarded by m_queueMutex
};

} // namespace Lifeboat
