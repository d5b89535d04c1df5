#include "model/photo/ExifDateTime.h"
#include "model/photo/PhotoHead.h"
#include "model/photo/PhotoMetadataReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Lifeboat;

class tst_PhotoMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFixture_data();
    void readsFixture();
    void streamsFromSmallHead_data();
    void streamsFromSmallHead();
    void asksForMoreWhenHeadEndsInsideExif();
    void rejectsUnknownSignature_data();
    void rejectsUnknownSignature();
    void rejectsHeadLargerThanFile();
    void givesUpBeyondMaxHead();
    void survivesDamage_data();
    void survivesDamage();
    void parsesExifDateTime_data();
    void parsesExifDateTime();
};

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(LIFEBOAT_TEST_DATA_DIR "/photos/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

static QDateTime at(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::LocalTime);
}

static QDateTime at(int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(offsetSeconds));
}

void tst_PhotoMetadata::readsFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QDateTime>("taken");
    QTest::addColumn<int>("thumbnailSize");
    QTest::addColumn<QString>("problem"); // a substring of the noted problems, empty for none

    const QString jpeg = QStringLiteral("image/jpeg");
    const QDateTime none;
    QTest::newRow("Canon II, offset, sub-seconds, thumbnail")
        << u"canon_ii.jpg"_qs << jpeg << 640 << 480 << at(2024, 7, 14, 9, 30, 15, 420, 7200) << 719
        << QString();
    QTest::newRow("Motorola MM, no offset") << u"moto_mm.jpg"_qs << jpeg << 640 << 480
                                            << at(2023, 12, 31, 23, 59, 58) << 0 << QString();
    QTest::newRow("DateTimeDigitized with its offset")
        << u"digitized_only.jpg"_qs << jpeg << 640 << 480 << at(2022, 3, 4, 5, 6, 7, 0, -5 * 3600)
        << 0 << QString();
    QTest::newRow("IFD0 DateTime only") << u"datetime_only.jpg"_qs << jpeg << 320 << 200
                                        << at(2020, 2, 29, 12, 0, 0) << 0 << QString();
    QTest::newRow("blank and zero dates skipped")
        << u"blank_date.jpg"_qs << jpeg << 320 << 200 << at(2018, 8, 8, 8, 8, 8) << 0 << QString();
    QTest::newRow("frame height 0: EXIF size")
        << u"dnl.jpg"_qs << jpeg << 1280 << 960 << none << 0 << QString();
    QTest::newRow("JPEG without EXIF")
        << u"no_exif.jpg"_qs << jpeg << 320 << 200 << none << 0 << QString();
    QTest::newRow("truncated in the scan data")
        << u"truncated_scan.jpg"_qs << jpeg << 640 << 480 << at(2024, 7, 14, 9, 30, 15, 420, 7200)
        << 719 << QString();
    QTest::newRow("IFD1 loops to IFD0") << u"ifd_loop.jpg"_qs << jpeg << 320 << 200
                                        << at(2019, 5, 5, 10, 0, 0) << 0 << u"IFD loop"_qs;
    QTest::newRow("IFD1 loops to the Exif IFD") << u"ifd_loop_exif.jpg"_qs << jpeg << 320 << 200
                                                << at(2019, 5, 5, 10, 0, 0) << 0 << u"IFD loop"_qs;
    QTest::newRow("offsets and counts out of range")
        << u"bad_offsets.jpg"_qs << jpeg << 320 << 200 << none << 0 << u"outside the EXIF data"_qs;
    QTest::newRow("thumbnail not a JPEG") << u"bad_thumbnail.jpg"_qs << jpeg << 320 << 200
                                          << at(2017, 1, 2, 3, 4, 5) << 0 << u"not a whole JPEG"_qs;
    QTest::newRow("IFD with 65535 entries")
        << u"huge_ifd_count.jpg"_qs << jpeg << 320 << 200 << none << 0 << u"65535 entries"_qs;
    QTest::newRow("not a TIFF header")
        << u"bad_tiff_header.jpg"_qs << jpeg << 320 << 200 << none << 0 << u"neither II nor MM"_qs;
    QTest::newRow("PNG") << u"plain.png"_qs << u"image/png"_qs << 48 << 32 << none << 0
                         << QString();
    QTest::newRow("PNG with eXIf") << u"png_exif.png"_qs << u"image/png"_qs << 48 << 32
                                   << at(2021, 6, 1, 8, 0, 0, 0, 9 * 3600) << 0 << QString();
    QTest::newRow("HEIC grid: primary item's ispe")
        << u"grid.heic"_qs << u"image/heic"_qs << 4032 << 3024 << none << 0 << QString();
    QTest::newRow("HEIF with one ispe after mdat")
        << u"single.heif"_qs << u"image/heif"_qs << 800 << 600 << none << 0 << QString();
    QTest::newRow("HEIC with two sizes and no pitm")
        << u"ambiguous.heic"_qs << u"image/heic"_qs << 0 << 0 << none << 0 << u"ispe"_qs;
    QTest::newRow("HEIF with 32-bit item ids, 16-bit indices, largesize meta")
        << u"wide_ids.heic"_qs << u"image/heic"_qs << 3000 << 4000 << none << 0 << QString();
    QTest::newRow("PNG 0 pixels wide")
        << u"png_zero_width.png"_qs << QString() << 0 << 0 << none << 0 << QString();
    QTest::newRow("PNG truncated in IHDR")
        << u"truncated.png"_qs << QString() << 0 << 0 << none << 0 << QString();
    QTest::newRow("truncated in the EXIF segment")
        << u"truncated_exif.jpg"_qs << QString() << 0 << 0 << none << 0 << QString();
    QTest::newRow("MP4 video") << u"video.mp4"_qs << QString() << 0 << 0 << none << 0 << QString();
}

void tst_PhotoMetadata::readsFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, mimeType);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QDateTime, taken);
    QFETCH(int, thumbnailSize);
    QFETCH(QString, problem);

    const QByteArray bytes = fixture(file);
    const auto result = PhotoMetadataReader::read(bytes, quint64(bytes.size()));
    if (mimeType.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::InvalidData);
        QVERIFY(!result.error().message().isEmpty());
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const Photo &photo = result->photo;
    QVERIFY(!result->needsMore());
    QCOMPARE(photo.mimeType, mimeType);
    QCOMPARE(photo.size, quint64(bytes.size()));
    QCOMPARE(photo.width, width);
    QCOMPARE(photo.height, height);
    QCOMPARE(photo.taken, taken);
    if (taken.isValid()) {
        QCOMPARE(photo.taken.timeSpec(), taken.timeSpec());
        QCOMPARE(photo.taken.offsetFromUtc(), taken.offsetFromUtc());
        QCOMPARE(photo.taken.time(), taken.time());
    }
    QCOMPARE(photo.thumbnail.size(), thumbnailSize);
    if (thumbnailSize > 0) {
        QVERIFY(photo.thumbnail.startsWith("\xFF\xD8"));
        QVERIFY(photo.thumbnail.endsWith("\xFF\xD9"));
        QVERIFY(bytes.contains(photo.thumbnail));
    }
    const QString problems = result->problems.join(u'\n');
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    else
        QVERIFY2(problems.contains(problem), qPrintable(problems));
}

void tst_PhotoMetadata::streamsFromSmallHead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("firstHead");
    for (const char *file : {"canon_ii.jpg", "moto_mm.jpg", "png_exif.png", "grid.heic",
                             "single.heif", "wide_ids.heic"}) {
        QTest::addRow("%s from 1 byte", file) << QString::fromLatin1(file) << 1;
        QTest::addRow("%s from 64 bytes", file) << QString::fromLatin1(file) << 64;
    }
}

void tst_PhotoMetadata::streamsFromSmallHead()
{
    QFETCH(QString, file);
    QFETCH(int, firstHead);
    const QByteArray bytes = fixture(file);
    const auto whole = PhotoMetadataReader::read(bytes, quint64(bytes.size()));
    QVERIFY(whole);

    qsizetype headSize = firstHead;
    int rounds = 0;
    for (;;) {
        const auto partial = PhotoMetadataReader::read(QByteArrayView(bytes).first(headSize),
                                                       quint64(bytes.size()));
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().toString()));
        if (!partial->needsMore()) {
            QCOMPARE(partial->photo, whole->photo);
            break;
        }
        QVERIFY(partial->bytesWanted > quint64(headSize));
        QVERIFY(partial->bytesWanted <= quint64(bytes.size()));
        headSize = qsizetype(partial->bytesWanted);
        QVERIFY(++rounds < 16);
    }
    QVERIFY(rounds > 0);
}

void tst_PhotoMetadata::asksForMoreWhenHeadEndsInsideExif()
{
    const QByteArray bytes = fixture(u"canon_ii.jpg"_qs);
    const auto partial
        = PhotoMetadataReader::read(QByteArrayView(bytes).first(300), quint64(bytes.size()));
    QVERIFY(partial);
    QVERIFY(partial->needsMore());
    QCOMPARE(partial->photo.mimeType, u"image/jpeg"_qs);
    QVERIFY(partial->bytesWanted >= 600);

    // The same 300 bytes as a whole file are a damaged file, not a request for more.
    const auto truncated = PhotoMetadataReader::read(QByteArrayView(bytes).first(300), 300);
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().code(), ErrorCode::InvalidData);
    QVERIFY(truncated.error().detail().contains(u"300"));
}

void tst_PhotoMetadata::rejectsUnknownSignature_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<bool>("needsMore");
    QTest::newRow("text file") << "hello, world, not a photo"_qba << true << false;
    QTest::newRow("five bytes, whole file") << "hello"_qba << true << false;
    QTest::newRow("five bytes of a longer file") << "hello"_qba << false << true;
    QTest::newRow("empty file") << QByteArray() << true << false;
}

void tst_PhotoMetadata::rejectsUnknownSignature()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, wholeFile);
    QFETCH(bool, needsMore);
    const auto result
        = PhotoMetadataReader::read(bytes, quint64(bytes.size()) + (wholeFile ? 0 : 1000));
    if (needsMore) {
        QVERIFY(result);
        QCOMPARE(result->bytesWanted, quint64(12));
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::InvalidData);
    QCOMPARE(PhotoMetadataReader::mimeTypeOf(bytes), QString());
}

void tst_PhotoMetadata::rejectsHeadLargerThanFile()
{
    const QByteArray bytes = fixture(u"plain.png"_qs);
    const auto result = PhotoMetadataReader::read(bytes, 10);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Internal);
}

// A JPEG whose frame header sits behind 5 MB of APP2 segments: the reader asks for more up to
// PhotoHead::kMaxSize, then keeps what it has instead of asking for the whole file.
void tst_PhotoMetadata::givesUpBeyondMaxHead()
{
    QByteArray jpeg("\xFF\xD8", 2);
    const QByteArray app2 = QByteArray("\xFF\xE2\xFF\xFF", 4) + QByteArray(0xFFFF - 2, 'x');
    while (quint64(jpeg.size()) < PhotoHead::kMaxSize + 1024 * 1024)
        jpeg += app2;
    jpeg += QByteArray("\xFF\xC0\x00\x0B\x08\x00\x10\x00\x20\x01\x01\x11\x00", 13);

    qsizetype head = PhotoMetadataReader::kDefaultHeadSize;
    int rounds = 0;
    for (;;) {
        const auto result
            = PhotoMetadataReader::read(QByteArrayView(jpeg).first(head), quint64(jpeg.size()));
        QVERIFY(result);
        if (!result->needsMore()) {
            QCOMPARE(result->photo.mimeType, u"image/jpeg"_qs);
            QCOMPARE(result->photo.width, 0);
            QVERIFY(result->problems.join(u' ').contains(u"beyond the first"));
            break;
        }
        QVERIFY(result->bytesWanted <= PhotoHead::kMaxSize);
        head = qsizetype(result->bytesWanted);
        QVERIFY(++rounds < 8);
    }

    // The whole file, given at once, is read to the end.
    const auto whole = PhotoMetadataReader::read(jpeg, quint64(jpeg.size()));
    QVERIFY(whole);
    QCOMPARE(whole->photo.width, 32);
    QCOMPARE(whole->photo.height, 16);
}

void tst_PhotoMetadata::survivesDamage_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"canon_ii.jpg", "moto_mm.jpg", "png_exif.png", "grid.heic",
                             "wide_ids.heic", "bad_offsets.jpg"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

// Every prefix and many random corruptions: each answer is a photo or an error, and what
// is read stays bounded. Run under -DLIFEBOAT_SANITIZE=ON this catches out-of-bounds reads.
void tst_PhotoMetadata::survivesDamage()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    for (qsizetype n = 0; n <= bytes.size(); ++n) {
        const auto result = PhotoMetadataReader::read(QByteArrayView(bytes).first(n), quint64(n));
        if (result)
            QVERIFY(result->photo.thumbnail.size() <= 64 * 1024);
    }
    QRandomGenerator random(20261128);
    int errors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = bytes;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            damaged[qsizetype(random.bounded(quint32(damaged.size())))] = char(random.bounded(256));
        const auto result = PhotoMetadataReader::read(damaged, quint64(damaged.size()));
        if (!result) {
            ++errors;
            QVERIFY(!result.error().message().isEmpty());
        } else {
            QVERIFY(result->photo.width >= 0 && result->photo.height >= 0);
            QVERIFY(!result->needsMore());
        }
    }
    qDebug() << file << errors << "of 3000 damaged copies were errors";
}

void tst_PhotoMetadata::parsesExifDateTime_data()
{
    QTest::addColumn<QByteArray>("dateTime");
    QTest::addColumn<QByteArray>("subSeconds");
    QTest::addColumn<QByteArray>("offset");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("plain") << "2024:07:14 09:30:15"_qba << QByteArray() << QByteArray()
                           << at(2024, 7, 14, 9, 30, 15);
    QTest::newRow("offset") << "2024:07:14 09:30:15"_qba << QByteArray() << "+05:30"_qba
                            << at(2024, 7, 14, 9, 30, 15, 0, 5 * 3600 + 1800);
    QTest::newRow("negative offset") << "2024:01:01 00:00:00"_qba << QByteArray() << "-08:00"_qba
                                     << at(2024, 1, 1, 0, 0, 0, 0, -8 * 3600);
    QTest::newRow("one sub-second digit")
        << "2024:07:14 09:30:15"_qba
        << "5"_qba << QByteArray() << at(2024, 7, 14, 9, 30, 15, 500);
    QTest::newRow("six sub-second digits")
        << "2024:07:14 09:30:15"_qba
        << "123456"_qba << QByteArray() << at(2024, 7, 14, 9, 30, 15, 123);
    QTest::newRow("dashes") << "2024-07-14 09:30:15"_qba << QByteArray() << QByteArray()
                            << at(2024, 7, 14, 9, 30, 15);
    QTest::newRow("malformed offset ignored")
        << "2024:07:14 09:30:15"_qba << QByteArray() << "+2:00"_qba << at(2024, 7, 14, 9, 30, 15);
    QTest::newRow("blank") << "    :  :     :  :  "_qba << QByteArray() << QByteArray()
                           << QDateTime();
    QTest::newRow("zero") << "0000:00:00 00:00:00"_qba << QByteArray() << QByteArray()
                          << QDateTime();
    QTest::newRow("month 13") << "2024:13:01 00:00:00"_qba << QByteArray() << QByteArray()
                              << QDateTime();
    QTest::newRow("short") << "2024:07:14"_qba << QByteArray() << QByteArray() << QDateTime();
    QTest::newRow("hour 25") << "2024:07:14 25:00:00"_qba << QByteArray() << QByteArray()
                             << QDateTime();
}

void tst_PhotoMetadata::parsesExifDateTime()
{
    QFETCH(QByteArray, dateTime);
    QFETCH(QByteArray, subSeconds);
    QFETCH(QByteArray, offset);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = ExifDateTime::parse(dateTime, subSeconds, offset);
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed.time(), expected.time());
        QCOMPARE(parsed.offsetFromUtc(), expected.offsetFromUtc());
    }
}

QTEST_GUILESS_MAIN(tst_PhotoMetadata)
#include "tst_photometadata.moc"
