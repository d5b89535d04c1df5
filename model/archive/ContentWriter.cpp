#include "model/archive/ContentWriter.h"

#include "model/archive/ContentStore.h"

#include <cstring>

namespace Lifeboat {

ContentWriter::ContentWriter(ContentStore &store, QString resumeKey)
    : m_store(store), m_resumeKey(std::move(resumeKey)), m_hash(store.contentIdKey())
{}

Status ContentWriter::resume()
{
    Result<std::pair<QByteArray, quint64>> finished = m_store.finishedContent(m_resumeKey);
    if (!finished)
        return finished.error();
    if (!finished->first.isEmpty()) {
        m_completeHash = finished->first;
        m_resumeOffset = finished->second;
        m_total = finished->second;
        return {};
    }
    Result<quint64> stored = m_store.replayPending(m_resumeKey, m_hash, &m_nextSeq);
    if (!stored)
        return stored.error();
    m_resumeOffset = *stored;
    m_total = *stored;
    return {};
}

Status ContentWriter::write(const char *data, qsizetype size)
{
    if (m_finished)
        return Error(ErrorCode::Internal, tr("Content was written after it was finished."));
    if (size < 0)
        return Error(ErrorCode::Internal, tr("Negative write size."));
    if (isComplete() && size > 0)
        return Error(ErrorCode::Internal, tr("Content written beyond an object already stored."),
                     m_resumeKey);
    hashContent(data, size);
    return store(data, size);
}

void ContentWriter::hashContent(const char *data, qsizetype size)
{
    m_hash.add(data, size);
}

Status ContentWriter::store(const char *data, qsizetype size)
{
    if (m_finished)
        return Error(ErrorCode::Internal, tr("Content was written after it was finished."));
    if (size < 0)
        return Error(ErrorCode::Internal, tr("Negative write size."));
    m_total += quint64(size);
    while (size > 0) {
        if (m_buffer.isEmpty() && size >= ChunkSize) {
            // Straight from the caller's buffer: no copy for chunk-aligned writes.
            if (Status status = flushChunk(data, ChunkSize); !status)
                return status;
            data += ChunkSize;
            size -= ChunkSize;
            continue;
        }
        if (m_buffer.capacity() < ChunkSize)
            m_buffer.reserve(ChunkSize);
        const qsizetype take = std::min(size, ChunkSize - m_buffer.size());
        m_buffer.append(data, take);
        data += take;
        size -= take;
        if (m_buffer.size() == ChunkSize) {
            if (Status status = flushChunk(m_buffer.constData(), m_buffer.size()); !status)
                return status;
            m_buffer.resize(0);
        }
    }
    return {};
}

Status ContentWriter::storeChunk(const char *data, qsizetype size, const QByteArray &chunkHash)
{
    if (m_finished)
        return Error(ErrorCode::Internal, tr("Content was written after it was finished."));
    // Chunks must stay aligned with those an interrupted run left, or resuming would break.
    if (size <= 0 || size > ChunkSize || !m_buffer.isEmpty() || chunkHash.size() != ContentHasher::Size)
        return Error(ErrorCode::Internal, tr("Content was stored in pieces that are not chunks."),
                     m_resumeKey);
    m_total += quint64(size);
    if (size < ChunkSize) {
        // The object's end: kept for finish(), as store() keeps a partial chunk, because only
        // whole chunks are stored while an object is still being written.
        m_buffer.resize(0);
        m_buffer.append(data, size);
        m_bufferHash = chunkHash;
        return {};
    }
    return flushChunk(data, size, chunkHash);
}

Status ContentWriter::flushChunk(const char *data, qsizetype size, const QByteArray &chunkHash)
{
    if (Status status = m_store.addPendingChunk(m_resumeKey, m_nextSeq, data, size, chunkHash);
        !status)
        return status;
    ++m_nextSeq;
    return {};
}

Result<QByteArray> ContentWriter::finish()
{
    if (m_finished)
        return Error(ErrorCode::Internal, tr("Content was finished twice."));
    if (!m_buffer.isEmpty()) {
        if (Status status = flushChunk(m_buffer.constData(), m_buffer.size(), m_bufferHash);
            !status)
            return status.error();
        m_buffer.clear();
    }
    m_finished = true;
    if (isComplete())
        return m_completeHash;
    const QByteArray hash = m_hash.result();
    if (Status status = m_store.finishPending(m_resumeKey, hash, m_total); !status)
        return status.error();
    return hash;
}

Status ContentWriter::discard()
{
    m_finished = true;
    m_buffer.clear();
    m_bufferHash.clear();
    m_completeHash.clear();
    return m_store.discardPending(m_resumeKey);
}

} // namespace Lifeboat
