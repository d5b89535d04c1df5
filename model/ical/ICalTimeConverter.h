#pragma once

// Private to model/ical: converts between libical times and CalendarTime.

#include "model/items/CalendarTime.h"

#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <libical/ical.h>

namespace Lifeboat {

class ICalTimeConverter
{
public:
    // `calendar` is the VCALENDAR holding the property, searched for a VTIMEZONE when the TZID
    // is neither an IANA nor a Windows zone name. Call with the LibicalLock held.
    ICalTimeConverter(icalcomponent *calendar, QStringList *warnings);

    // DTSTART, DTEND, DUE, RECURRENCE-ID, EXDATE, RDATE (date, date-time or period start).
    CalendarTime fromProperty(icalproperty *property) const;
    CalendarTime fromIcalTime(icaltimetype time, const QString &tzid) const;

    // IANA id, a Windows zone name (as Outlook writes it), or a libical/Mozilla prefixed id;
    // invalid when Qt knows none of them.
    static QTimeZone zoneForTzid(const QString &tzid);
    // The wall-clock time of `time` in its own zone, for libical's recurrence iterator.
    static icaltimetype toWallClock(const CalendarTime &time);
    static QDateTime fromUtcIcalTime(icaltimetype time);

private:
    QTimeZone cachedZone(const QString &tzid) const;

    icalcomponent *m_calendar;
    mutable QHash<QString, QTimeZone> m_zones;  // building a QTimeZone reads the zone file
    QStringList *m_warnings;
};

} // namespace Lifeboat
