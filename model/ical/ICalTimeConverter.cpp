#include "model/ical/ICalTimeConverter.h"

#include <QRegularExpression>

namespace Lifeboat {

namespace {

QTime wallTime(const icaltimetype &time)
{
    // A leap second (60) has no QTime; it is one second off at worst.
    return QTime(qBound(0, time.hour, 23), qBound(0, time.minute, 59), qBound(0, time.second, 59));
}

// Prefixes that calendar programs put in front of IANA ids ("/mozilla.org/20050126_1/Europe/Berlin",
// "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin", "/citadel.org/20190914_1/Europe/Berlin").
QString withoutVendorPrefix(const QString &tzid)
{
    if (!tzid.startsWith(u'/'))
        return tzid;
    static const QRegularExpression ianaTail(
        QStringLiteral("((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|"
                       "Indian|Pacific|Etc)/[^/]+(?:/[^/]+)?)$"));
    const QRegularExpressionMatch match = ianaTail.match(tzid);
    return match.hasMatch() ? match.captured(1) : tzid;
}

} // namespace

ICalTimeConverter::ICalTimeConverter(icalcomponent *calendar, QStringList *warnings)
    : m_calendar(calendar)
    , m_warnings(warnings)
{}

QTimeZone ICalTimeConverter::zoneForTzid(const QString &tzid)
{
    QString id = tzid.trimmed();
    if (id.size() >= 2 && id.startsWith(u'"') && id.endsWith(u'"'))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty())
        return {};
    const QByteArray iana = withoutVendorPrefix(id).toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    const QByteArray windowsIana = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    if (!windowsIana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(windowsIana))
        return QTimeZone(windowsIana);
    return {};
}

QDateTime ICalTimeConverter::fromUtcIcalTime(icaltimetype time)
{
    if (icaltime_is_null_time(time))
        return {};
    return QDateTime(QDate(time.year, time.month, time.day), wallTime(time), Qt::UTC);
}

QTimeZone ICalTimeConverter::cachedZone(const QString &tzid) const
{
    auto it = m_zones.constFind(tzid);
    if (it == m_zones.cend())
        it = m_zones.insert(tzid, zoneForTzid(tzid));
    return *it;
}

CalendarTime ICalTimeConverter::fromIcalTime(icaltimetype time, const QString &tzid) const
{
    CalendarTime result;
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return result;
    result.date = QDate(time.year, time.month, time.day);
    if (!result.date.isValid())
        return result;
    if (time.is_date) {
        result.kind = CalendarTime::Kind::Date;
        result.dateTime = QDateTime(result.date, QTime(0, 0));
        return result;
    }
    if (icaltime_is_utc(time)) {
        result.kind = CalendarTime::Kind::Utc;
        result.dateTime = QDateTime(result.date, wallTime(time), Qt::UTC);
        return result;
    }
    if (tzid.isEmpty()) {
        result.kind = CalendarTime::Kind::Floating;
        result.dateTime = QDateTime(result.date, wallTime(time));
        return result;
    }

    result.timeZoneId = tzid;
    const QTimeZone zone = cachedZone(tzid);
    if (zone.isValid()) {
        result.kind = CalendarTime::Kind::Zoned;
        result.dateTime = QDateTime(result.date, wallTime(time), zone);
        return result;
    }
    // Neither IANA nor Windows: use the file's own VTIMEZONE definition through libical and
    // keep the wall-clock time with the offset it has there.
    icaltimezone *fileZone = m_calendar
        ? icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData())
        : nullptr;
    if (fileZone) {
        int isDaylight = 0;
        icaltimetype local = time;
        const int offset = icaltimezone_get_utc_offset(fileZone, &local, &isDaylight);
        result.kind = CalendarTime::Kind::Zoned;
        result.dateTime = QDateTime(result.date, wallTime(time), Qt::OffsetFromUTC, offset);
        return result;
    }
    if (m_warnings) {
        m_warnings->append(QStringLiteral("unknown time zone \"%1\" without VTIMEZONE; "
                                          "time read as floating").arg(tzid));
    }
    result.kind = CalendarTime::Kind::Floating;
    result.dateTime = QDateTime(result.date, wallTime(time));
    return result;
}

CalendarTime ICalTimeConverter::fromProperty(icalproperty *property) const
{
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (!value)
        return {};
    icaltimetype time = icaltime_null_time();
    switch (icalvalue_isa(value)) {
    case ICAL_DATE_VALUE:
    case ICAL_DATETIME_VALUE:
        time = icalvalue_get_datetime(value);
        break;
    case ICAL_DATETIMEPERIOD_VALUE: {
        const icaldatetimeperiodtype period = icalvalue_get_datetimeperiod(value);
        time = icaltime_is_null_time(period.time) ? period.period.start : period.time;
        break;
    }
    case ICAL_PERIOD_VALUE:
        time = icalvalue_get_period(value).start;
        break;
    default:
        return {};
    }
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return fromIcalTime(time, tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString());
}

icaltimetype ICalTimeConverter::toWallClock(const CalendarTime &time)
{
    icaltimetype result = icaltime_null_time();
    if (!time.isValid())
        return result;
    QDateTime local = time.dateTime;
    if (time.kind == CalendarTime::Kind::Utc)
        local = local.toUTC();
    const QDate date = time.kind == CalendarTime::Kind::Date ? time.date : local.date();
    result.year = date.year();
    result.month = date.month();
    result.day = date.day();
    if (time.kind == CalendarTime::Kind::Date) {
        result.is_date = 1;
        return result;
    }
    result.hour = local.time().hour();
    result.minute = local.time().minute();
    result.second = local.time().second();
    if (time.kind == CalendarTime::Kind::Utc)
        result.zone = icaltimezone_get_utc_timezone();
    return result;
}

} // namespace Lifeboat
