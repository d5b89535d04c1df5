#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// A DTSTART/DTEND/DUE/RECURRENCE-ID value as iCalendar has it: a date (all-day), a floating
// local time, a UTC time, or a local time in a named zone. `dateTime` is resolved to an absolute
// time where the zone is known (UTC or TZID), and is local-to-nowhere when floating.
struct CalendarTime
{
    enum class Kind { Invalid, Date, Floating, Utc, Zoned };

    Kind kind = Kind::Invalid;
    QDate date;            // the date for all-day values; the local date otherwise
    QDateTime dateTime;    // absolute where known (Utc/Zoned), local otherwise (Floating)
    QString timeZoneId;    // TZID as written (IANA "Europe/Berlin" or Windows "W. Europe Standard Time")

    bool isValid() const { return kind != Kind::Invalid; }
    bool isAllDay() const { return kind == Kind::Date; }
    bool operator==(const CalendarTime &) const = default;
};

} // namespace Lifeboat
