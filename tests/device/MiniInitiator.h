#pragma once

// A minimal MTP host for tests of the virtual handset: raw containers over a Transport, no
// cleverness, so that the responder's wire behaviour is what is checked.

#include "device/mtp/MtpCodes.h"
#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"
#include "device/transport/Transport.h"

#include <QByteArray>
#include <QList>

#include <chrono>

namespace Lifeboat {

struct MiniReply
{
    bool ok = false;  // the transport worked and a response container arrived
    ErrorCode transportError = ErrorCode::Internal;
    quint16 code = 0;
    quint32 transactionId = 0;
    QList<quint32> params;
    QByteArray data;
    quint32 dataLength = 0;  // the data container's length field
};

class MiniInitiator
{
public:
    explicit MiniInitiator(Transport &transport) : m_transport(transport) {}

    quint32 nextTransactionId() const { return m_tid; }
    void setNextTransactionId(quint32 tid) { m_tid = tid; }

    MiniReply openSession(quint32 sessionId = 1)
    {
        m_tid = 0;
        MiniReply reply = run(Mtp::Operation::OpenSession, {sessionId});
        return reply;
    }

    // One transaction; `dataOut` (when not null) is sent as the data phase.
    MiniReply run(quint16 op, const QList<quint32> &params = {},
                  const QByteArray *dataOut = nullptr)
    {
        MiniReply reply;
        const quint32 tid = m_tid++;
        if (!send(PtpContainer::command(op, tid, params), reply))
            return reply;
        if (dataOut) {
            QByteArray container = PtpContainer::dataHeader(op, tid, quint64(dataOut->size()));
            container += *dataOut;
            if (!send(container, reply))
                return reply;
        }
        for (;;) {
            QByteArray container;
            if (!readContainer(container, reply))
                return reply;
            const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(container);
            if (!header)
                return reply;
            if (header->type == Mtp::ContainerType::Data) {
                reply.dataLength = header->length;
                reply.data = container.mid(PtpContainer::HeaderSize);
                continue;
            }
            const Result<PtpContainer> response = PtpContainer::decode(container);
            if (!response)
                return reply;
            reply.ok = true;
            reply.code = response->code;
            reply.transactionId = response->transactionId;
            reply.params = response->params;
            return reply;
        }
    }

    // Reads one container: transfers until its length is reached (or, for 0xFFFFFFFF, until a
    // short packet), accepting a header that comes in a transfer of its own.
    bool readContainer(QByteArray &container, MiniReply &reply, qsizetype maxBytes = 256 << 20)
    {
        const qsizetype packet = m_transport.maxPacketSize();
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        container.clear();
        for (;;) {
            const Result<qsizetype> n = m_transport.bulkIn(buffer.data(), buffer.size(), timeout());
            if (!n) {
                reply.transportError = n.error().code();
                return false;
            }
            container.append(buffer.constData(), *n);
            const bool shortEnd = *n < buffer.size();
            if (container.size() >= PtpContainer::HeaderSize) {
                const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(container);
                if (!header)
                    return false;
                if (!header->lengthUnknown() && container.size() >= qsizetype(header->length))
                    return true;
                if (header->lengthUnknown() && shortEnd && container.size() > PtpContainer::HeaderSize)
                    return true;
            }
            if (container.size() > maxBytes)
                return false;
            Q_UNUSED(packet);
        }
    }

    bool send(const QByteArray &bytes, MiniReply &reply)
    {
        const Status sent = m_transport.bulkOut(bytes, true, timeout());
        if (!sent)
            reply.transportError = sent.error().code();
        return sent.ok();
    }

    static std::chrono::milliseconds timeout() { return std::chrono::milliseconds(2000); }

private:
    Transport &m_transport;
    quint32 m_tid = 0;
};

} // namespace Lifeboat
