#include "device/mtp/MtpHandset.h"
#include "device/mtp/MtpObjectLister.h"
#include "device/mtp/MtpSession.h"
#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"
#include "device/transport/Transport.h"

#include <QTest>

#include <atomic>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace {

// A device that replays scripted bytes packet by packet, as the USB host controller would
// deliver them: a bulk IN read takes whole packets until its buffer is full or a short packet
// (a ZLP included) ends the transfer. An optional responder answers commands as they arrive.
class ScriptedTransport : public Transport
{
public:
    struct ControlCall
    {
        quint8 requestType;
        quint8 request;
        QByteArray data;
    };
    struct Read
    {
        qsizetype capacity;
        qsizetype received;
    };

    int packetSize = 512;
    bool headerInOwnPacket = false;
    bool sendZeroLengthPackets = true;
    QList<QByteArray> inPackets;
    QList<QByteArray> outTransfers;
    QList<bool> outEnds;
    QList<Read> reads;
    QList<ControlCall> controls;
    QList<quint16> deviceStatus; // answers to GetDeviceStatus, then OK
    QList<QByteArray> events;
    int clearedHalts = 0;
    std::function<void(const PtpContainer &command, const QByteArray &data)> responder;
    std::function<void(qsizetype deliveredSoFar)> onRead;
    qsizetype delivered = 0;
    std::atomic<bool> aborted {false};
    bool disconnected = false;

    void queue(const QByteArray &container)
    {
        QByteArray rest = container;
        if (headerInOwnPacket && rest.size() > PtpContainer::HeaderSize) {
            inPackets.append(rest.left(PtpContainer::HeaderSize));
            rest = rest.mid(PtpContainer::HeaderSize);
        }
        for (qsizetype at = 0; at < rest.size(); at += packetSize)
            inPackets.append(rest.mid(at, packetSize));
        if (rest.size() % packetSize == 0 && sendZeroLengthPackets)
            inPackets.append(QByteArray());
    }

    int maxPacketSize() const override { return packetSize; }

    Status bulkOut(QByteArrayView data, bool endOfContainer, std::chrono::milliseconds) override
    {
        if (aborted)
            return Error(ErrorCode::Cancelled, QStringLiteral("aborted"));
        if (disconnected)
            return Error(ErrorCode::NoDevice, QStringLiteral("gone"));
        outTransfers.append(data.toByteArray());
        outEnds.append(endOfContainer);
        // Reassemble the container that just ended and let the responder answer commands.
        currentOut.append(data.data(), data.size());
        if (!endOfContainer)
            return {};
        const QByteArray container = std::exchange(currentOut, {});
        if (responder) {
            const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(container);
            if (header && header->type == Mtp::ContainerType::Command) {
                lastCommand = *PtpContainer::decode(container);
                if (!expectsData(lastCommand.code))
                    responder(lastCommand, {});
            } else if (header && header->type == Mtp::ContainerType::Data) {
                responder(lastCommand, container.mid(PtpContainer::HeaderSize));
            }
        }
        return {};
    }

    Result<qsizetype> bulkIn(char *buffer, qsizetype capacity, std::chrono::milliseconds) override
    {
        if (aborted)
            return Error(ErrorCode::Cancelled, QStringLiteral("aborted"));
        if (disconnected)
            return Error(ErrorCode::NoDevice, QStringLiteral("gone"));
        if (capacity <= 0 || capacity % packetSize != 0)
            return Error(ErrorCode::Internal, QStringLiteral("bad capacity %1").arg(capacity));
        if (inPackets.isEmpty())
            return Error(ErrorCode::DeviceIo, QStringLiteral("timeout"), QStringLiteral("timeout"));
        qsizetype received = 0;
        while (!inPackets.isEmpty() && received < capacity
               && received + inPackets.first().size() <= capacity) {
            const QByteArray packet = inPackets.takeFirst();
            memcpy(buffer + received, packet.constData(), size_t(packet.size()));
            received += packet.size();
            if (packet.size() < packetSize)
                break;
        }
        reads.append({capacity, received});
        delivered += received;
        if (onRead)
            onRead(delivered);
        return received;
    }

    Result<QByteArray> interruptIn(std::chrono::milliseconds) override
    {
        if (disconnected)
            return Error(ErrorCode::NoDevice, QStringLiteral("gone"));
        return events.isEmpty() ? QByteArray() : events.takeFirst();
    }

    Result<QByteArray> control(quint8 requestType, quint8 request, quint16, quint16,
                               QByteArrayView dataOut, quint16, std::chrono::milliseconds) override
    {
        if (aborted)
            return Error(ErrorCode::Cancelled, QStringLiteral("aborted"));
        controls.append({requestType, request, dataOut.toByteArray()});
        if (request == Mtp::ClassRequest::GetDeviceStatus) {
            PtpWriter status;
            status.u16(4);
            status.u16(deviceStatus.isEmpty() ? Mtp::Response::Ok : deviceStatus.takeFirst());
            return status.take();
        }
        return QByteArray();
    }

    Status clearHalt(Endpoint) override
    {
        ++clearedHalts;
        return {};
    }
    void abort() override { aborted = true; }
    void resume() override { aborted = false; }

    QList<PtpContainer> commands() const
    {
        QList<PtpContainer> result;
        for (const QByteArray &transfer : outTransfers) {
            const Result<PtpContainer> decoded = PtpContainer::decode(transfer);
            if (decoded && decoded->type == Mtp::ContainerType::Command)
                result.append(*decoded);
        }
        return result;
    }

    // Data-OUT operations answer after their data phase.
    static bool expectsData(quint16 code)
    {
        return code == Mtp::Operation::SendObjectInfo || code == Mtp::Operation::SendObject
            || code == Mtp::Operation::SendObjectPropList
            || code == Mtp::Operation::SetObjectPropValue;
    }

    QByteArray currentOut;
    PtpContainer lastCommand;
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) & 0xFF);
    return bytes;
}

QByteArray ok(quint32 tid, const QList<quint32> &params = {})
{
    return PtpContainer::response(Mtp::Response::Ok, tid, params);
}

struct Collected
{
    QByteArray bytes;
    MtpSession::DataSink sink()
    {
        return [this](QByteArrayView piece) -> Status {
            bytes.append(piece.data(), piece.size());
            return {};
        };
    }
};

} // namespace

class tst_MtpInitiator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataPhaseSizes_data();
    void dataPhaseSizes();
    void deviceOmitsZeroLengthPacket();
    void noZeroLengthPacketQuirk();
    void unknownLengthContainer_data();
    void unknownLengthContainer();
    void unknownLengthIsBounded();
    void responseDirectlyInsteadOfData();
    void protocolViolations_data();
    void protocolViolations();
    void responseParams();
    void dataOut_data();
    void dataOut();
    void transactionIds();
    void sessionAlreadyOpen();
    void cancelMidTransfer();
    void sinkErrorStopsTransfer();
    void timeout();
    void events();
    void bufferedLimit();
    void treeReconstruction();
    void hostileParents();
    void handsetLockedAndListing();
    void handsetFallsBackToObjectInfo();
    void handsetErrorsAreMapped();
    void handsetResumeUsesPartialObject64();
    void handsetResumeQuirks();
};

void tst_MtpInitiator::dataPhaseSizes_data()
{
    QTest::addColumn<int>("packetSize");
    QTest::addColumn<int>("containerSize");
    QTest::addColumn<bool>("headerAlone");
    QTest::addColumn<int>("chunkSize");
    for (const bool alone : {false, true}) {
        const char *suffix = alone ? " header alone" : "";
        for (const int size : {12, 13, 64, 100, 511, 512, 513, 1024, 1025, 4096, 100000}) {
            QTest::addRow("hs %d%s", size, suffix) << 512 << size << alone << 4096;
            QTest::addRow("fs %d%s", size, suffix) << 64 << size << alone << 1024;
        }
        QTest::addRow("ss 1024%s", suffix) << 1024 << 1024 << alone << 65536;
        QTest::addRow("ss 2048+12%s", suffix) << 1024 << 2060 << alone << 2048;
    }
}

void tst_MtpInitiator::dataPhaseSizes()
{
    QFETCH(int, packetSize);
    QFETCH(int, containerSize);
    QFETCH(bool, headerAlone);
    QFETCH(int, chunkSize);
    ScriptedTransport transport;
    transport.packetSize = packetSize;
    transport.headerInOwnPacket = headerAlone;
    const QByteArray payload = pattern(containerSize - 12);
    transport.queue(PtpContainer::data(Mtp::Operation::GetObject, 0, payload));
    transport.queue(ok(0));

    MtpSession session(transport);
    session.setChunkSize(chunkSize);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    QVERIFY2(response.ok(), qPrintable(response ? QString() : response.error().toString()));
    QCOMPARE(response->code, Mtp::Response::Ok);
    QCOMPARE(collected.bytes.size(), payload.size());
    QCOMPARE(collected.bytes, payload);
    QVERIFY2(transport.inPackets.isEmpty(), "the zero-length packet was not read");
    QCOMPARE(transport.controls.size(), 0);
    for (const ScriptedTransport::Read &read : std::as_const(transport.reads)) {
        QVERIFY(read.capacity > 0);
        QVERIFY(read.capacity <= qMax(chunkSize, packetSize));
    }
}

void tst_MtpInitiator::deviceOmitsZeroLengthPacket()
{
    // A device that should send a ZLP but does not: the response arrives where the ZLP was due
    // and is still recognised.
    ScriptedTransport transport;
    transport.sendZeroLengthPackets = false;
    const QByteArray payload = pattern(1024 - 12);
    transport.queue(PtpContainer::data(Mtp::Operation::GetObject, 0, payload));
    transport.queue(ok(0));
    MtpSession session(transport);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    QVERIFY(response.ok());
    QCOMPARE(response->code, Mtp::Response::Ok);
    QCOMPARE(collected.bytes, payload);
    QVERIFY(transport.inPackets.isEmpty());
}

void tst_MtpInitiator::noZeroLengthPacketQuirk()
{
    ScriptedTransport transport;
    transport.sendZeroLengthPackets = false;
    const QByteArray payload = pattern(512 - 12);
    transport.queue(PtpContainer::data(Mtp::Operation::GetObject, 0, payload));
    transport.queue(ok(0));
    MtpSession session(transport);
    MtpQuirks quirks;
    quirks.noZeroLengthPackets = true;
    session.setQuirks(quirks);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    QVERIFY(response.ok());
    QCOMPARE(collected.bytes, payload);
    // No read was spent waiting for a ZLP: data (1 packet) and response (1 packet) only.
    QCOMPARE(transport.reads.size(), 2);

    // Sending: no ZLP requested from the transport after a whole-packet container.
    transport.queue(ok(0));
    const Result<MtpSession::Response> sent
        = session.runOut(Mtp::Operation::SendObject, {}, pattern(512 - 12));
    QVERIFY(sent.ok());
    QCOMPARE(transport.outEnds.last(), false);
}

void tst_MtpInitiator::unknownLengthContainer_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<bool>("headerAlone");
    QTest::newRow("short tail") << 5000 << false;
    QTest::newRow("ends on packet boundary") << 4 * 512 - 12 << false;
    QTest::newRow("header alone, boundary") << 4 * 512 << true;
    QTest::newRow("header alone, short tail") << 777 << true;
}

void tst_MtpInitiator::unknownLengthContainer()
{
    QFETCH(int, payloadSize);
    QFETCH(bool, headerAlone);
    ScriptedTransport transport;
    transport.headerInOwnPacket = headerAlone;
    const QByteArray payload = pattern(payloadSize);
    QByteArray container = PtpContainer::dataHeader(Mtp::Operation::GetObject, 0, 5ULL << 30);
    QCOMPARE(container.left(4), QByteArray::fromHex("ffffffff"));
    container += payload;
    transport.queue(container);
    transport.queue(ok(0));
    MtpSession session(transport);
    session.setChunkSize(1024);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    QVERIFY2(response.ok(), qPrintable(response ? QString() : response.error().toString()));
    QCOMPARE(collected.bytes, payload);
    QVERIFY(transport.inPackets.isEmpty());
}

void tst_MtpInitiator::unknownLengthIsBounded()
{
    ScriptedTransport transport;
    QByteArray container = PtpContainer::dataHeader(Mtp::Operation::GetObject, 0, 5ULL << 30);
    container += pattern(10000);
    transport.queue(container);
    transport.queue(ok(0));
    MtpSession session(transport);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink(), 4000);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::LimitExceeded);
    QVERIFY(collected.bytes.size() <= 4000);
}

void tst_MtpInitiator::responseDirectlyInsteadOfData()
{
    ScriptedTransport transport;
    transport.queue(PtpContainer::response(Mtp::Response::InvalidObjectHandle, 0));
    MtpSession session(transport);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {99}, collected.sink());
    QVERIFY(response.ok());
    QCOMPARE(response->code, Mtp::Response::InvalidObjectHandle);
    QVERIFY(collected.bytes.isEmpty());
}

void tst_MtpInitiator::protocolViolations_data()
{
    QTest::addColumn<QList<QByteArray>>("packets");
    QTest::addColumn<QString>("detail");
    const QByteArray data = PtpContainer::data(Mtp::Operation::GetObject, 0, pattern(100));
    QTest::newRow("wrong tid in data")
        << QList<QByteArray> {PtpContainer::data(Mtp::Operation::GetObject, 7, pattern(100)), ok(7)}
        << QStringLiteral("transaction id 7");
    QTest::newRow("wrong tid in response")
        << QList<QByteArray> {data, ok(3)} << QStringLiteral("transaction id 3");
    QTest::newRow("wrong code in data")
        << QList<QByteArray> {PtpContainer::data(Mtp::Operation::GetObjectInfo, 0, pattern(10)),
                              ok(0)}
        << QStringLiteral("data container for GetObjectInfo");
    QByteArray shortData = PtpContainer::dataHeader(Mtp::Operation::GetObject, 0, 2000);
    shortData += pattern(1000);
    QTest::newRow("fewer bytes than announced")
        << QList<QByteArray> {shortData.left(512), shortData.mid(512), ok(0)}
        << QStringLiteral("ended after");
    QByteArray longData = PtpContainer::dataHeader(Mtp::Operation::GetObject, 0, 100);
    longData += pattern(300);
    QTest::newRow("more bytes than announced in one packet")
        << QList<QByteArray> {longData, ok(0)} << QStringLiteral("announcing 112");
    QByteArray longTail = PtpContainer::dataHeader(Mtp::Operation::GetObject, 0, 600);
    longTail += pattern(700);
    QTest::newRow("more bytes than announced later")
        << QList<QByteArray> {longTail.left(512), longTail.mid(512), ok(0)}
        << QStringLiteral("more bytes than");
    QTest::newRow("two data containers")
        << QList<QByteArray> {data, data, ok(0)} << QStringLiteral("unexpected data");
    QTest::newRow("event on bulk") << QList<QByteArray> {PtpContainer::event(0x4002, 0, {1})}
                                   << QStringLiteral("container type 4");
    QTest::newRow("runt packet") << QList<QByteArray> {QByteArray::fromHex("0c000000")}
                                 << QStringLiteral("packet of 4 bytes");
    QByteArray bigResponse = ok(0, {1, 2, 3, 4, 5});
    bigResponse += QByteArray(8, '\0');
    bigResponse[0] = char(bigResponse.size());
    QTest::newRow("response with 7 params")
        << QList<QByteArray> {data, bigResponse} << QStringLiteral("response container of 40");
    QTest::newRow("length below header")
        << QList<QByteArray> {QByteArray::fromHex("080000000300012000000000")}
        << QStringLiteral("container length 8");
}

void tst_MtpInitiator::protocolViolations()
{
    QFETCH(QList<QByteArray>, packets);
    QFETCH(QString, detail);
    ScriptedTransport transport;
    transport.inPackets = packets;
    MtpSession session(transport);
    session.setCancelPollInterval(1ms);
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::DeviceIo);
    QVERIFY2(response.error().detail().contains(detail), qPrintable(response.error().detail()));
    QVERIFY(!response.error().message().isEmpty());
    // The pipe is cleaned up: cancel request sent, the rest drained, halts cleared.
    QVERIFY(!transport.controls.isEmpty());
    QCOMPARE(transport.controls.first().request, Mtp::ClassRequest::Cancel);
    QVERIFY(transport.inPackets.isEmpty());
    QCOMPARE(transport.clearedHalts, 2);
}

void tst_MtpInitiator::responseParams()
{
    ScriptedTransport transport;
    transport.queue(ok(0, {0x10001, 0xFFFFFFFF, 42}));
    MtpSession session(transport);
    const Result<MtpSession::Response> response = session.runOut(
        Mtp::Operation::SendObjectInfo, {0x10001, 0xFFFFFFFF}, PtpObjectInfo().encode());
    QVERIFY(response.ok());
    QCOMPARE(response->params, (QList<quint32> {0x10001, 0xFFFFFFFF, 42}));
    QCOMPARE(response->param(2), 42u);
    QCOMPARE(response->param(7), 0u);
}

void tst_MtpInitiator::dataOut_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("empty") << 0 << 4096;
    QTest::newRow("fills one packet") << 500 << 4096;
    QTest::newRow("fills two packets") << 1012 << 4096;
    QTest::newRow("one byte more") << 1013 << 4096;
    QTest::newRow("many chunks") << 100000 << 4096;
    QTest::newRow("chunks ending on boundary") << 4096 * 3 - 12 << 4096;
}

void tst_MtpInitiator::dataOut()
{
    QFETCH(int, payloadSize);
    QFETCH(int, chunkSize);
    ScriptedTransport transport;
    transport.queue(ok(0));
    MtpSession session(transport);
    session.setChunkSize(chunkSize);
    const QByteArray payload = pattern(payloadSize);
    qsizetype offset = 0;
    int calls = 0;
    const MtpSession::DataSource source
        = [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
        ++calls;
        const qsizetype count = std::min<qsizetype>({capacity, payload.size() - offset, 777});
        memcpy(buffer, payload.constData() + offset, size_t(count));
        offset += count;
        return count;
    };
    const Result<MtpSession::Response> response
        = session.runOut(Mtp::Operation::SendObject, {}, quint64(payloadSize), source);
    QVERIFY(response.ok());
    QCOMPARE(offset, payload.size());
    // Command, then the data container in transfers of whole packets; only the last ends it.
    QVERIFY(transport.outTransfers.size() >= 2);
    QCOMPARE(transport.outEnds.first(), true);
    QByteArray container;
    for (qsizetype i = 1; i < transport.outTransfers.size(); ++i) {
        const bool last = i + 1 == transport.outTransfers.size();
        QCOMPARE(transport.outEnds.at(i), last);
        if (!last)
            QCOMPARE(transport.outTransfers.at(i).size() % transport.packetSize, 0);
        container += transport.outTransfers.at(i);
    }
    QCOMPARE(container, PtpContainer::data(Mtp::Operation::SendObject, 0, payload));
}

void tst_MtpInitiator::transactionIds()
{
    ScriptedTransport transport;
    transport.queue(PtpContainer::data(Mtp::Operation::GetDeviceInfo, 0, PtpDeviceInfo().encode()));
    transport.queue(ok(0));
    transport.queue(ok(0)); // OpenSession
    transport.queue(ok(1));
    transport.queue(ok(2));
    MtpSession session(transport);
    QByteArray data;
    QVERIFY(session.runInBuffered(Mtp::Operation::GetDeviceInfo, {}, data).ok());
    QVERIFY(!session.isSessionOpen());
    const Result<MtpSession::Response> opened = session.openSession(1);
    QVERIFY(opened.ok());
    QVERIFY(opened->isOk());
    QVERIFY(session.isSessionOpen());
    QVERIFY(session.run(Mtp::Operation::DeleteObject, {5, 0})->isOk());
    QVERIFY(session.run(Mtp::Operation::DeleteObject, {6, 0})->isOk());
    const QList<PtpContainer> commands = transport.commands();
    QCOMPARE(commands.size(), 4);
    QCOMPARE(commands.at(0).transactionId, 0u);
    QCOMPARE(commands.at(1).code, Mtp::Operation::OpenSession);
    QCOMPARE(commands.at(1).transactionId, 0u);
    QCOMPARE(commands.at(1).params, QList<quint32> {1});
    QCOMPARE(commands.at(2).transactionId, 1u);
    QCOMPARE(commands.at(3).transactionId, 2u);
    QCOMPARE(session.transactionCount(), 4u);
}

void tst_MtpInitiator::sessionAlreadyOpen()
{
    ScriptedTransport transport;
    transport.queue(PtpContainer::response(Mtp::Response::SessionAlreadyOpen, 0));
    transport.queue(ok(1)); // CloseSession
    transport.queue(ok(0)); // OpenSession again
    transport.queue(ok(1));
    MtpSession session(transport);
    const Result<MtpSession::Response> opened = session.openSession(1);
    QVERIFY(opened.ok());
    QVERIFY(opened->isOk());
    QVERIFY(session.isSessionOpen());
    QVERIFY(session.run(Mtp::Operation::GetStorageIDs)->isOk());
    const QList<PtpContainer> commands = transport.commands();
    QCOMPARE(commands.size(), 4);
    QCOMPARE(commands.at(1).code, Mtp::Operation::CloseSession);
    QCOMPARE(commands.at(2).code, Mtp::Operation::OpenSession);
    QCOMPARE(commands.at(3).transactionId, 1u);
}

void tst_MtpInitiator::cancelMidTransfer()
{
    ScriptedTransport transport;
    transport.queue(ok(0)); // OpenSession
    const QByteArray payload = pattern(1 << 20);
    transport.queue(PtpContainer::data(Mtp::Operation::GetObject, 1, payload));
    // Android sends no response for a cancelled transaction.
    transport.deviceStatus = {Mtp::Response::DeviceBusy, Mtp::Response::DeviceBusy};
    MtpSession session(transport);
    session.setCancelPollInterval(1ms);
    session.setChunkSize(16384);
    QVERIFY(session.openSession()->isOk());
    // Another thread's cancel() lands while the data phase runs.
    transport.onRead = [&session, &transport](qsizetype delivered) {
        if (delivered > 100000) {
            session.cancel();
            transport.onRead = {};
        }
    };
    Collected collected;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, collected.sink());
    transport.onRead = {};
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::Cancelled);
    QVERIFY(collected.bytes.size() < payload.size());
    QCOMPARE(collected.bytes, payload.left(collected.bytes.size()));

    QVERIFY(transport.controls.size() >= 4);
    const ScriptedTransport::ControlCall cancelRequest = transport.controls.at(0);
    QCOMPARE(cancelRequest.requestType, quint8(0x21));
    QCOMPARE(cancelRequest.request, quint8(0x64));
    QCOMPARE(cancelRequest.data,
             QByteArray::fromHex("0140"
                                 "01000000"));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(transport.controls.at(i).request, quint8(0x67));
        QCOMPARE(transport.controls.at(i).requestType, quint8(0xA1));
    }
    QCOMPARE(transport.controls.size(), 4); // polling stops once the device is no longer busy
    QVERIFY(transport.inPackets.isEmpty()); // the rest of the object was drained
    QCOMPARE(transport.clearedHalts, 2);
    QVERIFY(transport.aborted); // still cancelled until resetCancel()

    const Result<MtpSession::Response> refused = session.run(Mtp::Operation::GetStorageIDs);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Cancelled);

    session.resetCancel();
    QVERIFY(!transport.aborted);
    transport.queue(ok(2)); // the refused call did not use up a transaction id
    const Result<MtpSession::Response> next = session.run(Mtp::Operation::GetStorageIDs);
    QVERIFY(next.ok());
    QVERIFY(next->isOk());
}

void tst_MtpInitiator::sinkErrorStopsTransfer()
{
    ScriptedTransport transport;
    transport.queue(PtpContainer::data(Mtp::Operation::GetObject, 0, pattern(50000)));
    transport.queue(ok(0));
    MtpSession session(transport);
    session.setCancelPollInterval(1ms);
    session.setChunkSize(4096);
    qsizetype seen = 0;
    const Result<MtpSession::Response> response
        = session.runIn(Mtp::Operation::GetObject, {1}, [&seen](QByteArrayView piece) -> Status {
              seen += piece.size();
              if (seen > 10000)
                  return Error(ErrorCode::DiskFull, QStringLiteral("disk full"));
              return {};
          });
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::DiskFull);
    QVERIFY(seen < 20000);
    QCOMPARE(transport.controls.first().request, quint8(0x64));
    QVERIFY(transport.inPackets.isEmpty());
}

void tst_MtpInitiator::timeout()
{
    ScriptedTransport transport; // nothing scripted: every read times out
    MtpSession session(transport);
    session.setCancelPollInterval(1ms);
    QCOMPARE(session.operationTimeout(), 20000ms);
    MtpQuirks slow;
    slow.slowTimeout = true;
    session.setQuirks(slow);
    QCOMPARE(session.operationTimeout(), 60000ms);
    const Result<MtpSession::Response> response = session.run(Mtp::Operation::GetStorageIDs);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::DeviceIo);
    QCOMPARE(response.error().detail(), QStringLiteral("timeout"));
    QCOMPARE(transport.controls.first().request, quint8(0x64));

    // A vanished device is not poked with a cancel sequence.
    ScriptedTransport gone;
    gone.disconnected = true;
    MtpSession lost(gone);
    const Result<MtpSession::Response> unplugged = lost.run(Mtp::Operation::GetStorageIDs);
    QCOMPARE(unplugged.error().code(), ErrorCode::NoDevice);
    QVERIFY(gone.controls.isEmpty());
}

void tst_MtpInitiator::events()
{
    ScriptedTransport transport;
    QByteArray padded = PtpContainer::event(Mtp::Event::StoreAdded, 0, {0x10001});
    padded += QByteArray(8, '\0');
    transport.events
        = {PtpContainer::event(Mtp::Event::ObjectAdded, 0, {42}), padded,
           QByteArray::fromHex("0c000000"), PtpContainer::response(Mtp::Response::Ok, 0)};
    MtpSession session(transport);
    Result<std::optional<PtpContainer>> event = session.readEvent(10ms);
    QVERIFY(event.ok() && event->has_value());
    QCOMPARE((*event)->code, Mtp::Event::ObjectAdded);
    QCOMPARE((*event)->params, QList<quint32> {42});
    event = session.readEvent(10ms);
    QVERIFY(event.ok() && event->has_value());
    QCOMPARE((*event)->code, Mtp::Event::StoreAdded);
    QCOMPARE((*event)->params, QList<quint32> {0x10001});
    QVERIFY(!session.readEvent(10ms).ok()); // runt
    QVERIFY(!session.readEvent(10ms).ok()); // not an event container
    event = session.readEvent(10ms);
    QVERIFY(event.ok() && !event->has_value());
}

void tst_MtpInitiator::bufferedLimit()
{
    ScriptedTransport transport;
    transport.queue(PtpContainer::data(Mtp::Operation::GetObjPropList, 0, pattern(5000)));
    transport.queue(ok(0));
    MtpSession session(transport);
    session.setCancelPollInterval(1ms);
    QByteArray data;
    const Result<MtpSession::Response> response
        = session.runInBuffered(Mtp::Operation::GetObjPropList, {}, data, 4096);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), ErrorCode::LimitExceeded);
    QVERIFY(data.isEmpty()); // refused from the header, before any byte was kept
    QVERIFY(transport.inPackets.isEmpty());

    // A 0xFFFFFFFF container is cut off at the limit.
    QByteArray endless = PtpContainer::dataHeader(Mtp::Operation::GetObjPropList, 0, 5ULL << 30);
    endless += pattern(8000);
    transport.queue(endless);
    const Result<MtpSession::Response> cut
        = session.runInBuffered(Mtp::Operation::GetObjPropList, {}, data, 4096);
    QCOMPARE(cut.error().code(), ErrorCode::LimitExceeded);
    QVERIFY(data.size() <= 4096);
}

static MtpObjectLister::Record record(quint32 handle, quint32 parent, const QString &name,
                                      bool folder = false, quint32 storage = 0x10001)
{
    MtpObjectLister::Record r;
    r.handle = handle;
    r.parent = parent;
    r.name = name;
    r.storageId = storage;
    r.format = folder ? Mtp::Format::Association : Mtp::Format::ExifJpeg;
    return r;
}

void tst_MtpInitiator::treeReconstruction()
{
    // Children may come before their parents.
    const QList<MtpObjectLister::Record> records = {
        record(5, 3, QStringLiteral("IMG_1.jpg")),
        record(3, 2, QStringLiteral("Camera"), true),
        record(2, 0, QStringLiteral("DCIM"), true),
        record(4, 0xFFFFFFFF, QStringLiteral("top.txt")),
    };
    const QList<HandsetObject> objects = MtpObjectLister::buildTree(records);
    QCOMPARE(objects.size(), 4);
    QCOMPARE(objects.at(0).path(), QStringLiteral("DCIM/Camera/IMG_1.jpg"));
    QCOMPARE(objects.at(1).path(), QStringLiteral("DCIM/Camera"));
    QVERIFY(objects.at(1).isFolder);
    QCOMPARE(objects.at(2).parentPath, QString());
    QCOMPARE(objects.at(3).path(), QStringLiteral("top.txt"));
}

void tst_MtpInitiator::hostileParents()
{
    const QString nul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    const QList<MtpObjectLister::Record> records = {
        record(10, 11, QStringLiteral("loop-a"), true),
        record(11, 10, QStringLiteral("loop-b"), true),
        record(12, 10, QStringLiteral("in-loop.jpg")),
        record(13, 999, QStringLiteral("dangling.jpg")),
        record(14, 15, QStringLiteral("parent-is-file.jpg")),
        record(15, 0, QStringLiteral("file.jpg")),
        record(16, 0, QStringLiteral("../evil"), true),
        record(17, 16, QStringLiteral("x.jpg")),
        record(18, 0, QStringLiteral(".."), true),
        record(19, 18, QStringLiteral("y.jpg")),
        record(20, 0, nul, true),
        record(21, 20, QStringLiteral("z.jpg")),
        record(22, 0, QString(), true),
        record(23, 22, QStringLiteral("w.jpg")),
        record(24, 2, QStringLiteral("other-storage.jpg"), false, 0x20001),
        record(2, 0, QStringLiteral("DCIM"), true),
        record(25, 25, QStringLiteral("self-parent"), true),
    };
    const QList<HandsetObject> objects = MtpObjectLister::buildTree(records);
    QCOMPARE(objects.size(), records.size());
    QHash<quint32, HandsetObject> byHandle;
    for (const HandsetObject &object : objects) {
        byHandle.insert(object.handle, object);
        QVERIFY2(!object.parentPath.contains(QChar(u'\0')), qPrintable(object.parentPath));
        for (const QString &component : object.parentPath.split(u'/', Qt::SkipEmptyParts))
            QVERIFY2(component != u".." && component != u".", qPrintable(object.parentPath));
    }
    QCOMPARE(byHandle.value(13).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(14).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(17).parentPath, QStringLiteral(".._evil"));
    QCOMPARE(byHandle.value(17).name, QStringLiteral("x.jpg"));
    QCOMPARE(byHandle.value(16).name, QStringLiteral("../evil")); // the raw name is kept
    QCOMPARE(byHandle.value(19).parentPath, QStringLiteral("_.."));
    QCOMPARE(byHandle.value(21).parentPath, QStringLiteral("a_b"));
    QCOMPARE(byHandle.value(23).parentPath, QStringLiteral("_"));
    QCOMPARE(byHandle.value(24).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(25).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(10).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(11).parentPath, MtpObjectLister::LostAndFound);
    QCOMPARE(byHandle.value(12).parentPath,
             MtpObjectLister::LostAndFound + QStringLiteral("/loop-a"));
}

namespace {

// A small scripted handset for the Handset-level tests: answers every command from tables.
struct FakeDevice
{
    ScriptedTransport &transport;
    PtpDeviceInfo info;
    QList<quint32> storageIds {0x10001};
    QHash<quint32, PtpObjectInfo> objects;
    QHash<quint16, quint16> failures; // operation -> response code
    QByteArray objectData;
    QList<PtpContainer> seen;

    explicit FakeDevice(ScriptedTransport &t)
        : transport(t)
    {
        info.operations = {Mtp::Operation::GetDeviceInfo,      Mtp::Operation::OpenSession,
                           Mtp::Operation::GetStorageIDs,      Mtp::Operation::GetStorageInfo,
                           Mtp::Operation::GetObjectHandles,   Mtp::Operation::GetObjectInfo,
                           Mtp::Operation::GetObject,          Mtp::Operation::GetObjPropList,
                           Mtp::Operation::GetPartialObject64, Mtp::Operation::DeleteObject};
        info.vendorExtensionDesc = QStringLiteral("microsoft.com: 1.0; android.com: 1.0;");
        info.model = QStringLiteral("Fake");
        transport.responder
            = [this](const PtpContainer &command, const QByteArray &) { answer(command); };
    }

    void answer(const PtpContainer &c)
    {
        seen.append(c);
        const quint32 tid = c.transactionId;
        if (failures.contains(c.code)) {
            transport.queue(PtpContainer::response(failures.value(c.code), tid));
            return;
        }
        QByteArray data;
        switch (c.code) {
        case Mtp::Operation::GetDeviceInfo: data = info.encode(); break;
        case Mtp::Operation::GetStorageIDs: {
            PtpWriter w;
            w.u32Array(storageIds);
            data = w.take();
            break;
        }
        case Mtp::Operation::GetStorageInfo: {
            PtpStorageInfo storage;
            storage.storageDescription = QStringLiteral("Internal shared storage");
            storage.maxCapacity = 1ULL << 34;
            data = storage.encode();
            break;
        }
        case Mtp::Operation::GetObjectHandles: {
            QList<quint32> handles = objects.keys();
            std::sort(handles.begin(), handles.end());
            PtpWriter w;
            w.u32Array(handles);
            data = w.take();
            break;
        }
        case Mtp::Operation::GetObjectInfo:
            if (!objects.contains(c.params.value(0))) {
                transport.queue(PtpContainer::response(Mtp::Response::InvalidObjectHandle, tid));
                return;
            }
            data = objects.value(c.params.value(0)).encode();
            break;
        case Mtp::Operation::GetObjPropList: {
            PtpObjPropList list;
            QList<quint32> handles = objects.keys();
            std::sort(handles.begin(), handles.end());
            for (quint32 h : handles) {
                const PtpObjectInfo &o = objects[h];
                list.elements << PtpObjProp::integer(h, Mtp::ObjectProp::StorageID,
                                                     Mtp::DataType::UInt32, o.storageId)
                              << PtpObjProp::integer(h, Mtp::ObjectProp::ObjectFormat,
                                                     Mtp::DataType::UInt16, o.objectFormat)
                              << PtpObjProp::integer(h, Mtp::ObjectProp::ObjectSize,
                                                     Mtp::DataType::UInt64, o.compressedSize)
                              << PtpObjProp::string(h, Mtp::ObjectProp::ObjectFileName, o.filename)
                              << PtpObjProp::integer(h, Mtp::ObjectProp::ParentObject,
                                                     Mtp::DataType::UInt32, o.parentObject)
                              << PtpObjProp::string(h, Mtp::ObjectProp::DateModified,
                                                    o.modificationDate);
            }
            data = list.encode();
            break;
        }
        case Mtp::Operation::GetObject: data = objectData; break;
        case Mtp::Operation::GetPartialObject64: {
            const quint64 offset = c.params.value(1) | (quint64(c.params.value(2)) << 32);
            data = objectData.mid(qsizetype(offset), qsizetype(c.params.value(3)));
            transport.queue(PtpContainer::data(c.code, tid, data));
            transport.queue(ok(tid, {quint32(data.size())}));
            return;
        }
        case Mtp::Operation::GetPartialObject: {
            data = objectData.mid(qsizetype(c.params.value(1)), qsizetype(c.params.value(2)));
            transport.queue(PtpContainer::data(c.code, tid, data));
            transport.queue(ok(tid, {quint32(data.size())}));
            return;
        }
        default: break;
        }
        if (!data.isNull())
            transport.queue(PtpContainer::data(c.code, tid, data));
        transport.queue(ok(tid));
    }

    void addObject(quint32 handle, quint32 parent, const QString &name, bool folder, quint32 size)
    {
        PtpObjectInfo o;
        o.storageId = 0x10001;
        o.parentObject = parent;
        o.filename = name;
        o.objectFormat = folder ? Mtp::Format::Association : Mtp::Format::ExifJpeg;
        o.associationType = folder ? Mtp::AssociationTypeFolder : 0;
        o.compressedSize = size;
        o.modificationDate = QStringLiteral("20240301T101500");
        objects.insert(handle, o);
    }
};

} // namespace

void tst_MtpInitiator::handsetLockedAndListing()
{
    auto owned = std::make_unique<ScriptedTransport>();
    ScriptedTransport &transport = *owned;
    FakeDevice device(transport);
    device.storageIds = {};
    device.addObject(1, 0, QStringLiteral("DCIM"), true, 0);
    device.addObject(2, 1, QStringLiteral("a.jpg"), false, 1234);
    Result<std::unique_ptr<MtpHandset>> opened = MtpHandset::open(std::move(owned), 0x18d1, 0x4ee1);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
    MtpHandset &handset = **opened;
    QVERIFY(handset.quirks().android);
    QVERIFY(handset.quirks().brokenSendObjectPropList);
    QVERIFY(handset.capabilities().partialRead);

    const Result<QList<HandsetStorage>> none = handset.storages();
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    const Result<QList<HandsetObject>> locked = handset.listObjects();
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code(), ErrorCode::Locked);
    QCOMPARE(locked.error().message(),
             QStringLiteral("The handset is locked. Unlock it and keep it connected."));

    // The user unlocks the phone.
    device.storageIds = {0x10001, 0x20000}; // the second has no logical storage
    transport.events = {PtpContainer::event(Mtp::Event::StoreAdded, 0, {0x10001})};
    const Result<std::optional<HandsetEvent>> event = handset.waitForEvent(100ms);
    QVERIFY(event.ok() && event->has_value());
    QCOMPARE((*event)->type, HandsetEvent::Type::StorageAdded);
    QCOMPARE((*event)->id, 0x10001u);

    const quint64 before = handset.session().transactionCount();
    qsizetype progressed = 0;
    const Result<QList<HandsetObject>> listed
        = handset.listObjects([&progressed](qsizetype n) { progressed = n; });
    QVERIFY2(listed.ok(), qPrintable(listed ? QString() : listed.error().toString()));
    QVERIFY(handset.lastListingUsedObjPropList());
    // GetStorageIDs + one GetStorageInfo + one GetObjPropList.
    QCOMPARE(handset.session().transactionCount() - before, 3u);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(progressed, 2);
    QCOMPARE(listed->at(1).path(), QStringLiteral("DCIM/a.jpg"));
    QCOMPARE(listed->at(1).size, 1234u);
    QCOMPARE(listed->at(1).modified, QDateTime(QDate(2024, 3, 1), QTime(10, 15)));

    device.objectData = pattern(1234);
    QByteArray read;
    const Status readOk = handset.readObject(listed->at(1), 0, [&read](const char *d, qsizetype n) {
        read.append(d, n);
        return Status();
    });
    QVERIFY(readOk.ok());
    QCOMPARE(read, device.objectData);
}

void tst_MtpInitiator::handsetFallsBackToObjectInfo()
{
    auto owned = std::make_unique<ScriptedTransport>();
    ScriptedTransport &transport = *owned;
    FakeDevice device(transport);
    device.failures.insert(Mtp::Operation::GetObjPropList, Mtp::Response::OperationNotSupported);
    device.addObject(1, 0, QStringLiteral("DCIM"), true, 0);
    device.addObject(2, 1, QStringLiteral("a.jpg"), false, 0xFFFFFFFF);
    device.addObject(3, 0, QStringLiteral("b.txt"), false, 10);
    // The size of the 5 GiB object comes from ObjectSize.
    device.transport.responder = [&device](const PtpContainer &c, const QByteArray &) {
        if (c.code == Mtp::Operation::GetObjectPropValue) {
            PtpWriter w;
            w.u64(5ULL << 30);
            device.transport.queue(PtpContainer::data(c.code, c.transactionId, w.data()));
            device.transport.queue(ok(c.transactionId));
            return;
        }
        device.answer(c);
    };
    Result<std::unique_ptr<MtpHandset>> opened = MtpHandset::open(std::move(owned));
    QVERIFY(opened.ok());
    const Result<QList<HandsetObject>> listed = (*opened)->listObjects();
    QVERIFY2(listed.ok(), qPrintable(listed ? QString() : listed.error().toString()));
    QVERIFY(!(*opened)->lastListingUsedObjPropList());
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(1).path(), QStringLiteral("DCIM/a.jpg"));
    QCOMPARE(listed->at(1).size, 5ULL << 30);
    QCOMPARE(listed->at(2).size, 10u);
}

void tst_MtpInitiator::handsetErrorsAreMapped()
{
    auto owned = std::make_unique<ScriptedTransport>();
    FakeDevice device(*owned);
    device.failures.insert(Mtp::Operation::GetStorageIDs, Mtp::Response::DeviceBusy);
    device.failures.insert(Mtp::Operation::DeleteObject, Mtp::Response::StoreReadOnly);
    device.failures.insert(Mtp::Operation::GetObject, Mtp::Response::InvalidObjectHandle);
    Result<std::unique_ptr<MtpHandset>> opened = MtpHandset::open(std::move(owned));
    QVERIFY(opened.ok());
    MtpHandset &handset = **opened;
    const Result<QList<HandsetStorage>> busy = handset.storages();
    QCOMPARE(busy.error().code(), ErrorCode::Busy);
    QVERIFY(busy.error().detail().contains(QStringLiteral("DeviceBusy")));
    HandsetObject object;
    object.handle = 7;
    object.size = 10;
    QCOMPARE(handset.deleteObject(object).error().code(), ErrorCode::Unsupported);
    const Status gone
        = handset.readObject(object, 0, [](const char *, qsizetype) { return Status(); });
    QCOMPARE(gone.error().code(), ErrorCode::NotFound);
    QVERIFY(!gone.error().message().isEmpty());
}

void tst_MtpInitiator::handsetResumeUsesPartialObject64()
{
    auto owned = std::make_unique<ScriptedTransport>();
    FakeDevice device(*owned);
    device.objectData = pattern(3000);
    Result<std::unique_ptr<MtpHandset>> opened = MtpHandset::open(std::move(owned));
    QVERIFY(opened.ok());
    HandsetObject object;
    object.handle = 9;
    object.size = 3000;
    QByteArray read;
    const Status resumed = (*opened)->readObject(object, 1000, [&read](const char *d, qsizetype n) {
        read.append(d, n);
        return Status();
    });
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().toString()));
    QCOMPARE(read, device.objectData.mid(1000));
    QCOMPARE(device.seen.last().code, Mtp::Operation::GetPartialObject64);
    QCOMPARE(device.seen.last().params, (QList<quint32> {9, 1000, 0, 2000}));
}

void tst_MtpInitiator::handsetResumeQuirks()
{
    // A device hanging when a partial read ends on a packet boundary: the piece is shortened.
    auto owned = std::make_unique<ScriptedTransport>();
    FakeDevice device(*owned);
    device.objectData = pattern(3000);
    Result<std::unique_ptr<MtpHandset>> opened = MtpHandset::open(std::move(owned));
    QVERIFY(opened.ok());
    MtpQuirks quirks = (*opened)->quirks();
    quirks.partialReadLast512Hang = true;
    (*opened)->session().setQuirks(quirks);
    HandsetObject object;
    object.handle = 9;
    object.size = 3000;
    QByteArray read;
    const ByteSink collect = [&read](const char *d, qsizetype n) {
        read.append(d, n);
        return Status();
    };
    QVERIFY((*opened)->readObject(object, 964, collect).ok()); // 2036 + 12 = 4 packets
    QCOMPARE(read, device.objectData.mid(964));
    QCOMPARE(device.seen.at(device.seen.size() - 2).params, (QList<quint32> {9, 964, 0, 2035}));
    QCOMPARE(device.seen.last().params, (QList<quint32> {9, 2999, 0, 1}));

    // Without GetPartialObject64, the 32-bit GetPartialObject.
    auto owned32 = std::make_unique<ScriptedTransport>();
    FakeDevice device32(*owned32);
    device32.info.operations.removeAll(Mtp::Operation::GetPartialObject64);
    device32.info.operations.append(Mtp::Operation::GetPartialObject);
    device32.info.vendorExtensionDesc = QStringLiteral("microsoft.com: 1.0;");
    device32.objectData = pattern(3000);
    Result<std::unique_ptr<MtpHandset>> opened32 = MtpHandset::open(std::move(owned32));
    QVERIFY(opened32.ok());
    QVERIFY(!(*opened32)->quirks().partialObject64);
    read.clear();
    QVERIFY((*opened32)->readObject(object, 100, collect).ok());
    QCOMPARE(read, device32.objectData.mid(100));
    QCOMPARE(device32.seen.last().code, Mtp::Operation::GetPartialObject);
    QCOMPARE(device32.seen.last().params, (QList<quint32> {9, 100, 2900}));

    // Neither: resuming is refused clearly.
    auto ownedNone = std::make_unique<ScriptedTransport>();
    FakeDevice deviceNone(*ownedNone);
    deviceNone.info.operations.removeAll(Mtp::Operation::GetPartialObject64);
    Result<std::unique_ptr<MtpHandset>> openedNone = MtpHandset::open(std::move(ownedNone));
    QVERIFY(openedNone.ok());
    QVERIFY(!(*openedNone)->capabilities().partialRead);
    QCOMPARE((*openedNone)->readObject(object, 100, collect).error().code(),
             ErrorCode::Unsupported);
}

QTEST_GUILESS_MAIN(tst_MtpInitiator)
#include "tst_mtpinitiator.moc"
