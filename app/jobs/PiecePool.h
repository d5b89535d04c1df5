#pragma once

#include <QByteArray>

#include <mutex>
#include <vector>

namespace Lifeboat {

// Buffers for the pieces of a backup's transfers, handed round instead of allocated afresh: a
// new megabyte each time costs a page fault on every 4 KiB of it. Shared by the threads of
// every object in flight; keeps at most `maxKept` buffers, so memory stays flat.
class PiecePool
{
public:
    PiecePool(qsizetype pieceBytes, size_t maxKept) : m_pieceBytes(pieceBytes), m_maxKept(maxKept) {}

    // An empty buffer with room for a whole piece.
    QByteArray take()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spares.empty()) {
                QByteArray buffer = std::move(m_spares.back());
                m_spares.pop_back();
                buffer.resize(0);
                return buffer;
            }
        }
        QByteArray buffer;
        buffer.reserve(m_pieceBytes);
        return buffer;
    }

    void give(QByteArray buffer)
    {
        const std::lock_guard lock(m_mutex);
        if (m_spares.size() < m_maxKept && buffer.capacity() >= m_pieceBytes)
            m_spares.push_back(std::move(buffer));
    }

private:
    const qsizetype m_pieceBytes;
    const size_t m_maxKept;
    std::mutex m_mutex;
    std::vector<QByteArray> m_spares;
};

} // namespace Lifeboat
