#include "VCardTestSupport.h"
#include "model/vcard/VCardReader.h"
#include "model/vcard/VCardWriter.h"

#include <QStringDecoder>
#include <QTest>

#include <functional>

using namespace Lifeboat;
using namespace Lifeboat::VCardTest;

namespace {

using ContactEdit = std::function<void(Contact &)>;

Contact named(const ContactEdit &edit)
{
    Contact contact;
    contact.formattedName = QStringLiteral("Anna Berg");
    contact.name.family = QStringLiteral("Berg");
    contact.name.given = QStringLiteral("Anna");
    edit(contact);
    return contact;
}

QList<QByteArray> physicalLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A contact with everything that needs escaping, folding or a label.
Contact trickyContact()
{
    return named([](Contact &c) {
        c.formattedName = QStringLiteral("Anna \\ Berg, \"the\"; one");
        c.name.additional = QStringLiteral("a;b,c\\d");
        c.organization = {QStringLiteral("Berg; Söhne, GmbH"), QStringLiteral("Einkauf")};
        c.title = QStringLiteral("Chefin; Einkauf");
        c.note = QStringLiteral("Zeile 1\nZeile 2 mit Ümlauten, Kommas; Semikolons und \\ "
                                "Backslash. ") + QString(40, QChar(0x65E5)) + QStringLiteral("😀");
        c.uid = QStringLiteral("urn:uuid:3f1a7c2e-0000-4000-8000-000000000001");
        c.urls = {QStringLiteral("https://example.com/a,b;c")};
        c.birthday = QDate(1985, 4, 15);
        c.revision = QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
        c.phones = {{QStringLiteral("+49 30 123"), {QStringLiteral("cell")}, true,
                     QStringLiteral("Mobile"), {}, {}},
                    {QStringLiteral("+49 30 456"), {QStringLiteral("work"), QStringLiteral("fax")},
                     false, QStringLiteral("Büro Fax"), {}, {{QStringLiteral("X-X"), QStringLiteral("a:b")}}}};
        c.emails = {{QStringLiteral("anna@example.com"), {QStringLiteral("internet")}, false, {},
                     QStringLiteral("item9"), {}}};
        c.addresses = {{{}, {}, QStringLiteral("Straße 1; Hof"), QStringLiteral("Berlin"), {},
                        QStringLiteral("10115"), QStringLiteral("Deutschland"),
                        {QStringLiteral("home")}, true, QStringLiteral("Home"), {}, {}}};
        c.photo = QByteArray("\xFF\xD8\xFF\xE0 not really a JPEG but bytes", 34);
        c.photoType = QStringLiteral("JPEG");
        c.extraProperties = {{QStringLiteral("item1"), QStringLiteral("X-ABDATE"),
                              {{QStringLiteral("TYPE"), QStringLiteral("pref")}},
                              QStringLiteral("2010-06-05")},
                             {QStringLiteral("item1"), QStringLiteral("X-ABLABEL"), {},
                              QStringLiteral("_$!<Anniversary>!$_")},
                             {{}, QStringLiteral("X-LONG"), {},
                              QString(200, QChar(0xFC)) + QStringLiteral("\\n2")}};
    });
}

} // namespace

class tst_VCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenLines_data();
    void writtenLines();
    void folding_data();
    void folding();
    void trickyRoundTrip_data();
    void trickyRoundTrip();
    void multipleCards();
};

void tst_VCardWriter::writtenLines_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::addColumn<VCardWriter::Version>("version");
    QTest::addColumn<QByteArray>("expectedLine");
    const auto v3 = VCardWriter::Version::V30;
    const auto v4 = VCardWriter::Version::V40;
    auto row = [](const char *name, const Contact &c, VCardWriter::Version v, const QByteArray &l) {
        QTest::newRow(name) << c << v << l;
    };
    const Contact punctuation = named([](Contact &c) {
        c.formattedName = QStringLiteral("a,b;c\\d");
        c.name.family = QStringLiteral("Smith;Jones");
    });
    row("3.0 text escapes , ; \\", punctuation, v3, "FN:a\\,b\\;c\\\\d");
    row("4.0 text leaves ; alone", punctuation, v4, "FN:a\\,b;c\\\\d");
    row("3.0 compound", punctuation, v3, "N:Smith\\;Jones;Anna;;;");
    row("4.0 compound escapes ;", punctuation, v4, "N:Smith\\;Jones;Anna;;;");
    row("version 3.0", punctuation, v3, "VERSION:3.0");
    row("version 4.0", punctuation, v4, "VERSION:4.0");
    const Contact note = named([](Contact &c) { c.note = QStringLiteral("one\ntwo\r\nthree"); });
    row("line breaks", note, v3, "NOTE:one\\ntwo\\nthree");
    const Contact phone = named([](Contact &c) {
        c.phones = {{QStringLiteral("+1 555"), {QStringLiteral("cell"), QStringLiteral("voice")},
                     true, {}, {}, {}}};
    });
    row("3.0 types and pref", phone, v3, "TEL;TYPE=CELL,VOICE,pref:+1 555");
    row("4.0 types and PREF=1", phone, v4, "TEL;TYPE=cell,voice;PREF=1:+1 555");
    const Contact labelled = named([](Contact &c) {
        c.phones = {{QStringLiteral("1"), {}, false, QStringLiteral("Mobile"), {}, {}},
                    {QStringLiteral("2"), {}, false, QStringLiteral("Boat"), {}, {}}};
        c.extraProperties = {{QStringLiteral("item1"), QStringLiteral("X-ABDATE"), {},
                              QStringLiteral("2000-01-01")}};
    });
    row("built-in label", labelled, v3, "item2.X-ABLabel:_$!<Mobile>!$_");
    row("label group skips used group", labelled, v3, "item2.TEL:1");
    row("custom label", labelled, v3, "item3.X-ABLabel:Boat");
    row("extra keeps group", labelled, v3, "item1.X-ABDATE:2000-01-01");
    const Contact photo = named([](Contact &c) {
        c.photo = QByteArray("\xFF\xD8\xFF", 3);
        c.photoType = QStringLiteral("JPEG");
    });
    row("3.0 photo", photo, v3, "PHOTO;ENCODING=b;TYPE=JPEG:/9j/");
    row("4.0 photo", photo, v4, "PHOTO:data:image/jpeg;base64,/9j/");
    const Contact photoUri = named([](Contact &c) {
        c.photoUri = QStringLiteral("http://example.com/a.gif");
        c.photoType = QStringLiteral("GIF");
    });
    row("3.0 photo uri", photoUri, v3, "PHOTO;VALUE=uri;TYPE=GIF:http://example.com/a.gif");
    row("4.0 photo uri", photoUri, v4,
        "PHOTO;VALUE=uri;MEDIATYPE=image/gif:http://example.com/a.gif");
    const Contact bday = named([](Contact &c) { c.birthday = QDate(1985, 4, 15); });
    row("3.0 bday", bday, v3, "BDAY:1985-04-15");
    row("4.0 bday", bday, v4, "BDAY:19850415");
    const Contact noYear = named([](Contact &c) { c.birthdayText = QStringLiteral("--0415"); });
    row("bday without year", noYear, v4, "BDAY:--0415");
    const Contact textBday = named([](Contact &c) { c.birthdayText = QStringLiteral("circa 1800"); });
    row("bday text", textBday, v4, "BDAY;VALUE=text:circa 1800");
    const Contact rev = named([](Contact &c) {
        c.revision = QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
    });
    row("3.0 rev", rev, v3, "REV:2024-01-15T10:30:00Z");
    row("4.0 rev", rev, v4, "REV:20240115T103000Z");
    const Contact extra = named([](Contact &c) {
        c.extraProperties = {{{}, QStringLiteral("X-A"), {{QStringLiteral("X-P"), QStringLiteral("a:b")},
                                                          {QString(), QStringLiteral("HOME")}},
                              QStringLiteral("v")}};
    });
    row("extra parameters", extra, v3, "X-A;X-P=\"a:b\";HOME:v");
    const Contact org = named([](Contact &c) {
        c.organization = {QStringLiteral("ABC, Inc."), QStringLiteral("Sales")};
    });
    row("org", org, v4, "ORG:ABC\\, Inc.;Sales");
}

void tst_VCardWriter::writtenLines()
{
    QFETCH(Contact, contact);
    QFETCH(VCardWriter::Version, version);
    QFETCH(QByteArray, expectedLine);
    const QByteArray written = VCardWriter::write(contact, version);
    QVERIFY(written.startsWith("BEGIN:VCARD\r\nVERSION:"));
    QVERIFY(written.endsWith("\r\nEND:VCARD\r\n"));
    QCOMPARE(written.count('\n'), written.count("\r\n"));
    QVERIFY2(written.split('\n').contains(expectedLine + '\r'), written.constData());
}

void tst_VCardWriter::folding_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("ascii") << QString(300, u'a');
    QTest::newRow("two-byte") << QString(200, QChar(0xFC));
    QTest::newRow("three-byte") << QString(150, QChar(0x65E5));
    QString emoji;
    for (int i = 0; i < 80; ++i)
        emoji += QStringLiteral("😀");
    QTest::newRow("four-byte") << emoji;
    QTest::newRow("mixed") << QStringLiteral("aü日😀").repeated(40);
    QTest::newRow("exactly 75") << QString(70, u'b');
    QTest::newRow("76") << QString(71, u'b');
}

void tst_VCardWriter::folding()
{
    QFETCH(QString, note);
    const Contact contact = named([&](Contact &c) { c.note = note; });
    for (const auto version : {VCardWriter::Version::V30, VCardWriter::Version::V40}) {
        const QByteArray written = VCardWriter::write(contact, version);
        for (const QByteArray &line : physicalLines(written)) {
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            // Every physical line is valid UTF-8 on its own: no sequence was split.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.toHex().constData());
        }
        const Result<VCardParseResult> parsed = VCardReader::parse(written);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->contacts.value(0).note, note);
    }
}

void tst_VCardWriter::trickyRoundTrip_data()
{
    QTest::addColumn<VCardWriter::Version>("version");
    QTest::newRow("3.0") << VCardWriter::Version::V30;
    QTest::newRow("4.0") << VCardWriter::Version::V40;
}

void tst_VCardWriter::trickyRoundTrip()
{
    QFETCH(VCardWriter::Version, version);
    const Contact original = trickyContact();
    const QByteArray written = VCardWriter::write(original, version);
    const Result<VCardParseResult> parsed = VCardReader::parse(written);
    QVERIFY(parsed.ok());
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
    QCOMPARE(parsed->contacts.size(), 1);
    Contact expected = original;
    // The writer gives labelled properties without a group a fresh one, skipping item1 (used by
    // an extra) and item9 (used by the e-mail).
    expected.phones[0].group = QStringLiteral("item2");
    expected.phones[1].group = QStringLiteral("item3");
    expected.addresses[0].group = QStringLiteral("item4");
    const Contact &read = parsed->contacts.first();
    const QString diff = differences(expected, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff + u'\n' + QString::fromUtf8(written)));
}

void tst_VCardWriter::multipleCards()
{
    const QList<Contact> contacts{named([](Contact &) {}), trickyContact(),
                                  named([](Contact &c) { c.formattedName = QStringLiteral("Z"); })};
    const QByteArray written = VCardWriter::write(contacts);
    QCOMPARE(written.count("BEGIN:VCARD\r\n"), 3);
    QCOMPARE(written.count("END:VCARD\r\n"), 3);
    const Result<VCardParseResult> parsed = VCardReader::parse(written);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->contacts.size(), 3);
    QCOMPARE(parsed->contacts.at(2).formattedName, u"Z"_qs);
}

QTEST_GUILESS_MAIN(tst_VCardWriter)
#include "tst_vcardwriter.moc"
