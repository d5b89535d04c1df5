#include "VCardTestSupport.h"
#include "model/vcard/VCardReader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::VCardTest;

namespace {

QString names(const QList<Contact> &contacts)
{
    QStringList list;
    for (const Contact &contact : contacts)
        list.append(contact.formattedName);
    return list.join(u'|');
}

QByteArray card(const QByteArray &body, const QByteArray &version = "3.0")
{
    return "BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + body + "END:VCARD\r\n";
}

QByteArray nestedAgents(int depth)
{
    QByteArray data;
    for (int i = 0; i < depth; ++i)
        data += "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Level " + QByteArray::number(i) + "\r\nAGENT:\r\n";
    for (int i = 0; i < depth; ++i)
        data += "END:VCARD\r\n";
    return data;
}

} // namespace

class tst_VCardLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenFiles_data();
    void brokenFiles();
    void limits_data();
    void limits();
    void nestingWithinLimit();
    void warningsAreBounded();
};

void tst_VCardLimits::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedNames");
    QTest::addColumn<int>("expectedWarnings");
    QTest::addColumn<QString>("warningText");
    QTest::newRow("truncated") << u"broken-truncated.vcf"_qs << u"Good One|Good Two|Cut Off"_qs << 1
                               << u"starts on line 13 has no END:VCARD"_qs;
    QTest::newRow("no END") << u"broken-no-end.vcf"_qs << u"No End|Good One|Good Two"_qs << 1
                            << u"starts on line 1 has no END:VCARD"_qs;
    QTest::newRow("garbage lines") << u"broken-garbage.vcf"_qs << u"Good One|Good Two"_qs << 7
                                   << u"Line 9 is not a vCard property"_qs;
    QTest::newRow("bad quoted-printable") << u"broken-qp.vcf"_qs << u"Bad=ZZQP Name|Good One"_qs
                                          << 3 << u"Line 3: the quoted-printable value of N"_qs;
    QTest::newRow("bad base64") << u"broken-base64.vcf"_qs << u"Bad Photo|Good One"_qs << 1
                                << u"Line 4: the base64 data is damaged"_qs;
    QTest::newRow("unknown charset") << u"broken-unknown-charset.vcf"_qs << u"Plain Name"_qs << 1
                                     << u"Line 3: the character set \"X-NO-SUCH-CHARSET\""_qs;
}

void tst_VCardLimits::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedNames);
    QFETCH(int, expectedWarnings);
    QFETCH(QString, warningText);
    const Result<VCardParseResult> parsed = VCardReader::parse(fixture(file));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(names(parsed->contacts), expectedNames);
    const QString warnings = parsed->warnings.join(u'\n');
    QVERIFY2(parsed->warnings.size() == expectedWarnings, qPrintable(warnings));
    QVERIFY2(warnings.contains(warningText), qPrintable(warnings));
    // The good cards around the broken ones are complete.
    for (const Contact &contact : parsed->contacts) {
        if (contact.formattedName == u"Good One") {
            QCOMPARE(contact.name.family, u"One"_qs);
            QCOMPARE(contact.phones.value(0).number, u"+1 555 0001"_qs);
        }
        if (contact.formattedName == u"Bad Photo") {
            QVERIFY(contact.photo.isEmpty());
            QCOMPARE(contact.phones.value(0).number, u"+1 555 0004"_qs);
        }
    }
}

void tst_VCardLimits::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<VCardLimits>("limits");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messageText");

    VCardLimits small;
    small.maxInputBytes = 100;
    QTest::newRow("input size") << QByteArray(card("FN:" + QByteArray(200, 'a') + "\r\n")) << small
                                << ErrorCode::LimitExceeded << u"more than the 100 bytes"_qs;

    VCardLimits cardBytes;
    cardBytes.maxCardBytes = 2000;
    QTest::newRow("card size") << fixture(u"broken-long-line.vcf"_qs) << cardBytes
                               << ErrorCode::LimitExceeded << u"starts on line 7 is larger"_qs;

    VCardLimits lineBytes;
    lineBytes.maxLineBytes = 1000;
    QTest::newRow("line length") << fixture(u"broken-long-line.vcf"_qs) << lineBytes
                                 << ErrorCode::LimitExceeded << u"Line 10 of the vCard data"_qs;

    VCardLimits properties;
    properties.maxPropertiesPerCard = 100;
    QTest::newRow("properties per card")
        << fixture(u"broken-many-properties.vcf"_qs) << properties << ErrorCode::LimitExceeded
        << u"more than 100 properties (at line 108)"_qs;

    VCardLimits photo;
    photo.maxPhotoBytes = 1000;
    QTest::newRow("photo size")
        << card("FN:P\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + QByteArray(2000, 'A').toBase64() + "\r\n")
        << photo << ErrorCode::LimitExceeded << u"picture on line 4"_qs;
    QTest::newRow("data uri photo size")
        << card("FN:P\r\nPHOTO:data:image/png;base64," + QByteArray(2000, 'A').toBase64() + "\r\n",
                "4.0")
        << photo << ErrorCode::LimitExceeded << u"picture on line 4"_qs;

    QTest::newRow("nesting depth") << nestedAgents(10) << VCardLimits() << ErrorCode::LimitExceeded
                                   << u"Line 17 opens a card nested more than 4 deep"_qs;

    VCardLimits cards;
    cards.maxCards = 10;
    QByteArray many;
    for (int i = 0; i < 20; ++i)
        many += card("FN:C\r\n");
    QTest::newRow("card count") << many << cards << ErrorCode::LimitExceeded
                                << u"more than 10 cards (line 41)"_qs;

    VCardLimits qpLine;
    qpLine.maxLineBytes = 10000;
    QByteArray softBreaks = "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:";
    for (int i = 0; i < 20000; ++i)
        softBreaks += "ab=\r\n";
    QTest::newRow("endless soft breaks") << softBreaks << qpLine << ErrorCode::LimitExceeded
                                         << u"Line 3 of the vCard data"_qs;
    QByteArray folds = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:x\r\n";
    for (int i = 0; i < 20000; ++i)
        folds += " ab\r\n";
    QTest::newRow("endless folding") << folds << qpLine << ErrorCode::LimitExceeded
                                     << u"Line 3 of the vCard data"_qs;
    QByteArray base64Block = "BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;ENCODING=BASE64;JPEG:";
    for (int i = 0; i < 20000; ++i)
        base64Block += "QUFB\r\n";
    QTest::newRow("endless 2.1 base64") << base64Block << qpLine << ErrorCode::LimitExceeded
                                        << u"Line 3 of the vCard data"_qs;

    QTest::newRow("50 MB single line in a card")
        << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + QByteArray(50 * 1024 * 1024, 'x'))
        << VCardLimits() << ErrorCode::LimitExceeded << u"Line 3 of the vCard data"_qs;
    QTest::newRow("50 MB single line") << QByteArray(50 * 1024 * 1024, 'x') << VCardLimits()
                                       << ErrorCode::LimitExceeded << u"Line 1 of the vCard data"_qs;
    QTest::newRow("not a vCard") << fixture(u"not-a-vcard.vcf"_qs) << VCardLimits()
                                 << ErrorCode::InvalidData << u"no contact card"_qs;
}

void tst_VCardLimits::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(VCardLimits, limits);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messageText);
    QElapsedTimer timer;
    timer.start();
    const Result<VCardParseResult> parsed = VCardReader::parse(data, limits);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!parsed.ok(), "the input was accepted");
    QCOMPARE(parsed.error().code(), code);
    QVERIFY2(parsed.error().message().contains(messageText), qPrintable(parsed.error().message()));
    QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void tst_VCardLimits::nestingWithinLimit()
{
    const Result<VCardParseResult> parsed = VCardReader::parse(nestedAgents(4));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->contacts.size(), 1);
    QCOMPARE(parsed->contacts.first().formattedName, u"Level 0"_qs);
    const QString agent = parsed->contacts.first().extraProperties.value(0).value;
    QVERIFY2(agent.contains(u"FN:Level 3"_qs), qPrintable(agent));
}

void tst_VCardLimits::warningsAreBounded()
{
    VCardLimits limits;
    limits.maxWarnings = 5;
    QByteArray data = card("FN:A\r\n");
    for (int i = 0; i < 10000; ++i)
        data += "garbage\r\n";
    const Result<VCardParseResult> parsed = VCardReader::parse(data, limits);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->contacts.size(), 1);
    QCOMPARE(parsed->warnings.size(), 6);
    QVERIFY(parsed->warnings.last().contains(u"9995"_qs));
}

QTEST_GUILESS_MAIN(tst_VCardLimits)
#include "tst_vcardlimits.moc"
