#include "device/mtp/MtpSession.h"

#include "device/DeviceLog.h"
#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"
#include "device/transport/Transport.h"

#include <cstring>
#include <thread>

namespace Lifeboat {

namespace {

constexpr qsizetype MaxResponseParamBytes = PtpContainer::MaxParams * 4;
constexpr int MaxStatusPolls = 25;
constexpr std::chrono::milliseconds ControlTimeout {2000};
constexpr std::chrono::milliseconds DrainQuiet {150};
constexpr int DrainMaxTransfers = 4096;

} // namespace

MtpSession::MtpSession(Transport &transport)
    : m_transport(transport)
    , m_reader(transport)
{
    m_reader.setChunkSize(m_chunkSize);
}

Error MtpSession::cancelledError()
{
    return Error(ErrorCode::Cancelled, tr("The transfer was cancelled."));
}

void MtpSession::setQuirks(const MtpQuirks &quirks)
{
    m_quirks = quirks;
    m_reader.setZeroLengthPacketsExpected(!quirks.noZeroLengthPackets);
}

void MtpSession::setChunkSize(qsizetype bytes)
{
    m_chunkSize = qMax<qsizetype>(bytes, 1);
    m_reader.setChunkSize(m_chunkSize);
}

std::chrono::milliseconds MtpSession::operationTimeout() const
{
    if (m_timeoutOverride.count() > 0)
        return m_timeoutOverride;
    return m_quirks.slowTimeout ? SlowTimeout : NormalTimeout;
}

quint32 MtpSession::takeTransactionId(quint16 operation)
{
    // Outside a session (GetDeviceInfo, OpenSession) the transaction id is 0.
    if (!m_sessionOpen || operation == Mtp::Operation::OpenSession)
        return 0;
    const quint32 id = m_nextTransactionId;
    m_nextTransactionId = id >= 0xFFFFFFFEu ? 1 : id + 1;
    return id;
}

Result<MtpSession::Response> MtpSession::openSession(quint32 sessionId)
{
    Transaction open;
    open.operation = Mtp::Operation::OpenSession;
    open.params = {sessionId};
    open.timeout = m_firstOpen && m_timeoutOverride.count() == 0 && !m_quirks.slowTimeout
        ? FirstOpenTimeout
        : operationTimeout();
    m_firstOpen = false;
    Result<Response> response = transact(open);
    if (!response)
        return response;
    if (response->code == Mtp::Response::SessionAlreadyOpen) {
        // A session left open by an earlier program (or a crash of ours): close it so transaction
        // ids start afresh, then open ours.
        qCInfo(lcDevice) << "MTP: session already open; closing and reopening it";
        m_sessionOpen = true;
        m_nextTransactionId = 1;
        const Result<Response> closed = closeSession();
        if (!closed)
            return closed;
        response = transact(open);
        if (!response)
            return response;
        if (response->code == Mtp::Response::SessionAlreadyOpen)
            response->code = Mtp::Response::Ok; // the device insists: use the session it has
    }
    if (response->isOk()) {
        m_sessionOpen = true;
        m_nextTransactionId = 1;
    }
    return response;
}

Result<MtpSession::Response> MtpSession::closeSession()
{
    Result<Response> response = run(Mtp::Operation::CloseSession);
    m_sessionOpen = false;
    return response;
}

Result<MtpSession::Response> MtpSession::run(quint16 operation, const QList<quint32> &params)
{
    Transaction transaction;
    transaction.operation = operation;
    transaction.params = params;
    transaction.timeout = operationTimeout();
    return transact(transaction);
}

Result<MtpSession::Response> MtpSession::runIn(quint16 operation, const QList<quint32> &params,
                                               const DataSink &sink, quint64 maxUnknownLength)
{
    Transaction transaction;
    transaction.operation = operation;
    transaction.params = params;
    transaction.phase = DataPhase::In;
    transaction.sink = &sink;
    transaction.maxUnknownLength = maxUnknownLength;
    transaction.timeout = operationTimeout();
    return transact(transaction);
}

Result<MtpSession::Response> MtpSession::runInBuffered(quint16 operation,
                                                       const QList<quint32> &params,
                                                       QByteArray &data, qsizetype limit)
{
    data.clear();
    const DataSink collect = [&data, limit, operation](QByteArrayView piece) -> Status {
        if (data.size() + piece.size() > limit)
            return Error(ErrorCode::LimitExceeded,
                         tr("The handset sent more information than Lifeboat accepts at once. "
                            "Disconnect and reconnect it, then try again."),
                         QStringLiteral("%1: data phase beyond %2 bytes")
                             .arg(Mtp::operationName(operation))
                             .arg(limit));
        data.append(piece.data(), piece.size());
        return {};
    };
    Transaction transaction;
    transaction.operation = operation;
    transaction.params = params;
    transaction.phase = DataPhase::In;
    transaction.sink = &collect;
    transaction.maxUnknownLength = quint64(limit);
    transaction.maxKnownLength = quint64(limit);
    transaction.timeout = operationTimeout();
    return transact(transaction);
}

Result<MtpSession::Response> MtpSession::runOut(quint16 operation, const QList<quint32> &params,
                                                quint64 size, const DataSource &source)
{
    Transaction transaction;
    transaction.operation = operation;
    transaction.params = params;
    transaction.phase = DataPhase::Out;
    transaction.outSize = size;
    transaction.source = &source;
    transaction.timeout = operationTimeout();
    return transact(transaction);
}

Result<MtpSession::Response> MtpSession::runOut(quint16 operation, const QList<quint32> &params,
                                                QByteArrayView data)
{
    qsizetype offset = 0;
    const DataSource source
        = [data, &offset](char *buffer, qsizetype capacity) -> Result<qsizetype> {
        const qsizetype count = qMin(capacity, data.size() - offset);
        std::memcpy(buffer, data.data() + offset, size_t(count));
        offset += count;
        return count;
    };
    return runOut(operation, params, quint64(data.size()), source);
}

Result<MtpSession::Response> MtpSession::transact(const Transaction &transaction)
{
    if (m_cancelRequested.load())
        return cancelledError();
    const quint32 transactionId = takeTransactionId(transaction.operation);
    m_lastTransactionId = transactionId;
    ++m_transactionCount;
    qCDebug(lcDevice).noquote() << "MTP >" << Mtp::operationName(transaction.operation) << "tid"
                                << transactionId << transaction.params;

    const Status sent = m_transport.bulkOut(
        PtpContainer::command(transaction.operation, transactionId, transaction.params), true,
        transaction.timeout);
    if (!sent)
        return failTransaction(transactionId, sent.error());
    if (transaction.phase == DataPhase::Out) {
        const Status dataSent = sendData(transaction, transactionId);
        if (!dataSent)
            return failTransaction(transactionId, dataSent.error());
    }
    Result<Response> response = receive(transaction, transactionId);
    if (!response)
        return failTransaction(transactionId, response.error());
    qCDebug(lcDevice).noquote() << "MTP <" << Mtp::responseName(response->code) << "tid"
                                << transactionId << response->params;
    return response;
}

Status MtpSession::sendData(const Transaction &transaction, quint32 transactionId)
{
    const qsizetype packet = qMax(m_transport.maxPacketSize(), 1);
    const qsizetype chunk = qMax(packet, m_chunkSize / packet * packet);
    if (m_outBuffer.size() < chunk)
        m_outBuffer.resize(chunk);
    const QByteArray header
        = PtpContainer::dataHeader(transaction.operation, transactionId, transaction.outSize);
    std::memcpy(m_outBuffer.data(), header.constData(), size_t(header.size()));
    qsizetype filled = header.size();
    quint64 remaining = transaction.outSize;
    for (;;) {
        // Every transfer but the last is whole packets, so the device sees one container.
        while (filled < chunk && remaining > 0) {
            const qsizetype wanted = qsizetype(qMin(quint64(chunk - filled), remaining));
            const Result<qsizetype> got
                = (*transaction.source)(m_outBuffer.data() + filled, wanted);
            if (!got)
                return got.error();
            if (*got <= 0 || *got > wanted)
                return Error(ErrorCode::Internal,
                             tr("The file to send to the handset changed while it was sent."),
                             QStringLiteral("source gave %1 bytes with %2 of %3 still due")
                                 .arg(*got)
                                 .arg(remaining)
                                 .arg(transaction.outSize));
            filled += *got;
            remaining -= quint64(*got);
        }
        const bool last = remaining == 0;
        // The transport adds the ZLP after a whole-packet container; some devices choke on it.
        const bool endOfContainer = last && !(m_quirks.noZeroLengthPackets && filled % packet == 0);
        const Status sent = m_transport.bulkOut(QByteArrayView(m_outBuffer.constData(), filled),
                                                endOfContainer, transaction.timeout);
        if (!sent)
            return sent;
        if (last)
            return {};
        filled = 0;
    }
}

Result<MtpSession::Response> MtpSession::receive(const Transaction &transaction,
                                                 quint32 transactionId)
{
    bool dataSeen = false;
    bool inData = false;
    QByteArray responseParams;
    const MtpBulkReader::HeaderCheck check = [&](const PtpContainerHeader &header) -> Status {
        if (header.transactionId != transactionId)
            return MtpBulkReader::protocolError(
                QStringLiteral("%1: transaction id %2 in a container of transaction %3")
                    .arg(Mtp::operationName(transaction.operation))
                    .arg(header.transactionId)
                    .arg(transactionId));
        if (header.type == Mtp::ContainerType::Data) {
            if (transaction.phase != DataPhase::In || dataSeen)
                return MtpBulkReader::protocolError(
                    QStringLiteral("%1: unexpected data container")
                        .arg(Mtp::operationName(transaction.operation)));
            if (header.code != transaction.operation)
                return MtpBulkReader::protocolError(
                    QStringLiteral("data container for %1 during %2")
                        .arg(Mtp::operationName(header.code),
                             Mtp::operationName(transaction.operation)));
            if (!header.lengthUnknown() && header.payloadLength() > transaction.maxKnownLength)
                return Error(ErrorCode::LimitExceeded,
                             tr("The handset sent more information than Lifeboat accepts at once. "
                                "Disconnect and reconnect it, then try again."),
                             QStringLiteral("%1: data container of %2 bytes, limit %3")
                                 .arg(Mtp::operationName(transaction.operation))
                                 .arg(header.payloadLength())
                                 .arg(transaction.maxKnownLength));
            inData = true;
            dataSeen = true;
            return {};
        }
        if (header.type == Mtp::ContainerType::Response) {
            if (header.payloadLength() > quint64(MaxResponseParamBytes)
                || header.payloadLength() % 4 != 0)
                return MtpBulkReader::protocolError(
                    QStringLiteral("response container of %1 bytes").arg(header.length));
            inData = false;
            return {};
        }
        return MtpBulkReader::protocolError(
            QStringLiteral("container type %1 on bulk IN").arg(quint16(header.type)));
    };
    const MtpBulkReader::PayloadSink route = [&](QByteArrayView piece) -> Status {
        if (inData)
            return (*transaction.sink)(piece);
        if (responseParams.size() + piece.size() > MaxResponseParamBytes)
            return MtpBulkReader::protocolError(QStringLiteral("oversized response"));
        responseParams.append(piece.data(), piece.size());
        return {};
    };

    for (int container = 0; container < 2; ++container) {
        const Result<PtpContainerHeader> header
            = m_reader.read(check, route, transaction.maxUnknownLength, transaction.timeout);
        if (!header)
            return header.error();
        if (header->type == Mtp::ContainerType::Response) {
            Response response;
            response.code = header->code;
            PtpReader reader(responseParams);
            while (reader.remaining() >= 4)
                response.params.append(reader.u32());
            return response;
        }
    }
    return MtpBulkReader::protocolError(QStringLiteral("%1: no response after the data phase")
                                            .arg(Mtp::operationName(transaction.operation)));
}

Error MtpSession::failTransaction(quint32 transactionId, const Error &error)
{
    const bool cancelled = m_cancelRequested.load() || error.code() == ErrorCode::Cancelled;
    qCInfo(lcDevice).noquote() << "MTP: transaction" << transactionId
                               << "failed:" << error.toString();
    if (error.code() != ErrorCode::NoDevice)
        runCancelSequence(transactionId);
    return cancelled && m_cancelRequested.load() ? cancelledError() : error;
}

void MtpSession::runCancelSequence(quint32 transactionId)
{
    // The transport refuses everything while aborted; the cancel sequence must still reach the
    // device, so lift the abort for its duration and restore it afterwards.
    if (m_cancelRequested.load())
        m_transport.resume();

    PtpWriter request;
    request.u16(Mtp::Event::CancelTransaction);
    request.u32(transactionId);
    const Result<QByteArray> cancelSent
        = m_transport.control(Mtp::ClassRequest::TypeOut, Mtp::ClassRequest::Cancel, 0,
                              m_interfaceNumber, request.data(), 0, ControlTimeout);
    if (!cancelSent)
        qCInfo(lcDevice).noquote()
            << "MTP: cancel request failed:" << cancelSent.error().toString();

    for (int poll = 0; poll < MaxStatusPolls; ++poll) {
        const Result<QByteArray> status
            = m_transport.control(Mtp::ClassRequest::TypeIn, Mtp::ClassRequest::GetDeviceStatus, 0,
                                  m_interfaceNumber, {}, 64, ControlTimeout);
        if (!status || status->size() < 4)
            break; // not supported, or the device is gone: nothing more to learn here
        PtpReader reader(*status);
        reader.u16();
        const quint16 code = reader.u16();
        if (code != Mtp::Response::DeviceBusy)
            break;
        std::this_thread::sleep_for(m_pollInterval);
    }

    // Android sends no response for a cancelled transaction; other devices may still send the
    // rest of the data and a response: swallow whatever comes.
    m_reader.drain(DrainQuiet, DrainMaxTransfers);
    const Status inCleared = m_transport.clearHalt(Transport::Endpoint::BulkIn);
    const Status outCleared = m_transport.clearHalt(Transport::Endpoint::BulkOut);
    if (!inCleared || !outCleared)
        qCDebug(lcDevice) << "MTP: clearing halts failed";

    if (m_cancelRequested.load())
        m_transport.abort();
}

Result<std::optional<PtpContainer>> MtpSession::readEvent(std::chrono::milliseconds timeout)
{
    if (m_cancelRequested.load())
        return cancelledError();
    const Result<QByteArray> packet = m_transport.interruptIn(timeout);
    if (!packet)
        return packet.error();
    if (packet->isEmpty())
        return std::optional<PtpContainer>();
    const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(*packet);
    if (!header)
        return header.error();
    // Some devices pad the interrupt packet: only the announced length counts.
    if (header->type != Mtp::ContainerType::Event || header->length > quint64(packet->size()))
        return MtpBulkReader::protocolError(
            QStringLiteral("bad event container (type %1, length %2, %3 bytes)")
                .arg(quint16(header->type))
                .arg(header->length)
                .arg(packet->size()));
    Result<PtpContainer> event
        = PtpContainer::decode(QByteArrayView(*packet).first(header->length));
    if (!event)
        return event.error();
    return std::optional<PtpContainer>(std::move(*event));
}

void MtpSession::cancel()
{
    m_cancelRequested.store(true);
    m_transport.abort();
}

void MtpSession::resetCancel()
{
    m_cancelRequested.store(false);
    m_transport.resume();
}

} // namespace Lifeboat
