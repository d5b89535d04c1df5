#include "app/jobs/ObjectReadAhead.h"

#include "model/archive/ContentWriter.h"

#include <algorithm>
#include <cerrno>
#include <utility>

#include <pthread.h>
#include <sys/resource.h>

namespace Lifeboat {

namespace {

// One piece is one chunk of the archive, so that a chunk's id is the hash of one piece.
constexpr qsizetype PieceBytes = ContentWriter::ChunkSize;

// The storing thread is the backup's narrowest stage, and the hashing threads have up to
// BackupJob::ReadAheadBytes of slack. At equal priority on two cores they kept the storing thread
// waiting for a CPU for 0.3 s per GB; ten steps nicer, they take the time it leaves
// (bench_backup, 1 GB of 8 MB photos, medians of 4-5 runs: 595-614 -> 648-692 MB/s). Over USB
// they need a few percent of one core, so a busy machine slows them little. The readers keep
// their priority: a small object's reader is all there is to it, and with two busy processes
// on two cores, lowered readers made the demo handset's backup take 3.5 s instead of 0.4.
void yieldToTheStoringThread()
{
#ifdef __linux__
    errno = 0;  // getpriority() may return -1 as a value
    const int current = getpriority(PRIO_PROCESS, 0);
    if (errno == 0)  // on Linux, of this thread alone (setpriority(2), NOTES)
        (void)setpriority(PRIO_PROCESS, 0, std::min(current + 10, 19));
#endif
}

// Named for top -H, perf and gdb, and for the tests to find them.
void nameThisThread(const char *name)
{
#ifdef __linux__
    pthread_setname_np(pthread_self(), name);
#endif
}

} // namespace

ObjectReadAhead::ObjectReadAhead(Handset &handset, HandsetObject object, quint64 offset,
                                 quint64 skip, ContentWriter &content, PiecePool &pool,
                                 std::atomic<quint64> &transferred, HandsetFree after)
    : m_handset(handset)
    , m_object(std::move(object))
    , m_content(content)
    , m_pool(pool)
    , m_transferred(transferred)
    // An object of one chunk (a contact, an event) is hashed by its reader: a thread more per
    // object would cost more than it saves, and a first backup can hold tens of thousands.
    , m_hashingThread(m_object.size - std::min(m_object.size, offset + skip) > quint64(PieceBytes))
    , m_onePass(content.hashesInOnePass())
{
    if (m_hashingThread)
        m_hasher = std::thread([this] {
            nameThisThread(HashingThreadName);
            yieldToTheStoringThread();
            hashChunks();
        });
    m_reader = std::thread([this, offset, skip, after = std::move(after)] {
        nameThisThread(ReadingThreadName);
        read(offset, skip, after);
    });
}

bool ObjectReadAhead::handOn(QByteArray piece)
{
    if (m_hashingThread)
        return m_unhashed.push({std::move(piece), QByteArray()});
    QByteArray hash = chunkId(piece);
    return m_hashed.push({std::move(piece), std::move(hash)});
}

QByteArray ObjectReadAhead::chunkId(const QByteArray &piece)
{
    if (m_onePass)
        return m_content.hashContentAndChunk(piece.constData(), piece.size());
    return m_content.hashChunk(piece.constData(), piece.size());
}

ObjectReadAhead::~ObjectReadAhead()
{
    abandon();
    (void)finish();
}

Status ObjectReadAhead::finish()
{
    if (m_reader.joinable())
        m_reader.join();
    if (m_hasher.joinable())
        m_hasher.join();
    return m_read;
}

void ObjectReadAhead::abandon()
{
    m_hashed.abandon();
    m_unhashed.abandon();
}

std::optional<ByteQueue::Piece> ObjectReadAhead::next()
{
    return m_hashed.pop();
}

void ObjectReadAhead::read(quint64 offset, quint64 skip, const HandsetFree &after)
{
    if (after)
        after->wait(false);
    const Error cancelled(ErrorCode::Cancelled,
                          QCoreApplication::translate("Lifeboat::BackupJob", "The backup was cancelled."));
    if (m_hashed.abandoned()) {  // given up while waiting for the handset: do not start on it
        m_read = cancelled;
        finishReading();
        return;
    }
    QByteArray piece = m_pool.take();
    m_read = m_handset.readObject(m_object, offset, [&](const char *data, qsizetype size) -> Status {
        m_transferred.fetch_add(quint64(size));
        if (skip > 0) {  // stored by an earlier run, and already in the resumed hash
            const qsizetype skipped = qsizetype(std::min<quint64>(skip, quint64(size)));
            skip -= quint64(skipped);
            data += skipped;
            size -= skipped;
        }
        while (size > 0) {
            const qsizetype n = std::min(size, PieceBytes - piece.size());
            if (!m_onePass)
                m_content.hashContent(data, n);
            piece.append(data, n);
            data += n;
            size -= n;
            if (piece.size() == PieceBytes && !handOn(std::exchange(piece, m_pool.take()))) {
                // The backup stopped storing: cancelled, or failed and reporting its own error.
                return cancelled;
            }
        }
        return {};
    });
    if (m_read && !piece.isEmpty())
        handOn(std::move(piece));
    else
        m_pool.give(std::move(piece));
    finishReading();
}

void ObjectReadAhead::finishReading()
{
    m_handsetFree->store(true);
    m_handsetFree->notify_all();
    // The last piece is handed on: the hashing thread, or the consumer, learns that none follow.
    if (m_hashingThread)
        m_unhashed.close();
    else
        m_hashed.close();
}

void ObjectReadAhead::hashChunks()
{
    while (std::optional<ByteQueue::Piece> piece = m_unhashed.pop()) {
        piece->hash = chunkId(piece->bytes);
        if (!m_hashed.push(std::move(*piece))) {
            m_unhashed.abandon();
            break;
        }
    }
    m_hashed.close();
}

} // namespace Lifeboat
