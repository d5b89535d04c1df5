#include "device/mtp/PtpReader.h"

#include <QtEndian>

namespace Lifeboat {

void PtpReader::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_failure = QStringLiteral("%1 at offset %2 of %3").arg(why).arg(m_position).arg(m_data.size());
}

bool PtpReader::take(qsizetype count, const char *what)
{
    if (m_failed)
        return false;
    if (count < 0 || count > m_data.size() - m_position) {
        fail(QStringLiteral("%1 of %2 bytes does not fit").arg(QLatin1String(what)).arg(count));
        return false;
    }
    return true;
}

quint8 PtpReader::u8()
{
    if (!take(1, "u8"))
        return 0;
    return static_cast<quint8>(m_data[m_position++]);
}

quint16 PtpReader::u16()
{
    if (!take(2, "u16"))
        return 0;
    const quint16 value = qFromLittleEndian<quint16>(m_data.data() + m_position);
    m_position += 2;
    return value;
}

quint32 PtpReader::u32()
{
    if (!take(4, "u32"))
        return 0;
    const quint32 value = qFromLittleEndian<quint32>(m_data.data() + m_position);
    m_position += 4;
    return value;
}

quint64 PtpReader::u64()
{
    if (!take(8, "u64"))
        return 0;
    const quint64 value = qFromLittleEndian<quint64>(m_data.data() + m_position);
    m_position += 8;
    return value;
}

PtpU128 PtpReader::u128()
{
    if (!take(16, "u128"))
        return {};
    PtpU128 value;
    value.low = u64();
    value.high = u64();
    return value;
}

QByteArrayView PtpReader::bytes(qsizetype count)
{
    if (!take(count, "bytes"))
        return {};
    const QByteArrayView view = m_data.sliced(m_position, count);
    m_position += count;
    return view;
}

void PtpReader::skip(qsizetype count)
{
    if (take(count, "skip"))
        m_position += count;
}

QString PtpReader::string()
{
    const quint8 count = u8();
    if (m_failed || count == 0)
        return {};
    if (!take(qsizetype(count) * 2, "string"))
        return {};
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        const char16_t unit = qFromLittleEndian<quint16>(m_data.data() + m_position + 2 * i);
        text.append(QChar(unit));
    }
    m_position += qsizetype(count) * 2;
    if (!text.isEmpty() && text.back() == QChar(u'\0'))
        text.chop(1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (unit.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            ++m_replacedUnits;
        }
    }
    return text;
}

template<typename T> QList<T> PtpReader::array(const char *what)
{
    const quint32 count = u32();
    // Check against the bytes present before allocating: a hostile count of 2^32-1 must not
    // reserve gigabytes.
    if (!take(qsizetype(count) * qsizetype(sizeof(T)), what))
        return {};
    QList<T> values;
    values.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        values.append(qFromLittleEndian<T>(m_data.data() + m_position));
        m_position += sizeof(T);
    }
    return values;
}

QList<quint16> PtpReader::u16Array()
{
    return array<quint16>("u16 array");
}
QList<quint32> PtpReader::u32Array()
{
    return array<quint32>("u32 array");
}
QList<quint64> PtpReader::u64Array()
{
    return array<quint64>("u64 array");
}

QDateTime PtpReader::dateTime()
{
    return parseDateTime(string());
}

static int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDateTime PtpReader::parseDateTime(QStringView text)
{
    if (text.size() < 15 || text[8] != u'T')
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 4, 2), day = digits(text, 6, 2);
    const int hour = digits(text, 9, 2), minute = digits(text, 11, 2), second = digits(text, 13, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    qsizetype at = 15;
    int milliseconds = 0;
    if (at < text.size() && text[at] == u'.') {
        const int tenths = digits(text, at + 1, 1);
        if (tenths < 0)
            return {};
        milliseconds = tenths * 100;
        at += 2;
    }
    const QTime precise = time.addMSecs(milliseconds);
    if (at == text.size())
        return QDateTime(date, precise, Qt::LocalTime);
    if (text[at] == u'Z' && at + 1 == text.size())
        return QDateTime(date, precise, Qt::UTC);
    if ((text[at] == u'+' || text[at] == u'-') && at + 5 == text.size()) {
        const int offsetHours = digits(text, at + 1, 2), offsetMinutes = digits(text, at + 3, 2);
        if (offsetHours < 0 || offsetHours > 14 || offsetMinutes < 0 || offsetMinutes > 59)
            return {};
        const int sign = text[at] == u'-' ? -1 : 1;
        return QDateTime(date, precise, Qt::OffsetFromUTC,
                         sign * (offsetHours * 3600 + offsetMinutes * 60));
    }
    return {};
}

} // namespace Lifeboat
