#pragma once

#include "common/Result.h"
#include "model/archive/ContentHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

class ContentStore;

// Streams one object's bytes into the archive in chunks of ChunkSize, so memory stays flat
// whatever the size. Every full chunk is recorded under the resume key in the open batch; after
// a crash the next writer for the same key finds those chunks, re-reads them to rebuild the
// SHA-256 state, and the caller continues at resumeOffset().
class ContentWriter
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ContentWriter)

public:
    static constexpr qsizetype ChunkSize = 1 << 20;

    ContentWriter(ContentStore &store, QString resumeKey);
    ContentWriter(const ContentWriter &) = delete;
    ContentWriter &operator=(const ContentWriter &) = delete;

    // Called once by ContentStore: finds the chunks an interrupted run stored under the key.
    Status resume();

    // Bytes already stored under the key: the caller continues from here. When a finished run
    // stored the whole object under this key, this is its size, isComplete() is true, and
    // finish() returns its hash at once.
    quint64 resumeOffset() const { return m_resumeOffset; }
    bool isComplete() const { return !m_completeHash.isEmpty(); }
    quint64 bytesWritten() const { return m_total; }
    Status write(const char *data, qsizetype size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }

    // The two halves of write(), for a caller that overlaps them on two threads (a backup hashes
    // on its reader thread while it stores on its own): every byte goes through both, in order;
    // each half is called from one thread only; finish() comes after both are done. They touch
    // separate state, so the halves need no lock.
    void hashContent(const char *data, qsizetype size);
    Status store(const char *data, qsizetype size);
    // store() for a caller that also hashes every chunk on its own thread: `data` is one whole
    // chunk (ChunkSize bytes, or fewer for the object's last) and `chunkHash` its id (hashChunk()), so
    // the storing thread only writes. At 1.5 GB/s for SHA-256, hashing each byte twice on the
    // storing thread took about a quarter of its time (perf, bench_backup). Do not mix with
    // store() for one object.
    Status storeChunk(const char *data, qsizetype size, const QByteArray &chunkHash);
    // The id storeChunk() wants for a chunk: its SHA-256, or in an encrypted archive its keyed
    // hash (ContentHasher). Thread-safe, for the thread that reads ahead.
    QByteArray hashChunk(const char *data, qsizetype size) const { return m_hash.hash(data, size); }
    // hashContent() and hashChunk() of one whole chunk at once: where hashesInOnePass(), in one
    // pass over its bytes instead of two (SHA-256 with the CPU's SHA extensions). From the thread
    // that calls hashContent(), for every byte of the object in order.
    QByteArray hashContentAndChunk(const char *data, qsizetype size) { return m_hash.addAndHash(data, size); }
    bool hashesInOnePass() const { return m_hash.hashesInOnePass(); }
    // The SHA-256 of the whole content; the content row is in the open batch.
    Result<QByteArray> finish();
    // Forgets what was stored under the key (the object changed on the handset).
    Status discard();

private:
    Status flushChunk(const char *data, qsizetype size, const QByteArray &chunkHash = {});

    ContentStore &m_store;
    QString m_resumeKey;
    ContentHasher m_hash;
    QByteArray m_buffer;
    QByteArray m_completeHash;
    qint64 m_nextSeq = 0;
    quint64 m_resumeOffset = 0;
    quint64 m_total = 0;
    bool m_finished = false;
    QByteArray m_bufferHash;  // the hash of a short last chunk storeChunk() keeps until finish()
};

} // namespace Lifeboat
