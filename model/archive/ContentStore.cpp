#include "model/archive/ContentStore.h"

#include "model/archive/ArchiveCipher.h"
#include "model/archive/ContentHasher.h"
#include "model/archive/ContentWriter.h"
#include "model/archive/Database.h"
#include "model/ModelLog.h"

#include <QUuid>

#include <sqlite3.h>

namespace Lifeboat {

namespace {
const QString AnonymousKeyPrefix = QStringLiteral("anonymous:");

QByteArray chunkAssociatedData(const QByteArray &id)
{
    return QByteArrayLiteral("chunk|") + id;
}

} // namespace

ContentStore::ContentStore(Database &db, const ArchiveCipher *cipher)
    : m_db(db),
      m_cipher(cipher),
      m_hasher(std::make_unique<ContentHasher>(contentIdKey()))
{}

const SecretBytes *ContentStore::contentIdKey() const
{
    return m_cipher ? &m_cipher->contentIdKey() : nullptr;
}

bool ContentStore::openChunk(const QByteArray &id, const char *stored, qsizetype storedSize,
                             QByteArray &buffer, const char **plain, qsizetype *plainSize) const
{
    if (m_cipher) {
        if (!m_cipher->open(stored, storedSize, chunkAssociatedData(id), buffer))
            return false;
        stored = buffer.constData();
        storedSize = buffer.size();
    }
    *plain = stored;
    *plainSize = storedSize;
    return m_hasher->hash(stored, storedSize) == id;
}

Error ContentStore::damaged(const QString &detail) const
{
    return Error(ErrorCode::VerificationFailed,
                 tr("Stored content in the archive %1 is damaged. Run a verify to see which "
                    "snapshots are affected.").arg(m_db.path()),
                 detail);
}

Result<std::unique_ptr<ContentWriter>> ContentStore::beginContent(const QString &resumeKey)
{
    const QString key = resumeKey.isEmpty()
        ? AnonymousKeyPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces)
        : m_cipher ? QStringLiteral("sealed:") + m_cipher->lookupId(resumeKey) : resumeKey;
    auto writer = std::make_unique<ContentWriter>(*this, key);
    if (Status status = writer->resume(); !status)
        return status.error();
    return writer;
}

Result<qint64> ContentStore::storeChunk(const char *data, qsizetype size,
                                        const QByteArray &chunkHash)
{
    const QByteArray hash = chunkHash.isEmpty() ? m_hasher->hash(data, size) : chunkHash;
    Result<Statement *> find = m_db.prepare("SELECT id FROM chunks WHERE hash = ?1");
    if (!find)
        return find.error();
    (*find)->bindBlob(1, hash);
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    if (*row) {
        const qint64 id = (*find)->int64(0);
        (*find)->reset();
        return id;
    }
    Result<Statement *> insert =
        m_db.prepare("INSERT INTO chunks(hash, size, data) VALUES(?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    (*insert)->bindBlob(1, hash);
    (*insert)->bind(2, qint64(size));
    if (m_cipher) {
        m_cipher->sealInto(data, size, chunkAssociatedData(hash), m_sealed);
        (*insert)->bindBlobStatic(3, m_sealed.constData(), m_sealed.size());
    } else {
        (*insert)->bindBlobStatic(3, data, size);
    }
    if (Status status = (*insert)->run(); !status)
        return status.error();
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    (*insert)->reset();  // drops the reference to the caller's buffer
    return id;
}

Status ContentStore::addPendingChunk(const QString &key, qint64 seq, const char *data,
                                     qsizetype size, const QByteArray &chunkHash)
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<qint64> chunk = storeChunk(data, size, chunkHash);
    if (!chunk)
        return chunk.error();
    Result<Statement *> insert = m_db.prepare(
        "INSERT OR REPLACE INTO pending_chunks(resume_key, seq, chunk_id) VALUES(?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, key);
    (*insert)->bind(2, seq);
    (*insert)->bind(3, *chunk);
    if (Status status = (*insert)->run(); !status)
        return status;
    return m_db.noteWritten(quint64(size));
}

Result<quint64> ContentStore::replayPending(const QString &key, ContentHasher &hash, qint64 *nextSeq)
{
    *nextSeq = 0;
    Result<Statement *> select = m_db.prepare(
        "SELECT p.seq, c.hash, c.data FROM pending_chunks p JOIN chunks c ON c.id = p.chunk_id "
        "WHERE p.resume_key = ?1 ORDER BY p.seq");
    if (!select)
        return select.error();
    (*select)->bind(1, key);
    quint64 replayed = 0;
    bool usable = true;
    QByteArray buffer;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        qsizetype storedSize = 0;
        const char *stored = (*select)->blobData(2, &storedSize);
        const char *data = nullptr;
        qsizetype size = 0;
        // Only full chunks are ever left pending; anything else is not ours to trust.
        if ((*select)->int64(0) != *nextSeq
            || !openChunk((*select)->blob(1), stored, storedSize, buffer, &data, &size)
            || size != ContentWriter::ChunkSize) {
            usable = false;
            break;
        }
        hash.add(data, size);
        replayed += quint64(size);
        ++*nextSeq;
    }
    (*select)->reset();
    if (!usable) {
        qCWarning(lcModel, "resume key %s: stored prefix unusable, starting over",
                  qPrintable(key));
        hash.reset();
        *nextSeq = 0;
        if (Status status = discardPending(key); !status)
            return status.error();
        return quint64(0);
    }
    return replayed;
}

Result<std::pair<QByteArray, quint64>> ContentStore::finishedContent(const QString &key)
{
    Result<Statement *> select = m_db.prepare(
        "SELECT c.hash, c.size FROM finished_keys k JOIN contents c ON c.id = k.content_id "
        "WHERE k.resume_key = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, key);
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    std::pair<QByteArray, quint64> result;
    if (*row)
        result = {(*select)->blob(0), quint64((*select)->int64(1))};
    (*select)->reset();
    return result;
}

Status ContentStore::finishPending(const QString &key, const QByteArray &hash, quint64 size)
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<bool> exists = hasContent(hash);
    if (!exists)
        return exists.error();
    if (!*exists) {
        Result<Statement *> sum = m_db.prepare(
            "SELECT count(*), coalesce(sum(c.size), 0) FROM pending_chunks p "
            "JOIN chunks c ON c.id = p.chunk_id WHERE p.resume_key = ?1");
        if (!sum)
            return sum.error();
        (*sum)->bind(1, key);
        if (Result<bool> row = (*sum)->step(); !row)
            return row.error();
        const qint64 chunkCount = (*sum)->int64(0);
        const quint64 storedSize = quint64((*sum)->int64(1));
        (*sum)->reset();
        if (storedSize != size)
            return Error(ErrorCode::Internal, tr("Stored content does not add up to its size."),
                         QStringLiteral("key %1: %2 stored, %3 written").arg(key).arg(storedSize).arg(size));
        Result<Statement *> insert =
            m_db.prepare("INSERT INTO contents(hash, size, chunk_count) VALUES(?1, ?2, ?3)");
        if (!insert)
            return insert.error();
        (*insert)->bindBlob(1, hash);
        (*insert)->bind(2, qint64(size));
        (*insert)->bind(3, chunkCount);
        if (Status status = (*insert)->run(); !status)
            return status;
        const qint64 contentId = sqlite3_last_insert_rowid(m_db.handle());
        Result<Statement *> link = m_db.prepare(
            "INSERT INTO content_chunks(content_id, seq, chunk_id) "
            "SELECT ?1, seq, chunk_id FROM pending_chunks WHERE resume_key = ?2");
        if (!link)
            return link.error();
        (*link)->bind(1, contentId);
        (*link)->bind(2, key);
        if (Status status = (*link)->run(); !status)
            return status;
    }
    if (Status status = removePendingChunks(key); !status)
        return status;
    if (!key.startsWith(AnonymousKeyPrefix)) {
        // Remembered so that a run interrupted after this object skips it entirely.
        Result<Statement *> remember = m_db.prepare(
            "INSERT OR REPLACE INTO finished_keys(resume_key, content_id) "
            "SELECT ?1, id FROM contents WHERE hash = ?2");
        if (!remember)
            return remember.error();
        (*remember)->bind(1, key);
        (*remember)->bindBlob(2, hash);
        return (*remember)->run();
    }
    return {};
}

Status ContentStore::discardPending(const QString &key)
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<Statement *> forget = m_db.prepare("DELETE FROM finished_keys WHERE resume_key = ?1");
    if (!forget)
        return forget.error();
    (*forget)->bind(1, key);
    if (Status status = (*forget)->run(); !status)
        return status;
    return removePendingChunks(key);
}

Status ContentStore::removePendingChunks(const QString &key)
{
    Result<Statement *> remove = m_db.prepare("DELETE FROM pending_chunks WHERE resume_key = ?1");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, key);
    return (*remove)->run();
}

Status ContentStore::dropAnonymousPending()
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    Result<Statement *> remove = m_db.prepare(
        "DELETE FROM pending_chunks WHERE resume_key >= ?1 AND resume_key < ?2");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, AnonymousKeyPrefix);
    (*remove)->bind(2, QString(AnonymousKeyPrefix.chopped(1) + u';'));
    return (*remove)->run();
}

Result<bool> ContentStore::hasContent(const QByteArray &hash)
{
    Result<Statement *> find = m_db.prepare("SELECT 1 FROM contents WHERE hash = ?1");
    if (!find)
        return find.error();
    (*find)->bindBlob(1, hash);
    Result<bool> row = (*find)->step();
    (*find)->reset();
    return row;
}

Result<quint64> ContentStore::contentSize(const QByteArray &hash)
{
    Result<Statement *> find = m_db.prepare("SELECT size FROM contents WHERE hash = ?1");
    if (!find)
        return find.error();
    (*find)->bindBlob(1, hash);
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("The archive does not hold this content."),
                     QString::fromLatin1(hash.toHex()));
    const quint64 size = quint64((*find)->int64(0));
    (*find)->reset();
    return size;
}

Status ContentStore::read(const QByteArray &hash, const ContentSink &sink, quint64 offset)
{
    Result<quint64> size = contentSize(hash);
    if (!size)
        return size.error();
    // Chunks are ChunkSize long except the last, so the first chunk needed is offset / ChunkSize.
    const qint64 firstSeq = qint64(offset / quint64(ContentWriter::ChunkSize));
    quint64 position = quint64(firstSeq) * quint64(ContentWriter::ChunkSize);
    // Not a cached statement: a sink may itself read from the archive.
    sqlite3_stmt *raw = nullptr;
    const char *sql = "SELECT cc.seq, c.hash, c.data FROM contents t "
                      "JOIN content_chunks cc ON cc.content_id = t.id "
                      "JOIN chunks c ON c.id = cc.chunk_id "
                      "WHERE t.hash = ?1 AND cc.seq >= ?2 ORDER BY cc.seq";
    if (const int rc = sqlite3_prepare_v2(m_db.handle(), sql, -1, &raw, nullptr); rc != SQLITE_OK)
        return m_db.error(rc, QString::fromUtf8(sql));
    Statement select(m_db, raw);
    select.bindBlob(1, hash);
    select.bind(2, firstSeq);
    qint64 expectedSeq = firstSeq;
    QByteArray buffer;
    for (;;) {
        Result<bool> row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        qsizetype storedSize = 0;
        const char *stored = select.blobData(2, &storedSize);
        const char *data = nullptr;
        qsizetype chunkSize = 0;
        if (select.int64(0) != expectedSeq
            || !openChunk(select.blob(1), stored, storedSize, buffer, &data, &chunkSize))
            return damaged(QStringLiteral("content %1 chunk %2")
                               .arg(QString::fromLatin1(hash.toHex()))
                               .arg(expectedSeq));
        ++expectedSeq;
        const quint64 skip = offset > position ? offset - position : 0;
        position += quint64(chunkSize);
        if (skip >= quint64(chunkSize))
            continue;
        if (Status status = sink(data + skip, chunkSize - qsizetype(skip)); !status)
            return status;
    }
    if (position != *size && !(*size == 0 && position == 0))
        return damaged(QStringLiteral("content %1: %2 bytes stored of %3")
                           .arg(QString::fromLatin1(hash.toHex()))
                           .arg(position)
                           .arg(*size));
    return {};
}

} // namespace Lifeboat
