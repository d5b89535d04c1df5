#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Lifeboat {

class ContentWriter;
class ArchiveCipher;
class ContentHasher;
class Database;
class SecretBytes;

using ContentSink = std::function<Status(const char *data, qsizetype size)>;

// Content-addressed storage: chunks keyed by their SHA-256, contents (whole objects) keyed by
// theirs and listing their chunks in order. In an encrypted archive the ids are keyed hashes
// (ContentHasher), every chunk's bytes are sealed with XChaCha20-Poly1305 with its id as
// associated data (a chunk's bytes moved under another id do not open), and resume keys, which
// name files, are stored as keyed hashes. Both are write-once: a hash, once stored, never
// changes meaning, which is what makes an interrupted backup safe to resume.
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ContentStore)

public:
    // `cipher`: null for an unencrypted archive.
    ContentStore(Database &db, const ArchiveCipher *cipher);
    // The key of content ids: null (SHA-256) unless the archive is encrypted.
    const SecretBytes *contentIdKey() const;
    // A chunk's bytes as stored -> its plaintext in `plain`, checked against its id. Points into
    // `stored` (unencrypted) or into `buffer`; false when damaged.
    bool openChunk(const QByteArray &id, const char *stored, qsizetype storedSize,
                   QByteArray &buffer, const char **plain, qsizetype *plainSize) const;

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
    Result<quint64> replayPending(const QString &key, ContentHasher &hash, qint64 *nextSeq);
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
    const ArchiveCipher *m_cipher;
    std::unique_ptr<ContentHasher> m_hasher;
    QByteArray m_sealed;  // reused for every chunk sealed
};

} // namespace Lifeboat
