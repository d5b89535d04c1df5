#include "model/ical/VCalendarTime.h"

namespace Lifeboat {

std::optional<VCalendarTime> VCalendarTime::parse(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(u'-');
    compact.remove(u':');
    VCalendarTime result;
    if (compact.endsWith(u'Z', Qt::CaseInsensitive)) {
        result.utc = true;
        compact.chop(1);
    }
    result.date = QDate::fromString(compact.left(8), QStringLiteral("yyyyMMdd"));
    if (!result.date.isValid())
        return std::nullopt;
    if (compact.size() == 8)
        return result;
    if (compact.size() < 13 || compact.at(8).toUpper() != u'T')
        return std::nullopt;
    const QString clock = compact.mid(9, 6);
    result.time = QTime::fromString(clock.size() == 4 ? clock + QStringLiteral("00") : clock,
                                    QStringLiteral("HHmmss"));
    if (!result.time.isValid())
        return std::nullopt;
    result.hasTime = true;
    return result;
}

QDateTime VCalendarTime::toUtc(std::optional<int> tzOffsetSeconds) const
{
    const QDateTime wall(date, hasTime ? time : QTime(0, 0), Qt::UTC);
    if (utc || !tzOffsetSeconds)
        return wall;
    return wall.addSecs(-*tzOffsetSeconds);
}

QDate VCalendarTime::localDate(std::optional<int> tzOffsetSeconds) const
{
    if (!utc || !hasTime)
        return date;
    if (tzOffsetSeconds)
        return QDateTime(date, time, Qt::UTC).addSecs(*tzOffsetSeconds).date();
    // Phones write an all-day entry as the UTC time of local midnight; local offsets lie
    // between -12 and +14 hours, so the nearest midnight is the local date.
    return QDateTime(date, time, Qt::UTC).addSecs(12 * 3600).date();
}

QString VCalendarTime::toICalDateTime() const
{
    QString text = date.toString(QStringLiteral("yyyyMMdd")) + u'T'
        + (hasTime ? time : QTime(0, 0)).toString(QStringLiteral("HHmmss"));
    if (utc)
        text += u'Z';
    return text;
}

QString VCalendarTime::toICalDate(QDate value)
{
    return value.toString(QStringLiteral("yyyyMMdd"));
}

QString VCalendarTime::toICalUtc(const QDateTime &utcTime)
{
    return utcTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace Lifeboat
