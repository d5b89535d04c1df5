#include "VCardTestSupport.h"
#include "model/vcard/VCardCharsetDecoder.h"
#include "model/vcard/VCardReader.h"
#include "model/vcard/VCardWriter.h"

#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::VCardTest;

class tst_VCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureCards_data();
    void fixtureCards();
    void fixtureFields_data();
    void fixtureFields();
    void snippetFields_data();
    void snippetFields();
    void roundTrip_data();
    void roundTrip();
    void charsets();
};

void tst_VCard::fixtureCards_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("warnings");
    QTest::newRow("android") << u"android-21.vcf"_qs << 3 << 0;
    QTest::newRow("iphone") << u"iphone-30.vcf"_qs << 2 << 0;
    QTest::newRow("google") << u"google-30.vcf"_qs << 3 << 0;
    QTest::newRow("outlook") << u"outlook-21.vcf"_qs << 1 << 0;
    QTest::newRow("shift_jis") << u"shiftjis-21.vcf"_qs << 2 << 0;
    QTest::newRow("rfc6350") << u"rfc6350-examples.vcf"_qs << 3 << 0;
    QTest::newRow("rfc2426") << u"rfc2426-examples.vcf"_qs << 3 << 0;
    QTest::newRow("agent") << u"agent-21.vcf"_qs << 2 << 0;
}

void tst_VCard::fixtureCards()
{
    QFETCH(QString, file);
    QFETCH(int, cards);
    QFETCH(int, warnings);
    const Result<VCardParseResult> parsed = VCardReader::parse(fixture(file));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->contacts.size(), cards);
    QVERIFY2(parsed->warnings.size() == warnings, qPrintable(parsed->warnings.join(u'\n')));
}

void tst_VCard::fixtureFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("card");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *file, int card, const char *key, const QString &expected) {
        QTest::addRow("%s#%d %s", file, card, key)
            << QString::fromLatin1(file) << card << QString::fromLatin1(key) << expected;
    };
    // Android 2.1: UTF-8 quoted-printable, soft breaks without indentation, bare types, 2.1 photo.
    row("android-21.vcf", 0, "version", u"2.1"_qs);
    row("android-21.vcf", 0, "fn", u"Ayşe Öztürk"_qs);
    row("android-21.vcf", 0, "family", u"Öztürk"_qs);
    row("android-21.vcf", 0, "given", u"Ayşe"_qs);
    row("android-21.vcf", 0, "tel0", u"+90 532 123 45 67"_qs);
    row("android-21.vcf", 0, "tel0.types", u"cell"_qs);
    row("android-21.vcf", 0, "tel0.pref", u"yes"_qs);
    row("android-21.vcf", 0, "tel1.types", u"home"_qs);
    row("android-21.vcf", 0, "tel1.pref", u"no"_qs);
    row("android-21.vcf", 0, "email0.types", u"home"_qs);
    row("android-21.vcf", 0, "adr0.street", u"İstiklal Caddesi 12"_qs);
    row("android-21.vcf", 0, "adr0.locality", u"İstanbul"_qs);
    row("android-21.vcf", 0, "adr0.code", u"34433"_qs);
    row("android-21.vcf", 0, "adr0.country", u"Türkiye"_qs);
    row("android-21.vcf", 0, "note", u"Komşu, üst kat. Anahtarı var.\nDoğum günü: 15 Nisan — çiçek götür!"_qs);
    row("android-21.vcf", 0, "extra:X-ANDROID-CUSTOM", u"vnd.android.cursor.item/nickname;Ayşo;1;;;;;;;;;;;;;"_qs);
    row("android-21.vcf", 0, "extra:X-ANDROID-CUSTOM.params", QString());
    row("android-21.vcf", 0, "photo.size", u"286"_qs);
    row("android-21.vcf", 0, "photo.jpeg", u"yes"_qs);
    row("android-21.vcf", 0, "photo.type", u"JPEG"_qs);
    row("android-21.vcf", 1, "fn", u"山田太郎（やまだたろう）株式会社サンプル営業部"_qs);
    row("android-21.vcf", 1, "family", u"山田"_qs);
    row("android-21.vcf", 1, "tel1.types", u"x-boat"_qs);
    row("android-21.vcf", 2, "fn", QString());
    row("android-21.vcf", 2, "tel0", u"+49 151 0000000"_qs);
    // iPhone 3.0: item groups, X-ABLabel, photo, labels on non-phone properties kept as pairs.
    row("iphone-30.vcf", 0, "fn", u"Dr. Johnny Appleseed Jr."_qs);
    row("iphone-30.vcf", 0, "prefixes", u"Dr."_qs);
    row("iphone-30.vcf", 0, "suffixes", u"Jr."_qs);
    row("iphone-30.vcf", 0, "org", u"Apple Inc.|Engineering|"_qs);
    row("iphone-30.vcf", 0, "email0", u"johnny@example.com"_qs);
    row("iphone-30.vcf", 0, "email0.types", u"internet"_qs);
    row("iphone-30.vcf", 0, "email0.pref", u"yes"_qs);
    row("iphone-30.vcf", 0, "email0.group", u"item1"_qs);
    row("iphone-30.vcf", 0, "email1.label", u"Other"_qs);
    row("iphone-30.vcf", 0, "tel0.types", u"cell,voice"_qs);
    row("iphone-30.vcf", 0, "tel0.pref", u"yes"_qs);
    row("iphone-30.vcf", 0, "tel1", u"+1 408 555 0199"_qs);
    row("iphone-30.vcf", 0, "tel1.label", u"Mobile"_qs);
    row("iphone-30.vcf", 0, "tel2.label", u"Boat phone"_qs);
    row("iphone-30.vcf", 0, "adr0.street", u"1 Infinite Loop"_qs);
    row("iphone-30.vcf", 0, "adr0.group", u"item5"_qs);
    row("iphone-30.vcf", 0, "adr0.types", u"home"_qs);
    row("iphone-30.vcf", 0, "adr0.pref", u"yes"_qs);
    row("iphone-30.vcf", 0, "extra:X-ABADR.group", u"item5"_qs);
    row("iphone-30.vcf", 0, "extra:URL", u"https://www.example.com/johnny"_qs);
    row("iphone-30.vcf", 0, "extra:URL.group", u"item6"_qs);
    row("iphone-30.vcf", 0, "extra:X-ABDATE", u"2010-06-05"_qs);
    row("iphone-30.vcf", 0, "extra:X-ABDATE.params", u"TYPE=pref"_qs);
    row("iphone-30.vcf", 0, "extra:X-ABLABEL", u"_$!<HomePage>!$_"_qs);
    row("iphone-30.vcf", 0, "extra:PRODID", u"-//Apple Inc.//iPhone OS 17.1//EN"_qs);
    row("iphone-30.vcf", 0, "bday", u"1980-04-15"_qs);
    row("iphone-30.vcf", 0, "bdayText", QString());
    row("iphone-30.vcf", 0, "note", u"Met at WWDC, 2019.\nLikes apples; and pears."_qs);
    row("iphone-30.vcf", 0, "photo.size", u"286"_qs);
    row("iphone-30.vcf", 0, "photo.jpeg", u"yes"_qs);
    row("iphone-30.vcf", 0, "extras", u"9"_qs);
    row("iphone-30.vcf", 1, "fn", u"Acme Corporation"_qs);
    row("iphone-30.vcf", 1, "family", QString()); // an organisation: no name made up from FN
    row("iphone-30.vcf", 1, "tel0.label", u"Main"_qs);
    row("iphone-30.vcf", 1, "bday", QString());
    row("iphone-30.vcf", 1, "extra:BDAY", u"1604-04-01"_qs);
    row("iphone-30.vcf", 1, "extra:BDAY.params", u"X-APPLE-OMIT-YEAR=1604"_qs);
    // Google 3.0.
    row("google-30.vcf", 0, "fn", u"María García"_qs);
    row("google-30.vcf", 0, "adr0.street", u"Calle Mayor 1, 3º B"_qs);
    row("google-30.vcf", 0, "adr0.country", u"España"_qs);
    row("google-30.vcf", 0, "email1.types", u"internet,work"_qs);
    row("google-30.vcf", 0, "email2.label", u"Club"_qs);
    row("google-30.vcf", 0, "extra:URL", u"http\\://www.google.com/profiles/1234567890"_qs);
    row("google-30.vcf", 0, "extra:NICKNAME", u"Mari"_qs);
    row("google-30.vcf", 0, "extra:CATEGORIES", u"myContacts,Familia"_qs);
    row("google-30.vcf", 0, "note", u"Primera línea\nSegunda línea"_qs);
    row("google-30.vcf", 0, "bday", u"1985-10-02"_qs);
    row("google-30.vcf", 2, "urls", u"https://pizza-napoli.example"_qs);
    row("google-30.vcf", 2, "given", u"Pizza Napoli"_qs);
    // Outlook 2.1 in Windows-1252.
    row("outlook-21.vcf", 0, "fn", u"Jürgen Müller"_qs);
    row("outlook-21.vcf", 0, "family", u"Müller"_qs);
    row("outlook-21.vcf", 0, "given", u"Jürgen"_qs);
    row("outlook-21.vcf", 0, "org", u"Müller & Söhne GmbH|Vertrieb"_qs);
    row("outlook-21.vcf", 0, "note", u"Bitte nur vormittags anrufen.\nPreis: 50 € pro Stunde, „Angebot“\nGrüße"_qs);
    row("outlook-21.vcf", 0, "tel2.types", u"work,fax"_qs);
    row("outlook-21.vcf", 0, "adr0.street", u"Hauptstraße 5"_qs);
    row("outlook-21.vcf", 0, "adr0.pref", u"yes"_qs);
    row("outlook-21.vcf", 0, "email0.types", u"internet"_qs);
    row("outlook-21.vcf", 0, "email0.pref", u"yes"_qs);
    row("outlook-21.vcf", 0, "extra:LABEL", u"Hauptstraße 5\\nMünchen, Bayern 80331\\nDeutschland"_qs);
    row("outlook-21.vcf", 0, "extra:LABEL.params", u"WORK;PREF"_qs);
    row("outlook-21.vcf", 0, "extra:X-MS-OL-DEFAULT-POSTAL-ADDRESS", u"2"_qs);
    row("outlook-21.vcf", 0, "extra:X-MS-OL-DESIGN.params", QString());
    row("outlook-21.vcf", 0, "rev", u"2024-01-15T10:30:00Z"_qs);
    row("outlook-21.vcf", 0, "urls", u"http://www.mueller-soehne.example"_qs);
    // Shift_JIS feature phone; FN is missing and made from N.
    row("shiftjis-21.vcf", 0, "family", u"山田"_qs);
    row("shiftjis-21.vcf", 0, "fn", u"太郎 山田"_qs);
    row("shiftjis-21.vcf", 0, "adr0.locality", u"千代田区"_qs);
    row("shiftjis-21.vcf", 0, "adr0.region", u"東京都"_qs);
    row("shiftjis-21.vcf", 0, "extra:SOUND", u"ﾔﾏﾀﾞ;ﾀﾛｳ;;;"_qs);
    row("shiftjis-21.vcf", 0, "extra:SOUND.params", u"X-IRMC-N"_qs);
    row("shiftjis-21.vcf", 0, "extra:X-GN", u"友人"_qs);
    row("shiftjis-21.vcf", 1, "note", u"誕生日は四月"_qs);
    // RFC 6350.
    row("rfc6350-examples.vcf", 0, "suffixes", u"ing. jr,M.Sc."_qs);
    row("rfc6350-examples.vcf", 0, "bday", QString());
    row("rfc6350-examples.vcf", 0, "bdayText", u"--0203"_qs);
    row("rfc6350-examples.vcf", 0, "adr0.extended", u"Suite D2-630"_qs);
    row("rfc6350-examples.vcf", 0, "adr0.locality", u"Quebec"_qs);
    row("rfc6350-examples.vcf", 0, "tel0", u"+1-418-656-9254;ext=102"_qs);
    row("rfc6350-examples.vcf", 0, "tel0.types", u"work,voice"_qs);
    row("rfc6350-examples.vcf", 0, "tel0.pref", u"yes"_qs);
    row("rfc6350-examples.vcf", 0, "tel1.types", u"work,cell,voice,video,text"_qs);
    row("rfc6350-examples.vcf", 0, "extra:KEY", u"http://www.viagenie.ca/simon.perreault/simon.asc"_qs);
    row("rfc6350-examples.vcf", 0, "extra:LANG.params", u"PREF=1"_qs);
    row("rfc6350-examples.vcf", 0, "extra:GEO", u"geo:46.772673,-71.282945"_qs);
    row("rfc6350-examples.vcf", 1, "uid", u"urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"_qs);
    row("rfc6350-examples.vcf", 1, "rev", u"1995-10-31T22:27:10Z"_qs);
    row("rfc6350-examples.vcf", 1, "bday", u"1953-10-15"_qs);
    row("rfc6350-examples.vcf", 1, "bdayText", u"19531015T231000Z"_qs);
    row("rfc6350-examples.vcf", 1, "note", u"This fax number is operational 0800 to 1715\n EST, Mon-Fri."_qs);
    row("rfc6350-examples.vcf", 1, "email0.pref", u"no"_qs);
    row("rfc6350-examples.vcf", 1, "email0.params", u"PREF=2"_qs);
    row("rfc6350-examples.vcf", 1, "email1.pref", u"yes"_qs);
    row("rfc6350-examples.vcf", 1, "extra:X-CUSTOM.params", u"X-PARAM=a:b;c"_qs);
    row("rfc6350-examples.vcf", 1, "extra:X-CUSTOM", u"value with: colon"_qs);
    row("rfc6350-examples.vcf", 1, "photo.size", u"286"_qs);
    row("rfc6350-examples.vcf", 1, "photo.type", u"JPEG"_qs);
    row("rfc6350-examples.vcf", 2, "bdayText", u"circa 1800"_qs);
    row("rfc6350-examples.vcf", 2, "photo.uri", u"http://www.example.com/pub/photos/jqpublic.gif"_qs);
    row("rfc6350-examples.vcf", 2, "photo.type", u"GIF"_qs);
    row("rfc6350-examples.vcf", 2, "family", u"Public"_qs);
    row("rfc6350-examples.vcf", 2, "given", u"John Q."_qs);
    // RFC 2426.
    row("rfc2426-examples.vcf", 0, "adr0.street", u"6544 Battleford Drive"_qs);
    row("rfc2426-examples.vcf", 0, "adr0.locality", u"Raleigh"_qs);
    row("rfc2426-examples.vcf", 0, "adr0.types", u"work,postal,parcel"_qs);
    row("rfc2426-examples.vcf", 0, "email0.pref", u"yes"_qs);
    row("rfc2426-examples.vcf", 0, "family", u"Dawson"_qs);
    row("rfc2426-examples.vcf", 1, "adr0.code", u" 94043"_qs);
    row("rfc2426-examples.vcf", 2, "fn", u"Mr. John Q. Public, Esq."_qs);
    row("rfc2426-examples.vcf", 2, "additional", u"Quinlan"_qs);
    row("rfc2426-examples.vcf", 2, "org", u"ABC, Inc.|North American Division|Marketing"_qs);
    row("rfc2426-examples.vcf", 2, "title", u"Director, Research and Development"_qs);
    row("rfc2426-examples.vcf", 2, "note", u"This fax number is operational 0800 to 1715 EST, Mon-Fri."_qs);
    row("rfc2426-examples.vcf", 2, "photo.uri", u"http://www.abc.com/pub/photos/jqpublic.gif"_qs);
    row("rfc2426-examples.vcf", 2, "extra:AGENT", u"CID:JQPUBLIC.part3.960129T083020.xyzMail@host3.com"_qs);
    row("rfc2426-examples.vcf", 2, "uid", u"19950401-080045-40000F192713-0052"_qs);
    row("rfc2426-examples.vcf", 2, "rev", u"1995-10-31T22:27:10Z"_qs);
    row("rfc2426-examples.vcf", 2, "bday", u"1996-04-15"_qs);
    row("rfc2426-examples.vcf", 2, "extra:GEO", u"37.386013;-122.082932"_qs);
    // 2.1 AGENT with an embedded card, LF line ends, base64 without indentation.
    row("agent-21.vcf", 0, "fn", u"Big Boss"_qs);
    row("agent-21.vcf", 0, "tels", u"1"_qs);
    row("agent-21.vcf", 0, "note", u"after the agent"_qs);
    row("agent-21.vcf", 0, "extra:AGENT", u"BEGIN:VCARD\\nVERSION:2.1\\nN:Friday;Girl\\nFN:Girl Friday\\nTEL;WORK:+1 555 0101\\nEND:VCARD"_qs);
    row("agent-21.vcf", 1, "photo.size", u"286"_qs);
    row("agent-21.vcf", 1, "photo.type", u"JPEG"_qs);
    row("agent-21.vcf", 1, "tel0", u"+1 555 0102"_qs);
    row("agent-21.vcf", 1, "fn", u"Photo Unindented"_qs);
}

void tst_VCard::fixtureFields()
{
    QFETCH(QString, file);
    QFETCH(int, card);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<VCardParseResult> parsed = VCardReader::parse(fixture(file));
    QVERIFY(parsed.ok());
    QVERIFY(card < parsed->contacts.size());
    QCOMPARE(field(parsed->contacts.at(card), key), expected);
}

void tst_VCard::snippetFields_data()
{
    QTest::addColumn<QByteArray>("card");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QByteArray &body, const char *key, const QString &expected,
                  const QByteArray &version = "3.0") {
        QTest::newRow(name) << QByteArray("BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + body
                                          + "END:VCARD\r\n")
                            << QString::fromLatin1(key) << expected;
    };
    row("LF only and tab folding", "FN:Anna\n\tBerg\nTEL:1\n", "fn", u"AnnaBerg"_qs);
    row("space folding removes one space", "NOTE:one\r\n  two\r\n", "note", u"one two"_qs);
    row("TYPE=a,b", "TEL;TYPE=WORK,FAX:1\r\n", "tel0.types", u"work,fax"_qs);
    row("TYPE=a;TYPE=b", "TEL;TYPE=work;TYPE=fax:1\r\n", "tel0.types", u"work,fax"_qs);
    row("quoted TYPE list", "TEL;TYPE=\"work,fax\":1\r\n", "tel0.types", u"work,fax"_qs, "4.0");
    row("type pref", "TEL;TYPE=CELL,PREF:1\r\n", "tel0.pref", u"yes"_qs);
    row("PREF=1", "TEL;TYPE=cell;PREF=1:1\r\n", "tel0.pref", u"yes"_qs, "4.0");
    row("PREF=3 kept", "TEL;PREF=3:1\r\n", "tel0.params", u"PREF=3"_qs, "4.0");
    row("bare 2.1 types", "TEL;CELL;VOICE;PREF:1\r\n", "tel0.types", u"cell,voice"_qs, "2.1");
    row("tel uri", "TEL;VALUE=uri:tel:+1-555-0100\r\n", "tel0", u"+1-555-0100"_qs, "4.0");
    row("unknown TEL parameter kept", "TEL;X-SERVICE=sip:1\r\n", "tel0.params", u"X-SERVICE=sip"_qs);
    row("escapes", "NOTE:a\\\\b\\,c\\;d\\ne\\Nf\r\n", "note", u"a\\b,c;d\ne\nf"_qs);
    row("2.1 keeps \\n", "NOTE:C:\\new\r\n", "note", u"C:\\new"_qs, "2.1");
    row("2.1 escaped semicolon in N", "N:Smith\\;Jones;Ann\r\n", "family", u"Smith;Jones"_qs, "2.1");
    row("escaped semicolon in ADR", "ADR:;;a\\;b;c;;;\r\n", "adr0.street", u"a;b"_qs);
    row("N from FN", "FN:Anna Maria Berg\r\n", "family", u"Berg"_qs);
    row("N from FN given", "FN:Anna Maria Berg\r\n", "given", u"Anna Maria"_qs);
    row("N from one-word FN", "FN:Madonna\r\n", "given", u"Madonna"_qs);
    row("FN from N", "N:Berg;Anna;Maria;Dr.;PhD\r\n", "fn", u"Dr. Anna Maria Berg PhD"_qs);
    row("FN from ORG", "ORG:Acme;Sales\r\n", "fn", u"Acme"_qs);
    row("second FN kept", "FN:One\r\nFN:Two\r\n", "extra:FN", u"Two"_qs);
    row("bday basic", "BDAY:19850415\r\n", "bday", u"1985-04-15"_qs);
    row("bday extended", "BDAY:1985-04-15\r\n", "bday", u"1985-04-15"_qs);
    row("bday no year", "BDAY:--0415\r\n", "bdayText", u"--0415"_qs, "4.0");
    row("bday no year extended", "BDAY:--04-15\r\n", "bdayText", u"--04-15"_qs);
    row("bday no year has no date", "BDAY:--0415\r\n", "bday", QString(), "4.0");
    row("bday date-time", "BDAY:1985-04-15T10:30:00Z\r\n", "bday", u"1985-04-15"_qs);
    row("bday date-time text", "BDAY:1985-04-15T10:30:00Z\r\n", "bdayText", u"1985-04-15T10:30:00Z"_qs);
    row("bday invalid", "BDAY:1985-13-45\r\n", "bdayText", u"1985-13-45"_qs);
    row("rev offset", "REV:2024-01-15T10:30:00+02:00\r\n", "rev", u"2024-01-15T08:30:00Z"_qs);
    row("rev basic", "REV:20240115T103000Z\r\n", "rev", u"2024-01-15T10:30:00Z"_qs, "4.0");
    row("rev fraction", "REV:2023-05-01T12:00:00.123Z\r\n", "rev", u"2023-05-01T12:00:00Z"_qs);
    row("rev date", "REV:20240115\r\n", "rev", u"2024-01-15T00:00:00Z"_qs);
    row("rev garbage kept", "REV:yesterday\r\n", "extra:REV", u"yesterday"_qs);
    row("photo uri 3.0", "PHOTO;VALUE=uri;TYPE=PNG:http://x.example/a.png\r\n", "photo.uri",
        u"http://x.example/a.png"_qs);
    row("photo 3.0 BASE64", "PHOTO;ENCODING=BASE64;TYPE=PNG:iVBORw0KGgo=\r\n", "photo.size", u"8"_qs);
    row("photo data uri", "PHOTO:data:image/png;base64,iVBORw0KGgo=\r\n", "photo.type", u"PNG"_qs,
        "4.0");
    row("photo 2.1 ENCODING=b", "PHOTO;ENCODING=b;GIF:R0lGODlh\r\n", "photo.type", u"GIF"_qs, "2.1");
    row("qp lower-case hex", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=c3=bcrgen\r\n", "fn",
        u"Jürgen"_qs, "2.1");
    row("bare QUOTED-PRINTABLE", "FN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen\r\n", "fn",
        u"Jürgen"_qs, "2.1");
    row("qp soft break before indented line",
        "NOTE;ENCODING=QUOTED-PRINTABLE:one=\r\n two\r\n", "note", u"one two"_qs, "2.1");
    row("qp soft break does not eat END", "FN;ENCODING=QUOTED-PRINTABLE:Anna=\r\n", "fn",
        u"Anna"_qs, "2.1");
    row("qp latin1", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:J=FCrgen\r\n", "fn",
        u"Jürgen"_qs, "2.1");
    row("qp extra keeps line break escaped",
        "X-NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:a=0D=0Ab\r\n", "extra:X-NOTE", u"a\\nb"_qs,
        "2.1");
    row("no charset, not UTF-8", "FN:J\xFCrgen \x80\r\n", "fn", u"Jürgen €"_qs, "2.1");
    row("group case", "ITEM1.TEL:1\r\nitem1.X-ABLabel:_$!<Work>!$_\r\n", "tel0.label", u"Work"_qs);
    row("label without known kind stays",
        "item2.X-ABDATE:2000-01-01\r\nitem2.X-ABLabel:Wedding\r\n", "extra:X-ABLABEL.group",
        u"item2"_qs);
    row("base64 extra kept as text", "X-BLOB;ENCODING=b:AAEC\r\n AwQ=\r\n", "extra:X-BLOB",
        u"AAECAwQ="_qs);
    row("quoted colon in parameter", "X-A;X-P=\"u:v\":w\r\n", "extra:X-A", u"w"_qs, "4.0");
    row("ORG components", "ORG:ABC\\, Inc.;North;South\r\n", "org", u"ABC, Inc.|North|South"_qs);
    row("URL list", "URL:http://a.example\r\nURL:http://b.example\r\n", "urls",
        u"http://a.example|http://b.example"_qs);
    row("UID", "UID:urn:uuid:1234\r\n", "uid", u"urn:uuid:1234"_qs, "4.0");
    row("TITLE", "TITLE:Chief\\, Boss\r\n", "title", u"Chief, Boss"_qs);
    row("many TEL", "TEL;TYPE=HOME:1\r\nTEL;TYPE=WORK:2\r\nTEL;TYPE=CELL:3\r\n", "tel2", u"3"_qs);
    row("many EMAIL", "EMAIL:a@x\r\nEMAIL;TYPE=WORK:b@x\r\n", "email1.types", u"work"_qs);
    row("many ADR", "ADR;TYPE=HOME:;;h;;;;\r\nADR;TYPE=WORK:;;w;;;;\r\n", "adr1.street", u"w"_qs);
}

void tst_VCard::snippetFields()
{
    QFETCH(QByteArray, card);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<VCardParseResult> parsed = VCardReader::parse(card);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->contacts.size(), 1);
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
    QCOMPARE(field(parsed->contacts.first(), key), expected);
}

void tst_VCard::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<VCardWriter::Version>("version");
    const QStringList files = goodFixtures();
    for (const QString &file : files) {
        QTest::addRow("%s 3.0", qPrintable(file)) << file << VCardWriter::Version::V30;
        QTest::addRow("%s 4.0", qPrintable(file)) << file << VCardWriter::Version::V40;
    }
}

void tst_VCard::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(VCardWriter::Version, version);
    const Result<VCardParseResult> first = VCardReader::parse(fixture(file));
    QVERIFY(first.ok());
    const QByteArray written = VCardWriter::write(first->contacts, version);
    const Result<VCardParseResult> second = VCardReader::parse(written);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QVERIFY2(second->warnings.isEmpty(), qPrintable(second->warnings.join(u'\n')));
    QCOMPARE(second->contacts.size(), first->contacts.size());
    for (qsizetype i = 0; i < first->contacts.size(); ++i) {
        const QString diff = differences(first->contacts.at(i), second->contacts.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("card %1: %2\n%3")
                                                .arg(i)
                                                .arg(diff, QString::fromUtf8(written))));
        QCOMPARE(second->contacts.at(i).sourceVersion,
                 version == VCardWriter::Version::V40 ? u"4.0"_qs : u"3.0"_qs);
    }
    // Writing what was read back gives the same bytes: the output is stable.
    QCOMPARE(VCardWriter::write(second->contacts, version), written);
}

void tst_VCard::charsets()
{
    // Windows-1252 by table: the 0x80..0x9F block differs from Latin-1.
    QCOMPARE(VCardCharsetDecoder::decodeWindows1252("\x80\x84\x93\x94\x9F\xE4"), u"€„“”Ÿä"_qs);
    VCardCharsetDecoder decoder;
    QCOMPARE(decoder.decode("\x80 \xFC", "windows-1252"), u"€ ü"_qs);
    QCOMPARE(decoder.decode("\x80 \xFC", "CP1252"), u"€ ü"_qs);
    QCOMPARE(decoder.decode("\x93\xfa\x96\x7b", "Shift_JIS"), u"日本"_qs);
    QCOMPARE(decoder.decode("\x93\xfa\x96\x7b", "SJIS"), u"日本"_qs);
    QCOMPARE(decoder.decode("\xC6\xFC\xCB\xDC", "EUC-JP"), u"日本"_qs);
    QCOMPARE(decoder.decode("\xFC", "ISO-8859-1"), u"ü"_qs);
    QCOMPARE(decoder.decode("\xA4", "ISO-8859-15"), u"€"_qs);
    bool known = true;
    QCOMPARE(decoder.decode("plain", "X-NO-SUCH-CHARSET", &known), u"plain"_qs);
    QVERIFY(!known);
}

QTEST_GUILESS_MAIN(tst_VCard)
#include "tst_vcard.moc"
