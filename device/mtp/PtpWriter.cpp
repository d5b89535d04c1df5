#include "device/mtp/PtpWriter.h"

#include <QtEndian>

namespace Lifeboat {

void PtpWriter::u8(quint8 value)
{
    m_data.append(static_cast<char>(value));
}

void PtpWriter::u16(quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    m_data.append(raw, sizeof raw);
}

void PtpWriter::u32(quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    m_data.append(raw, sizeof raw);
}

void PtpWriter::u64(quint64 value)
{
    char raw[8];
    qToLittleEndian(value, raw);
    m_data.append(raw, sizeof raw);
}

void PtpWriter::u128(PtpU128 value)
{
    u64(value.low);
    u64(value.high);
}

void PtpWriter::bytes(QByteArrayView data)
{
    m_data.append(data.data(), data.size());
}

void PtpWriter::string(const QString &text)
{
    qsizetype units = qMin(text.size(), MaxStringUnits);
    if (units < text.size() && units > 0 && text.at(units - 1).isHighSurrogate())
        --units; // never leave half of a surrogate pair behind
    if (units == 0) {
        u8(0);
        return;
    }
    u8(static_cast<quint8>(units + 1));
    for (qsizetype i = 0; i < units; ++i)
        u16(text.at(i).unicode());
    u16(0);
}

void PtpWriter::u16Array(const QList<quint16> &values)
{
    u32(static_cast<quint32>(values.size()));
    for (quint16 value : values)
        u16(value);
}

void PtpWriter::u32Array(const QList<quint32> &values)
{
    u32(static_cast<quint32>(values.size()));
    for (quint32 value : values)
        u32(value);
}

void PtpWriter::u64Array(const QList<quint64> &values)
{
    u32(static_cast<quint32>(values.size()));
    for (quint64 value : values)
        u64(value);
}

void PtpWriter::dateTime(const QDateTime &when)
{
    string(formatDateTime(when));
}

QString PtpWriter::formatDateTime(const QDateTime &when)
{
    if (!when.isValid() || when.date().year() < 0 || when.date().year() > 9999)
        return {};
    QString text = when.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    switch (when.timeSpec()) {
    case Qt::UTC: text += u'Z'; break;
    case Qt::OffsetFromUTC: {
        const int offsetMinutes = when.offsetFromUtc() / 60;
        const int magnitude = qAbs(offsetMinutes);
        text += QStringLiteral("%1%2%3")
                    .arg(QChar(offsetMinutes < 0 ? u'-' : u'+'))
                    .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
                    .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
        break;
    }
    default: break;
    }
    return text;
}

} // namespace Lifeboat
