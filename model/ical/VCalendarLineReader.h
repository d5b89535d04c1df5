#pragma once

// Private to model/ical: splits a vCalendar 1.0 block into decoded properties.

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Lifeboat {

struct VCalendarProperty
{
    QString name;                                 // upper case, e.g. DTSTART, X-EPOCAGENDAENTRYTYPE
    QList<std::pair<QString, QString>> params;    // without ENCODING and CHARSET (decoded away)
    QString value;                                // decoded text (QUOTED-PRINTABLE, CHARSET)

    QString param(const QString &name) const;
};

// vCalendar 1.0 lines fold like vCard 2.1: a line starting with white space continues the
// previous one, and a QUOTED-PRINTABLE value ending in '=' continues on the next line whatever
// it starts with. Parameters may be bare ("QUOTED-PRINTABLE"); CHARSET names the value's
// encoding (UTF-8 assumed when absent and valid, Latin-1 otherwise). BASE64 values are kept as
// written.
class VCalendarLineReader
{
public:
    static QList<VCalendarProperty> read(QByteArrayView block);

private:
    static VCalendarProperty decodeLine(const QByteArray &line);
    static QByteArray decodeQuotedPrintable(QByteArrayView encoded);
    static QString decodeCharset(const QByteArray &bytes, const QString &charset);
};

} // namespace Lifeboat
