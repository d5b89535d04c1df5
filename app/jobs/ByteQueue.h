#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Lifeboat {

// A bounded queue of byte pieces between one producer thread and one consumer thread, so that
// reading from a handset overlaps hashing and writing into the archive. Bounded in pieces, so
// memory stays flat whatever the object's size.
class ByteQueue
{
public:
    struct Piece
    {
        QByteArray bytes;
        QByteArray hash;  // what the producer computed over `bytes`, if anything
    };

    explicit ByteQueue(size_t maxPieces) : m_maxPieces(maxPieces) {}

    // Producer: blocks while full; returns false once the consumer has given up.
    bool push(Piece piece)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_pieces.size() < m_maxPieces || m_abandoned; });
        if (m_abandoned)
            return false;
        m_pieces.push_back(std::move(piece));
        m_notEmpty.notify_one();
        return true;
    }

    // Producer: no more pieces will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }

    // Consumer: the next piece, or nullopt once the producer closed the queue and it is empty.
    std::optional<Piece> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_pieces.empty() || m_closed; });
        if (m_pieces.empty())
            return std::nullopt;
        Piece piece = std::move(m_pieces.front());
        m_pieces.pop_front();
        m_notFull.notify_one();
        return piece;
    }

    // Consumer: stop; the producer's next push fails and nothing more is kept.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_pieces.clear();
        m_notFull.notify_all();
    }

    bool abandoned() const
    {
        std::lock_guard lock(m_mutex);
        return m_abandoned;
    }

private:
    const size_t m_maxPieces;
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Piece> m_pieces;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace Lifeboat
