#include "device/mtp/MtpCodes.h"
#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"

#include <QTest>

using namespace Lifeboat;

class tst_PtpCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void integersAreLittleEndian();
    void stringRoundTrip_data();
    void stringRoundTrip();
    void longStringIsTruncated();
    void hostileStrings_data();
    void hostileStrings();
    void hostileArrayCounts_data();
    void hostileArrayCounts();
    void readerFailureIsSticky();
    void dateTime_data();
    void dateTime();
    void containerRoundTrip();
    void hostileContainers_data();
    void hostileContainers();
    void dataHeaderForHugePayload();
    void deviceInfoRoundTrip();
    void storageInfoRoundTrip();
    void objectInfoRoundTrip();
    void objectInfoSizeField();
    void objPropListRoundTrip();
    void hostileObjPropList_data();
    void hostileObjPropList();
    void truncatedDatasetsFail();
    void codeNames();
    void mutatedInputsNeverCrash();
};

static QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

void tst_PtpCodec::integersAreLittleEndian()
{
    PtpWriter writer;
    writer.u8(0x01);
    writer.u16(0x0302);
    writer.u32(0x07060504);
    writer.u64(0x0f0e0d0c0b0a0908ULL);
    writer.u128(PtpU128 {0x1716151413121110ULL, 0x1f1e1d1c1b1a1918ULL});
    QCOMPARE(writer.data(), hex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    PtpReader reader(writer.data());
    QCOMPARE(reader.u8(), quint8(1));
    QCOMPARE(reader.u16(), quint16(0x0302));
    QCOMPARE(reader.u32(), quint32(0x07060504));
    QCOMPARE(reader.u64(), quint64(0x0f0e0d0c0b0a0908ULL));
    QCOMPARE(reader.u128(), (PtpU128 {0x1716151413121110ULL, 0x1f1e1d1c1b1a1918ULL}));
    QVERIFY(reader.ok());
    QVERIFY(reader.atEnd());
}

void tst_PtpCodec::stringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QString() << hex("00");
    QTest::newRow("ab") << QStringLiteral("ab") << hex("03610062000000");
    QTest::newRow("surrogate pair")
        << QString::fromUtf8("\xF0\x9F\x93\xB7") << hex("033dd8f7dc0000");
    QTest::newRow("umlaut") << QString::fromUtf8("\xC3\xA4") << hex("02e4000000");
}

void tst_PtpCodec::stringRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, wire);
    PtpWriter writer;
    writer.string(text);
    QCOMPARE(writer.data(), wire);
    PtpReader reader(wire);
    QCOMPARE(reader.string(), text);
    QVERIFY(reader.ok());
    QVERIFY(reader.atEnd());
}

void tst_PtpCodec::longStringIsTruncated()
{
    PtpWriter writer;
    writer.string(QString(300, u'x'));
    QCOMPARE(writer.size(), 1 + 255 * 2);
    QCOMPARE(quint8(writer.data().at(0)), quint8(255));
    PtpReader reader(writer.data());
    QCOMPARE(reader.string(), QString(254, u'x'));

    // A surrogate pair straddling the cut is dropped whole.
    QString text(253, u'y');
    text += QString::fromUtf8("\xF0\x9F\x93\xB7");
    text += u'z';
    PtpWriter pairWriter;
    pairWriter.string(text);
    PtpReader pairReader(pairWriter.data());
    QCOMPARE(pairReader.string(), QString(253, u'y'));
    QCOMPARE(pairReader.replacedUnits(), 0);
}

void tst_PtpCodec::hostileStrings_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("replaced");
    QTest::newRow("count 0") << hex("00") << true << QString() << 0;
    QTest::newRow("count 1 NUL only") << hex("010000") << true << QString() << 0;
    QTest::newRow("count beyond data") << hex("05610000") << false << QString() << 0;
    QTest::newRow("count 255 no data") << hex("ff") << false << QString() << 0;
    QTest::newRow("odd byte count") << hex("02610000") << false << QString() << 0;
    QTest::newRow("no terminator") << hex("0261006200") << true << QStringLiteral("ab") << 0;
    QTest::newRow("embedded NUL kept")
        << hex("03610000006200") << true << QString(QStringLiteral("a") + QChar(u'\0') + u'b') << 0;
    QTest::newRow("lone high surrogate")
        << hex("033dd861000000") << true << (QString(QChar::ReplacementCharacter) + u'a') << 1;
    QTest::newRow("lone low surrogate")
        << hex("02f7dc0000") << true << QString(QChar::ReplacementCharacter) << 1;
    QTest::newRow("empty input") << QByteArray() << false << QString() << 0;
}

void tst_PtpCodec::hostileStrings()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    QFETCH(int, replaced);
    PtpReader reader(wire);
    const QString read = reader.string();
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(read, text);
    QCOMPARE(reader.replacedUnits(), replaced);
    if (!ok)
        QVERIFY(!reader.failure().isEmpty());
}

void tst_PtpCodec::hostileArrayCounts_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::newRow("zero") << hex("00000000") << true << 0;
    QTest::newRow("two") << hex("0200000001000200") << true << 2;
    QTest::newRow("2^32-1") << hex("ffffffff01000200") << false << 0;
    QTest::newRow("one too many") << hex("0300000001000200") << false << 0;
    QTest::newRow("truncated count") << hex("0200") << false << 0;
}

void tst_PtpCodec::hostileArrayCounts()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, ok);
    QFETCH(int, count);
    PtpReader reader(wire);
    const QList<quint16> values = reader.u16Array();
    QCOMPARE(reader.ok(), ok);
    QCOMPARE(values.size(), count);
    if (count == 2)
        QCOMPARE(values, (QList<quint16> {1, 2}));
    PtpReader wide(wire);
    QVERIFY(wide.u32Array().size() <= 1);
}

void tst_PtpCodec::readerFailureIsSticky()
{
    const QByteArray wire = hex("0102");
    PtpReader reader(wire);
    QCOMPARE(reader.u32(), 0u);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.u8(), quint8(0)); // the byte is there, but the reader has failed
    QCOMPARE(reader.remaining(), 0);
    QVERIFY(reader.failure().contains(QStringLiteral("u32")));
}

void tst_PtpCodec::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDate date(2024, 2, 29);
    QTest::newRow("local") << QStringLiteral("20240229T235958")
                           << QDateTime(date, QTime(23, 59, 58), Qt::LocalTime);
    QTest::newRow("utc") << QStringLiteral("20240229T235958Z")
                         << QDateTime(date, QTime(23, 59, 58), Qt::UTC);
    QTest::newRow("tenths") << QStringLiteral("20240229T235958.5Z")
                            << QDateTime(date, QTime(23, 59, 58, 500), Qt::UTC);
    QTest::newRow("offset") << QStringLiteral("20240229T120000+0130")
                            << QDateTime(date, QTime(12, 0), Qt::OffsetFromUTC, 5400);
    QTest::newRow("negative offset") << QStringLiteral("20240229T120000-0500")
                                     << QDateTime(date, QTime(12, 0), Qt::OffsetFromUTC, -18000);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("yesterday noon!") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("20241301T000000") << QDateTime();
    QTest::newRow("feb 30") << QStringLiteral("20230230T000000") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("20240101T250000") << QDateTime();
    QTest::newRow("no T") << QStringLiteral("20240101 000000") << QDateTime();
    QTest::newRow("trailing junk") << QStringLiteral("20240101T000000Zjunk") << QDateTime();
    QTest::newRow("short offset") << QStringLiteral("20240101T000000+01") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("20240101") << QDateTime();
}

void tst_PtpCodec::dateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = PtpReader::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), expected.timeSpec());
        if (expected.time().msec() == 0) {
            QCOMPARE(PtpWriter::formatDateTime(parsed), text);
            PtpWriter writer;
            writer.dateTime(parsed);
            PtpReader reader(writer.data());
            QCOMPARE(reader.dateTime(), expected);
        }
    }
}

void tst_PtpCodec::containerRoundTrip()
{
    const QByteArray wire = PtpContainer::command(Mtp::Operation::GetObjPropList, 7,
                                                  {0xFFFFFFFF, 0, 0xFFFFFFFF, 0, 0xFFFFFFFF});
    QCOMPARE(wire.size(), 32);
    QCOMPARE(wire.left(12), hex("20000000010005980700000000").left(12));
    const Result<PtpContainer> decoded = PtpContainer::decode(wire);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->type, Mtp::ContainerType::Command);
    QCOMPARE(decoded->code, Mtp::Operation::GetObjPropList);
    QCOMPARE(decoded->transactionId, 7u);
    QCOMPARE(decoded->params, (QList<quint32> {0xFFFFFFFF, 0, 0xFFFFFFFF, 0, 0xFFFFFFFF}));

    const QByteArray response = PtpContainer::response(Mtp::Response::Ok, 9);
    QCOMPARE(response, hex("0c0000000300012009000000"));

    const QByteArray data = PtpContainer::data(Mtp::Operation::GetObject, 3, "abc");
    const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(data);
    QVERIFY(header.ok());
    QCOMPARE(header->length, 15u);
    QCOMPARE(header->payloadLength(), 3u);
    QVERIFY(!header->lengthUnknown());
    QCOMPARE(data.mid(12), QByteArray("abc"));
}

void tst_PtpCodec::hostileContainers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("11 bytes") << hex("0c000000030001200900");
    QTest::newRow("length below header") << hex("0b0000000300012009000000");
    QTest::newRow("length longer than bytes") << hex("100000000300012009000000");
    QTest::newRow("length shorter than bytes") << hex("0c000000030001200900000001000000");
    QTest::newRow("type 0") << hex("0c0000000000012009000000");
    QTest::newRow("type 5") << hex("0c0000000500012009000000");
    QTest::newRow("six params") << (hex("240000000300012009000000") + QByteArray(24, '\0'));
    QTest::newRow("param not 4 bytes") << hex("0e00000003000120090000000100");
    QTest::newRow("unknown length on response") << hex("ffffffff0300012009000000");
    QTest::newRow("data container") << hex("0c0000000200091009000000");
}

void tst_PtpCodec::hostileContainers()
{
    QFETCH(QByteArray, wire);
    const Result<PtpContainer> decoded = PtpContainer::decode(wire);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code(), ErrorCode::DeviceIo);
    QVERIFY(!decoded.error().detail().isEmpty());
}

void tst_PtpCodec::dataHeaderForHugePayload()
{
    const quint64 fourGiB = 4ULL << 30;
    QByteArray header = PtpContainer::dataHeader(Mtp::Operation::GetObject, 5, fourGiB);
    Result<PtpContainerHeader> decoded = PtpContainer::decodeHeader(header);
    QVERIFY(decoded.ok());
    QVERIFY(decoded->lengthUnknown());
    QCOMPARE(decoded->length, 0xFFFFFFFFu);
    // The largest container that still fits: 0xFFFFFFFE bytes.
    header = PtpContainer::dataHeader(Mtp::Operation::GetObject, 5, 0xFFFFFFFEULL - 12);
    decoded = PtpContainer::decodeHeader(header);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->lengthUnknown());
    QCOMPARE(decoded->payloadLength(), 0xFFFFFFFEULL - 12);
    header = PtpContainer::dataHeader(Mtp::Operation::GetObject, 5, 0xFFFFFFFFULL - 12);
    QVERIFY(PtpContainer::decodeHeader(header)->lengthUnknown());
}

static PtpDeviceInfo androidDeviceInfo()
{
    PtpDeviceInfo info;
    info.vendorExtensionDesc = QStringLiteral("microsoft.com: 1.0; android.com: 1.0;");
    info.operations = {Mtp::Operation::GetDeviceInfo, Mtp::Operation::OpenSession,
                       Mtp::Operation::GetObjPropList, Mtp::Operation::GetPartialObject64};
    info.events = {Mtp::Event::ObjectAdded, Mtp::Event::StoreAdded};
    info.deviceProps = {Mtp::DeviceProp::FriendlyName, Mtp::DeviceProp::BatteryLevel};
    info.playbackFormats = {Mtp::Format::Undefined, Mtp::Format::Association};
    info.manufacturer = QStringLiteral("Google");
    info.model = QStringLiteral("Pixel 7");
    info.deviceVersion = QStringLiteral("1.0");
    info.serialNumber = QStringLiteral("28121FDH2000AB");
    return info;
}

void tst_PtpCodec::deviceInfoRoundTrip()
{
    const PtpDeviceInfo info = androidDeviceInfo();
    const Result<PtpDeviceInfo> decoded = PtpDeviceInfo::decode(info.encode());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->vendorExtensionId, 6u);
    QCOMPARE(decoded->vendorExtensionDesc, info.vendorExtensionDesc);
    QCOMPARE(decoded->operations, info.operations);
    QCOMPARE(decoded->events, info.events);
    QCOMPARE(decoded->deviceProps, info.deviceProps);
    QCOMPARE(decoded->playbackFormats, info.playbackFormats);
    QCOMPARE(decoded->model, info.model);
    QCOMPARE(decoded->serialNumber, info.serialNumber);
    QVERIFY(decoded->supportsOperation(Mtp::Operation::GetPartialObject64));
    QVERIFY(!decoded->supportsOperation(Mtp::Operation::SendObjectPropList));
}

void tst_PtpCodec::storageInfoRoundTrip()
{
    PtpStorageInfo info;
    info.maxCapacity = 128ULL << 30;
    info.freeSpaceInBytes = 5ULL << 30;
    info.storageDescription = QStringLiteral("Internal shared storage");
    info.volumeIdentifier = QStringLiteral("{0001}");
    const QByteArray wire = info.encode();
    QCOMPARE(wire.size(), 2 + 2 + 2 + 8 + 8 + 4 + 1 + 24 * 2 + 1 + 7 * 2);
    const Result<PtpStorageInfo> decoded = PtpStorageInfo::decode(wire);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->maxCapacity, info.maxCapacity);
    QCOMPARE(decoded->freeSpaceInBytes, info.freeSpaceInBytes);
    QCOMPARE(decoded->storageDescription, info.storageDescription);
    QCOMPARE(decoded->volumeIdentifier, info.volumeIdentifier);
}

void tst_PtpCodec::objectInfoRoundTrip()
{
    PtpObjectInfo info;
    info.storageId = 0x10001;
    info.objectFormat = Mtp::Format::ExifJpeg;
    info.compressedSize = 3'500'000;
    info.parentObject = 42;
    info.filename = QStringLiteral("IMG_20240229_120000.jpg");
    info.modificationDate = QStringLiteral("20240229T120000");
    const Result<PtpObjectInfo> decoded = PtpObjectInfo::decode(info.encode());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->storageId, info.storageId);
    QCOMPARE(decoded->objectFormat, info.objectFormat);
    QCOMPARE(decoded->compressedSize, info.compressedSize);
    QCOMPARE(decoded->parentObject, 42u);
    QCOMPARE(decoded->filename, info.filename);
    QCOMPARE(decoded->modificationDate, info.modificationDate);
    QVERIFY(!decoded->isFolder());

    // Keywords missing entirely: accepted.
    QByteArray withoutKeywords = info.encode();
    withoutKeywords.chop(1);
    QVERIFY(PtpObjectInfo::decode(withoutKeywords).ok());
}

void tst_PtpCodec::objectInfoSizeField()
{
    QCOMPARE(PtpObjectInfo::sizeField(0), 0u);
    QCOMPARE(PtpObjectInfo::sizeField(0xFFFFFFFEULL), 0xFFFFFFFEu);
    QCOMPARE(PtpObjectInfo::sizeField(0xFFFFFFFFULL), PtpObjectInfo::SizeUnknown);
    QCOMPARE(PtpObjectInfo::sizeField(5ULL << 30), PtpObjectInfo::SizeUnknown);
}

void tst_PtpCodec::objPropListRoundTrip()
{
    PtpObjPropList list;
    list.elements = {
        PtpObjProp::integer(1, Mtp::ObjectProp::StorageID, Mtp::DataType::UInt32, 0x10001),
        PtpObjProp::integer(1, Mtp::ObjectProp::ObjectFormat, Mtp::DataType::UInt16, 0x3801),
        PtpObjProp::integer(1, Mtp::ObjectProp::ObjectSize, Mtp::DataType::UInt64, 5ULL << 30),
        PtpObjProp::string(1, Mtp::ObjectProp::ObjectFileName, QStringLiteral("clip.mp4")),
        PtpObjProp::u128(1, Mtp::ObjectProp::PersistentUniqueObjectIdentifier,
                         PtpU128 {0x0001000000000001ULL, 7}),
        PtpObjProp::integer(1, 0xD000, Mtp::DataType::Int8, 0xFF),
        PtpObjProp {1, 0xD001, Mtp::DataType::ArrayFlag | Mtp::DataType::UInt16,
                    QList<quint64> {1, 2, 0xFFFF}},
    };
    const QByteArray wire = list.encode();
    const Result<PtpObjPropList> decoded = PtpObjPropList::decode(wire);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->elements.size(), list.elements.size());
    for (qsizetype i = 0; i < list.elements.size(); ++i)
        QVERIFY2(decoded->elements.at(i) == list.elements.at(i), qPrintable(QString::number(i)));
    QCOMPARE(decoded->elements.at(2).toInteger(), 5ULL << 30);
    QCOMPARE(decoded->elements.at(3).toString(), QStringLiteral("clip.mp4"));
    QCOMPARE(PtpObjPropList::decode(PtpObjPropList().encode())->elements.size(), 0);
}

void tst_PtpCodec::hostileObjPropList_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("count 2^32-1") << hex("ffffffff010000000ddc0200ff");
    QTest::newRow("count exceeds elements") << hex("02000000010000000ddc0200ff");
    QTest::newRow("truncated value") << hex("0100000001000000"
                                            "04dc0800"
                                            "0100");
    QTest::newRow("unknown datatype") << hex("0100000001000000"
                                             "04dc3412"
                                             "00000000");
    QTest::newRow("string count beyond") << hex("0100000001000000"
                                                "07dcffff"
                                                "ff4100");
    QTest::newRow("array count 2^32-1") << hex("0100000001000000"
                                               "01d00440"
                                               "ffffffff0100");
}

void tst_PtpCodec::hostileObjPropList()
{
    QFETCH(QByteArray, wire);
    const Result<PtpObjPropList> decoded = PtpObjPropList::decode(wire);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code(), ErrorCode::DeviceIo);
    QVERIFY(decoded.error().detail().startsWith(QStringLiteral("ObjPropList")));
}

void tst_PtpCodec::truncatedDatasetsFail()
{
    const QByteArray deviceInfo = androidDeviceInfo().encode();
    PtpObjectInfo objectInfo;
    objectInfo.filename = QStringLiteral("a.jpg");
    const QByteArray objectWire = objectInfo.encode();
    PtpStorageInfo storageInfo;
    storageInfo.storageDescription = QStringLiteral("SD");
    const QByteArray storageWire = storageInfo.encode();
    // Every cut before the last string is an error, never a crash or a partial success.
    for (qsizetype cut = 0; cut < deviceInfo.size(); ++cut)
        QVERIFY2(!PtpDeviceInfo::decode(deviceInfo.first(cut)).ok(),
                 qPrintable(QString::number(cut)));
    for (qsizetype cut = 0; cut < objectWire.size() - 1; ++cut)
        QVERIFY2(!PtpObjectInfo::decode(objectWire.first(cut)).ok(),
                 qPrintable(QString::number(cut)));
    for (qsizetype cut = 0; cut < storageWire.size(); ++cut)
        QVERIFY(!PtpStorageInfo::decode(storageWire.first(cut)).ok());
}

void tst_PtpCodec::codeNames()
{
    QCOMPARE(Mtp::operationName(Mtp::Operation::GetObject), QStringLiteral("GetObject (0x1009)"));
    QCOMPARE(Mtp::responseName(0x201e), QStringLiteral("SessionAlreadyOpen (0x201e)"));
    QCOMPARE(Mtp::responseName(0x2fff), QStringLiteral("0x2fff"));
    QCOMPARE(Mtp::eventName(Mtp::Event::StoreAdded), QStringLiteral("StoreAdded (0x4004)"));
    QCOMPARE(Mtp::dataTypeName(0x4006), QStringLiteral("AINT(UINT32 (0x0006))"));
    QCOMPARE(Mtp::DataType::scalarSize(Mtp::DataType::UInt128), 16);
}

void tst_PtpCodec::mutatedInputsNeverCrash()
{
    // Deterministic mutations of valid datasets: flipped bytes, cuts and inserted junk must end
    // in a value or a clear error, never a crash or an allocation the bytes cannot back.
    PtpObjPropList list;
    list.elements = {
        PtpObjProp::integer(1, Mtp::ObjectProp::ObjectSize, Mtp::DataType::UInt64, 12345),
        PtpObjProp::string(1, Mtp::ObjectProp::ObjectFileName, QStringLiteral("photo.jpg")),
        PtpObjProp {1, 0xD001, Mtp::DataType::ArrayFlag | Mtp::DataType::UInt32,
                    QList<quint64> {1, 2, 3}},
    };
    PtpObjectInfo objectInfo;
    objectInfo.filename = QStringLiteral("IMG_0001.JPG");
    objectInfo.modificationDate = QStringLiteral("20240101T120000Z");
    const QList<QByteArray> seeds
        = {androidDeviceInfo().encode(), PtpStorageInfo().encode(), objectInfo.encode(),
           list.encode(), PtpContainer::response(Mtp::Response::Ok, 3, {1, 2})};
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    int decoded = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = seeds.at(round % seeds.size());
        const int edits = 1 + int(next() % 4);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = qsizetype(next() % quint32(bytes.size()));
            switch (next() % 4) {
            case 0: bytes[at] = char(next()); break;
            case 1: bytes.truncate(at); break;
            case 2: bytes.insert(at, QByteArray(int(next() % 8), char(0xFF))); break;
            default: bytes[at] = char(0xFF); break;
            }
        }
        decoded += PtpDeviceInfo::decode(bytes).ok();
        decoded += PtpStorageInfo::decode(bytes).ok();
        decoded += PtpObjectInfo::decode(bytes).ok();
        decoded += PtpObjPropList::decode(bytes).ok();
        decoded += PtpContainer::decode(bytes).ok();
    }
    QVERIFY(decoded > 0); // some mutations are still valid datasets
}

QTEST_GUILESS_MAIN(tst_PtpCodec)
#include "tst_ptpcodec.moc"
