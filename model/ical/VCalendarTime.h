#pragma once

// Private to model/ical: a vCalendar 1.0 date-time value and its iCalendar 2.0 spellings.

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lifeboat {

struct VCalendarTime
{
    QDate date;
    QTime time;
    bool hasTime = false;
    bool utc = false;

    // "20070315T090000Z", "20070315T090000", "20070315", and the extended ISO spellings
    // ("2007-03-15T09:00:00Z") some phones write. nullopt when not a date.
    static std::optional<VCalendarTime> parse(const QString &text);

    // The absolute time; floating values are taken in the calendar's TZ offset when known,
    // else as if they were UTC (only differences between them are used then).
    QDateTime toUtc(std::optional<int> tzOffsetSeconds) const;
    // The wall-clock date of the value, used for all-day entries.
    QDate localDate(std::optional<int> tzOffsetSeconds) const;

    QString toICalDateTime() const;  // 20070315T090000[Z]
    static QString toICalDate(QDate date);
    static QString toICalUtc(const QDateTime &utc);
};

} // namespace Lifeboat
