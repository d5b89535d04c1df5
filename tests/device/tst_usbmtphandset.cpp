// The whole real path: MtpHandset -> UsbTransport -> libusb -> umockdev -> UsbfsEmulator ->
// MtpResponder, with the virtual handset's storage backed by a directory.

#include "UmockdevTestMain.h"

#include "device/mtp/MtpHandset.h"
#include "device/usb/UsbContext.h"
#include "device/usb/UsbTransport.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

using namespace Lifeboat;

class TestUsbMtpHandset : public QObject
{
    Q_OBJECT

public:
    explicit TestUsbMtpHandset(UmockdevServer &server) : m_server(server) {}

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readEverything_data();
    void readEverything();
    void writeAndDelete();
    void busy();
    void unplugDuringRead();

private:
    Result<std::unique_ptr<MtpHandset>> plugAndOpen(const VirtualHandsetFaults &faults = {},
                                                    VirtualHandsetProfile::Kind profile
                                                    = VirtualHandsetProfile::Kind::Lifeboat,
                                                    int maxPacketSize = 512);
    static QByteArray pattern(qsizetype size, quint32 seed);
    static QByteArray readAll(MtpHandset &handset, const HandsetObject &object, Status *status);

    UmockdevServer &m_server;
    std::unique_ptr<UsbContext> m_context;
    std::unique_ptr<MtpResponder> m_responder;
    QTemporaryDir m_root;
    QMap<QString, QByteArray> m_files;
};

QByteArray TestUsbMtpHandset::pattern(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        seed = seed * 1103515245u + 12345u;
        c = char(seed >> 23);
    }
    return bytes;
}

QByteArray TestUsbMtpHandset::readAll(MtpHandset &handset, const HandsetObject &object, Status *status)
{
    QByteArray bytes;
    *status = handset.readObject(object, 0, [&](const char *data, qsizetype size) -> Status {
        bytes.append(data, size);
        return {};
    });
    return bytes;
}

Result<std::unique_ptr<MtpHandset>> TestUsbMtpHandset::plugAndOpen(const VirtualHandsetFaults &faults,
                                                                   VirtualHandsetProfile::Kind profile,
                                                                   int maxPacketSize)
{
    VirtualHandsetOptions options;
    options.rootDirectory = m_root.path();
    options.faults = faults;
    options.profile = profile;
    options.maxPacketSize = maxPacketSize;
    Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(options);
    if (!responder)
        return responder.error();
    m_responder = std::move(responder).value();
    MtpResponder *raw = m_responder.get();
    m_server.setBusyCheck([raw] { return raw->interfaceBusy(); });
    if (Status plugged = m_server.plug(*m_responder); !plugged)
        return plugged.error();

    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        Result<QList<UsbDeviceInfo>> devices = m_context->findMtpDevices();
        if (devices && !devices->isEmpty() && devices->first().address == m_server.deviceAddress()) {
            const UsbDeviceInfo device = devices->first();
            Result<std::unique_ptr<UsbTransport>> transport = m_context->open(device);
            if (!transport)
                return transport.error();
            return MtpHandset::open(std::move(transport).value(), device.vendorId, device.productId);
        }
        QTest::qWait(20);
    }
    return Error(ErrorCode::NoDevice, QStringLiteral("not found"));
}

void TestUsbMtpHandset::initTestCase()
{
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    QVERIFY(context.ok());
    m_context = std::move(context).value();
    QVERIFY(m_root.isValid());
    m_files = {
        {QStringLiteral("DCIM/Camera/IMG_0001.jpg"), pattern(5 * 1024 * 1024 + 3, 1)},
        {QStringLiteral("DCIM/Camera/IMG_0002.jpg"), pattern(512 - 12, 2)},  // container = 512
        {QStringLiteral("DCIM/Camera/IMG_0003.jpg"), pattern(1024 * 1024 - 12, 3)},
        {QStringLiteral("Contacts/anna.vcf"),
         QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nN:;Anna;;;\r\nEND:VCARD\r\n")},
        {QStringLiteral("Contacts/empty.vcf"), QByteArray()},
    };
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QString path = m_root.filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

void TestUsbMtpHandset::cleanup()
{
    m_server.unplug();
    m_server.setBusyCheck({});
}

void TestUsbMtpHandset::readEverything_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("profile");
    QTest::addColumn<int>("maxPacketSize");
    QTest::newRow("lifeboat, high speed") << VirtualHandsetProfile::Kind::Lifeboat << 512;
    QTest::newRow("android, high speed") << VirtualHandsetProfile::Kind::Android << 512;
    QTest::newRow("lifeboat, full speed") << VirtualHandsetProfile::Kind::Lifeboat << 64;
}

void TestUsbMtpHandset::readEverything()
{
    QFETCH(VirtualHandsetProfile::Kind, profile);
    QFETCH(int, maxPacketSize);
    Result<std::unique_ptr<MtpHandset>> handset = plugAndOpen({}, profile, maxPacketSize);
    QVERIFY2(handset.ok(), handset ? "" : qPrintable(handset.error().toString()));
    Result<QList<HandsetObject>> objects = (*handset)->listObjects();
    QVERIFY2(objects.ok(), objects ? "" : qPrintable(objects.error().toString()));
    int files = 0;
    for (const HandsetObject &object : std::as_const(*objects)) {
        if (object.isFolder)
            continue;
        QVERIFY2(m_files.contains(object.path()), qPrintable(object.path()));
        Status status;
        const QByteArray bytes = readAll(**handset, object, &status);
        QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().toString()));
        QCOMPARE(bytes.size(), m_files.value(object.path()).size());
        QVERIFY(bytes == m_files.value(object.path()));
        ++files;
    }
    QCOMPARE(files, m_files.size());
}

void TestUsbMtpHandset::writeAndDelete()
{
    Result<std::unique_ptr<MtpHandset>> handset = plugAndOpen();
    QVERIFY2(handset.ok(), handset ? "" : qPrintable(handset.error().toString()));
    const quint32 storage = (*handset)->storages()->first().id;
    const QByteArray photo = pattern(3 * 1024 * 1024 + 500, 9);
    qsizetype offset = 0;
    Result<HandsetObject> written = (*handset)->writeObject(
        storage, QStringLiteral("DCIM/Camera"), QStringLiteral("IMG_0100.jpg"), 0x3801,
        quint64(photo.size()), QDateTime::currentDateTimeUtc(),
        [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
            const qsizetype n = qMin(capacity, photo.size() - offset);
            std::memcpy(buffer, photo.constData() + offset, size_t(n));
            offset += n;
            return n;
        });
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().toString()));
    QFile stored(m_root.filePath(QStringLiteral("DCIM/Camera/IMG_0100.jpg")));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == photo);
    stored.close();
    QVERIFY((*handset)->deleteObject(*written).ok());
    QVERIFY(!stored.exists());
}

void TestUsbMtpHandset::busy()
{
    VirtualHandsetFaults faults;
    faults.interfaceBusy = true;
    Result<std::unique_ptr<MtpHandset>> handset = plugAndOpen(faults);
    QVERIFY(!handset.ok());
    QCOMPARE(handset.error().code(), ErrorCode::Busy);
    QVERIFY(handset.error().message().contains(QLatin1String("file manager")));
}

void TestUsbMtpHandset::unplugDuringRead()
{
    VirtualHandsetFaults faults;
    faults.unplugAfterBytes = 2 * 1024 * 1024;
    Result<std::unique_ptr<MtpHandset>> handset = plugAndOpen(faults);
    QVERIFY2(handset.ok(), handset ? "" : qPrintable(handset.error().toString()));
    Result<QList<HandsetObject>> objects = (*handset)->listObjects();
    QVERIFY(objects.ok());
    for (const HandsetObject &object : std::as_const(*objects)) {
        if (object.name != QLatin1String("IMG_0001.jpg"))
            continue;
        QElapsedTimer timer;
        timer.start();
        Status status;
        readAll(**handset, object, &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::NoDevice);
        QVERIFY(timer.elapsed() < 10000);
        return;
    }
    QFAIL("IMG_0001.jpg not listed");
}

LIFEBOAT_UMOCKDEV_TEST_MAIN(TestUsbMtpHandset)

#include "tst_usbmtphandset.moc"
