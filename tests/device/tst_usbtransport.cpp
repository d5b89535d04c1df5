#include "UmockdevTestMain.h"

#include "device/usb/UsbContext.h"
#include "device/usb/UsbTransport.h"
#include "device/usb/umockdev/EchoUsbFunction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <thread>

using namespace Lifeboat;
using namespace std::chrono_literals;

class TestUsbTransport : public QObject
{
    Q_OBJECT

public:
    explicit TestUsbTransport(UmockdevServer &server) : m_server(server) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enumeration_data();
    void enumeration();
    void claim();
    void busyInterface();
    void transferBothWays_data();
    void transferBothWays();
    void zeroLengthPacket_data();
    void zeroLengthPacket();
    void smallReadsKeepBoundaries();
    void controlAndEvents();
    void stallAndClearHalt();
    void timeoutKeepsReadAhead();
    void interruptOverflow();
    void abortFromAnotherThread();
    void unplugDuringOut();
    void unplugDuringIn();

private:
    std::optional<UsbDeviceInfo> waitForDevice();
    std::unique_ptr<UsbTransport> openTransport();
    Result<QByteArray> readTransfer(UsbTransport &transport, qsizetype capacity);

    UmockdevServer &m_server;
    std::unique_ptr<UsbContext> m_context;
    std::unique_ptr<EchoUsbFunction> m_function;
};

std::optional<UsbDeviceInfo> TestUsbTransport::waitForDevice()
{
    // libusb learns about a new device from the "add" uevent on its own thread.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        Result<QList<UsbDeviceInfo>> devices = m_context->findMtpDevices();
        if (devices && !devices->isEmpty() && devices->first().address == m_server.deviceAddress())
            return devices->first();
        QTest::qWait(20);
    }
    return std::nullopt;
}

std::unique_ptr<UsbTransport> TestUsbTransport::openTransport()
{
    const std::optional<UsbDeviceInfo> device = waitForDevice();
    if (!device)
        return nullptr;
    Result<std::unique_ptr<UsbTransport>> transport = m_context->open(*device);
    if (!transport) {
        qWarning() << transport.error().toString();
        return nullptr;
    }
    return std::move(transport).value();
}

// Reads one transfer (up to its short packet) in pieces of `capacity`.
Result<QByteArray> TestUsbTransport::readTransfer(UsbTransport &transport, qsizetype capacity)
{
    QByteArray all;
    QByteArray buffer(capacity, Qt::Uninitialized);
    for (;;) {
        Result<qsizetype> got = transport.bulkIn(buffer.data(), capacity, 5s);
        if (!got)
            return got.error();
        all.append(buffer.constData(), *got);
        if (*got < capacity)
            return all;
    }
}

void TestUsbTransport::initTestCase()
{
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    QVERIFY2(context.ok(), context ? "" : qPrintable(context.error().toString()));
    m_context = std::move(context).value();
}

void TestUsbTransport::init()
{
    m_server.setClaimBusy(false);
    m_server.setZeroPacketCapability(true);
    m_function = std::make_unique<EchoUsbFunction>(512);
}

void TestUsbTransport::cleanup()
{
    m_server.unplug();
}

void TestUsbTransport::enumeration_data()
{
    QTest::addColumn<int>("interfaceClass");
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<bool>("osDescriptor");
    QTest::addColumn<bool>("found");

    QTest::newRow("still image 6/1/1") << 0x06 << QString() << false << true;
    QTest::newRow("vendor class, string MTP") << 0xff << QStringLiteral("MTP") << false << true;
    QTest::newRow("vendor class, OS descriptor") << 0xff << QString() << true << true;
    QTest::newRow("vendor class, no proof") << 0xff << QStringLiteral("ADB Interface") << false
                                            << false;
}

void TestUsbTransport::enumeration()
{
    QFETCH(int, interfaceClass);
    QFETCH(QString, interfaceName);
    QFETCH(bool, osDescriptor);
    QFETCH(bool, found);

    UsbFunction::Identity identity = m_function->identity();
    identity.interfaceClass = quint8(interfaceClass);
    identity.interfaceSubClass = interfaceClass == 0x06 ? 1 : 0xff;
    identity.interfaceProtocol = interfaceClass == 0x06 ? 1 : 0;
    identity.interfaceName = interfaceName;
    identity.microsoftOsDescriptor = osDescriptor;
    identity.product = QStringLiteral("Virtuäl Phone");
    m_function->setIdentity(identity);
    QVERIFY(m_server.plug(*m_function).ok());

    if (!found) {
        QTest::qWait(300);
        Result<QList<UsbDeviceInfo>> devices = m_context->findMtpDevices();
        QVERIFY(devices.ok());
        QVERIFY(devices->isEmpty());
        return;
    }
    const std::optional<UsbDeviceInfo> device = waitForDevice();
    QVERIFY(device);
    QCOMPARE(device->bus, 1);
    QCOMPARE(device->address, m_server.deviceAddress());
    QCOMPARE(device->vidPid(), QStringLiteral("1d6b:0104"));
    QCOMPARE(device->manufacturer, QStringLiteral("Lifeboat"));
    QCOMPARE(device->product, QStringLiteral("Virtuäl Phone"));
    QCOMPARE(device->serialNumber, QStringLiteral("ECHO0001"));
    QCOMPARE(device->interfaceNumber, 0);
    QCOMPARE(device->interfaceName, interfaceName);
    QCOMPARE(device->speedMbps, 480);
    QCOMPARE(device->portPath, QStringLiteral("1-1"));
}

void TestUsbTransport::claim()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    QCOMPARE(transport->maxPacketSize(), 512);
    QCOMPARE(transport->device().product, QStringLiteral("Echo Function"));

    // A second program claiming the same interface is refused while we hold it.
    Result<std::unique_ptr<UsbTransport>> second = m_context->open(transport->device());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code(), ErrorCode::Busy);

    // Released on destruction: claiming again works.
    const UsbDeviceInfo device = transport->device();
    transport.reset();
    Result<std::unique_ptr<UsbTransport>> again = m_context->open(device);
    QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().toString()));
}

void TestUsbTransport::busyInterface()
{
    m_server.setClaimBusy(true);
    QVERIFY(m_server.plug(*m_function).ok());
    const std::optional<UsbDeviceInfo> device = waitForDevice();
    QVERIFY(device);
    Result<std::unique_ptr<UsbTransport>> transport = m_context->open(*device);
    QVERIFY(!transport.ok());
    QCOMPARE(transport.error().code(), ErrorCode::Busy);
    QVERIFY(transport.error().message().contains(QLatin1String("gvfs-mtp")));
    QVERIFY(transport.error().message().contains(QLatin1String("kio-mtp")));
    QVERIFY(transport.error().detail().contains(QLatin1String("LIBUSB_ERROR_BUSY")));
    QVERIFY(transport.error().detail().contains(QLatin1String("1d6b:0104")));
}

void TestUsbTransport::transferBothWays_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("readCapacity");

    QTest::newRow("6 MiB + 100, 1 MiB reads") << qsizetype(6 * 1024 * 1024 + 100)
                                              << qsizetype(1024 * 1024);
    QTest::newRow("3 MiB exactly, 64 KiB reads") << qsizetype(3 * 1024 * 1024)
                                                 << qsizetype(64 * 1024);
    QTest::newRow("1 byte") << qsizetype(1) << qsizetype(512);
    QTest::newRow("12-byte container") << qsizetype(12) << qsizetype(4096);
    QTest::newRow("one packet + 1") << qsizetype(513) << qsizetype(1024);
}

void TestUsbTransport::transferBothWays()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, readCapacity);
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);

    QByteArray sent(size, Qt::Uninitialized);
    QRandomGenerator generator{quint32(size)};
    for (char &c : sent)
        c = char(generator.bounded(256));

    // Echoed back: OUT and IN run one after the other, so the sent data sits in the function.
    QVERIFY(transport->bulkOut(sent, true, 5s).ok());
    Result<QByteArray> received = readTransfer(*transport, readCapacity);
    QVERIFY2(received.ok(), received ? "" : qPrintable(received.error().toString()));
    QCOMPARE(received->size(), sent.size());
    QVERIFY(*received == sent);
    QCOMPARE(m_function->zeroLengthPacketsReceived(), size % 512 == 0 ? 1 : 0);
}

void TestUsbTransport::zeroLengthPacket_data()
{
    QTest::addColumn<bool>("usbfsAddsZlp");
    QTest::addColumn<qsizetype>("readCapacity");
    QTest::addColumn<QList<qsizetype>>("reads");

    // A 512-byte container fills one packet: a ZLP follows and ends the transfer.
    QTest::newRow("read 512: full, then the ZLP") << true << qsizetype(512) << QList<qsizetype>{512, 0};
    QTest::newRow("read 1024: ended by the ZLP") << true << qsizetype(1024) << QList<qsizetype>{512};
    // Without USBDEVFS_CAP_ZERO_PACKET the transport sends the ZLP as a transfer of its own.
    QTest::newRow("explicit ZLP, read 1024") << false << qsizetype(1024) << QList<qsizetype>{512};
}

void TestUsbTransport::zeroLengthPacket()
{
    QFETCH(bool, usbfsAddsZlp);
    QFETCH(qsizetype, readCapacity);
    QFETCH(QList<qsizetype>, reads);
    m_server.setZeroPacketCapability(usbfsAddsZlp);
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);

    const QByteArray container(512, 'c');
    QVERIFY(transport->bulkOut(container, true, 5s).ok());
    QCOMPARE(m_function->zeroLengthPacketsReceived(), 1);
    // Followed by a small response-like transfer, which must not merge into the first.
    QVERIFY(transport->bulkOut(QByteArray(12, 'r'), true, 5s).ok());

    QByteArray buffer(readCapacity, Qt::Uninitialized);
    for (const qsizetype expected : std::as_const(reads)) {
        Result<qsizetype> got = transport->bulkIn(buffer.data(), readCapacity, 5s);
        QVERIFY(got.ok());
        QCOMPARE(*got, expected);
    }
    Result<qsizetype> response = transport->bulkIn(buffer.data(), readCapacity, 5s);
    QVERIFY(response.ok());
    QCOMPARE(*response, qsizetype(12));
    QCOMPARE(buffer.left(12), QByteArray(12, 'r'));

    // Without endOfContainer no ZLP is sent (the container continues in the next call).
    QVERIFY(transport->bulkOut(container, false, 5s).ok());
    QCOMPARE(m_function->zeroLengthPacketsReceived(), 1);
}

void TestUsbTransport::smallReadsKeepBoundaries()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    // Three transfers queued back to back; read-ahead takes them all, the boundaries survive.
    const QByteArray first(1000, 'a'), second(300 * 1024 + 7, 'b'), third(20, 'c');
    QVERIFY(transport->bulkOut(first, true, 5s).ok());
    QVERIFY(transport->bulkOut(second, true, 5s).ok());
    QVERIFY(transport->bulkOut(third, true, 5s).ok());
    QTest::qWait(50);
    for (const QByteArray &expected : {first, second, third}) {
        Result<QByteArray> got = readTransfer(*transport, 512);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), expected.size());
        QVERIFY(*got == expected);
    }
}

void TestUsbTransport::controlAndEvents()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);

    Result<QByteArray> status = transport->control(0xa1, 0x67, 0, 0, {}, 64, 2s);
    QVERIFY(status.ok());
    QCOMPARE(*status, QByteArray("\x04\x00\x01\x20", 4));
    Result<QByteArray> unknown = transport->control(0xa1, 0x42, 0, 0, {}, 8, 2s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), ErrorCode::DeviceIo);

    Result<QByteArray> none = transport->interruptIn(50ms);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    const QByteArray event("\x10\x00\x00\x00\x04\x00\x04\x40\x00\x00\x00\x00\x01\x00\x01\x00", 16);
    m_function->queueEvent(event);
    Result<QByteArray> got = transport->interruptIn(2s);
    QVERIFY(got.ok());
    QCOMPARE(*got, event);
}

void TestUsbTransport::stallAndClearHalt()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    m_function->setStallIn(true);
    QByteArray buffer(512, Qt::Uninitialized);
    Result<qsizetype> stalled = transport->bulkIn(buffer.data(), buffer.size(), 2s);
    QVERIFY(!stalled.ok());
    QCOMPARE(stalled.error().code(), ErrorCode::DeviceIo);
    QVERIFY(stalled.error().detail().contains(QLatin1String("STALL")));
    QVERIFY(transport->clearHalt(Transport::Endpoint::BulkIn).ok());
    QVERIFY(transport->bulkOut(QByteArray(5, 'x'), true, 2s).ok());
    Result<qsizetype> got = transport->bulkIn(buffer.data(), buffer.size(), 2s);
    QVERIFY(got.ok());
    QCOMPARE(*got, qsizetype(5));
}

void TestUsbTransport::timeoutKeepsReadAhead()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    QByteArray buffer(1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    Result<qsizetype> nothing = transport->bulkIn(buffer.data(), buffer.size(), 150ms);
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().code(), ErrorCode::DeviceIo);
    QVERIFY(timer.elapsed() >= 140 && timer.elapsed() < 2000);
    // What arrives later is still delivered, in order, by the transfers left in flight.
    QVERIFY(transport->bulkOut(QByteArray(700, 'L'), true, 2s).ok());
    Result<qsizetype> late = transport->bulkIn(buffer.data(), buffer.size(), 2s);
    QVERIFY(late.ok());
    QCOMPARE(*late, qsizetype(700));
    QCOMPARE(buffer.left(700), QByteArray(700, 'L'));
}

void TestUsbTransport::interruptOverflow()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    m_function->queueEvent(QByteArray(200, 'e'));  // more than one interrupt packet
    Result<QByteArray> got = transport->interruptIn(2s);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code(), ErrorCode::DeviceIo);
    QVERIFY(got.error().detail().contains(QLatin1String("OVERFLOW")));
}

void TestUsbTransport::abortFromAnotherThread()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    std::thread aborter([&] {
        std::this_thread::sleep_for(200ms);
        transport->abort();
    });
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(4096, Qt::Uninitialized);
    Result<qsizetype> got = transport->bulkIn(buffer.data(), buffer.size(), 10s);
    aborter.join();
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code(), ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(transport->bulkOut(QByteArray(4, 'x'), true, 1s).error().code(), ErrorCode::Cancelled);

    transport->resume();
    QVERIFY(transport->bulkOut(QByteArray(7, 'y'), true, 2s).ok());
    got = transport->bulkIn(buffer.data(), buffer.size(), 2s);
    QVERIFY(got.ok());
    QCOMPARE(*got, qsizetype(7));
}

void TestUsbTransport::unplugDuringOut()
{
    m_function->setUnplugAfterBytes(1024 * 1024);
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    QElapsedTimer timer;
    timer.start();
    const Status sent = transport->bulkOut(QByteArray(8 * 1024 * 1024, 'u'), true, 5s);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code(), ErrorCode::NoDevice);
    QVERIFY(sent.error().message().contains(QLatin1String("disconnected")));
    QVERIFY(timer.elapsed() < 4000);
    QTRY_VERIFY(!m_server.isPlugged());
    QByteArray buffer(512, Qt::Uninitialized);
    Result<qsizetype> after = transport->bulkIn(buffer.data(), buffer.size(), 1s);
    QVERIFY(!after.ok());
    QCOMPARE(after.error().code(), ErrorCode::NoDevice);
}

void TestUsbTransport::unplugDuringIn()
{
    QVERIFY(m_server.plug(*m_function).ok());
    std::unique_ptr<UsbTransport> transport = openTransport();
    QVERIFY(transport);
    std::thread unplugger([&] {
        std::this_thread::sleep_for(200ms);
        m_function->setConnected(false);
    });
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(4096, Qt::Uninitialized);
    Result<qsizetype> got = transport->bulkIn(buffer.data(), buffer.size(), 10s);
    unplugger.join();
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code(), ErrorCode::NoDevice);
    QVERIFY(timer.elapsed() < 4000);
}

LIFEBOAT_UMOCKDEV_TEST_MAIN(TestUsbTransport)

#include "tst_usbtransport.moc"
