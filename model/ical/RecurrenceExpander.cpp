#include "model/ical/RecurrenceExpander.h"

#include "model/ical/ICalTimeConverter.h"
#include "model/ical/LibicalSupport.h"

#include <algorithm>

namespace Lifeboat {

namespace {

bool isSet(const short *array)
{
    return array[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

bool contains(const short *array, int size, int value)
{
    for (int i = 0; i < size && array[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (array[i] == value)
            return true;
    }
    return false;
}

bool dayMatches(const icalrecurrencetype &rule, QDate day)
{
    if (isSet(rule.by_month) && !contains(rule.by_month, ICAL_BY_MONTH_SIZE, day.month()))
        return false;
    if (isSet(rule.by_month_day)
        && !contains(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE, day.day())
        && !contains(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE, day.day() - day.daysInMonth() - 1))
        return false;
    if (isSet(rule.by_year_day)
        && !contains(rule.by_year_day, ICAL_BY_YEARDAY_SIZE, day.dayOfYear())
        && !contains(rule.by_year_day, ICAL_BY_YEARDAY_SIZE, day.dayOfYear() - day.daysInYear() - 1))
        return false;
    if (isSet(rule.by_day)) {
        const int weekday = day.dayOfWeek() % 7 + 1;  // libical: 1 = Sunday
        bool any = false;
        for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
            any = any || int(icalrecurrencetype_day_day_of_week(rule.by_day[i])) == weekday;
        if (!any)
            return false;
    }
    return true;
}

// Whether any day in a full 400-year Gregorian cycle passes the rule's date filters (ignoring
// ordinals, so this may say yes for a rule that never matches, never the other way round).
bool dateFiltersCanMatch(const icalrecurrencetype &rule)
{
    if (!isSet(rule.by_month) && !isSet(rule.by_month_day) && !isSet(rule.by_year_day) && !isSet(rule.by_day))
        return true;
    const QDate first(2000, 1, 1);
    for (QDate day = first; day < QDate(2400, 1, 1); day = day.addDays(1)) {
        if (dayMatches(rule, day))
            return true;
    }
    return false;
}

int countOf(const short *array, int size)
{
    int count = 0;
    while (count < size && array[count] != ICAL_RECURRENCE_ARRAY_MAX)
        ++count;
    return count;
}

// Filters that libical checks by stepping one frequency unit at a time inside one call. They
// make sub-daily rules unbounded in time (a BYMONTHDAY=29 with BYMONTH=2 is years of hours).
bool hasSparseDateFilters(const icalrecurrencetype &rule)
{
    return isSet(rule.by_month) || isSet(rule.by_month_day) || isSet(rule.by_year_day)
        || isSet(rule.by_week_no) || isSet(rule.by_set_pos)
        || (rule.freq != ICAL_HOURLY_RECURRENCE && isSet(rule.by_day));
}

// The share of libical's steps that a sub-daily rule's BYDAY/BYHOUR/BYMINUTE let through;
// the iteration budget shrinks with it, so that the steps libical takes stay bounded.
double stepDensity(const icalrecurrencetype &rule)
{
    double density = 1.0;
    if (rule.freq > ICAL_HOURLY_RECURRENCE)
        return density;
    if (isSet(rule.by_day))
        density *= countOf(rule.by_day, ICAL_BY_DAY_SIZE) / 7.0;
    if (rule.freq < ICAL_HOURLY_RECURRENCE && isSet(rule.by_hour))
        density *= countOf(rule.by_hour, ICAL_BY_HOUR_SIZE) / 24.0;
    if (rule.freq < ICAL_MINUTELY_RECURRENCE && isSet(rule.by_minute))
        density *= countOf(rule.by_minute, ICAL_BY_MINUTE_SIZE) / 60.0;
    return qMin(1.0, density);
}

CalendarTime fromWallClock(const icaltimetype &time, const CalendarTime &start)
{
    CalendarTime result = start;
    result.date = QDate(time.year, time.month, time.day);
    const QTime clock(time.hour, time.minute, qMin(time.second, 59));
    switch (start.kind) {
    case CalendarTime::Kind::Date:
        result.dateTime = QDateTime(result.date, QTime(0, 0));
        break;
    case CalendarTime::Kind::Utc:
        result.dateTime = QDateTime(result.date, clock, Qt::UTC);
        break;
    case CalendarTime::Kind::Zoned:
        if (start.dateTime.timeSpec() == Qt::TimeZone)
            result.dateTime = QDateTime(result.date, clock, start.dateTime.timeZone());
        else
            result.dateTime = QDateTime(result.date, clock, Qt::OffsetFromUTC, start.dateTime.offsetFromUtc());
        break;
    default:
        result.dateTime = QDateTime(result.date, clock);
        break;
    }
    return result;
}

// Where [from, to) lies on the event's own clock, for libical, which iterates wall-clock times.
icaltimetype wallClockOf(const QDateTime &moment, const CalendarTime &start)
{
    CalendarTime asStart = start;
    switch (start.kind) {
    case CalendarTime::Kind::Utc:
        asStart.dateTime = moment.toUTC();
        break;
    case CalendarTime::Kind::Zoned:
        asStart.dateTime = start.dateTime.timeSpec() == Qt::TimeZone
            ? moment.toTimeZone(start.dateTime.timeZone())
            : moment.toOffsetFromUtc(start.dateTime.offsetFromUtc());
        break;
    default:
        asStart.dateTime = moment.toLocalTime();
        break;
    }
    asStart.date = asStart.dateTime.date();
    return ICalTimeConverter::toWallClock(asStart);
}

bool sameOccurrence(const CalendarTime &a, const CalendarTime &b)
{
    if (a.kind == CalendarTime::Kind::Date || b.kind == CalendarTime::Kind::Date)
        return a.date == b.date;
    return a.dateTime == b.dateTime;
}

} // namespace

Result<QList<CalendarTime>> RecurrenceExpander::occurrences(const Event &event, const QDateTime &from,
                                                            const QDateTime &to, int maxCount,
                                                            const CalendarLimits &limits)
{
    QList<CalendarTime> result;
    if (!event.start.isValid() || maxCount <= 0 || !(from < to))
        return result;
    const int cap = qMin(maxCount, limits.maxRecurrenceCount);
    const qint64 duration = event.end.isValid() ? qMax<qint64>(0, event.start.dateTime.secsTo(event.end.dateTime)) : 0;
    const auto inRange = [&](const CalendarTime &occurrence) {
        const QDateTime begin = occurrence.dateTime;
        return begin < to && (duration > 0 ? begin.addSecs(duration) > from : begin >= from);
    };

    const QString name = event.summary.isEmpty() ? event.uid : event.summary;
    if (event.recurrenceRule.isEmpty()) {
        if (inRange(event.start))
            result.append(event.start);
    } else {
        LibicalLock lock;
        const icalrecurrencetype rule = icalrecurrencetype_from_string(event.recurrenceRule.toUtf8().constData());
        if (rule.freq == ICAL_NO_RECURRENCE) {
            return Error(ErrorCode::InvalidData, tr("The repeat rule of \"%1\" cannot be read.").arg(name),
                         QStringLiteral("RRULE %1").arg(event.recurrenceRule));
        }
        if (rule.freq <= ICAL_HOURLY_RECURRENCE && hasSparseDateFilters(rule)) {
            return Error(ErrorCode::LimitExceeded,
                         tr("The repeat rule of \"%1\" is too complex to show.").arg(name),
                         QStringLiteral("sub-daily RRULE with date filters: %1").arg(event.recurrenceRule));
        }
        if (dateFiltersCanMatch(rule)) {
            IcalRecurIteratorPtr iterator(icalrecur_iterator_new(rule, ICalTimeConverter::toWallClock(event.start)));
            if (!iterator) {
                return Error(ErrorCode::InvalidData, tr("The repeat rule of \"%1\" cannot be used.").arg(name),
                             QStringLiteral("libical rejects RRULE %1").arg(event.recurrenceRule));
            }
            // Skip straight to the window when the rule has no COUNT to honour.
            const QDateTime windowStart = from.addSecs(-duration);
            if (rule.count == 0 && windowStart > event.start.dateTime)
                icalrecur_iterator_set_start(iterator.get(), wallClockOf(windowStart, event.start));
            // Compared on the event's own clock first, so that the common case costs no
            // QDateTime; a day of slack covers daylight-saving shifts.
            icaltimetype wallStart = wallClockOf(windowStart, event.start);
            icaltimetype wallEnd = wallClockOf(to, event.start);
            icaltime_adjust(&wallStart, -1, 0, 0, 0);
            icaltime_adjust(&wallEnd, 1, 0, 0, 0);
            const int budget = qMax(1, int(limits.maxRecurrenceIterations * stepDensity(rule)));
            for (int iteration = 0;; ++iteration) {
                if (iteration >= budget) {
                    return Error(ErrorCode::LimitExceeded,
                                 tr("The repeat rule of \"%1\" has too many occurrences to show.").arg(name),
                                 QStringLiteral("more than %1 iterations: %2")
                                     .arg(budget).arg(event.recurrenceRule));
                }
                const icaltimetype next = icalrecur_iterator_next(iterator.get());
                if (icaltime_is_null_time(next) || icaltime_compare(next, wallEnd) > 0)
                    break;
                if (icaltime_compare(next, wallStart) < 0)
                    continue;
                const CalendarTime occurrence = fromWallClock(next, event.start);
                if (!(occurrence.dateTime < to) || result.size() >= cap)
                    break;
                if (inRange(occurrence))
                    result.append(occurrence);
            }
        }
    }

    for (const CalendarTime &extra : event.extraDates) {
        if (extra.isValid() && inRange(extra))
            result.append(extra);
    }
    result.removeIf([&](const CalendarTime &occurrence) {
        return std::any_of(event.exceptionDates.cbegin(), event.exceptionDates.cend(),
                           [&](const CalendarTime &excluded) { return sameOccurrence(occurrence, excluded); });
    });
    std::sort(result.begin(), result.end(),
              [](const CalendarTime &a, const CalendarTime &b) { return a.dateTime < b.dateTime; });
    result.erase(std::unique(result.begin(), result.end(), sameOccurrence), result.end());
    if (result.size() > cap)
        result.resize(cap);
    return result;
}

} // namespace Lifeboat
