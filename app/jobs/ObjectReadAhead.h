#pragma once

#include "app/jobs/ByteQueue.h"
#include "app/jobs/PiecePool.h"
#include "common/Result.h"
#include "device/Handset.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>
#include <thread>

namespace Lifeboat {

class ContentWriter;

// Reads one object from the handset on threads of its own, so that the backup's thread only
// stores. A reader thread pulls the bytes and feeds the object's content hash; a hashing thread
// computes each chunk's id; the pieces wait in two short queues. The two SHA-256 passes every
// byte needs each cost about as much as storing it (bench_backup, 2026-11-29), so they run on
// different threads.
//
// Once the handset has sent the last byte (handsetDone()), the backup starts reading the next
// object while this one is still being stored, hashed and parsed: with photos of a few MB, the
// pause at every object's start and end otherwise cost a third of the run.
class ObjectReadAhead
{
public:
    // Starts reading at `offset` (the handset reads from an offset), dropping the first `skip`
    // bytes (stored by an earlier run, read again because the handset cannot start later).
    // `content` receives the object's hash and hashes the chunks; it must outlive this.
    ObjectReadAhead(Handset &handset, HandsetObject object, quint64 offset, quint64 skip,
                    ContentWriter &content, PiecePool &pool, std::atomic<quint64> &transferred);
    // Abandons what is still queued and waits for both threads.
    ~ObjectReadAhead();
    ObjectReadAhead(const ObjectReadAhead &) = delete;
    ObjectReadAhead &operator=(const ObjectReadAhead &) = delete;

    // The next piece in order, with its chunk id; nullopt at the end or once reading failed.
    std::optional<ByteQueue::Piece> next();
    // The handset is free: the reader thread has returned from it.
    bool handsetDone() const { return m_handsetDone.load(); }
    // The consumer gives up: both threads stop at their next piece.
    void abandon();
    // Waits for both threads; how reading from the handset ended. Call once, after next()
    // returned nullopt or after abandon().
    Status finish();

    static constexpr size_t QueuedPieces = 8;

private:
    void read(quint64 offset, quint64 skip);
    void hashChunks();
    // To the hashing thread, or hashed here and to the consumer when there is none.
    bool handOn(QByteArray piece);

    Handset &m_handset;
    const HandsetObject m_object;
    ContentWriter &m_content;
    PiecePool &m_pool;
    std::atomic<quint64> &m_transferred;
    const bool m_hashingThread;
    ByteQueue m_unhashed{QueuedPieces};
    ByteQueue m_hashed{QueuedPieces};
    Status m_read;
    std::atomic<bool> m_handsetDone{false};
    std::thread m_reader;
    std::thread m_hasher;
};

} // namespace Lifeboat
