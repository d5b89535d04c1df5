#include "UmockdevTestMain.h"

#include "device/usb/UsbContext.h"
#include "device/usb/UsbMonitor.h"
#include "device/usb/umockdev/EchoUsbFunction.h"

#include <QSignalSpy>

using namespace Lifeboat;
using namespace std::chrono_literals;

class TestUsbMonitor : public QObject
{
    Q_OBJECT

public:
    explicit TestUsbMonitor(UmockdevServer &server) : m_server(server) {}

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void plugAndUnplug_data();
    void plugAndUnplug();
    void presentAtStart_data();
    void presentAtStart();

private:
    UmockdevServer &m_server;
    std::unique_ptr<UsbContext> m_context;
    EchoUsbFunction m_function;
};

void TestUsbMonitor::initTestCase()
{
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    QVERIFY(context.ok());
    m_context = std::move(context).value();
    QVERIFY2(m_context->hasHotplug(), "libusb on Linux has hot-plug support");
}

void TestUsbMonitor::cleanup()
{
    m_server.unplug();
    m_function.setConnected(true);
}

void TestUsbMonitor::plugAndUnplug_data()
{
    QTest::addColumn<bool>("polling");
    QTest::addColumn<bool>("unplugByFunction");
    QTest::newRow("hot-plug") << false << false;
    QTest::newRow("hot-plug, function disconnects") << false << true;
    QTest::newRow("polling") << true << false;
}

void TestUsbMonitor::plugAndUnplug()
{
    QFETCH(bool, polling);
    QFETCH(bool, unplugByFunction);
    UsbMonitor monitor(*m_context);
    monitor.setPollInterval(200ms);
    QSignalSpy arrived(&monitor, &UsbMonitor::deviceArrived);
    QSignalSpy left(&monitor, &UsbMonitor::deviceLeft);
    monitor.start(polling ? UsbMonitor::Mode::Polling : UsbMonitor::Mode::Automatic);
    QCOMPARE(monitor.isPolling(), polling);
    QTest::qWait(100);
    QCOMPARE(arrived.size(), 0);

    QVERIFY(m_server.plug(m_function).ok());
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
    const auto device = arrived.first().first().value<UsbDeviceInfo>();
    QCOMPARE(device.address, m_server.deviceAddress());
    QCOMPARE(device.vidPid(), QStringLiteral("1d6b:0104"));
    QCOMPARE(device.product, QStringLiteral("Echo Function"));
    QCOMPARE(monitor.devices().size(), 1);

    if (unplugByFunction)
        m_function.setConnected(false);
    else
        m_server.unplug();
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
    QVERIFY(left.first().first().value<UsbDeviceInfo>().sameDevice(device));
    QVERIFY(monitor.devices().isEmpty());
    QTest::qWait(100);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(left.size(), 1);
}

void TestUsbMonitor::presentAtStart_data()
{
    QTest::addColumn<bool>("polling");
    QTest::newRow("hot-plug") << false;
    QTest::newRow("polling") << true;
}

void TestUsbMonitor::presentAtStart()
{
    QFETCH(bool, polling);
    QVERIFY(m_server.plug(m_function).ok());
    QTest::qWait(100);  // let libusb's own udev thread see the device
    UsbMonitor monitor(*m_context);
    QSignalSpy arrived(&monitor, &UsbMonitor::deviceArrived);
    monitor.start(polling ? UsbMonitor::Mode::Polling : UsbMonitor::Mode::Automatic);
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
    QCOMPARE(arrived.first().first().value<UsbDeviceInfo>().address, m_server.deviceAddress());
    monitor.stop();
}

LIFEBOAT_UMOCKDEV_TEST_MAIN(TestUsbMonitor)

#include "tst_usbmonitor.moc"
