#pragma once

#include "model/archive/ArchiveTypes.h"
#include "model/archive/SecretBytes.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace Lifeboat {

class ArchiveReaderWorker;

// Reads what can take long (thumbnails, full photos, search, diff) on one worker thread that has
// its own connection to the archive. Requests return at once; results arrive as value types
// through the signals below, always on the GUI thread. Destroying the reader stops and joins
// the worker.
class ArchiveReader : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveReader(QObject *parent = nullptr);
    ~ArchiveReader() override;
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // The worker opens its own read-only connection to `path`; pending thumbnails are dropped.
    // `key`: for an encrypted archive, the key of the window's own connection (no second
    // Argon2id run on the worker).
    void setArchivePath(const QString &path, std::shared_ptr<const SecretBytes> key = {});
    QString archivePath() const { return m_path; }

    // Thumbnails are served newest request first, so what is on screen now comes before what
    // was scrolled past; requests beyond the queue's capacity are dropped (and reported).
    void requestThumbnail(qint64 objectId);
    quint64 search(qint64 snapshotId, const QString &text);
    quint64 diff(qint64 fromSnapshot, qint64 toSnapshot);
    quint64 loadPhoto(qint64 objectId);
    // The whole contact as the handset wrote it (the index keeps only what lists and search
    // need), parsed from the stored vCard.
    quint64 loadContact(qint64 objectId, const QString &uid);

    static constexpr int ThumbnailEdge = 192;   // pixels, longest side
    static constexpr qsizetype ThumbnailQueueCapacity = 512;

Q_SIGNALS:
    void thumbnailLoaded(qint64 objectId, const QImage &image);  // null image: none available
    void thumbnailsDropped(const QList<qint64> &objectIds);
    void searchFinished(quint64 request, const QList<Lifeboat::SearchHit> &hits);
    void diffFinished(quint64 request, const Lifeboat::SnapshotDiff &diff);
    void photoLoaded(quint64 request, const QImage &image);
    void contactLoaded(quint64 request, const Lifeboat::Contact &contact);
    void requestFailed(quint64 request, const QString &message);

private:
    friend class ArchiveReaderWorker;

    QString m_path;
    quint64 m_nextRequest = 1;
    QThread m_thread;
    ArchiveReaderWorker *m_worker = nullptr;  // lives in m_thread, deleted when it finishes
};

} // namespace Lifeboat
