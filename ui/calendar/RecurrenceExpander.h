#pragma once

#include "model/items/Event.h"

#include <QDate>
#include <QList>

namespace Lifeboat {

// The dates on which an event occurs within a range, for the month view and the agenda.
//
// The iCalendar helper (model/ical) offers no recurrence expansion yet, so this expands the rule
// parts handsets write: FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL, BYDAY
// (with ordinals in monthly and yearly rules), BYMONTHDAY, BYMONTH and WKST, plus RDATE and
// EXDATE. Rules with parts it does not understand (BYSETPOS, BYWEEKNO, BYYEARDAY, sub-daily
// frequencies) show their first occurrence only and are marked inexact. Work is bounded
// whatever the rule says.
class RecurrenceExpander
{
public:
    struct Occurrences
    {
        QList<QDate> dates;  // sorted, unique, within the range
        bool exact = true;   // false: the rule was not understood; only the first date is shown
    };

    static Occurrences expand(const Event &event, QDate from, QDate to);
    // The date (in the local zone for UTC times) on which a time value falls.
    static QDate localDate(const CalendarTime &time);

    static constexpr int MaxPeriods = 100000;
    static constexpr int MaxOccurrences = 5000;
};

} // namespace Lifeboat
