#pragma once

#include "app/jobs/ByteQueue.h"
#include "app/jobs/PiecePool.h"
#include "common/Result.h"
#include "device/Handset.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace Lifeboat {

class ContentWriter;

// Reads one object from the handset on threads of its own, so that the backup's thread only
// stores. A reader thread pulls the bytes; a hashing thread computes each chunk's id; the pieces
// wait in two short queues. Every byte needs two hashes, the whole content's and its chunk's.
// Where ContentWriter::hashesInOnePass() (SHA-256 with the CPU's SHA extensions), the hashing
// thread computes both in one pass, 0.73 s per GB against 1.17 (bench_archive); otherwise
// (an encrypted archive's BLAKE2b, or no SHA extensions) the reader feeds the content hash while
// the hashing thread computes the chunk ids, so the two passes run side by side.
//
// The backup starts the read-aheads of the next objects (BackupJob::ReadAheadBytes of them) as
// soon as this one's; each reads as soon as the handset has sent the previous one's last byte
// (handsetFree()), while that one is still being hashed, stored and parsed: between objects the
// handset waits neither for the storing thread nor for a thread to start.
class ObjectReadAhead
{
public:
    // Set once a read-ahead's reader has returned from the handset, which is then free for the
    // next one (MTP runs one transaction at a time). Shared, as it may outlive its read-ahead.
    using HandsetFree = std::shared_ptr<std::atomic<bool>>;

    // Starts reading at `offset` (the handset reads from an offset), dropping the first `skip`
    // bytes (stored by an earlier run, read again because the handset cannot start later), once
    // `after` is set (the previous object's handsetFree(); null: at once). The previous object's
    // read-ahead must end first: this one's threads wait for it, even to be destroyed.
    // `content` receives the object's hash and hashes the chunks; it must outlive this.
    ObjectReadAhead(Handset &handset, HandsetObject object, quint64 offset, quint64 skip,
                    ContentWriter &content, PiecePool &pool, std::atomic<quint64> &transferred,
                    HandsetFree after = {});
    // Abandons what is still queued and waits for both threads.
    ~ObjectReadAhead();
    ObjectReadAhead(const ObjectReadAhead &) = delete;
    ObjectReadAhead &operator=(const ObjectReadAhead &) = delete;

    // The next piece in order, with its chunk id; nullopt at the end or once reading failed.
    std::optional<ByteQueue::Piece> next();
    HandsetFree handsetFree() const { return m_handsetFree; }
    // The consumer gives up: both threads stop at their next piece.
    void abandon();
    // Waits for both threads; how reading from the handset ended. Call once, after next()
    // returned nullopt or after abandon().
    Status finish();

    static constexpr const char *ReadingThreadName = "lifeboat-read";
    static constexpr const char *HashingThreadName = "lifeboat-hash";  // runs ten steps nicer
    // Pieces (chunks) waiting for the hashing thread, and hashed ones waiting to be stored. The
    // second queue is the deeper: while the storing thread waits for a commit to reach the disk,
    // a large object's reading goes on into it (bench_backup, 64 MB photos: 8 -> 32 pieces,
    // ratio 0.58-0.61 -> 0.70-0.76).
    static constexpr size_t UnhashedPieces = 8;
    static constexpr size_t HashedPieces = 32;

private:
    void read(quint64 offset, quint64 skip, const HandsetFree &after);
    void hashChunks();
    void finishReading();
    // To the hashing thread, or hashed here and to the consumer when there is none.
    bool handOn(QByteArray piece);
    // The piece's chunk id; in one-pass mode it also goes into the content hash.
    QByteArray chunkId(const QByteArray &piece);

    Handset &m_handset;
    const HandsetObject m_object;
    ContentWriter &m_content;
    PiecePool &m_pool;
    std::atomic<quint64> &m_transferred;
    const bool m_hashingThread;
    const bool m_onePass;  // the content hash is fed with the chunk ids, not by the reader
    ByteQueue m_unhashed{UnhashedPieces};
    ByteQueue m_hashed{HashedPieces};
    Status m_read;
    const HandsetFree m_handsetFree = std::make_shared<std::atomic<bool>>(false);
    std::thread m_reader;
    std::thread m_hasher;
};

} // namespace Lifeboat
