#pragma once

#include "common/Result.h"
#include "device/mtp/MtpCodes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Lifeboat {

// The 12-byte header every PTP container on the bulk and interrupt endpoints starts with.
struct PtpContainerHeader
{
    quint32 length = 0; // whole container; LengthUnknown for a data phase of 4 GiB or more
    Mtp::ContainerType type = Mtp::ContainerType::Command;
    quint16 code = 0;
    quint32 transactionId = 0;

    bool lengthUnknown() const;
    // Payload bytes the header announces; only meaningful when !lengthUnknown().
    quint64 payloadLength() const;
};

// A command, response or event container (header plus up to five u32 parameters), and helpers
// for data containers, whose payload is streamed separately.
class PtpContainer
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::PtpContainer)
public:
    static constexpr qsizetype HeaderSize = 12;
    static constexpr int MaxParams = 5;
    static constexpr quint32 LengthUnknown = 0xFFFFFFFF;

    Mtp::ContainerType type = Mtp::ContainerType::Command;
    quint16 code = 0;
    quint32 transactionId = 0;
    QList<quint32> params;

    // The whole container; params beyond MaxParams are dropped (callers never pass more).
    QByteArray encode() const;

    static QByteArray command(quint16 code, quint32 transactionId,
                              const QList<quint32> &params = {});
    static QByteArray response(quint16 code, quint32 transactionId,
                               const QList<quint32> &params = {});
    static QByteArray event(quint16 code, quint32 transactionId, const QList<quint32> &params = {});
    // The 12-byte header of a data container with `payloadSize` bytes to follow; length
    // 0xFFFFFFFF when the container would not fit in 32 bits.
    static QByteArray dataHeader(quint16 code, quint32 transactionId, quint64 payloadSize);
    // A whole data container (for small datasets).
    static QByteArray data(quint16 code, quint32 transactionId, QByteArrayView payload);

    // Parses the first 12 bytes. Fails for fewer bytes, an unknown type, or a length below 12.
    // A length of 0xFFFFFFFF is accepted only for data containers.
    static Result<PtpContainerHeader> decodeHeader(QByteArrayView bytes);

    // Parses a whole command, response or event container: the length must equal the bytes
    // given, be 12 + 4·n with n ≤ 5.
    static Result<PtpContainer> decode(QByteArrayView bytes);
};

} // namespace Lifeboat
