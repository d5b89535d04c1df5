// MtpHandset end to end: the real initiator against the virtual handset (MtpResponder) through
// the in-process LoopbackTransport, for every Handset operation, both profiles and the faults.

#include "device/mtp/MtpHandset.h"
#include "device/mtp/MtpObjectLister.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace {

// The responder must outlive the handset (which owns the transport that points at it).
struct Rig
{
    std::unique_ptr<MtpResponder> responder;
    std::unique_ptr<MtpHandset> handset;
};

Result<Rig> makeRig(const VirtualHandsetOptions &options)
{
    Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(options);
    if (!responder)
        return responder.error();
    Rig rig;
    rig.responder = std::move(*responder);
    const VirtualHandsetProfile profile(options.profile);
    Result<std::unique_ptr<MtpHandset>> handset
        = MtpHandset::open(std::make_unique<LoopbackTransport>(*rig.responder), profile.vendorId(),
                           profile.productId());
    if (!handset)
        return handset.error();
    rig.handset = std::move(*handset);
    rig.handset->session().setCancelPollInterval(5ms);
    return rig;
}

VirtualHandsetOptions smallDemo(VirtualHandsetProfile::Kind kind, int packetSize = 512)
{
    VirtualHandsetOptions options;
    options.profile = kind;
    options.maxPacketSize = packetSize;
    options.demo.contacts = 5;
    options.demo.events = 3;
    options.demo.todos = 2;
    options.demo.photos = 4;
    return options;
}

QByteArray readAll(Handset &handset, const HandsetObject &object, quint64 offset = 0,
                   Status *status = nullptr)
{
    QByteArray bytes;
    const Status read = handset.readObject(object, offset, [&bytes](const char *data, qsizetype n) {
        bytes.append(data, n);
        return Status();
    });
    if (status)
        *status = read;
    return read ? bytes : QByteArray();
}

const HandsetObject *find(const QList<HandsetObject> &objects, const QString &path)
{
    for (const HandsetObject &object : objects) {
        if (object.path() == path)
            return &object;
    }
    return nullptr;
}

QString describe(const Error &error)
{
    return error.toString();
}

} // namespace

class tst_MtpHandset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityAndStorage_data();
    void identityAndStorage();
    void listingAndReading_data();
    void listingAndReading();
    void bothListingWaysAgree_data();
    void bothListingWaysAgree();
    void writeCreateDelete_data();
    void writeCreateDelete();
    void cancelDuringWrite();
    void lockedUntilUnlocked();
    void cancelDuringRead();
    void objectOf5GiB();
    void faults_data();
    void faults();
    void hostileNames();
    void unplugged();
};

void tst_MtpHandset::identityAndStorage_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("kind");
    QTest::newRow("lifeboat") << VirtualHandsetProfile::Kind::Lifeboat;
    QTest::newRow("android") << VirtualHandsetProfile::Kind::Android;
}

void tst_MtpHandset::identityAndStorage()
{
    QFETCH(VirtualHandsetProfile::Kind, kind);
    VirtualHandsetOptions options = smallDemo(kind);
    options.friendlyName = QStringLiteral("Anna's phone");
    Result<Rig> rig = makeRig(options);
    QVERIFY2(rig.ok(), qPrintable(rig ? QString() : describe(rig.error())));
    Handset &handset = *rig->handset;
    const VirtualHandsetProfile profile(kind);

    const Result<HandsetIdentity> identity = handset.identity();
    QVERIFY(identity.ok());
    QCOMPARE(identity->manufacturer, profile.manufacturer());
    QCOMPARE(identity->model, profile.model());
    QCOMPARE(identity->serialNumber, options.serialNumber);
    QCOMPARE(identity->friendlyName, options.friendlyName);
    QCOMPARE(identity->batteryPercent, options.batteryPercent);
    QCOMPARE(identity->vendorExtension, profile.vendorExtension());
    QCOMPARE(rig->handset->quirks().android, kind == VirtualHandsetProfile::Kind::Android);

    const HandsetCapabilities capabilities = handset.capabilities();
    QVERIFY(capabilities.partialRead);
    QVERIFY(capabilities.deleteObjects);
    QVERIFY(capabilities.createFolders);

    const Result<QList<HandsetStorage>> storages = handset.storages();
    QVERIFY(storages.ok());
    QCOMPARE(storages->size(), 1);
    QCOMPARE(storages->first().id, VirtualStorageId);
    QVERIFY(storages->first().capacity > 0);
    QVERIFY(!storages->first().readOnly);
}

void tst_MtpHandset::listingAndReading_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("kind");
    QTest::addColumn<int>("packetSize");
    QTest::newRow("lifeboat hs") << VirtualHandsetProfile::Kind::Lifeboat << 512;
    QTest::newRow("lifeboat fs") << VirtualHandsetProfile::Kind::Lifeboat << 64;
    QTest::newRow("android ss") << VirtualHandsetProfile::Kind::Android << 1024;
}

void tst_MtpHandset::listingAndReading()
{
    QFETCH(VirtualHandsetProfile::Kind, kind);
    QFETCH(int, packetSize);
    const VirtualHandsetOptions options = smallDemo(kind, packetSize);
    Result<Rig> rig = makeRig(options);
    QVERIFY2(rig.ok(), qPrintable(rig ? QString() : describe(rig.error())));
    Handset &handset = *rig->handset;

    qsizetype progress = 0;
    const Result<QList<HandsetObject>> objects
        = handset.listObjects([&progress](qsizetype n) { progress = n; });
    QVERIFY2(objects.ok(), qPrintable(objects ? QString() : describe(objects.error())));
    QVERIFY(rig->handset->lastListingUsedObjPropList());
    QCOMPARE(progress, objects->size());

    int photos = 0;
    int folders = 0;
    for (const HandsetObject &object : *objects) {
        QVERIFY(object.storageId == VirtualStorageId);
        QVERIFY(!object.parentPath.startsWith(MtpObjectLister::LostAndFound));
        if (object.isFolder)
            ++folders;
        else if (object.parentPath == u"DCIM/Camera" && object.name.endsWith(u".jpg"))
            ++photos;
    }
    QCOMPARE(photos, options.demo.photos);
    QVERIFY(folders >= 2);
    QVERIFY(find(*objects, QStringLiteral("DCIM/Camera")));
    QVERIFY(find(*objects, QStringLiteral("DCIM/Camera"))->isFolder);

    const HandsetObject *photo = nullptr;
    for (const HandsetObject &object : *objects) {
        if (!object.isFolder && object.parentPath == u"DCIM/Camera") {
            photo = &object;
            break;
        }
    }
    QVERIFY(photo);
    QVERIFY(photo->modified.isValid());
    Status status;
    const QByteArray whole = readAll(handset, *photo, 0, &status);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : describe(status.error())));
    QCOMPARE(quint64(whole.size()), photo->size);
    QVERIFY(whole.startsWith("\xFF\xD8")); // a JPEG
    for (const quint64 offset :
         {quint64(1), quint64(511), quint64(512), photo->size / 2, photo->size - 1, photo->size}) {
        const QByteArray tail = readAll(handset, *photo, offset, &status);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : describe(status.error())));
        QCOMPARE(tail, whole.mid(qsizetype(offset)));
    }
}

void tst_MtpHandset::bothListingWaysAgree_data()
{
    identityAndStorage_data();
}

void tst_MtpHandset::bothListingWaysAgree()
{
    QFETCH(VirtualHandsetProfile::Kind, kind);
    Result<Rig> rig = makeRig(smallDemo(kind));
    QVERIFY(rig.ok());
    MtpHandset &handset = *rig->handset;
    const Result<QList<HandsetObject>> fast = handset.listObjects();
    QVERIFY(fast.ok());
    QVERIFY(handset.lastListingUsedObjPropList());
    const quint64 before = handset.session().transactionCount();
    MtpQuirks quirks = handset.quirks();
    quirks.brokenObjPropList = true;
    handset.session().setQuirks(quirks);
    const Result<QList<HandsetObject>> slow = handset.listObjects();
    QVERIFY(slow.ok());
    QVERIFY(!handset.lastListingUsedObjPropList());
    QVERIFY(handset.session().transactionCount() - before > quint64(slow->size()));
    const auto key = [](const HandsetObject &o) {
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(o.path())
            .arg(o.size)
            .arg(o.format)
            .arg(o.isFolder)
            .arg(o.modified.toString(Qt::ISODate));
    };
    QStringList a, b;
    for (const HandsetObject &o : *fast)
        a.append(key(o));
    for (const HandsetObject &o : *slow)
        b.append(key(o));
    a.sort();
    b.sort();
    QCOMPARE(a, b);
}

void tst_MtpHandset::writeCreateDelete_data()
{
    identityAndStorage_data();
}

void tst_MtpHandset::writeCreateDelete()
{
    QFETCH(VirtualHandsetProfile::Kind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("DCIM")));
    VirtualHandsetOptions options;
    options.profile = kind;
    options.rootDirectory = dir.path();
    Result<Rig> rig = makeRig(options);
    QVERIFY2(rig.ok(), qPrintable(rig ? QString() : describe(rig.error())));
    Handset &handset = *rig->handset;
    QVERIFY(handset.listObjects().ok());

    // Missing parents are created; an existing folder is returned as is.
    const Result<HandsetObject> folder
        = handset.createFolder(VirtualStorageId, QStringLiteral("DCIM/Restored/2024"));
    QVERIFY2(folder.ok(), qPrintable(folder ? QString() : describe(folder.error())));
    QVERIFY(folder->isFolder);
    QCOMPARE(folder->path(), QStringLiteral("DCIM/Restored/2024"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("DCIM/Restored/2024"))).isDir());
    const Result<HandsetObject> again
        = handset.createFolder(VirtualStorageId, QStringLiteral("DCIM/Restored/2024"));
    QVERIFY(again.ok());
    QCOMPARE(again->handle, folder->handle);
    QCOMPARE(handset.createFolder(VirtualStorageId, QStringLiteral("a/../b")).error().code(),
             ErrorCode::Usage);

    for (const qsizetype size :
         {qsizetype(0), qsizetype(500), qsizetype(1012), qsizetype(300000)}) {
        QByteArray content(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            content[i] = char(i * 13);
        qsizetype offset = 0;
        const ByteSource source = [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
            const qsizetype n = qMin(capacity, content.size() - offset);
            memcpy(buffer, content.constData() + offset, size_t(n));
            offset += n;
            return n;
        };
        const QString name = QStringLiteral("file-%1.bin").arg(size);
        const QDateTime modified(QDate(2023, 6, 1), QTime(12, 30), Qt::UTC);
        const Result<HandsetObject> written
            = handset.writeObject(VirtualStorageId, QStringLiteral("DCIM/Restored/2024"), name,
                                  Mtp::Format::Undefined, quint64(size), modified, source);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : describe(written.error())));
        QCOMPARE(written->path(), QStringLiteral("DCIM/Restored/2024/") + name);
        QFile onDisk(dir.filePath(QStringLiteral("DCIM/Restored/2024/") + name));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), content);
        QCOMPARE(readAll(handset, *written), content);
    }

    const Result<QList<HandsetObject>> listed = handset.listObjects();
    QVERIFY(listed.ok());
    const HandsetObject *file = find(*listed, QStringLiteral("DCIM/Restored/2024/file-500.bin"));
    QVERIFY(file);
    QCOMPARE(file->size, 500u);
    if (handset.capabilities().setModificationDate)
        QCOMPARE(file->modified.toUTC(), QDateTime(QDate(2023, 6, 1), QTime(12, 30), Qt::UTC));
    QVERIFY(handset.deleteObject(*file).ok());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("DCIM/Restored/2024/file-500.bin"))));
    QCOMPARE(handset.deleteObject(*file).error().code(), ErrorCode::NotFound);

    const ByteSource none = [](char *, qsizetype) -> Result<qsizetype> { return 0; };
    QCOMPARE(handset
                 .writeObject(VirtualStorageId, QStringLiteral("Nowhere"), QStringLiteral("x"),
                              Mtp::Format::Undefined, 0, {}, none)
                 .error()
                 .code(),
             ErrorCode::NotFound);
    QCOMPARE(handset
                 .writeObject(VirtualStorageId, QString(), QStringLiteral("a/b"),
                              Mtp::Format::Undefined, 0, {}, none)
                 .error()
                 .code(),
             ErrorCode::Usage);
}

void tst_MtpHandset::cancelDuringWrite()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("DCIM")));
    VirtualHandsetOptions options;
    options.profile = VirtualHandsetProfile::Kind::Android;
    options.rootDirectory = dir.path();
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    Handset &handset = *rig->handset;
    const quint64 size = 64ULL << 20;
    quint64 offered = 0;
    std::thread canceller;
    const ByteSource source = [&](char *buffer, qsizetype capacity) -> Result<qsizetype> {
        const qsizetype n = qsizetype(qMin(quint64(capacity), size - offered));
        memset(buffer, 'x', size_t(n));
        offered += quint64(n);
        if (offered >= (4u << 20) && !canceller.joinable())
            canceller = std::thread([&handset] { handset.cancel(); });
        return n;
    };
    const Result<HandsetObject> written
        = handset.writeObject(VirtualStorageId, QStringLiteral("DCIM"), QStringLiteral("big.bin"),
                              Mtp::Format::Undefined, size, {}, source);
    canceller.join();
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Cancelled);
    QVERIFY(offered < size);
    handset.resetCancel();
    const Result<QList<HandsetObject>> objects = handset.listObjects();
    QVERIFY2(objects.ok(), qPrintable(objects ? QString() : describe(objects.error())));
    QVERIFY(!find(*objects, QStringLiteral("DCIM/big.bin")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("DCIM/big.bin"))));
}

void tst_MtpHandset::lockedUntilUnlocked()
{
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Android);
    options.faults.lockedFor = -1ms;
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    Handset &handset = *rig->handset;
    const Result<QList<HandsetStorage>> storages = handset.storages();
    QVERIFY(storages.ok());
    QVERIFY(storages->isEmpty());
    const Result<QList<HandsetObject>> locked = handset.listObjects();
    QCOMPARE(locked.error().code(), ErrorCode::Locked);
    QCOMPARE(locked.error().message(),
             QStringLiteral("The handset is locked. Unlock it and keep it connected."));

    rig->responder->unlock();
    std::optional<HandsetEvent> added;
    for (int i = 0; i < 10 && !added; ++i) {
        const Result<std::optional<HandsetEvent>> event = handset.waitForEvent(200ms);
        QVERIFY(event.ok());
        if (*event && (*event)->type == HandsetEvent::Type::StorageAdded)
            added = *event;
    }
    QVERIFY(added);
    QCOMPARE(added->id, VirtualStorageId);
    const Result<QList<HandsetObject>> objects = handset.listObjects();
    QVERIFY(objects.ok());
    QVERIFY(!objects->isEmpty());

    const Result<std::optional<HandsetEvent>> quiet = handset.waitForEvent(20ms);
    QVERIFY(quiet.ok());
    QVERIFY(!quiet->has_value());
}

void tst_MtpHandset::cancelDuringRead()
{
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Android);
    options.demo.largeObjectSize = 256ULL << 20;
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    Handset &handset = *rig->handset;
    const Result<QList<HandsetObject>> objects = handset.listObjects();
    QVERIFY(objects.ok());
    const HandsetObject *large = find(*objects, QStringLiteral("DCIM/Camera/VID_large.jpg"));
    QVERIFY(large);

    quint64 received = 0;
    std::thread canceller;
    QElapsedTimer timer;
    timer.start();
    const Status read = handset.readObject(*large, 0, [&](const char *, qsizetype n) {
        received += quint64(n);
        if (received >= (8u << 20) && !canceller.joinable())
            canceller = std::thread([&handset] { handset.cancel(); });
        return Status();
    });
    canceller.join();
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::Cancelled);
    QVERIFY(received < large->size);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Still cancelled until reset; then the same session carries on.
    QCOMPARE(handset.storages().error().code(), ErrorCode::Cancelled);
    handset.resetCancel();
    const Result<QList<HandsetObject>> again = handset.listObjects();
    QVERIFY2(again.ok(), qPrintable(again ? QString() : describe(again.error())));
    QCOMPARE(again->size(), objects->size());
    const HandsetObject *photo = find(*again, again->last().path());
    QVERIFY(photo);
}

void tst_MtpHandset::objectOf5GiB()
{
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Android);
    options.demo.largeObjectSize = (5ULL << 30) + 3;
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    MtpHandset &handset = *rig->handset;
    for (const bool objPropList : {true, false}) {
        MtpQuirks quirks = handset.quirks();
        quirks.brokenObjPropList = !objPropList;
        handset.session().setQuirks(quirks);
        const Result<QList<HandsetObject>> objects = handset.listObjects();
        QVERIFY(objects.ok());
        const HandsetObject *large = find(*objects, QStringLiteral("DCIM/Camera/VID_large.jpg"));
        QVERIFY(large);
        QCOMPARE(large->size, options.demo.largeObjectSize);
        // The tail, past 4 GiB, through GetPartialObject64.
        Status status;
        const QByteArray tail = readAll(handset, *large, large->size - 5000, &status);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : describe(status.error())));
        QCOMPARE(tail.size(), 5000);
    }
}

void tst_MtpHandset::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("readSucceeds");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no ZLPs") << QStringLiteral("noZeroLengthPackets") << true
                             << ErrorCode::DeviceIo;
    QTest::newRow("header alone") << QStringLiteral("headerInOwnPacket") << true
                                  << ErrorCode::DeviceIo;
    QTest::newRow("fewer bytes") << QStringLiteral("fewerBytesThanAnnounced") << false
                                 << ErrorCode::DeviceIo;
    QTest::newRow("more bytes") << QStringLiteral("moreBytesThanAnnounced") << false
                                << ErrorCode::DeviceIo;
    QTest::newRow("endless data") << QStringLiteral("endlessData") << false
                                  << ErrorCode::LimitExceeded;
    QTest::newRow("wrong tids") << QStringLiteral("wrongTransactionIds") << false
                                << ErrorCode::DeviceIo;
}

void tst_MtpHandset::faults()
{
    QFETCH(QString, fault);
    QFETCH(bool, readSucceeds);
    QFETCH(ErrorCode, code);
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Lifeboat);
    options.demo.photoSize = 200 * 512 - 12; // whole packets: ZLPs matter
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    Handset &handset = *rig->handset;
    const Result<QList<HandsetObject>> objects = handset.listObjects();
    QVERIFY(objects.ok());
    const HandsetObject *photo = nullptr;
    for (const HandsetObject &object : *objects) {
        if (object.name.endsWith(u".jpg") && !object.isFolder)
            photo = &object;
    }
    QVERIFY(photo);
    const QByteArray expected = readAll(handset, *photo);
    QCOMPARE(quint64(expected.size()), photo->size);

    VirtualHandsetFaults faults = rig->responder->faults();
    if (fault == u"noZeroLengthPackets")
        faults.noZeroLengthPackets = true;
    else if (fault == u"headerInOwnPacket")
        faults.headerInOwnPacket = true;
    else if (fault == u"fewerBytesThanAnnounced")
        faults.hostile.fewerBytesThanAnnounced = true;
    else if (fault == u"moreBytesThanAnnounced")
        faults.hostile.moreBytesThanAnnounced = true;
    else if (fault == u"endlessData")
        faults.hostile.endlessData = true;
    else if (fault == u"wrongTransactionIds")
        faults.hostile.wrongTransactionIds = true;
    rig->responder->setFaults(faults);
    rig->handset->session().setTimeoutOverride(1000ms);

    QElapsedTimer timer;
    timer.start();
    Status status;
    const QByteArray got = readAll(handset, *photo, 0, &status);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    if (readSucceeds) {
        QVERIFY2(status.ok(), qPrintable(status ? QString() : describe(status.error())));
        QCOMPARE(got, expected);
        QVERIFY(handset.listObjects().ok());
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), code);
        QVERIFY(!status.error().message().isEmpty());
    }
}

void tst_MtpHandset::hostileNames()
{
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Lifeboat);
    options.faults.hostile.badNames = true;
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    const Result<QList<HandsetObject>> objects = rig->handset->listObjects();
    QVERIFY2(objects.ok(), qPrintable(objects ? QString() : describe(objects.error())));
    QVERIFY(!objects->isEmpty());
    bool sawBadName = false;
    for (const HandsetObject &object : *objects) {
        sawBadName = sawBadName || object.name.contains(u'/') || object.name.contains(QChar(u'\0'))
            || object.name.contains(QStringLiteral(".."));
        QVERIFY(!object.parentPath.contains(QChar(u'\0')));
        for (const QString &component : object.parentPath.split(u'/'))
            QVERIFY2(component != u".." && component != u"."
                         && !(component.isEmpty() && !object.parentPath.isEmpty()),
                     qPrintable(object.parentPath));
    }
    QVERIFY(sawBadName);
}

void tst_MtpHandset::unplugged()
{
    VirtualHandsetOptions options = smallDemo(VirtualHandsetProfile::Kind::Android);
    options.demo.photoSize = 400'000;
    Result<Rig> rig = makeRig(options);
    QVERIFY(rig.ok());
    Handset &handset = *rig->handset;
    const Result<QList<HandsetObject>> objects = handset.listObjects();
    QVERIFY(objects.ok());
    const HandsetObject *photo = nullptr;
    for (const HandsetObject &object : *objects) {
        if (!object.isFolder && object.size > 100000)
            photo = &object;
    }
    QVERIFY(photo);
    VirtualHandsetFaults faults = rig->responder->faults();
    faults.unplugAfterBytes = rig->responder->bulkBytes() + 100000;
    rig->responder->setFaults(faults);
    Status status;
    readAll(handset, *photo, 0, &status);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::NoDevice);
    const Result<std::optional<HandsetEvent>> event = handset.waitForEvent(50ms);
    QVERIFY(event.ok());
    QVERIFY(event->has_value());
    QCOMPARE((*event)->type, HandsetEvent::Type::Disconnected);
}

QTEST_GUILESS_MAIN(tst_MtpHandset)
#include "tst_mtphandset.moc"
