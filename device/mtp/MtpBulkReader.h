#pragma once

#include "common/Result.h"
#include "device/mtp/PtpContainer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <chrono>
#include <functional>

namespace Lifeboat {

class Transport;

// Receives one container at a time from bulk IN, keeping USB's packet rules (MTP.md, Packets):
// reads are whole packets; a container announcing N bytes is read in transfers never larger than
// N rounded up to a packet, so the following container is never swallowed; when a container ends
// exactly on a packet boundary its zero-length packet is read (and if a device omits it, the bytes
// that arrive instead are kept as the start of the next container); a length of 0xFFFFFFFF is
// read until a short packet; a header in a packet of its own is accepted. The payload is handed
// to a sink piece by piece, so memory stays bounded whatever the container's size.
class MtpBulkReader
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::MtpBulkReader)
public:
    // Sees the header before any payload is delivered; an error stops the read.
    using HeaderCheck = std::function<Status(const PtpContainerHeader &header)>;
    using PayloadSink = std::function<Status(QByteArrayView piece)>;

    explicit MtpBulkReader(Transport &transport);

    // Largest transfer to ask for; rounded down to whole packets (at least one).
    void setChunkSize(qsizetype bytes);
    // False for devices that never send a ZLP after a whole-packet container.
    void setZeroLengthPacketsExpected(bool expected) { m_zlpExpected = expected; }

    // Reads one container. `unknownLengthLimit` bounds the payload of a 0xFFFFFFFF container.
    Result<PtpContainerHeader> read(const HeaderCheck &check, const PayloadSink &sink,
                                    quint64 unknownLengthLimit, std::chrono::milliseconds timeout);
    // Payload bytes of the last container read.
    quint64 lastPayloadSize() const { return m_lastPayloadSize; }

    // Reads and drops whatever the device still sends, until nothing comes within `quiet` or
    // `maxTransfers` transfers were read, at most about 3 s (after a cancel or an error).
    void drain(std::chrono::milliseconds quiet, int maxTransfers);

    static Error protocolError(const QString &detail);

private:
    Result<qsizetype> receive(qsizetype capacity, std::chrono::milliseconds timeout);
    qsizetype chunkCapacity() const;

    Transport &m_transport;
    QByteArray m_buffer;
    QByteArray m_pending; // a packet read where a ZLP was due: the next container's start
    qsizetype m_chunkSize = 256 * 1024;
    bool m_zlpExpected = true;
    quint64 m_lastPayloadSize = 0;
};

} // namespace Lifeboat
