#include "model/archive/IndexCodec.h"

#include "model/archive/Sha256.h"

namespace Lifeboat::IndexCodec {

QString encodeTime(const CalendarTime &time)
{
    if (!time.isValid())
        return {};
    // kind|date|date-time|zone; the zone id is last so that it may contain anything but '\n'.
    return QStringLiteral("%1|%2|%3|%4")
        .arg(static_cast<int>(time.kind))
        .arg(time.date.toString(Qt::ISODate),
             time.dateTime.isValid() ? time.dateTime.toString(Qt::ISODateWithMs) : QString(),
             time.timeZoneId);
}

CalendarTime decodeTime(const QString &text)
{
    CalendarTime time;
    const QStringList parts = text.split(u'|');
    if (parts.size() < 4)
        return time;
    bool ok = false;
    const int kind = parts[0].toInt(&ok);
    if (!ok || kind <= 0 || kind > static_cast<int>(CalendarTime::Kind::Zoned))
        return time;
    time.kind = static_cast<CalendarTime::Kind>(kind);
    time.date = QDate::fromString(parts[1], Qt::ISODate);
    time.dateTime = QDateTime::fromString(parts[2], Qt::ISODateWithMs);
    time.timeZoneId = parts.mid(3).join(u'|');
    return time;
}

QString encodeList(const QStringList &items)
{
    return items.join(u'\n');
}

QStringList decodeList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QByteArray digest(const QStringList &fields)
{
    Sha256 hash;
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        const qint64 length = utf8.size();
        hash.add(reinterpret_cast<const char *>(&length), sizeof length);
        hash.add(utf8.constData(), utf8.size());
    }
    return hash.result();
}

} // namespace Lifeboat::IndexCodec
