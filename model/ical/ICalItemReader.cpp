#include "model/ical/ICalItemReader.h"

#include "model/ical/LibicalSupport.h"

namespace Lifeboat {

namespace {

QDateTime utcProperty(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (!value || (icalvalue_isa(value) != ICAL_DATETIME_VALUE && icalvalue_isa(value) != ICAL_DATE_VALUE))
        return {};
    const icaltimetype time = icalvalue_get_datetime(value);
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return {};
    // LAST-MODIFIED and COMPLETED are UTC by definition; phones sometimes omit the Z.
    return ICalTimeConverter::fromUtcIcalTime(time);
}

int intProperty(icalcomponent *component, icalproperty_kind kind, int low, int high)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return 0;
    icalvalue *value = icalproperty_get_value(property);
    if (!value || icalvalue_isa(value) != ICAL_INTEGER_VALUE)
        return 0;
    return qBound(low, icalvalue_get_integer(value), high);
}

Todo::Status todoStatus(const QString &status)
{
    const QString upper = status.toUpper();
    if (upper == u"NEEDS-ACTION")
        return Todo::Status::NeedsAction;
    if (upper == u"IN-PROCESS")
        return Todo::Status::InProcess;
    if (upper == u"COMPLETED")
        return Todo::Status::Completed;
    if (upper == u"CANCELLED")
        return Todo::Status::Cancelled;
    return Todo::Status::None;
}

} // namespace

ICalItemReader::ICalItemReader(icalcomponent *calendar, QStringList *warnings)
    : m_times(calendar, warnings)
    , m_warnings(warnings)
{}

QString ICalItemReader::textOf(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (value && icalvalue_isa(value) == ICAL_TEXT_VALUE)
        return icalText(icalvalue_get_text(value));  // unescaped: "\n" is a line break here
    return icalPropertyValueText(property);
}

QString ICalItemReader::recurrenceRuleOf(icalcomponent *component)
{
    icalproperty *rule = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY);
    return rule ? icalPropertyValueText(rule) : QString();
}

QStringList ICalItemReader::readCategories(icalcomponent *component)
{
    QStringList categories;
    for (icalproperty *property = icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY);
         property;
         property = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY)) {
        const QString value = icalText(icalproperty_get_categories(property));
        for (const QString &category : value.split(u',', Qt::SkipEmptyParts))
            categories.append(category.trimmed());
    }
    return categories;
}

QList<Alarm> ICalItemReader::readAlarms(icalcomponent *component, const CalendarTime &start,
                                        const CalendarTime &end) const
{
    QList<Alarm> alarms;
    for (icalcomponent *valarm = icalcomponent_get_first_component(component, ICAL_VALARM_COMPONENT);
         valarm;
         valarm = icalcomponent_get_next_component(component, ICAL_VALARM_COMPONENT)) {
        Alarm alarm;
        alarm.action = icalPropertyValueText(
            icalcomponent_get_first_property(valarm, ICAL_ACTION_PROPERTY));
        alarm.description = textOf(valarm, ICAL_DESCRIPTION_PROPERTY);
        if (icalproperty *trigger = icalcomponent_get_first_property(valarm, ICAL_TRIGGER_PROPERTY)) {
            const icaltriggertype value = icalproperty_get_trigger(trigger);
            if (!icaltime_is_null_time(value.time)) {
                const CalendarTime at = m_times.fromIcalTime(value.time, {});
                if (at.isValid() && start.isValid())
                    alarm.triggerMinutesBefore = int(at.dateTime.secsTo(start.dateTime) / 60);
            } else {
                alarm.triggerMinutesBefore = -icaldurationtype_as_int(value.duration) / 60;
                // RELATED=END: Alarm counts from the start, so move it by the entry's length.
                icalparameter *related = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
                if (related && icalparameter_get_related(related) == ICAL_RELATED_END && start.isValid()
                    && end.isValid()) {
                    alarm.triggerMinutesBefore -= int(start.dateTime.secsTo(end.dateTime) / 60);
                }
            }
        }
        alarms.append(alarm);
    }
    return alarms;
}

Event ICalItemReader::readEvent(icalcomponent *vevent) const
{
    Event event;
    event.uid = textOf(vevent, ICAL_UID_PROPERTY);
    event.summary = textOf(vevent, ICAL_SUMMARY_PROPERTY);
    event.description = textOf(vevent, ICAL_DESCRIPTION_PROPERTY);
    event.location = textOf(vevent, ICAL_LOCATION_PROPERTY);
    event.status = textOf(vevent, ICAL_STATUS_PROPERTY);
    event.start = m_times.fromProperty(icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY));
    event.end = m_times.fromProperty(icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY));
    if (!event.end.isValid() && event.start.isValid()) {
        if (icalproperty *duration = icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY)) {
            const int seconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
            event.end = event.start;
            event.end.dateTime = event.start.dateTime.addSecs(seconds);
            event.end.date = event.start.kind == CalendarTime::Kind::Date
                ? event.start.date.addDays(seconds / 86400)
                : event.end.dateTime.date();
        }
    }
    event.recurrenceRule = recurrenceRuleOf(vevent);
    if (icalcomponent_count_properties(vevent, ICAL_RRULE_PROPERTY) > 1 && m_warnings)
        m_warnings->append(QStringLiteral("event %1 has several RRULEs; only the first is used").arg(event.uid));
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_EXDATE_PROPERTY)) {
        event.exceptionDates.append(m_times.fromProperty(p));
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RDATE_PROPERTY)) {
        event.extraDates.append(m_times.fromProperty(p));
    }
    event.recurrenceId = m_times.fromProperty(
        icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY));
    event.alarms = readAlarms(vevent, event.start, event.end);
    event.categories = readCategories(vevent);
    event.lastModified = utcProperty(vevent, ICAL_LASTMODIFIED_PROPERTY);
    event.sequence = intProperty(vevent, ICAL_SEQUENCE_PROPERTY, 0, 1 << 30);
    return event;
}

Todo ICalItemReader::readTodo(icalcomponent *vtodo) const
{
    Todo todo;
    todo.uid = textOf(vtodo, ICAL_UID_PROPERTY);
    todo.summary = textOf(vtodo, ICAL_SUMMARY_PROPERTY);
    todo.description = textOf(vtodo, ICAL_DESCRIPTION_PROPERTY);
    todo.start = m_times.fromProperty(icalcomponent_get_first_property(vtodo, ICAL_DTSTART_PROPERTY));
    todo.due = m_times.fromProperty(icalcomponent_get_first_property(vtodo, ICAL_DUE_PROPERTY));
    todo.completed = utcProperty(vtodo, ICAL_COMPLETED_PROPERTY);
    todo.status = todoStatus(textOf(vtodo, ICAL_STATUS_PROPERTY));
    todo.priority = intProperty(vtodo, ICAL_PRIORITY_PROPERTY, 0, 9);
    todo.percentComplete = intProperty(vtodo, ICAL_PERCENTCOMPLETE_PROPERTY, 0, 100);
    todo.recurrenceRule = recurrenceRuleOf(vtodo);
    // A to-do's alarms count from DUE when it has one (RELATED=END is DUE then, too).
    todo.alarms = readAlarms(vtodo, todo.due.isValid() ? todo.due : todo.start,
                             todo.due.isValid() ? todo.due : CalendarTime());
    todo.categories = readCategories(vtodo);
    todo.lastModified = utcProperty(vtodo, ICAL_LASTMODIFIED_PROPERTY);
    return todo;
}

} // namespace Lifeboat
