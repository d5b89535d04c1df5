#pragma once

// Private to model/ical: splits one VCALENDAR's text into its properties and components,
// keeping every line as written (folding included), for the export merge.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

namespace Lifeboat {

struct ICalTextComponent
{
    QByteArray kind;       // VEVENT, VTODO, VTIMEZONE, ... (upper case)
    QByteArray text;       // BEGIN ... END, CRLF line ends
    QString tzid;          // the TZID property of a VTIMEZONE
    QSet<QString> usedTzids;  // TZID parameters used anywhere inside (unquoted)
};

struct ICalTextCalendar
{
    QList<QByteArray> properties;  // each one logical line with CRLF, e.g. X-WR-CALNAME
    QList<ICalTextComponent> components;
};

class ICalTextSplitter
{
public:
    // `text` is one pre-scanned (balanced, bounded) VCALENDAR in iCalendar 2.0.
    static ICalTextCalendar split(QByteArrayView text);
};

} // namespace Lifeboat
