#pragma once

#include "device/virtual/ObjectDataSource.h"

#include <QByteArray>

#include <deque>
#include <memory>
#include <optional>

namespace Lifeboat {

// The containers the virtual handset has still to send on bulk IN, cut into USB transfers the
// way a device controller does: whole packets, a transfer ended by a short packet, and a
// zero-length packet after a container that fills whole packets (unless switched off). Object
// data is read from its source piece by piece, so memory stays flat for any object size.
class BulkInQueue
{
public:
    struct Container
    {
        QByteArray prefix;  // header and any in-memory payload
        std::shared_ptr<const ObjectDataSource> source;  // then this many bytes from here
        quint64 sourceOffset = 0;
        quint64 sourceLength = 0;
        bool endless = false;  // never ends (hostile data)
        quint64 headerTransfer = 0;  // > 0: the first this-many bytes are a transfer of their own
    };

    struct Piece
    {
        QByteArray data;
        bool transferEnded = false;
    };

    explicit BulkInQueue(int maxPacketSize) : m_maxPacket(maxPacketSize) {}

    void push(Container container);
    void clear();
    bool isEmpty() const { return m_queue.empty(); }
    void setZeroLengthPackets(bool enabled) { m_zeroLengthPackets = enabled; }

    // The next piece of the current transfer, at most `maxBytes` (rounded down to whole packets)
    // and at most `budget` bytes; nullopt when there is nothing to send. With a budget below one
    // packet nothing is taken and an empty piece that has not ended is returned.
    std::optional<Piece> take(qsizetype maxBytes, quint64 budget);

private:
    struct Pending
    {
        Container container;
        quint64 position = 0;
        bool zeroLengthPacketDue = false;
        quint64 total() const;
    };

    void produce(const Pending &pending, quint64 from, char *out, qsizetype length) const;

    const int m_maxPacket;
    bool m_zeroLengthPackets = true;
    std::deque<Pending> m_queue;
};

} // namespace Lifeboat
