#include "model/ical/ICalendarMerger.h"

#include "model/ModelLog.h"
#include "model/ical/ICalObjectParser.h"
#include "model/ical/ICalTimeConverter.h"
#include "model/ical/LibicalSupport.h"

namespace Lifeboat {

namespace {

void collectTzids(icalcomponent *component, QSet<QString> *tzids)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)) {
        const QString tzid = icalParameterText(p, ICAL_TZID_PARAMETER);
        if (!tzid.isEmpty())
            tzids->insert(tzid);
    }
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        collectTzids(child, tzids);
    }
}

bool isEnvelopeProperty(icalproperty *property)
{
    switch (icalproperty_isa(property)) {
    case ICAL_VERSION_PROPERTY:
    case ICAL_PRODID_PROPERTY:
    case ICAL_CALSCALE_PROPERTY:
    case ICAL_METHOD_PROPERTY:  // an export is not an iTIP message
        return true;
    default:
        return false;
    }
}

// A VTIMEZONE for a zone no object defined, from libical's built-in data, renamed to the TZID
// the components use so that they refer to it.
QByteArray builtinTimeZone(const QString &tzid)
{
    const QTimeZone zone = ICalTimeConverter::zoneForTzid(tzid);
    if (!zone.isValid() || zone.id() == "UTC")
        return {};
    icaltimezone *builtin = icaltimezone_get_builtin_timezone(zone.id().constData());
    icalcomponent *definition = builtin ? icaltimezone_get_component(builtin) : nullptr;
    if (!definition)
        return {};
    IcalComponentPtr copy(icalcomponent_new_clone(definition));
    icalproperty *id = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
    if (id)
        icalproperty_set_tzid(id, tzid.toUtf8().constData());
    return serializeIcalComponent(copy.get());
}

} // namespace

ICalendarMerger::ICalendarMerger(const CalendarLimits &limits)
    : m_limits(limits)
{}

Status ICalendarMerger::add(QByteArrayView objectBytes)
{
    LibicalLock lock;
    QStringList warnings;
    Result<std::vector<IcalComponentPtr>> calendars = ICalObjectParser::parse(objectBytes, m_limits, &warnings);
    if (!calendars)
        return calendars.error();

    for (const IcalComponentPtr &calendar : *calendars) {
        for (icalproperty *p = icalcomponent_get_first_property(calendar.get(), ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(calendar.get(), ICAL_ANY_PROPERTY)) {
            if (isEnvelopeProperty(p))
                continue;
            IcalBufferPtr text(icalproperty_as_ical_string_r(p));
            const QByteArray line(text.get());
            if (!m_calendarProperties.contains(line))
                m_calendarProperties.append(line);
        }
        for (icalcomponent *c = icalcomponent_get_first_component(calendar.get(), ICAL_ANY_COMPONENT);
             c; c = icalcomponent_get_next_component(calendar.get(), ICAL_ANY_COMPONENT)) {
            const icalcomponent_kind kind = icalcomponent_isa(c);
            if (kind == ICAL_VTIMEZONE_COMPONENT) {
                icalproperty *id = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
                const QString tzid = id ? icalText(icalproperty_get_tzid(id)) : QString();
                if (!tzid.isEmpty() && !m_timeZones.contains(tzid))
                    m_timeZones.insert(tzid, serializeIcalComponent(c));
                continue;
            }
            Component component;
            component.text = serializeIcalComponent(c);
            collectTzids(c, &component.tzids);
            if (kind == ICAL_VEVENT_COMPONENT)
                m_events.append(component);
            else if (kind == ICAL_VTODO_COMPONENT)
                m_todos.append(component);
            else
                warnings.append(QStringLiteral("not exported: %1").arg(icalText(icalcomponent_kind_to_string(kind))));
        }
    }
    m_warnings += warnings;
    return {};
}

QByteArray ICalendarMerger::calendarOf(const QList<Component> &components) const
{
    QSet<QString> usedZones;
    for (const Component &component : components)
        usedZones.unite(component.tzids);

    QByteArray out = QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                       "PRODID:-//Lifeboat//Lifeboat export//EN\r\n"
                                       "CALSCALE:GREGORIAN\r\n");
    for (const QByteArray &line : m_calendarProperties)
        out += line;
    QStringList zoneIds(usedZones.begin(), usedZones.end());
    zoneIds.sort();
    for (const QString &tzid : std::as_const(zoneIds)) {
        if (m_timeZones.contains(tzid)) {
            out += m_timeZones.value(tzid);
            continue;
        }
        LibicalLock lock;
        const QByteArray builtin = builtinTimeZone(tzid);
        if (builtin.isEmpty())
            qCWarning(lcModel) << "no VTIMEZONE for" << tzid << "in the export";
        out += builtin;
    }
    for (const Component &component : components)
        out += component.text;
    out += QByteArrayLiteral("END:VCALENDAR\r\n");
    return out;
}

QByteArray ICalendarMerger::eventsCalendar() const
{
    return calendarOf(m_events);
}

QByteArray ICalendarMerger::todosCalendar() const
{
    return calendarOf(m_todos);
}

} // namespace Lifeboat
