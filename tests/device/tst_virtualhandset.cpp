#include "MiniInitiator.h"

#include "device/mtp/PtpWriter.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/DemoPhotos.h"
#include "device/virtual/MtpResponder.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <turbojpeg.h>

#include <thread>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace Op = Mtp::Operation;
namespace Rc = Mtp::Response;

namespace {

DemoContentOptions smallDemo(quint64 seed = 1)
{
    DemoContentOptions demo;
    demo.seed = seed;
    demo.contacts = 12;
    demo.events = 7;
    demo.todos = 4;
    demo.photos = 3;
    return demo;
}

std::unique_ptr<MtpResponder> makeHandset(VirtualHandsetOptions options)
{
    Result<std::unique_ptr<MtpResponder>> handset = createVirtualHandset(options);
    if (!handset) {
        qWarning("%s", qPrintable(handset.error().toString()));
        return nullptr;
    }
    return std::move(handset.value());
}

// Everything GetObjPropList says about every object, by handle.
struct Listing
{
    QHash<quint32, QString> names;
    QHash<quint32, quint16> formats;
    QHash<quint32, quint64> sizes;
    QHash<quint32, quint32> parents;
    QHash<quint32, PtpU128> persistentIds;

    quint32 handleOf(const QString &name) const { return names.key(name); }
};

Listing listAll(MiniInitiator &host)
{
    Listing listing;
    const MiniReply reply = host.run(Op::GetObjPropList, {0xFFFFFFFF, 0, 0xFFFFFFFF, 0, 0xFFFFFFFF});
    if (!reply.ok || reply.code != Rc::Ok)
        return listing;
    const Result<PtpObjPropList> list = PtpObjPropList::decode(reply.data);
    if (!list)
        return listing;
    for (const PtpObjProp &p : list->elements) {
        switch (p.property) {
        case Mtp::ObjectProp::ObjectFileName: listing.names[p.handle] = p.toString(); break;
        case Mtp::ObjectProp::ObjectFormat: listing.formats[p.handle] = quint16(p.toInteger()); break;
        case Mtp::ObjectProp::ObjectSize: listing.sizes[p.handle] = p.toInteger(); break;
        case Mtp::ObjectProp::ParentObject: listing.parents[p.handle] = quint32(p.toInteger()); break;
        case Mtp::ObjectProp::PersistentUniqueObjectIdentifier:
            listing.persistentIds[p.handle] = std::get<PtpU128>(p.value);
            break;
        default: break;
        }
    }
    return listing;
}

QByteArray objectInfoFor(const QString &name, quint16 format, quint64 size, const QDateTime &modified = {})
{
    PtpObjectInfo info;
    info.objectFormat = format;
    info.compressedSize = PtpObjectInfo::sizeField(size);
    info.associationType = format == Mtp::Format::Association ? Mtp::AssociationTypeFolder : 0;
    info.filename = name;
    info.modificationDate = PtpWriter::formatDateTime(modified);
    return info.encode();
}

} // namespace

class tst_VirtualHandset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deviceInfo_data();
    void deviceInfo();
    void sessionAndTransactionRules();
    void listingMatchesDemoSet_data();
    void listingMatchesDemoSet();
    void generatedJpegIsValid();
    void photoFillerKeepsJpegStructure_data();
    void photoFillerKeepsJpegStructure();
    void demoSetIsDeterministic();
    void androidRenumbersHandles();
    void directoryWritesAndDeletes();
    void sendObjectPropList();
    void dataOfUnknownLengthFromHost();
    void namesAreValidated_data();
    void namesAreValidated();
    void zeroLengthPacketAfterWholePacketContainer_data();
    void zeroLengthPacketAfterWholePacketContainer();
    void hostZeroLengthPacketIsExpected();
    void headerInOwnPacket();
    void objectOf4GiBAndMore();
    void lockedThenStoreAdded();
    void unplugAfterBytes();
    void stallOnBulkIn();
    void hostileAnswers();
    void hostileSwitches_data();
    void hostileSwitches();
    void hostileObjectLengths_data();
    void hostileObjectLengths();
    void abortEndsWaitPromptly();
    void microsoftOsDescriptor();
};

void tst_VirtualHandset::deviceInfo_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("profile");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("sendObjectPropList");
    QTest::addColumn<quint16>("vendorId");
    QTest::newRow("lifeboat") << VirtualHandsetProfile::Kind::Lifeboat << u"microsoft.com: 1.0;"_qs << true
                              << quint16(0x1d6b);
    QTest::newRow("android") << VirtualHandsetProfile::Kind::Android
                             << u"microsoft.com: 1.0; android.com: 1.0;"_qs << false << quint16(0x18d1);
}

void tst_VirtualHandset::deviceInfo()
{
    QFETCH(VirtualHandsetProfile::Kind, profile);
    QFETCH(QString, extension);
    QFETCH(bool, sendObjectPropList);
    QFETCH(quint16, vendorId);
    VirtualHandsetOptions options;
    options.profile = profile;
    options.demo = smallDemo();
    options.serialNumber = u"SERIAL-42"_qs;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);

    // Allowed without a session.
    const MiniReply reply = host.run(Op::GetDeviceInfo);
    QVERIFY(reply.ok);
    QCOMPARE(reply.code, Rc::Ok);
    const Result<PtpDeviceInfo> info = PtpDeviceInfo::decode(reply.data);
    QVERIFY(info);
    QCOMPARE(info->vendorExtensionId, Mtp::VendorExtensionMtp);
    QCOMPARE(info->vendorExtensionDesc, extension);
    QCOMPARE(info->serialNumber, u"SERIAL-42"_qs);
    QCOMPARE(info->supportsOperation(Op::SendObjectPropList), sendObjectPropList);
    QVERIFY(info->supportsOperation(Op::GetObjPropList));
    QVERIFY(info->supportsOperation(Op::GetPartialObject64));
    QVERIFY(info->supportsDeviceProp(Mtp::DeviceProp::FriendlyName));

    const UsbFunction::Identity identity = handset->identity();
    QCOMPARE(identity.vendorId, vendorId);
    QCOMPARE(identity.interfaceName, u"MTP"_qs);
    QCOMPARE(identity.serialNumber, u"SERIAL-42"_qs);

    QCOMPARE(host.openSession().code, Rc::Ok);
    const MiniReply battery = host.run(Op::GetDevicePropValue, {Mtp::DeviceProp::BatteryLevel});
    QCOMPARE(battery.code, Rc::Ok);
    QCOMPARE(battery.data, QByteArray(1, char(87)));
    const MiniReply name = host.run(Op::GetDevicePropValue, {Mtp::DeviceProp::FriendlyName});
    QCOMPARE(name.code, Rc::Ok);
    PtpReader reader(name.data);
    QCOMPARE(reader.string(), info->model);
}

void tst_VirtualHandset::sessionAndTransactionRules()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);

    host.setNextTransactionId(1);
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::SessionNotOpen);
    QCOMPARE(host.openSession(7).code, Rc::Ok);
    MiniReply again = host.run(Op::OpenSession, {8});
    QCOMPARE(again.code, Rc::SessionAlreadyOpen);
    QCOMPARE(again.params.value(0), 7u);
    host.setNextTransactionId(host.nextTransactionId() + 5);
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::InvalidTransactionID);
    host.setNextTransactionId(2);
    const MiniReply storages = host.run(Op::GetStorageIDs);
    QCOMPARE(storages.code, Rc::Ok);
    QCOMPARE(storages.transactionId, 2u);
    PtpReader reader(storages.data);
    QCOMPARE(reader.u32Array(), QList<quint32>{VirtualStorageId});
    QCOMPARE(host.run(0x9999).code, Rc::OperationNotSupported);
    QCOMPARE(host.run(Op::CloseSession).code, Rc::Ok);
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::SessionNotOpen);
}

void tst_VirtualHandset::listingMatchesDemoSet_data()
{
    QTest::addColumn<VirtualHandsetProfile::Kind>("profile");
    QTest::addColumn<quint16>("vcardFormat");
    QTest::addColumn<quint16>("icsFormat");
    QTest::newRow("lifeboat") << VirtualHandsetProfile::Kind::Lifeboat << quint16(0xBB82) << quint16(0xBE03);
    QTest::newRow("android") << VirtualHandsetProfile::Kind::Android << quint16(0x3000) << quint16(0x3000);
}

void tst_VirtualHandset::listingMatchesDemoSet()
{
    QFETCH(VirtualHandsetProfile::Kind, profile);
    QFETCH(quint16, vcardFormat);
    QFETCH(quint16, icsFormat);
    VirtualHandsetOptions options;
    options.profile = profile;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);

    const MiniReply handles = host.run(Op::GetObjectHandles, {0xFFFFFFFF, 0, 0});
    QCOMPARE(handles.code, Rc::Ok);
    PtpReader reader(handles.data);
    const QList<quint32> all = reader.u32Array();
    // 5 folders, 12 contacts, 7 events + 1 .vcs, 4 to-dos, 3 photos.
    QCOMPARE(all.size(), 5 + 12 + 8 + 4 + 3);

    const Listing listing = listAll(host);
    QCOMPARE(listing.names.size(), all.size());
    const quint32 contact = listing.handleOf(u"contact-0001.vcf"_qs);  // Android's 2.1
    QVERIFY(contact != 0);
    QCOMPARE(listing.formats.value(contact), vcardFormat);
    QCOMPARE(listing.formats.value(listing.handleOf(u"event-0001.ics"_qs)), icsFormat);
    QCOMPARE(listing.formats.value(listing.handleOf(u"Contacts"_qs)), Mtp::Format::Association);
    const quint32 camera = listing.handleOf(u"Camera"_qs);
    QCOMPARE(listing.parents.value(camera), listing.handleOf(u"DCIM"_qs));
    QCOMPARE(listing.parents.value(listing.handleOf(u"DCIM"_qs)), 0u);

    // The root only, and one folder's children.
    const MiniReply roots = host.run(Op::GetObjectHandles, {VirtualStorageId, 0, 0xFFFFFFFF});
    QCOMPARE(PtpReader(roots.data).u32Array().size(), 4);
    const MiniReply photos = host.run(Op::GetObjectHandles, {VirtualStorageId, 0, camera});
    QCOMPARE(PtpReader(photos.data).u32Array().size(), 3);

    // The 2.1 card really is Android's quoted-printable.
    const MiniReply card = host.run(Op::GetObject, {contact});
    QCOMPARE(card.code, Rc::Ok);
    QVERIFY(card.data.startsWith("BEGIN:VCARD\r\nVERSION:2.1\r\n"));
    QCOMPARE(quint64(card.data.size()), listing.sizes.value(contact));
}

void tst_VirtualHandset::generatedJpegIsValid()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.demo.photoSize = 300'000;  // filler segments inside the JPEG
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing listing = listAll(host);
    quint32 photo = 0;
    for (auto it = listing.names.cbegin(); it != listing.names.cend(); ++it) {
        if (it.value().startsWith(u"IMG_"))
            photo = it.key();
    }
    QVERIFY(photo != 0);
    QCOMPARE(listing.sizes.value(photo), 300'000u);

    const MiniReply info = host.run(Op::GetObjectInfo, {photo});
    const Result<PtpObjectInfo> objectInfo = PtpObjectInfo::decode(info.data);
    QVERIFY(objectInfo);
    QCOMPARE(objectInfo->objectFormat, Mtp::Format::ExifJpeg);
    QCOMPARE(objectInfo->compressedSize, 300'000u);
    QCOMPARE(objectInfo->imagePixWidth, 320u);

    const MiniReply data = host.run(Op::GetObject, {photo});
    QCOMPARE(data.code, Rc::Ok);
    const QByteArray jpeg = data.data;
    QCOMPARE(jpeg.size(), 300'000);
    QVERIFY(jpeg.startsWith("\xFF\xD8\xFF\xE1"));
    QVERIFY(jpeg.endsWith("\xFF\xD9"));
    QCOMPARE(jpeg.mid(6, 6), QByteArray("Exif\0\0", 6));
    // DateTimeOriginal (0x9003, ASCII) and the IFD1 thumbnail (a second SOI inside APP1).
    QVERIFY(jpeg.indexOf(QByteArray("\x03\x90\x02\x00\x14\x00\x00\x00", 8)) > 0);
    const qsizetype app1Length = (quint8(jpeg[4]) << 8) | quint8(jpeg[5]);
    QVERIFY(jpeg.mid(12, app1Length).contains(QByteArray("\xFF\xD8\xFF", 3)));
    QVERIFY(jpeg.contains(QByteArray("Pixel 7")) || jpeg.contains(QByteArray("iPhone 12"))
            || jpeg.contains(QByteArray("SM-G991B")) || jpeg.contains(QByteArray("FP4")));

    // A real decoder reads it whole, filler and all.
    tjhandle decoder = tjInitDecompress();
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    QCOMPARE(tjDecompressHeader3(decoder, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                                 jpeg.size(), &width, &height, &subsampling, &colorspace), 0);
    QCOMPARE(width, 320);
    QCOMPARE(height, 240);
    QByteArray pixels(width * height * 3, Qt::Uninitialized);
    QCOMPARE(tjDecompress2(decoder, reinterpret_cast<const unsigned char *>(jpeg.constData()), jpeg.size(),
                           reinterpret_cast<unsigned char *>(pixels.data()), width, 0, height, TJPF_RGB, 0), 0);
    tjDestroy(decoder);

    // A piece from the middle equals the same range of the whole.
    const MiniReply piece = host.run(Op::GetPartialObject, {photo, 100'001, 70'000});
    QCOMPARE(piece.code, Rc::Ok);
    QCOMPARE(piece.params.value(0), 70'000u);
    QCOMPARE(piece.data, jpeg.mid(100'001, 70'000));
}

void tst_VirtualHandset::photoFillerKeepsJpegStructure_data()
{
    QTest::addColumn<quint64>("extra");  // bytes over the natural size
    QTest::newRow("natural") << quint64(0);
    QTest::newRow("+1 (rounded up to a segment)") << quint64(1);
    QTest::newRow("+4") << quint64(4);
    QTest::newRow("+65537") << quint64(65537);
    QTest::newRow("+65538 (borrow)") << quint64(65538);
    QTest::newRow("+65540") << quint64(65540);
    QTest::newRow("+3 segments - 1") << quint64(3 * 65537 - 1);
    QTest::newRow("+1 MB") << quint64(1'000'000);
}

void tst_VirtualHandset::photoFillerKeepsJpegStructure()
{
    QFETCH(quint64, extra);
    Result<DemoPhotos> photos = DemoPhotos::create(3);
    QVERIFY(photos);
    const quint64 natural = photos->photo(5, 0)->size();
    const auto source = photos->photo(5, natural + extra);
    const quint64 expected = extra == 0 ? natural : natural + qMax<quint64>(extra, 4);
    QCOMPARE(source->size(), expected);
    QByteArray whole(qsizetype(source->size()), Qt::Uninitialized);
    QCOMPARE(*source->read(0, whole.data(), whole.size()), whole.size());
    // Read in odd pieces: the same bytes.
    QByteArray pieces;
    QByteArray piece(777, Qt::Uninitialized);
    for (quint64 at = 0; at < source->size();) {
        const qsizetype n = *source->read(at, piece.data(), piece.size());
        QVERIFY(n > 0);
        pieces.append(piece.constData(), n);
        at += quint64(n);
    }
    QCOMPARE(pieces, whole);
    // Walk the segments up to the scan: every length is consistent.
    qsizetype pos = 2;
    int segments = 0;
    while (pos + 4 <= whole.size() && quint8(whole[pos]) == 0xFF && quint8(whole[pos + 1]) != 0xDA) {
        pos += 2 + ((quint8(whole[pos + 2]) << 8) | quint8(whole[pos + 3]));
        ++segments;
    }
    QVERIFY(pos + 2 <= whole.size());
    QCOMPARE(quint8(whole[pos]), quint8(0xFF));
    QCOMPARE(quint8(whole[pos + 1]), quint8(0xDA));
    QVERIFY(segments >= 4);
    QVERIFY(whole.endsWith("\xFF\xD9"));
}

void tst_VirtualHandset::demoSetIsDeterministic()
{
    auto digest = [](quint64 seed) {
        VirtualHandsetOptions options;
        options.demo = smallDemo(seed);
        auto handset = makeHandset(options);
        LoopbackTransport transport(*handset);
        MiniInitiator host(transport);
        host.openSession();
        const Listing listing = listAll(host);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QList<quint32> handles = listing.names.keys();
        std::sort(handles.begin(), handles.end());
        for (quint32 handle : handles) {
            hash.addData(listing.names.value(handle).toUtf8());
            if (listing.formats.value(handle) != Mtp::Format::Association)
                hash.addData(host.run(Op::GetObject, {handle}).data);
        }
        return hash.result();
    };
    const QByteArray first = digest(7);
    QCOMPARE(digest(7), first);
    QVERIFY(digest(8) != first);
}

void tst_VirtualHandset::androidRenumbersHandles()
{
    VirtualHandsetOptions options;
    options.profile = VirtualHandsetProfile::Kind::Android;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing first = listAll(host);
    const quint32 handle1 = first.handleOf(u"todo-0002.ics"_qs);
    const PtpU128 puoid = first.persistentIds.value(handle1);
    QCOMPARE(puoid.low, (quint64(VirtualStorageId) << 32) + handle1);
    QCOMPARE(host.run(Op::CloseSession).code, Rc::Ok);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing second = listAll(host);
    const quint32 handle2 = second.handleOf(u"todo-0002.ics"_qs);
    QVERIFY(handle2 != 0);
    QVERIFY(handle2 != handle1);
    QCOMPARE(second.names.size(), first.names.size());
    QCOMPARE(host.run(Op::SendObjectPropList, {VirtualStorageId, 0xFFFFFFFF, 0x3000, 0, 1}).code,
             Rc::OperationNotSupported);
}

void tst_VirtualHandset::directoryWritesAndDeletes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"DCIM/Camera"_qs));
    QFile existing(dir.filePath(u"DCIM/Camera/old.jpg"_qs));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("\xFF\xD8old\xFF\xD9");
    existing.close();

    VirtualHandsetOptions options;
    options.rootDirectory = dir.path();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    Listing listing = listAll(host);
    QCOMPARE(listing.names.size(), 3);
    QCOMPARE(listing.formats.value(listing.handleOf(u"old.jpg"_qs)), Mtp::Format::ExifJpeg);

    // A new folder, then a vCard in it, with its modification time.
    const QByteArray folderInfo = objectInfoFor(u"Contacts"_qs, Mtp::Format::Association, 0);
    const MiniReply folder = host.run(Op::SendObjectInfo, {VirtualStorageId, 0xFFFFFFFF}, &folderInfo);
    QCOMPARE(folder.code, Rc::Ok);
    QCOMPARE(folder.params.size(), 3);
    QVERIFY(QFileInfo(dir.filePath(u"Contacts"_qs)).isDir());

    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nN:;Anna;;;\r\nEND:VCARD\r\n";
    const QDateTime modified(QDate(2021, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const QByteArray cardInfo = objectInfoFor(u"anna.vcf"_qs, Mtp::Format::VCard3, quint64(card.size()), modified);
    const MiniReply announced = host.run(Op::SendObjectInfo, {VirtualStorageId, folder.params[2]}, &cardInfo);
    QCOMPARE(announced.code, Rc::Ok);
    const quint32 cardHandle = announced.params.value(2);
    QVERIFY(cardHandle != 0);
    QCOMPARE(host.run(Op::SendObject, {}, &card).code, Rc::Ok);
    QFile written(dir.filePath(u"Contacts/anna.vcf"_qs));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), card);
    QCOMPARE(QFileInfo(written).lastModified().toUTC(), modified);
    QCOMPARE(host.run(Op::GetObject, {cardHandle}).data, card);

    // A SendObject that brings fewer bytes than announced leaves nothing behind.
    const QByteArray shortInfo = objectInfoFor(u"short.vcf"_qs, Mtp::Format::VCard3, 1000);
    QCOMPARE(host.run(Op::SendObjectInfo, {VirtualStorageId, folder.params[2]}, &shortInfo).code, Rc::Ok);
    QCOMPARE(host.run(Op::SendObject, {}, &card).code, Rc::IncompleteTransfer);
    QCOMPARE(QDir(dir.filePath(u"Contacts"_qs)).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"anna.vcf"_qs});

    // Deleting a folder deletes what is in it, on disk too.
    QCOMPARE(host.run(Op::DeleteObject, {listing.handleOf(u"DCIM"_qs)}).code, Rc::Ok);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"DCIM"_qs)));
    QCOMPARE(host.run(Op::GetObjectInfo, {listing.handleOf(u"old.jpg"_qs)}).code, Rc::InvalidObjectHandle);
    listing = listAll(host);
    QCOMPARE(listing.names.size(), 2);
}

void tst_VirtualHandset::sendObjectPropList()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const quint32 tasks = listAll(host).handleOf(u"Tasks"_qs);
    const QByteArray todo = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    PtpObjPropList props;
    props.elements.append(PtpObjProp::string(0, Mtp::ObjectProp::ObjectFileName, u"new.ics"_qs));
    props.elements.append(PtpObjProp::string(0, Mtp::ObjectProp::DateModified, u"20220102T030405Z"_qs));
    const QByteArray propData = props.encode();
    const MiniReply created = host.run(Op::SendObjectPropList,
                                       {VirtualStorageId, tasks, Mtp::Format::ICalendar, 0, quint32(todo.size())},
                                       &propData);
    QCOMPARE(created.code, Rc::Ok);
    QCOMPARE(host.run(Op::SendObject, {}, &todo).code, Rc::Ok);
    const Listing listing = listAll(host);
    const quint32 handle = listing.handleOf(u"new.ics"_qs);
    QCOMPARE(handle, created.params.value(2));
    QCOMPARE(listing.parents.value(handle), tasks);
    QCOMPARE(host.run(Op::GetObject, {handle}).data, todo);
    const MiniReply date = host.run(Op::GetObjectPropValue, {handle, Mtp::ObjectProp::DateModified});
    QCOMPARE(PtpReader(date.data).string(), u"20220102T030405Z"_qs);

    const MiniReply desc = host.run(0x9802, {Mtp::ObjectProp::ObjectSize, Mtp::Format::ICalendar});
    QCOMPARE(desc.code, Rc::Ok);
    PtpReader reader(desc.data);
    QCOMPARE(reader.u16(), Mtp::ObjectProp::ObjectSize);
    QCOMPARE(reader.u16(), Mtp::DataType::UInt64);
    QCOMPARE(reader.u8(), quint8(0));
    QCOMPARE(reader.u64(), 0u);
    QCOMPARE(reader.u32(), 0u);
    QCOMPARE(reader.u8(), quint8(0));
    QVERIFY(reader.ok() && reader.atEnd());
    QCOMPARE(host.run(0x9802, {0xDC99, 0}).code, Rc::ObjectPropNotSupported);
}

void tst_VirtualHandset::dataOfUnknownLengthFromHost()
{
    // A data container of length 0xFFFFFFFF (how 4 GiB and more travel) ends at a short packet.
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const QByteArray payload(1000, 'q');
    PtpObjPropList props;
    props.elements.append(PtpObjProp::string(0, Mtp::ObjectProp::ObjectFileName, u"big.bin"_qs));
    const QByteArray propData = props.encode();
    QCOMPARE(host.run(Op::SendObjectPropList, {VirtualStorageId, 0xFFFFFFFF, 0x3000, 0, 1000}, &propData).code,
             Rc::Ok);
    const quint32 tid = host.nextTransactionId();
    host.setNextTransactionId(tid + 1);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::SendObject, tid), true, 1s).ok());
    QByteArray container = PtpContainer::dataHeader(Op::SendObject, tid, 1000);
    qToLittleEndian<quint32>(0xFFFFFFFF, container.data());
    container += payload;
    // Whole packets first, then the short rest in a transfer of its own.
    QVERIFY(transport.bulkOut(QByteArrayView(container).first(512), false, 1s).ok());
    QVERIFY(transport.bulkOut(QByteArrayView(container).sliced(512), true, 1s).ok());
    MiniReply reply;
    QByteArray response;
    QVERIFY(host.readContainer(response, reply));
    QCOMPARE(qFromLittleEndian<quint16>(response.constData() + 6), Rc::Ok);
    QCOMPARE(host.run(Op::GetObject, {listAll(host).handleOf(u"big.bin"_qs)}).data, payload);
}

void tst_VirtualHandset::namesAreValidated_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << u"../x"_qs;
    QTest::newRow("dotdot") << u".."_qs;
    QTest::newRow("slash") << u"a/b"_qs;
    QTest::newRow("backslash") << u"a\\b"_qs;
    QTest::newRow("nul") << (u"a"_qs + QChar(0) + u"b"_qs);
    QTest::newRow("300 bytes") << QString(150, QChar(0x00E9));
}

void tst_VirtualHandset::namesAreValidated()
{
    QFETCH(QString, name);
    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    const QString root = outer.filePath(u"root"_qs);
    QVERIFY(QDir().mkpath(root));
    VirtualHandsetOptions options;
    options.rootDirectory = root;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const QByteArray info = objectInfoFor(name, Mtp::Format::Undefined, 3);
    const MiniReply reply = host.run(Op::SendObjectInfo, {VirtualStorageId, 0xFFFFFFFF}, &info);
    QVERIFY(reply.ok);
    QVERIFY(reply.code != Rc::Ok);
    const QByteArray bytes("abc");
    QVERIFY(host.run(Op::SendObject, {}, &bytes).code != Rc::Ok);
    QCOMPARE(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"root"_qs});
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void tst_VirtualHandset::zeroLengthPacketAfterWholePacketContainer_data()
{
    QTest::addColumn<int>("packet");
    QTest::addColumn<bool>("noZlp");
    QTest::newRow("512") << 512 << false;
    QTest::newRow("64") << 64 << false;
    QTest::newRow("1024") << 1024 << false;
    QTest::newRow("512 without ZLP") << 512 << true;
}

void tst_VirtualHandset::zeroLengthPacketAfterWholePacketContainer()
{
    QFETCH(int, packet);
    QFETCH(bool, noZlp);
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.maxPacketSize = packet;
    options.faults.noZeroLengthPackets = noZlp;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const quint32 photo = listAll(host).handleOf(u"contact-0002.vcf"_qs);
    QVERIFY(photo != 0);

    // A data container of exactly one packet, read straight from the device side.
    const quint32 tid = host.nextTransactionId();
    host.setNextTransactionId(tid + 1);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetPartialObject, tid, {photo, 0, quint32(packet - 12)}),
                              true, 1s).ok());
    UsbFunction::InResult first = handset->bulkIn(packet);
    QCOMPARE(first.status, UsbFunction::InResult::Status::Data);
    QCOMPARE(first.data.size(), packet);
    QCOMPARE(qFromLittleEndian<quint32>(first.data.constData()), quint32(packet));
    QVERIFY(!first.transferEnded);
    UsbFunction::InResult second = handset->bulkIn(packet);
    QCOMPARE(second.status, UsbFunction::InResult::Status::Data);
    if (noZlp) {
        QCOMPARE(second.data.size(), 12 + 4);  // straight on with the response
    } else {
        QVERIFY(second.data.isEmpty());
        QVERIFY(second.transferEnded);
        UsbFunction::InResult response = handset->bulkIn(packet);
        QCOMPARE(response.data.size(), 16);
        QCOMPARE(qFromLittleEndian<quint16>(response.data.constData() + 6), Rc::Ok);
    }
    // With room for more, the ZLP comes with the data as the transfer's end.
    if (!noZlp) {
        const quint32 tid2 = host.nextTransactionId();
        host.setNextTransactionId(tid2 + 1);
        QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetPartialObject, tid2, {photo, 0, quint32(packet - 12)}),
                                  true, 1s).ok());
        QByteArray buffer(4 * packet, Qt::Uninitialized);
        const Result<qsizetype> n = transport.bulkIn(buffer.data(), buffer.size(), 1s);
        QVERIFY(n);
        QCOMPARE(*n, qsizetype(packet));
        const Result<qsizetype> response = transport.bulkIn(buffer.data(), buffer.size(), 1s);
        QVERIFY(response);
        QCOMPARE(*response, qsizetype(16));
    }
}

void tst_VirtualHandset::hostZeroLengthPacketIsExpected()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const quint32 tasks = listAll(host).handleOf(u"Tasks"_qs);
    // A 512-byte SendObject data container: the loopback adds the ZLP.
    const QByteArray payload(500, 'x');
    const QByteArray info = objectInfoFor(u"exact.txt"_qs, Mtp::Format::Undefined, 500);
    QCOMPARE(host.run(Op::SendObjectInfo, {VirtualStorageId, tasks}, &info).code, Rc::Ok);
    QCOMPARE(host.run(Op::SendObject, {}, &payload).code, Rc::Ok);
    QCOMPARE(handset->missingHostZeroLengthPackets(), 0);
    // Without the ZLP the handset notices (and copes).
    const QByteArray info2 = objectInfoFor(u"exact2.txt"_qs, Mtp::Format::Undefined, 500);
    QCOMPARE(host.run(Op::SendObjectInfo, {VirtualStorageId, tasks}, &info2).code, Rc::Ok);
    const quint32 tid = host.nextTransactionId();
    host.setNextTransactionId(tid + 1);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::SendObject, tid), true, 1s).ok());
    QVERIFY(transport.bulkOut(QByteArray(PtpContainer::dataHeader(Op::SendObject, tid, 500) + payload), false, 1s).ok());
    MiniReply reply;
    QByteArray response;
    QVERIFY(host.readContainer(response, reply));
    QCOMPARE(qFromLittleEndian<quint16>(response.constData() + 6), Rc::Ok);
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::Ok);
    QCOMPARE(handset->missingHostZeroLengthPackets(), 1);
}

void tst_VirtualHandset::headerInOwnPacket()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.faults.headerInOwnPacket = true;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const quint32 tid = host.nextTransactionId();
    host.setNextTransactionId(tid + 1);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetStorageIDs, tid), true, 1s).ok());
    QByteArray buffer(4096, Qt::Uninitialized);
    const Result<qsizetype> header = transport.bulkIn(buffer.data(), buffer.size(), 1s);
    QVERIFY(header);
    QCOMPARE(*header, qsizetype(12));
    QCOMPARE(qFromLittleEndian<quint32>(buffer.constData()), 12u + 8u);
    const Result<qsizetype> payload = transport.bulkIn(buffer.data(), buffer.size(), 1s);
    QVERIFY(payload);
    QCOMPARE(*payload, qsizetype(8));
    QCOMPARE(qFromLittleEndian<quint32>(buffer.constData() + 4), VirtualStorageId);
    // The mini host copes with both forms.
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::Ok);
}

void tst_VirtualHandset::objectOf4GiBAndMore()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.demo.largeObjectSize = (quint64(5) << 30) + 3;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing listing = listAll(host);
    const quint32 large = listing.handleOf(u"VID_large.jpg"_qs);
    QVERIFY(large != 0);
    QCOMPARE(listing.sizes.value(large), options.demo.largeObjectSize);

    const MiniReply info = host.run(Op::GetObjectInfo, {large});
    QCOMPARE(PtpObjectInfo::decode(info.data)->compressedSize, 0xFFFFFFFFu);
    const MiniReply size = host.run(Op::GetObjectPropValue, {large, Mtp::ObjectProp::ObjectSize});
    QCOMPARE(PtpReader(size.data).u64(), options.demo.largeObjectSize);

    // GetObject announces 0xFFFFFFFF; read the first MiB, then cancel.
    const quint32 tid = host.nextTransactionId();
    host.setNextTransactionId(tid + 1);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetObject, tid, {large}), true, 1s).ok());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    const Result<qsizetype> first = transport.bulkIn(buffer.data(), buffer.size(), 1s);
    QVERIFY(first);
    QCOMPARE(*first, qsizetype(buffer.size()));
    QCOMPARE(qFromLittleEndian<quint32>(buffer.constData()), 0xFFFFFFFFu);
    QVERIFY(buffer.mid(12, 4) == QByteArray("\xFF\xD8\xFF\xE1", 4));
    QByteArray cancel(6, '\0');
    qToLittleEndian<quint16>(Mtp::Event::CancelTransaction, cancel.data());
    qToLittleEndian<quint32>(tid, cancel.data() + 2);
    QVERIFY(transport.control(0x21, 0x64, 0, 0, cancel, 0, 1s).ok());
    const Result<QByteArray> status = transport.control(0xA1, 0x67, 0, 0, {}, 4, 1s);
    QVERIFY(status);
    QCOMPARE(qFromLittleEndian<quint16>(status->constData() + 2), Rc::Ok);

    // The end, past 4 GiB, through GetPartialObject64.
    const quint64 offset = options.demo.largeObjectSize - 4096;
    const MiniReply tail = host.run(Op::GetPartialObject64,
                                    {large, quint32(offset), quint32(offset >> 32), 1 << 20});
    QCOMPARE(tail.code, Rc::Ok);
    QCOMPARE(tail.data.size(), 4096);
    QCOMPARE(tail.params.value(0), 4096u);
    QVERIFY(tail.data.endsWith("\xFF\xD9"));
}

void tst_VirtualHandset::lockedThenStoreAdded()
{
    VirtualHandsetOptions options;
    options.profile = VirtualHandsetProfile::Kind::Android;
    options.demo = smallDemo();
    options.faults.lockedFor = 150ms;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    QCOMPARE(PtpReader(host.run(Op::GetStorageIDs).data).u32Array(), QList<quint32>());
    QCOMPARE(host.run(Op::GetStorageInfo, {VirtualStorageId}).code, Rc::InvalidStorageID);

    const Result<QByteArray> event = transport.interruptIn(3s);
    QVERIFY(event);
    QCOMPARE(event->size(), 16);
    QCOMPARE(qFromLittleEndian<quint16>(event->constData() + 4), quint16(Mtp::ContainerType::Event));
    QCOMPARE(qFromLittleEndian<quint16>(event->constData() + 6), Mtp::Event::StoreAdded);
    QCOMPARE(qFromLittleEndian<quint32>(event->constData() + 12), VirtualStorageId);
    QCOMPARE(PtpReader(host.run(Op::GetStorageIDs).data).u32Array(), QList<quint32>{VirtualStorageId});

    // Objects added on the handset itself are announced too.
    const Result<quint32> added = handset->addObjectOnDevice(u"DCIM/Camera/new.jpg"_qs, "\xFF\xD8\xFF\xD9");
    QVERIFY(added);
    const Result<QByteArray> addedEvent = transport.interruptIn(1s);
    QVERIFY(addedEvent);
    QCOMPARE(qFromLittleEndian<quint16>(addedEvent->constData() + 6), Mtp::Event::ObjectAdded);
    QCOMPARE(qFromLittleEndian<quint32>(addedEvent->constData() + 12), *added);
    QVERIFY(transport.interruptIn(10ms)->isEmpty());
}

void tst_VirtualHandset::unplugAfterBytes()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.demo.photoSize = 2'000'000;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const quint32 photo = listAll(host).handleOf(u"Camera"_qs) + 1;
    VirtualHandsetFaults faults = handset->faults();
    faults.unplugAfterBytes = handset->bulkBytes() + 100'000;
    handset->setFaults(faults);
    const MiniReply reply = host.run(Op::GetObject, {photo});
    QVERIFY(!reply.ok);
    QCOMPARE(reply.transportError, ErrorCode::NoDevice);
    QVERIFY(!handset->connected());
    QVERIFY(handset->bulkBytes() <= *faults.unplugAfterBytes);
    QCOMPARE(host.run(Op::GetStorageIDs).transportError, ErrorCode::NoDevice);
    QCOMPARE(transport.interruptIn(10ms).error().code(), ErrorCode::NoDevice);
}

void tst_VirtualHandset::stallOnBulkIn()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.demo.photoSize = 500'000;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing listing = listAll(host);
    VirtualHandsetFaults faults = handset->faults();
    faults.stallInAfterBytes = handset->bulkBytes() + 65536;
    handset->setFaults(faults);
    const MiniReply reply = host.run(Op::GetObject, {listing.handleOf(u"Camera"_qs) + 1});
    QVERIFY(!reply.ok);
    QCOMPARE(reply.transportError, ErrorCode::DeviceIo);
    QVERIFY(transport.clearHalt(Transport::Endpoint::BulkIn).ok());
    // The host resynchronises by cancelling; the handset carries on.
    QCOMPARE(host.run(Op::GetStorageIDs).code, Rc::Ok);
}

void tst_VirtualHandset::hostileAnswers()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.faults.hostile.wrongTransactionIds = true;
    options.faults.hostile.badNames = true;
    options.faults.hostile.hugeSizes = true;
    options.faults.hostile.stringCount256 = true;
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    const MiniReply deviceInfo = host.run(Op::GetDeviceInfo);
    QCOMPARE(deviceInfo.transactionId, 1u);  // sent with 0
    QVERIFY(deviceInfo.data.contains(QByteArray("\xFF" "A\0A\0", 5)));
    host.openSession();
    const Listing listing = listAll(host);
    QVERIFY(!listing.names.isEmpty());
    bool traversal = false, nul = false;
    for (const QString &name : listing.names) {
        traversal |= name.startsWith(u"../");
        nul |= name.contains(QChar(0));
    }
    QVERIFY(traversal);
    QVERIFY(nul);
    for (quint64 size : listing.sizes)
        QVERIFY(size == 0 || size == ~quint64(0));

    VirtualHandsetFaults faults = handset->faults();
    faults.hostile = {};
    faults.hostile.endlessData = true;
    handset->setFaults(faults);
    quint32 file = 0;
    for (auto it = listing.formats.cbegin(); it != listing.formats.cend(); ++it) {
        if (it.value() != Mtp::Format::Association)
            file = it.key();
    }
    QVERIFY(file != 0);
    const quint32 tid = host.nextTransactionId();
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetObject, tid, {file}), true, 1s).ok());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        const Result<qsizetype> n = transport.bulkIn(buffer.data(), buffer.size(), 1s);
        QVERIFY(n);
        QCOMPARE(*n, qsizetype(buffer.size()));
    }
}

void tst_VirtualHandset::hostileSwitches_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("oversized lengths") << u"oversized"_qs;
    QTest::newRow("string count 255") << u"count255"_qs;
    QTest::newRow("zero sizes") << u"zero"_qs;
    QTest::newRow("string count 0") << u"count0"_qs;
    QTest::newRow("sizes 2^32-1") << u"4GiB-1"_qs;
    QTest::newRow("lone surrogates") << u"surrogates"_qs;
}

void tst_VirtualHandset::hostileSwitches()
{
    QFETCH(QString, which);
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    options.faults.hostile.oversizedLengths = which == u"oversized";
    options.faults.hostile.stringCount255 = which == u"count255";
    options.faults.hostile.zeroSizes = which == u"zero";
    options.faults.hostile.stringCount0 = which == u"count0";
    options.faults.hostile.sizes4GiBMinus1 = which == u"4GiB-1";
    options.faults.hostile.loneSurrogateNames = which == u"surrogates";
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    if (which == u"oversized") {
        QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetDeviceInfo, 0), true, 1s).ok());
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        const Result<qsizetype> n = transport.bulkIn(buffer.data(), buffer.size(), 1s);
        QVERIFY(n);
        QVERIFY(*n < 4096);  // the data ends early, with a short packet
        QCOMPARE(qFromLittleEndian<quint32>(buffer.constData()), 0x7FFFFFFFu);
        return;
    }
    const Result<PtpDeviceInfo> info = PtpDeviceInfo::decode(host.run(Op::GetDeviceInfo).data);
    QVERIFY(info);
    if (which == u"count255") {
        QCOMPARE(info->model, QString(254, u'M'));
        return;
    }
    if (which == u"count0") {
        QVERIFY(info->serialNumber.isEmpty());
        QVERIFY(info->manufacturer.isEmpty());
        QVERIFY(info->model.isEmpty());
    }
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing listing = listAll(host);
    QVERIFY(!listing.names.isEmpty());
    if (which == u"count0") {
        for (const QString &name : listing.names)
            QVERIFY(name.isEmpty());
        return;
    }
    if (which == u"surrogates") {
        // The reader replaces each unpaired surrogate by U+FFFD.
        int replaced = 0;
        for (const QString &name : listing.names)
            replaced += name.contains(QChar(QChar::ReplacementCharacter)) ? 1 : 0;
        QCOMPARE(replaced, listing.names.size());
        return;
    }
    if (which == u"4GiB-1") {
        for (auto it = listing.sizes.cbegin(); it != listing.sizes.cend(); ++it) {
            if (listing.formats.value(it.key()) != Mtp::Format::Association)
                QCOMPARE(it.value(), quint64(0xFFFFFFFF));
        }
        return;
    }
    for (quint64 size : listing.sizes)
        QCOMPARE(size, 0u);
    QVERIFY(!host.run(Op::GetObject, {listing.handleOf(u"contact-0001.vcf"_qs)}).data.isEmpty());
}

void tst_VirtualHandset::hostileObjectLengths_data()
{
    QTest::addColumn<bool>("more");
    QTest::newRow("more than announced") << true;
    QTest::newRow("fewer than announced") << false;
}

void tst_VirtualHandset::hostileObjectLengths()
{
    QFETCH(bool, more);
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    MiniInitiator host(transport);
    QCOMPARE(host.openSession().code, Rc::Ok);
    const Listing listing = listAll(host);
    const quint32 card = listing.handleOf(u"contact-0003.vcf"_qs);
    const quint64 size = listing.sizes.value(card);
    VirtualHandsetFaults faults;
    faults.hostile.moreBytesThanAnnounced = more;
    faults.hostile.fewerBytesThanAnnounced = !more;
    handset->setFaults(faults);
    QVERIFY(transport.bulkOut(PtpContainer::command(Op::GetObject, host.nextTransactionId(), {card}), true, 1s).ok());
    const UsbFunction::InResult data = handset->bulkIn(1 << 20);
    QCOMPARE(data.status, UsbFunction::InResult::Status::Data);
    QCOMPARE(qFromLittleEndian<quint32>(data.data.constData()), quint32(12 + size));
    QCOMPARE(quint64(data.data.size()), 12 + (more ? size + 1000 : size / 2));
}

void tst_VirtualHandset::abortEndsWaitPromptly()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    LoopbackTransport transport(*handset);
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&] {
        std::this_thread::sleep_for(50ms);
        transport.abort();
    });
    QByteArray buffer(512, Qt::Uninitialized);
    const Result<qsizetype> n = transport.bulkIn(buffer.data(), buffer.size(), 10s);
    canceller.join();
    QVERIFY(!n);
    QCOMPARE(n.error().code(), ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(transport.interruptIn(1s).error().code(), ErrorCode::Cancelled);
    transport.resume();
    QVERIFY(transport.interruptIn(1ms).ok());
}

void tst_VirtualHandset::microsoftOsDescriptor()
{
    VirtualHandsetOptions options;
    options.demo = smallDemo();
    auto handset = makeHandset(options);
    QVERIFY(handset);
    const UsbFunction::ControlResult string = handset->control(0x80, 0x06, 0x03EE, 0, {}, 255);
    QVERIFY(!string.stalled);
    QCOMPARE(string.data.size(), 18);
    QCOMPARE(string.data.mid(2, 14), QByteArray("M\0S\0F\0T\0" "1\0" "0\0" "0\0", 14));
    const quint8 vendorCode = quint8(string.data[16]);
    const UsbFunction::ControlResult compat = handset->control(0xC0, vendorCode, 0, 4, {}, 40);
    QVERIFY(!compat.stalled);
    QCOMPARE(compat.data.size(), 40);
    QCOMPARE(compat.data.mid(18, 3), QByteArray("MTP"));
}

QTEST_GUILESS_MAIN(tst_VirtualHandset)
#include "tst_virtualhandset.moc"
