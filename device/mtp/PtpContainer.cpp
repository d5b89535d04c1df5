#include "device/mtp/PtpContainer.h"

#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"

namespace Lifeboat {

namespace {

Error protocolError(const QString &detail)
{
    return Error(ErrorCode::DeviceIo,
                 PtpContainer::tr("The handset answered in a way Lifeboat does not understand. "
                                  "Disconnect and reconnect it, then try again."),
                 detail);
}

QByteArray encodeContainer(Mtp::ContainerType type, quint16 code, quint32 transactionId,
                           const QList<quint32> &params)
{
    const qsizetype count = qMin<qsizetype>(params.size(), PtpContainer::MaxParams);
    PtpWriter writer;
    writer.u32(static_cast<quint32>(PtpContainer::HeaderSize + 4 * count));
    writer.u16(static_cast<quint16>(type));
    writer.u16(code);
    writer.u32(transactionId);
    for (qsizetype i = 0; i < count; ++i)
        writer.u32(params.at(i));
    return writer.take();
}

} // namespace

bool PtpContainerHeader::lengthUnknown() const
{
    return type == Mtp::ContainerType::Data && length == PtpContainer::LengthUnknown;
}

quint64 PtpContainerHeader::payloadLength() const
{
    return length >= PtpContainer::HeaderSize ? length - PtpContainer::HeaderSize : 0;
}

QByteArray PtpContainer::encode() const
{
    return encodeContainer(type, code, transactionId, params);
}

QByteArray PtpContainer::command(quint16 code, quint32 transactionId, const QList<quint32> &params)
{
    return encodeContainer(Mtp::ContainerType::Command, code, transactionId, params);
}

QByteArray PtpContainer::response(quint16 code, quint32 transactionId, const QList<quint32> &params)
{
    return encodeContainer(Mtp::ContainerType::Response, code, transactionId, params);
}

QByteArray PtpContainer::event(quint16 code, quint32 transactionId, const QList<quint32> &params)
{
    return encodeContainer(Mtp::ContainerType::Event, code, transactionId, params);
}

QByteArray PtpContainer::dataHeader(quint16 code, quint32 transactionId, quint64 payloadSize)
{
    const quint64 total = payloadSize + HeaderSize;
    PtpWriter writer;
    writer.u32(total >= LengthUnknown ? LengthUnknown : static_cast<quint32>(total));
    writer.u16(static_cast<quint16>(Mtp::ContainerType::Data));
    writer.u16(code);
    writer.u32(transactionId);
    return writer.take();
}

QByteArray PtpContainer::data(quint16 code, quint32 transactionId, QByteArrayView payload)
{
    QByteArray bytes = dataHeader(code, transactionId, quint64(payload.size()));
    bytes.append(payload.data(), payload.size());
    return bytes;
}

Result<PtpContainerHeader> PtpContainer::decodeHeader(QByteArrayView bytes)
{
    if (bytes.size() < HeaderSize)
        return protocolError(
            QStringLiteral("container of %1 bytes, shorter than a header").arg(bytes.size()));
    PtpReader reader(bytes.first(HeaderSize));
    PtpContainerHeader header;
    header.length = reader.u32();
    const quint16 type = reader.u16();
    header.code = reader.u16();
    header.transactionId = reader.u32();
    if (type < 1 || type > 4)
        return protocolError(QStringLiteral("container type %1").arg(type));
    header.type = static_cast<Mtp::ContainerType>(type);
    if (header.length < HeaderSize)
        return protocolError(QStringLiteral("container length %1").arg(header.length));
    if (header.length == LengthUnknown && header.type != Mtp::ContainerType::Data)
        return protocolError(QStringLiteral("length 0xFFFFFFFF on a non-data container"));
    return header;
}

Result<PtpContainer> PtpContainer::decode(QByteArrayView bytes)
{
    const Result<PtpContainerHeader> header = decodeHeader(bytes);
    if (!header)
        return header.error();
    if (header->type == Mtp::ContainerType::Data)
        return protocolError(QStringLiteral("data container where parameters were expected"));
    if (header->length != quint64(bytes.size()))
        return protocolError(QStringLiteral("container announces %1 bytes but holds %2")
                                 .arg(header->length)
                                 .arg(bytes.size()));
    const qsizetype paramBytes = bytes.size() - HeaderSize;
    if (paramBytes % 4 != 0 || paramBytes / 4 > MaxParams)
        return protocolError(
            QStringLiteral("container of %1 bytes is not 12 + 4·n (n ≤ 5)").arg(bytes.size()));
    PtpContainer container;
    container.type = header->type;
    container.code = header->code;
    container.transactionId = header->transactionId;
    PtpReader reader(bytes.sliced(HeaderSize));
    for (qsizetype i = 0; i < paramBytes / 4; ++i)
        container.params.append(reader.u32());
    return container;
}

} // namespace Lifeboat
