#include "model/ical/ICalendarMerger.h"

#include "model/ModelLog.h"
#include "model/ical/CalendarPreScanner.h"
#include "model/ical/ICalObjectParser.h"
#include "model/ical/ICalTimeConverter.h"
#include "model/ical/LibicalSupport.h"

namespace Lifeboat {

namespace {

bool isEnvelopeProperty(const QByteArray &line)
{
    // VERSION, PRODID and CALSCALE are written once by the merger; an export is not an iTIP
    // message, so METHOD goes.
    for (const char *name : {"VERSION", "PRODID", "CALSCALE", "METHOD"}) {
        const QByteArray upper = line.left(16).toUpper();
        if (upper.startsWith(name) && (upper.size() == qsizetype(qstrlen(name))
                                       || upper[qstrlen(name)] == ':' || upper[qstrlen(name)] == ';'))
            return true;
    }
    return false;
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
    const Result<QList<CalendarBlock>> blocks = CalendarPreScanner::scan(objectBytes, m_limits);
    if (!blocks)
        return blocks.error();

    QList<ICalTextCalendar> calendars;
    QStringList warnings;
    {
        LibicalLock lock;
        for (const CalendarBlock &block : *blocks) {
            const Result<QByteArray> text = ICalObjectParser::blockText(objectBytes, block, m_limits);
            if (!text)
                return text.error();
            if (text->isEmpty()) {
                warnings.append(QStringLiteral("not exported: top-level %1")
                                    .arg(QString::fromLatin1(block.componentName)));
                continue;
            }
            // What the export holds must be readable: libical is the judge.
            const IcalComponentPtr parsed = parseIcalComponent(*text);
            if (!parsed || icalcomponent_isa(parsed.get()) != ICAL_VCALENDAR_COMPONENT) {
                return Error(ErrorCode::InvalidData, tr("The calendar entry is damaged and cannot be exported."),
                             QStringLiteral("libical: %1").arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
            }
            calendars.append(ICalTextSplitter::split(*text));
        }
    }

    for (const ICalTextCalendar &calendar : std::as_const(calendars)) {
        for (const QByteArray &line : calendar.properties) {
            if (!isEnvelopeProperty(line) && !m_calendarProperties.contains(line))
                m_calendarProperties.append(line);
        }
        for (const ICalTextComponent &component : calendar.components) {
            if (component.kind == "VTIMEZONE") {
                if (!component.tzid.isEmpty() && !m_timeZones.contains(component.tzid))
                    m_timeZones.insert(component.tzid, component.text);
            } else if (component.kind == "VEVENT") {
                m_events.append(component);
            } else if (component.kind == "VTODO") {
                m_todos.append(component);
            } else {
                warnings.append(QStringLiteral("not exported: %1").arg(QString::fromLatin1(component.kind)));
            }
        }
    }
    m_warnings += warnings;
    return {};
}

QByteArray ICalendarMerger::calendarOf(const QList<ICalTextComponent> &components) const
{
    QSet<QString> usedZones;
    for (const ICalTextComponent &component : components)
        usedZones.unite(component.usedTzids);

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
    for (const ICalTextComponent &component : components)
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
