#pragma once

#include "device/mtp/PtpU128.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lifeboat {

// Reads PTP values from bytes a device sent, which are hostile until checked. Never reads past
// the end: the first read that does not fit, or a count that the remaining bytes cannot hold,
// puts the reader into a sticky failed state in which every later read returns zero/empty and
// ok() is false. Check ok() once after a run of reads.
//
// Strings: a count of 0 is the empty string (as is a count of 1 holding just the NUL). A
// missing final NUL is tolerated; embedded NULs are kept in the returned QString (as U+0000) so
// callers can see and refuse them. Lone surrogates are replaced by U+FFFD and counted in
// replacedUnits(), because one badly encoded file name must not make a whole listing unreadable;
// the raw name is therefore not guaranteed to round-trip, which is fine for display and paths.
class PtpReader
{
public:
    explicit PtpReader(QByteArrayView data)
        : m_data(data)
    {
    }

    quint8 u8();
    quint16 u16();
    quint32 u32();
    quint64 u64();
    PtpU128 u128();
    QByteArrayView bytes(qsizetype count);
    void skip(qsizetype count);

    QString string();
    QList<quint16> u16Array();
    QList<quint32> u32Array();
    QList<quint64> u64Array();
    // A DateTime string; an invalid QDateTime when it is empty or malformed (not a failure of
    // the reader: devices send garbage dates and the object is still usable).
    QDateTime dateTime();

    // Parses `YYYYMMDDThhmmss[.s][Z|±hhmm]`; no suffix means local time. Invalid for anything
    // else, including out-of-range fields.
    static QDateTime parseDateTime(QStringView text);

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_position == m_data.size(); }
    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_failed ? 0 : m_data.size() - m_position; }
    // Where and why the first failure happened, for error details (untranslated).
    QString failure() const { return m_failure; }
    int replacedUnits() const { return m_replacedUnits; }

private:
    bool take(qsizetype count, const char *what);
    template<typename T> QList<T> array(const char *what);
    void fail(const QString &why);

    QByteArrayView m_data;
    qsizetype m_position = 0;
    bool m_failed = false;
    QString m_failure;
    int m_replacedUnits = 0;
};

} // namespace Lifeboat
