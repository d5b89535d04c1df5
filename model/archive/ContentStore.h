#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Lifeboat {

class ContentWriter;
class Database;
class Sha256;

using ContentSink = std::function<Status(const char *data, qsizetype size)>;

// Content-addressed storage: chunks keyed by their SHA-256, contents (whole objects) keyed by
// theirs and listing their chunks in order. Both are write-once: a hash, once stored, never
// changes meaning, which is what makes an interrupted backup safe to resume.
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ContentStore)

public:
    explicit ContentStore(Database &db);

    Result<std::unique_ptr<ContentWriter>> beginContent(const QString &resumeKey);
    Result<bool> hasContent(const QByteArray &hash);
    Result<quint64> contentSize(const QByteArray &hash);
    // Streams the content from `offset`, checking every chunk against its hash on the way.
    Status read(const QByteArray &hash, const ContentSink &sink, quint64 offset = 0);
    // Writers that never finished leave rows under generated keys; they can never resume.
    Status dropAnonymousPending();

    // For ContentWriter.
    // The hash and size of the content a finished writer stored under `key`, or an empty hash.
    Result<std::pair<QByteArray, quint64>> finishedContent(const QString &key);
    Result<quint64> replayPending(const QString &key, Sha256 &hash, qint64 *nextSeq);
    // `chunkHash`: the chunk's SHA-256 when the caller computed it already (on another thread),
    // else empty.
    Status addPendingChunk(const QString &key, qint64 seq, const char *data, qsizetype size,
                           const QByteArray &chunkHash = {});
    Status finishPending(const QString &key, const QByteArray &hash, quint64 size);
    Status discardPending(const QString &key);

private:
    Status removePendingChunks(const QString &key);
    Result<qint64> storeChunk(const char *data, qsizetype size, const QByteArray &chunkHash);
    Error damaged(const QString &detail) const;

    Database &m_db;
};

} // namespace Lifeboat
