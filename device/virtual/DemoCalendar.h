#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// The events and to-dos of the demo set, one iCalendar object each, of the varieties real
// calendars write: TZID with Olson and Windows zone names, all-day events, RRULE with EXDATE and a
// RECURRENCE-ID exception, VALARM; and one vCalendar 1.0 file. Deterministic for (seed, index).
class DemoCalendar
{
public:
    static QString eventFileName(int index);
    static QString todoFileName(int index);
    static QByteArray event(quint64 seed, int index);
    static QByteArray todo(quint64 seed, int index);
    static QString vCalendarFileName() { return QStringLiteral("legacy-export.vcs"); }
    static QByteArray vCalendar10(quint64 seed);
    static QDateTime modified(quint64 seed, int index);
};

} // namespace Lifeboat
