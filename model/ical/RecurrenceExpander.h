#pragma once

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"
#include "model/items/Event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Lifeboat {

// Expands an event's recurrence (RRULE + RDATE - EXDATE) into the start times that fall in
// [from, to), at most `maxCount` of them, through libical's icalrecur_iterator. Overrides
// (other Events with a recurrenceId) are not applied: the caller replaces those starts.
//
// Bounded: at most limits.maxRecurrenceIterations rule instances are examined, fewer for
// sub-daily rules thinned out by BYDAY/BYHOUR/BYMINUTE (more ends in ErrorCode::LimitExceeded);
// rules whose date filters can never match yield nothing without asking libical (which would
// search for centuries); and sub-daily rules (SECONDLY, MINUTELY, HOURLY) with BYMONTH,
// BYMONTHDAY, BYYEARDAY, BYWEEKNO or BYSETPOS (or BYDAY, below HOURLY) are refused, because
// libical walks them one unit at a time inside a single call. No phone writes such rules.
// Occurrences of an event whose zone comes only from a file VTIMEZONE keep the start's UTC
// offset (no daylight-saving change is applied to them).
class RecurrenceExpander
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RecurrenceExpander)

public:
    static Result<QList<CalendarTime>> occurrences(const Event &event, const QDateTime &from,
                                                  const QDateTime &to, int maxCount,
                                                  const CalendarLimits &limits = {});
};

} // namespace Lifeboat
