#include "ui/calendar/RecurrenceExpander.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Lifeboat {

namespace {

struct WeekdayRule
{
    int ordinal = 0;  // 0: every such weekday in the period; 2: the second; -1: the last
    int weekday = 0;  // 1 Monday .. 7 Sunday
};

struct Rule
{
    enum class Frequency { Daily, Weekly, Monthly, Yearly };
    Frequency frequency = Frequency::Daily;
    int interval = 1;
    std::optional<int> count;
    QDate until;
    QList<WeekdayRule> byDay;
    QList<int> byMonthDay;
    QList<int> byMonth;
    int weekStart = 1;
};

int weekdayFromCode(QStringView code)
{
    static const QStringList codes{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                   QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                   QStringLiteral("SU")};
    return int(codes.indexOf(code.toString().toUpper())) + 1;  // 0 when unknown
}

QList<int> parseNumbers(const QString &value, int minimum, int maximum, bool *ok)
{
    QList<int> numbers;
    for (const QString &part : value.split(u',')) {
        bool valid = false;
        const int number = part.toInt(&valid);
        if (!valid || number == 0 || number < minimum || number > maximum) {
            *ok = false;
            return {};
        }
        numbers.append(number);
    }
    return numbers;
}

std::optional<Rule> parseRule(const QString &text)
{
    static const QRegularExpression byDayPattern(QStringLiteral("^([+-]?\\d{1,2})?([A-Za-z]{2})$"));
    Rule rule;
    bool hasFrequency = false;
    bool ok = true;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        const QString name = part.left(equals).trimmed().toUpper();
        const QString value = part.mid(equals + 1).trimmed();
        if (name == u"FREQ") {
            static const QHash<QString, Rule::Frequency> frequencies{
                {QStringLiteral("DAILY"), Rule::Frequency::Daily},
                {QStringLiteral("WEEKLY"), Rule::Frequency::Weekly},
                {QStringLiteral("MONTHLY"), Rule::Frequency::Monthly},
                {QStringLiteral("YEARLY"), Rule::Frequency::Yearly}};
            const auto found = frequencies.constFind(value.toUpper());
            if (found == frequencies.constEnd())
                return std::nullopt;
            rule.frequency = *found;
            hasFrequency = true;
        } else if (name == u"INTERVAL") {
            rule.interval = value.toInt(&ok);
            if (!ok || rule.interval < 1 || rule.interval > 10000)
                return std::nullopt;
        } else if (name == u"COUNT") {
            rule.count = value.toInt(&ok);
            if (!ok || *rule.count < 1)
                return std::nullopt;
        } else if (name == u"UNTIL") {
            rule.until = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
            if (!rule.until.isValid())
                return std::nullopt;
        } else if (name == u"BYDAY") {
            for (const QString &day : value.split(u',')) {
                const auto match = byDayPattern.match(day.trimmed());
                const int weekday = match.hasMatch() ? weekdayFromCode(match.capturedView(2)) : 0;
                if (weekday == 0)
                    return std::nullopt;
                const int ordinal = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
                if (ordinal < -53 || ordinal > 53)
                    return std::nullopt;
                rule.byDay.append({ordinal, weekday});
            }
        } else if (name == u"BYMONTHDAY") {
            rule.byMonthDay = parseNumbers(value, -31, 31, &ok);
        } else if (name == u"BYMONTH") {
            rule.byMonth = parseNumbers(value, 1, 12, &ok);
        } else if (name == u"WKST") {
            rule.weekStart = weekdayFromCode(value);
            if (rule.weekStart == 0)
                return std::nullopt;
        } else if (name == u"BYHOUR" || name == u"BYMINUTE" || name == u"BYSECOND") {
            continue;  // times of day do not change which dates the event falls on
        } else {
            return std::nullopt;  // BYSETPOS, BYWEEKNO, BYYEARDAY, ...: not expanded here
        }
        if (!ok)
            return std::nullopt;
    }
    if (!hasFrequency)
        return std::nullopt;
    return rule;
}

// The days of one month that match BYMONTHDAY / BYDAY, or the start's day of month.
QList<QDate> datesInMonth(const Rule &rule, int year, int month, QDate start)
{
    QList<QDate> dates;
    const QDate first(year, month, 1);
    const int days = first.daysInMonth();
    if (!rule.byMonthDay.isEmpty()) {
        for (int day : rule.byMonthDay) {
            const int resolved = day > 0 ? day : days + day + 1;
            if (resolved >= 1 && resolved <= days)
                dates.append(QDate(year, month, resolved));
        }
    } else if (!rule.byDay.isEmpty()) {
        for (const WeekdayRule &byDay : rule.byDay) {
            QList<QDate> matching;
            for (int day = 1; day <= days; ++day) {
                const QDate date(year, month, day);
                if (date.dayOfWeek() == byDay.weekday)
                    matching.append(date);
            }
            if (byDay.ordinal == 0)
                dates.append(matching);
            else if (byDay.ordinal > 0 && byDay.ordinal <= matching.size())
                dates.append(matching.at(byDay.ordinal - 1));
            else if (byDay.ordinal < 0 && -byDay.ordinal <= matching.size())
                dates.append(matching.at(matching.size() + byDay.ordinal));
        }
    } else if (start.day() <= days) {
        dates.append(QDate(year, month, start.day()));
    }
    return dates;
}

QList<QDate> candidatesInPeriod(const Rule &rule, QDate start, int period)
{
    QList<QDate> dates;
    const qint64 step = qint64(period) * rule.interval;
    switch (rule.frequency) {
    case Rule::Frequency::Daily: {
        const QDate date = start.addDays(step);
        const bool dayMatches = rule.byDay.isEmpty()
            || std::any_of(rule.byDay.begin(), rule.byDay.end(),
                           [&date](const WeekdayRule &d) { return d.weekday == date.dayOfWeek(); });
        const bool monthMatches = rule.byMonth.isEmpty() || rule.byMonth.contains(date.month());
        if (dayMatches && monthMatches)
            dates.append(date);
        break;
    }
    case Rule::Frequency::Weekly: {
        const int offset = (start.dayOfWeek() - rule.weekStart + 7) % 7;
        const QDate weekBegin = start.addDays(-offset).addDays(7 * step);
        for (int i = 0; i < 7; ++i) {
            const QDate date = weekBegin.addDays(i);
            const bool matches = rule.byDay.isEmpty()
                ? date.dayOfWeek() == start.dayOfWeek()
                : std::any_of(rule.byDay.begin(), rule.byDay.end(),
                              [&date](const WeekdayRule &d) { return d.weekday == date.dayOfWeek(); });
            if (matches)
                dates.append(date);
        }
        break;
    }
    case Rule::Frequency::Monthly: {
        const QDate month = QDate(start.year(), start.month(), 1).addMonths(int(step));
        if (rule.byMonth.isEmpty() || rule.byMonth.contains(month.month()))
            dates = datesInMonth(rule, month.year(), month.month(), start);
        break;
    }
    case Rule::Frequency::Yearly: {
        const int year = start.year() + int(step);
        const QList<int> months = rule.byMonth.isEmpty() ? QList<int>{start.month()} : rule.byMonth;
        for (int month : months)
            dates.append(datesInMonth(rule, year, month, start));
        break;
    }
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

QDate RecurrenceExpander::localDate(const CalendarTime &time)
{
    if (time.kind == CalendarTime::Kind::Utc && time.dateTime.isValid())
        return time.dateTime.toLocalTime().date();
    return time.date.isValid() ? time.date : time.dateTime.date();
}

RecurrenceExpander::Occurrences RecurrenceExpander::expand(const Event &event, QDate from, QDate to)
{
    Occurrences result;
    const QDate start = localDate(event.start);
    if (!start.isValid() || !from.isValid() || !to.isValid() || from > to)
        return result;

    QList<QDate> dates{start};
    if (!event.recurrenceRule.isEmpty()) {
        const std::optional<Rule> rule = parseRule(event.recurrenceRule);
        if (!rule) {
            result.exact = false;
        } else {
            int emitted = 1;  // DTSTART is always the first occurrence
            bool done = false;
            for (int period = 0; period < MaxPeriods && !done; ++period) {
                const QList<QDate> candidates = candidatesInPeriod(*rule, start, period);
                if (!candidates.isEmpty() && candidates.constFirst().year() > 9999)
                    break;
                for (const QDate &date : candidates) {
                    if (date <= start)
                        continue;
                    if ((rule->until.isValid() && date > rule->until) || date > to
                        || (rule->count && emitted >= *rule->count)
                        || dates.size() >= MaxOccurrences) {
                        done = true;
                        break;
                    }
                    ++emitted;
                    if (date >= from)
                        dates.append(date);
                }
            }
        }
    }
    for (const CalendarTime &extra : event.extraDates)
        dates.append(localDate(extra));
    for (const CalendarTime &excluded : event.exceptionDates)
        dates.removeAll(localDate(excluded));

    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    dates.erase(std::remove_if(dates.begin(), dates.end(),
                               [from, to](const QDate &d) { return !d.isValid() || d < from || d > to; }),
                dates.end());
    result.dates = std::move(dates);
    return result;
}

} // namespace Lifeboat
