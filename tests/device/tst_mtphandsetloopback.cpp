// Lifeboat's MTP initiator (MtpHandset) against the virtual handset, in-process through
// LoopbackTransport: the two sides written from the same documents must agree on the wire.

#include "device/mtp/MtpHandset.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace {

DemoContentOptions smallDemo()
{
    DemoContentOptions demo;
    demo.contacts = 9;
    demo.events = 6;
    demo.todos = 3;
    demo.photos = 2;
    return demo;
}

std::unique_ptr<MtpResponder> makeHandset(const VirtualHandsetOptions &options)
{
    Result<std::unique_ptr<MtpResponder>> handset = createVirtualHandset(options);
    return handset ? std::move(handset.value()) : nullptr;
}

std::unique_ptr<MtpHandset> openOver(MtpResponder &responder)
{
    const UsbFunction::Identity id = responder.identity();
    Result<std::unique_ptr<MtpHandset>> opened =
        MtpHandset::open(std::make_unique<LoopbackTransport>(responder), id.vendorId, id.productId);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened.value());
}

QByteArray readAll(MtpHandset &handset, const HandsetObject &object, quint64 offset = 0)
{
    QByteArray bytes;
    const Status read = handset.readObject(object, offset, [&](const char *data, qsizetype size) -> Status {
        bytes.append(data, size);
        return {};
    });
    if (!read)
        qWarning("%s", qPrintable(read.error().toString()));
    return read ? bytes : QByteArray();
}

const HandsetObject *find(const QList<HandsetObject> &objects, const QString &path)
{
    for (const HandsetObject &o : objects) {
        if (o.path() == path)
            return &o;
    }
    return nullptr;
}

} // namespace

class tst_MtpHandsetLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAndRead_data();
    void listAndRead();
    void restoreIntoDirectory_data();
    void restoreIntoDirectory();
    void lockedUntilStoreAdded();
    void objectLargerThan4GiB();
};

void tst_MtpHandsetLoopback::listAndRead_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("profile");
    QTest::addColumn<int>("packet");
    QTest::newRow("lifeboat 512") << VirtualHandsetProfile::Kind::Lifeboat << 512;
    QTest::newRow("android 512") << VirtualHandsetProfile::Kind::Android << 512;
    QTest::newRow("lifeboat 64") << VirtualHandsetProfile::Kind::Lifeboat << 64;
    QTest::newRow("android 1024") << VirtualHandsetProfile::Kind::Android << 1024;
}

void tst_MtpHandsetLoopback::listAndRead()
{
    QFETCH(VirtualHandsetProfile::Kind, profile);
    QFETCH(int, packet);
    VirtualHandsetOptions options;
    options.profile = profile;
    options.demo = smallDemo();
    options.demo.photoSize = 100'000;
    options.maxPacketSize = packet;
    options.serialNumber = u"LOOP-1"_qs;
    auto responder = makeHandset(options);
    QVERIFY(responder);
    auto handset = openOver(*responder);
    QVERIFY(handset);

    const Result<HandsetIdentity> identity = handset->identity();
    QVERIFY(identity);
    QCOMPARE(identity->serialNumber, u"LOOP-1"_qs);
    QCOMPARE(identity->batteryPercent, 87);
    QCOMPARE(identity->manufacturer, VirtualHandsetProfile(profile).manufacturer());

    const Result<QList<HandsetStorage>> storages = handset->storages();
    QVERIFY(storages);
    QCOMPARE(storages->size(), 1);

    const Result<QList<HandsetObject>> objects = handset->listObjects();
    QVERIFY2(objects, objects ? "" : qPrintable(objects.error().toString()));
    QCOMPARE(objects->size(), 5 + 9 + 7 + 3 + 2);
    const HandsetObject *card = find(*objects, u"Contacts/contact-0002.vcf"_qs);
    QVERIFY(card);
    QVERIFY(readAll(*handset, *card).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));

    QList<HandsetObject> photos;
    for (const HandsetObject &o : *objects) {
        if (o.parentPath == u"DCIM/Camera")
            photos.append(o);
    }
    QCOMPARE(photos.size(), 2);
    QCOMPARE(photos.first().size, 100'000u);
    const QByteArray jpeg = readAll(*handset, photos.first());
    QCOMPARE(jpeg.size(), 100'000);
    QVERIFY(jpeg.startsWith("\xFF\xD8") && jpeg.endsWith("\xFF\xD9"));
    // Resuming mid-object gives the same bytes.
    QCOMPARE(readAll(*handset, photos.first(), 40'000), jpeg.mid(40'000));
}

void tst_MtpHandsetLoopback::restoreIntoDirectory_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("profile");
    QTest::newRow("lifeboat") << VirtualHandsetProfile::Kind::Lifeboat;
    QTest::newRow("android") << VirtualHandsetProfile::Kind::Android;
}

void tst_MtpHandsetLoopback::restoreIntoDirectory()
{
    QFETCH(VirtualHandsetProfile::Kind, profile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    VirtualHandsetOptions options;
    options.profile = profile;
    options.rootDirectory = dir.path();
    auto responder = makeHandset(options);
    QVERIFY(responder);
    auto handset = openOver(*responder);
    QVERIFY(handset);
    const quint32 storage = handset->storages()->first().id;

    const Result<HandsetObject> folder = handset->createFolder(storage, u"Restored/Contacts"_qs);
    QVERIFY2(folder, folder ? "" : qPrintable(folder.error().toString()));
    QVERIFY(QFileInfo(dir.filePath(u"Restored/Contacts"_qs)).isDir());

    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nN:;Zoë;;;\r\nEND:VCARD\r\n";
    const QDateTime modified(QDate(2022, 3, 4), QTime(5, 6, 7), Qt::UTC);
    qsizetype offset = 0;
    const Result<HandsetObject> written = handset->writeObject(
        storage, u"Restored/Contacts"_qs, u"zoe.vcf"_qs, 0xBB83, quint64(card.size()), modified,
        [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
            const qsizetype n = qMin(capacity, card.size() - offset);
            memcpy(buffer, card.constData() + offset, size_t(n));
            offset += n;
            return n;
        });
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QFile file(dir.filePath(u"Restored/Contacts/zoe.vcf"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), card);
    QCOMPARE(QFileInfo(file).lastModified().toUTC(), modified);
    QCOMPARE(readAll(*handset, *written), card);

    QVERIFY(handset->deleteObject(*written).ok());
    QVERIFY(!QFileInfo::exists(file.fileName()));
}

void tst_MtpHandsetLoopback::lockedUntilStoreAdded()
{
    VirtualHandsetOptions options;
    options.profile = VirtualHandsetProfile::Kind::Android;
    options.demo = smallDemo();
    options.faults.lockedFor = std::chrono::milliseconds(-1);
    auto responder = makeHandset(options);
    QVERIFY(responder);
    auto handset = openOver(*responder);
    QVERIFY(handset);
    QVERIFY(handset->storages()->isEmpty());
    const Result<QList<HandsetObject>> locked = handset->listObjects();
    QVERIFY(!locked);
    QCOMPARE(locked.error().code(), ErrorCode::Locked);
    responder->unlock();
    const Result<std::optional<HandsetEvent>> event = handset->waitForEvent(2s);
    QVERIFY(event);
    QVERIFY(event->has_value());
    QCOMPARE((*event)->type, HandsetEvent::Type::StorageAdded);
    QCOMPARE(handset->storages()->size(), 1);
    QVERIFY(handset->listObjects().ok());
}

void tst_MtpHandsetLoopback::objectLargerThan4GiB()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.demo.largeObjectSize = (quint64(4) << 30) + 12345;
    auto responder = makeHandset(options);
    QVERIFY(responder);
    auto handset = openOver(*responder);
    QVERIFY(handset);
    const Result<QList<HandsetObject>> objects = handset->listObjects();
    QVERIFY(objects);
    const HandsetObject *large = find(*objects, u"DCIM/Camera/VID_large.jpg"_qs);
    QVERIFY(large);
    QCOMPARE(large->size, options.demo.largeObjectSize);
    const QByteArray tail = readAll(*handset, *large, large->size - 1000);
    QCOMPARE(tail.size(), 1000);
    QVERIFY(tail.endsWith("\xFF\xD9"));
}

QTEST_GUILESS_MAIN(tst_MtpHandsetLoopback)
#include "tst_mtphandsetloopback.moc"
