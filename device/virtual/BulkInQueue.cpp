#include "device/virtual/BulkInQueue.h"

#include "device/DeviceLog.h"
#include "device/virtual/DemoRandom.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Lifeboat {

quint64 BulkInQueue::Pending::total() const
{
    if (container.endless)
        return std::numeric_limits<quint64>::max();
    return quint64(container.prefix.size()) + container.sourceLength;
}

void BulkInQueue::push(Container container)
{
    m_queue.push_back(Pending{std::move(container)});
}

void BulkInQueue::clear()
{
    m_queue.clear();
}

std::optional<BulkInQueue::Piece> BulkInQueue::take(qsizetype maxBytes, quint64 budget)
{
    if (m_queue.empty())
        return std::nullopt;
    Pending &pending = m_queue.front();
    if (pending.zeroLengthPacketDue) {
        m_queue.pop_front();
        return Piece{QByteArray(), true};
    }

    const quint64 packet = quint64(m_maxPacket);
    const quint64 total = pending.total();
    const quint64 split = pending.container.headerTransfer;
    const quint64 transferStart = split > 0 && pending.position >= split ? split : 0;
    const quint64 transferEnd = split > 0 && pending.position < split ? split : total;
    const quint64 transferLength = transferEnd - transferStart;
    const quint64 remaining = transferEnd - pending.position;

    const quint64 room = quint64(maxBytes) - quint64(maxBytes) % packet;
    quint64 n = std::min(remaining, room);
    // Faults cut the transfer on a packet boundary.
    if (n > budget)
        n = budget - budget % packet;
    if (n == 0 && remaining > 0)
        return Piece{};

    Piece piece;
    piece.data.resize(qsizetype(n));
    produce(pending, pending.position, piece.data.data(), qsizetype(n));
    pending.position += n;

    if (pending.position == transferEnd) {
        if (transferLength % packet != 0) {
            piece.transferEnded = true;
        } else if (m_zeroLengthPackets) {
            // The ZLP goes with this piece when the host asked for more than it got.
            if (n < room)
                piece.transferEnded = true;
            else
                pending.zeroLengthPacketDue = true;
        }
        if (pending.position == total && !pending.zeroLengthPacketDue)
            m_queue.pop_front();
        else if (pending.zeroLengthPacketDue && pending.position < total) {
            // A whole-packet header transfer: its ZLP, then the payload.
            pending.zeroLengthPacketDue = false;
            m_queue.push_front(Pending{Container{}, 0, true});
        }
    }
    return piece;
}

void BulkInQueue::produce(const Pending &pending, quint64 from, char *out, qsizetype length) const
{
    const Container &c = pending.container;
    const quint64 prefixSize = quint64(c.prefix.size());
    qsizetype done = 0;
    if (from < prefixSize) {
        const qsizetype n = qsizetype(std::min<quint64>(quint64(length), prefixSize - from));
        std::memcpy(out, c.prefix.constData() + from, size_t(n));
        done = n;
    }
    while (done < length) {
        const quint64 sourcePosition = from + quint64(done) - prefixSize;
        qsizetype n = 0;
        if (c.source && sourcePosition < c.sourceLength) {
            const qsizetype want =
                qsizetype(std::min<quint64>(quint64(length - done), c.sourceLength - sourcePosition));
            const Result<qsizetype> read = c.source->read(c.sourceOffset + sourcePosition, out + done, want);
            if (!read)
                qCWarning(lcDevice, "virtual handset: reading object data failed: %s",
                          qPrintable(read.error().toString()));
            n = read ? read.value() : 0;
        }
        if (n <= 0) {
            // Past the source's end (hostile lengths, a file that shrank): filler bytes.
            const qsizetype rest = length - done;
            DemoRandom::fill(0x6c69666562, sourcePosition, out + done, rest);
            n = rest;
        }
        done += n;
    }
}

} // namespace Lifeboat
