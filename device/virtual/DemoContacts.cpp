#include "device/virtual/DemoContacts.h"

#include "device/virtual/DemoRandom.h"

#include <QStringList>
#include <QTimeZone>

namespace Lifeboat {

namespace {

const char16_t *const GivenNames[] = {
    u"Anna", u"Jürgen", u"Zoë", u"Łukasz", u"José", u"Søren", u"Ayşe", u"Mei", u"John",
    u"Fatima", u"Oleksandr", u"Chloé", u"Håkon", u"Priya", u"Björn", u"Noémie", u"Tomáš",
    u"Ingrid", u"Kenji", u"Maria"};
const char16_t *const FamilyNames[] = {
    u"Müller", u"Smith", u"Øster", u"Nowak", u"García", u"Yılmaz", u"李", u"Dubois", u"Kovač",
    u"O'Brien", u"Andersson", u"Novák", u"Schröder", u"Rossi", u"Tanaka", u"Ivanenko",
    u"Fernández", u"Nguyễn", u"Weiß", u"Berg"};
const char *const Companies[] = {"Example GmbH", "Acme Corp.", "Stadtwerke Nord", "Blue Harbour Ltd",
                                 "Café Central", ""};
constexpr int NameCount = int(std::size(GivenNames));

const QByteArray Crlf("\r\n");

struct Person
{
    QString given;
    QString family;
    QString company;
    QString mobile;
    QString work;
    QString email;
    QDate birthday;
};

Person personFor(quint64 seed, int index)
{
    DemoRandom random(DemoRandom::derive(seed, 1, quint64(index)));
    Person p;
    p.given = QString::fromUtf16(GivenNames[random.below(NameCount)]);
    p.family = QString::fromUtf16(FamilyNames[random.below(NameCount)]);
    p.company = QString::fromLatin1(Companies[random.below(int(std::size(Companies)))]);
    p.mobile = QStringLiteral("+49 170 %1").arg(1000000 + random.below(8999999));
    p.work = QStringLiteral("+49 30 %1").arg(100000 + random.below(899999));
    p.email = QStringLiteral("contact%1.%2@example.org").arg(index).arg(random.below(1000));
    if (random.chance(60))
        p.birthday = QDate(1950 + random.below(55), 1 + random.below(12), 1 + random.below(28));
    return p;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

// Android's encoder: every byte of a non-ASCII value as =XX, soft line breaks before 76 columns.
QByteArray quotedPrintableLine(const QByteArray &prefix, const QByteArray &value)
{
    QByteArray line = prefix;
    int column = int(prefix.size());
    for (char c : value) {
        const QByteArray encoded = QByteArray(1, '=') + QByteArray(1, c).toHex().toUpper();
        if (column + encoded.size() > 75) {
            line += "=" + Crlf;
            column = 0;
        }
        line += encoded;
        column += int(encoded.size());
    }
    return line + Crlf;
}

// RFC 2425 folding at 75 octets, as Apple writes it.
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    while (line.size() - pos > 75) {
        qsizetype cut = pos + (pos == 0 ? 75 : 74);
        // Never split a UTF-8 sequence.
        while (cut > pos + 1 && (quint8(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos) + Crlf + ' ';
        pos = cut;
    }
    return out + line.mid(pos) + Crlf;
}

QByteArray android21(const Person &p)
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\n";
    const QByteArray n = (p.family + u";" + p.given + u";;;").toUtf8();
    const QByteArray fn = (p.given + u' ' + p.family).toUtf8();
    if (isAscii(n)) {
        card += "N:" + n + Crlf + "FN:" + fn + Crlf;
    } else {
        card += quotedPrintableLine("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:", n);
        card += quotedPrintableLine("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:", fn);
    }
    card += "TEL;CELL:" + p.mobile.toUtf8() + Crlf;
    card += "TEL;WORK:" + p.work.toUtf8() + Crlf;
    card += "EMAIL;HOME:" + p.email.toUtf8() + Crlf;
    if (!p.company.isEmpty())
        card += "ORG:" + p.company.toUtf8() + Crlf;
    if (p.birthday.isValid())
        card += "BDAY:" + p.birthday.toString(Qt::ISODate).toUtf8() + Crlf;
    return card + "END:VCARD\r\n";
}

QByteArray apple30(const Person &p, int index, const QByteArray &photoJpeg)
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.1.2//EN\r\n";
    card += folded("N:" + (p.family + u";" + p.given + u";;;").toUtf8());
    card += folded("FN:" + (p.given + u' ' + p.family).toUtf8());
    if (!p.company.isEmpty())
        card += folded("ORG:" + p.company.toUtf8() + ";");
    card += "item1.EMAIL;type=INTERNET;type=pref:" + p.email.toUtf8() + Crlf;
    card += "item1.X-ABLabel:_$!<Other>!$_\r\n";
    card += "TEL;type=CELL;type=VOICE;type=pref:" + p.mobile.toUtf8() + Crlf;
    card += "item2.TEL:" + p.work.toUtf8() + Crlf;
    card += folded(QStringLiteral("item2.X-ABLabel:Büro").toUtf8());
    card += folded(QStringLiteral("item3.ADR;type=HOME;type=pref:;;Hauptstraße %1;Berlin;;10115;Deutschland")
                       .arg(1 + index % 200).toUtf8());
    card += "item3.X-ABADR:de\r\n";
    if (p.birthday.isValid())
        card += "BDAY;value=date:" + p.birthday.toString(Qt::ISODate).toUtf8() + Crlf;
    if (!photoJpeg.isEmpty())
        card += folded("PHOTO;ENCODING=b;TYPE=JPEG:" + photoJpeg.toBase64());
    return card + "END:VCARD\r\n";
}

QByteArray version40(const Person &p, quint64 seed, int index)
{
    const quint64 uid = DemoRandom::derive(seed, 2, quint64(index));
    QByteArray card = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    card += "UID:urn:uuid:" + QByteArray::number(uid, 16).rightJustified(16, '0') + "-0000-4000-8000-"
            + QByteArray::number(index).rightJustified(12, '0') + Crlf;
    card += folded("FN:" + (p.given + u' ' + p.family).toUtf8());
    card += folded("N:" + (p.family + u";" + p.given + u";;;").toUtf8());
    card += "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:" + p.mobile.toUtf8().replace(' ', '-') + Crlf;
    card += "EMAIL;TYPE=work:" + p.email.toUtf8() + Crlf;
    if (p.birthday.isValid())
        card += "BDAY:" + p.birthday.toString(QStringLiteral("yyyyMMdd")).toUtf8() + Crlf;
    card += "REV:20240102T030405Z\r\n";
    return card + "END:VCARD\r\n";
}

} // namespace

DemoContacts::Variety DemoContacts::varietyOf(int index)
{
    switch (index % 3) {
    case 0: return Variety::Android21;
    case 1: return Variety::Apple30;
    default: return Variety::Version40;
    }
}

QString DemoContacts::fileName(quint64, int index)
{
    return QStringLiteral("contact-%1.vcf").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QByteArray DemoContacts::card(quint64 seed, int index, const QByteArray &photoJpeg)
{
    const Person person = personFor(seed, index);
    switch (varietyOf(index)) {
    case Variety::Android21: return android21(person);
    case Variety::Apple30: return apple30(person, index, photoJpeg);
    case Variety::Version40: return version40(person, seed, index);
    }
    return {};
}

QDateTime DemoContacts::modified(quint64 seed, int index)
{
    DemoRandom random(DemoRandom::derive(seed, 3, quint64(index)));
    return QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc())
        .addSecs(qint64(random.next() % (365ull * 24 * 3600)));
}

} // namespace Lifeboat
