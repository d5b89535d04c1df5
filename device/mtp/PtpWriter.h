#pragma once

#include "device/mtp/PtpU128.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lifeboat {

// Serialises PTP values little-endian into a growing QByteArray.
class PtpWriter
{
public:
    // Longest string a PTP count byte can describe: 255 units including the NUL.
    static constexpr qsizetype MaxStringUnits = 254;

    PtpWriter() = default;

    void u8(quint8 value);
    void u16(quint16 value);
    void u32(quint32 value);
    void u64(quint64 value);
    void u128(PtpU128 value);
    void bytes(QByteArrayView data);

    // u8 count of UTF-16 units including the NUL, then UTF-16LE; an empty string is one 0 byte.
    // Longer strings are cut to MaxStringUnits without splitting a surrogate pair.
    void string(const QString &text);
    void u16Array(const QList<quint16> &values);
    void u32Array(const QList<quint32> &values);
    void u64Array(const QList<quint64> &values);
    // A PTP DateTime string; an invalid QDateTime writes the empty string.
    void dateTime(const QDateTime &when);

    // "YYYYMMDDThhmmss" plus "Z" for UTC or "±hhmm" for a fixed offset; local times get no
    // suffix (what Android writes). Empty for an invalid QDateTime.
    static QString formatDateTime(const QDateTime &when);

    const QByteArray &data() const { return m_data; }
    QByteArray take() { return std::move(m_data); }
    qsizetype size() const { return m_data.size(); }

private:
    QByteArray m_data;
};

} // namespace Lifeboat
