#include "device/mtp/MtpBulkReader.h"

#include "device/DeviceLog.h"
#include "device/transport/Transport.h"

#include <QDeadlineTimer>

#include <cstring>

namespace Lifeboat {

MtpBulkReader::MtpBulkReader(Transport &transport)
    : m_transport(transport)
{
}

Error MtpBulkReader::protocolError(const QString &detail)
{
    return Error(ErrorCode::DeviceIo,
                 tr("The handset broke the transfer protocol. Disconnect and reconnect it, then "
                    "try again."),
                 detail);
}

void MtpBulkReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = qMax<qsizetype>(bytes, 1);
}

qsizetype MtpBulkReader::chunkCapacity() const
{
    const qsizetype packet = qMax(m_transport.maxPacketSize(), 1);
    return qMax(packet, m_chunkSize / packet * packet);
}

Result<qsizetype> MtpBulkReader::receive(qsizetype capacity, std::chrono::milliseconds timeout)
{
    if (m_buffer.size() < capacity)
        m_buffer.resize(capacity);
    if (!m_pending.isEmpty()) {
        // Only ever one packet, stored by a one-packet read; every first read is one packet too.
        const qsizetype size = qMin(m_pending.size(), capacity);
        std::memcpy(m_buffer.data(), m_pending.constData(), size_t(size));
        m_pending.clear();
        return size;
    }
    const Result<qsizetype> received = m_transport.bulkIn(m_buffer.data(), capacity, timeout);
    if (received && (*received < 0 || *received > capacity))
        return protocolError(QStringLiteral("transport returned %1 bytes for a %2-byte read")
                                 .arg(*received)
                                 .arg(capacity));
    return received;
}

Result<PtpContainerHeader> MtpBulkReader::read(const HeaderCheck &check, const PayloadSink &sink,
                                               quint64 unknownLengthLimit,
                                               std::chrono::milliseconds timeout)
{
    const qsizetype packet = m_transport.maxPacketSize();
    if (packet < PtpContainer::HeaderSize)
        return protocolError(QStringLiteral("max packet size %1").arg(packet));
    m_lastPayloadSize = 0;

    Result<qsizetype> first = receive(packet, timeout);
    if (first && *first == 0) {
        // One stray zero-length packet before a container is tolerated (seen after responses on
        // devices that send a ZLP where none is due).
        qCDebug(lcDevice) << "MTP: skipped a zero-length packet before a container";
        first = receive(packet, timeout);
    }
    if (!first)
        return first.error();
    qsizetype got = *first;
    if (got < PtpContainer::HeaderSize)
        return protocolError(
            QStringLiteral("packet of %1 bytes where a container was expected").arg(got));
    const Result<PtpContainerHeader> header
        = PtpContainer::decodeHeader(QByteArrayView(m_buffer.constData(), got));
    if (!header)
        return header.error();
    if (const Status accepted = check(*header); !accepted)
        return accepted.error();

    const bool unknownLength = header->lengthUnknown();
    const quint64 total = unknownLength ? 0 : header->length;
    if (!unknownLength && quint64(got) > total)
        return protocolError(
            QStringLiteral("%1 bytes arrived in a container announcing %2").arg(got).arg(total));
    quint64 received = quint64(got);
    if (got > PtpContainer::HeaderSize) {
        const Status delivered = sink(QByteArrayView(
            m_buffer.constData() + PtpContainer::HeaderSize, got - PtpContainer::HeaderSize));
        if (!delivered)
            return delivered.error();
    }
    // A header in a short packet of its own: the payload follows in the next transfer.
    bool headerAlone = got == PtpContainer::HeaderSize && got < packet;
    bool lastReadFull = got == packet;
    const qsizetype chunk = chunkCapacity();

    if (!unknownLength) {
        while (received < total) {
            if (!lastReadFull && !headerAlone)
                return protocolError(QStringLiteral("container ended after %1 of %2 bytes")
                                         .arg(received)
                                         .arg(total));
            headerAlone = false;
            const quint64 missing = total - received;
            const quint64 roundedUp
                = (missing + quint64(packet) - 1) / quint64(packet) * quint64(packet);
            const qsizetype capacity = qsizetype(qMin(quint64(chunk), roundedUp));
            const Result<qsizetype> piece = receive(capacity, timeout);
            if (!piece)
                return piece.error();
            if (quint64(*piece) > missing)
                return protocolError(
                    QStringLiteral("more bytes than the %1 the container announced").arg(total));
            if (*piece > 0) {
                const Status delivered = sink(QByteArrayView(m_buffer.constData(), *piece));
                if (!delivered)
                    return delivered.error();
            }
            received += quint64(*piece);
            lastReadFull = *piece == capacity;
        }
        if (lastReadFull && m_zlpExpected) {
            // The container filled whole packets: its zero-length packet is due.
            const Result<qsizetype> zlp = receive(packet, timeout);
            if (!zlp)
                return zlp.error();
            if (*zlp > 0) {
                qCDebug(lcDevice) << "MTP: device omitted a zero-length packet";
                m_pending = QByteArray(m_buffer.constData(), *zlp);
            }
        }
    } else {
        while (lastReadFull || headerAlone) {
            headerAlone = false;
            const Result<qsizetype> piece = receive(chunk, timeout);
            if (!piece)
                return piece.error();
            if (*piece > 0) {
                if (received - PtpContainer::HeaderSize + quint64(*piece) > unknownLengthLimit)
                    return Error(ErrorCode::LimitExceeded,
                                 tr("The handset sent more data than expected. Disconnect and "
                                    "reconnect it, then try again."),
                                 QStringLiteral("0xFFFFFFFF container beyond %1 bytes")
                                     .arg(unknownLengthLimit));
                const Status delivered = sink(QByteArrayView(m_buffer.constData(), *piece));
                if (!delivered)
                    return delivered.error();
            }
            received += quint64(*piece);
            lastReadFull = *piece == chunk;
        }
    }
    m_lastPayloadSize = received - PtpContainer::HeaderSize;
    return header;
}

void MtpBulkReader::drain(std::chrono::milliseconds quiet, int maxTransfers)
{
    m_pending.clear();
    const qsizetype chunk = chunkCapacity();
    // A device that keeps streaming after a cancel must not keep us here for long.
    const QDeadlineTimer deadline(std::chrono::milliseconds(3000));
    for (int i = 0; i < maxTransfers && !deadline.hasExpired(); ++i) {
        const Result<qsizetype> piece = receive(chunk, quiet);
        if (!piece)
            return;
    }
}

} // namespace Lifeboat
